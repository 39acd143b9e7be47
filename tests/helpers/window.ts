// jsdom windows for content-script tests. jsdom's postMessage leaves MessageEvent.source empty, unlike browsers
// (where a window's own messages carry source === window); this makes it behave like a browser.
import { JSDOM } from 'jsdom';

export function browserLikeWindow(html: string, url = 'https://fraud.example/'): Window & typeof globalThis {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`, { url, pretendToBeVisual: true });
  const w = dom.window as unknown as Window & typeof globalThis;
  w.postMessage = ((data: unknown) => {
    setTimeout(() => w.dispatchEvent(new w.MessageEvent('message', { data, source: w, origin: w.location.origin })), 0);
  }) as typeof w.postMessage;
  return w;
}
