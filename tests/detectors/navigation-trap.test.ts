import { describe, expect, it } from 'vitest';
import detector from '../../detectors/navigation-trap';
import { detect, keys, pageOf, runtime } from '../helpers/page';

describe('navigation-trap', () => {
  it.each([
    ['a popstate re-push in script', "<script>history.pushState(null,'',location.href); window.addEventListener('popstate', function(){ history.pushState(null,'',location.href); });</script>", 'backTrap'],
    ['history.go(1) on popstate', '<script>history.pushState(null, null, location.href); window.onpopstate = () => history.go(1);</script>', 'backTrap'],
    ['a beforeunload attribute', '<!doctype html><html><body onbeforeunload="return \'待って\'"><p>x</p></body></html>', 'beforeUnload'],
    ['forced full screen', '<script>window.onload = function(){ document.documentElement.requestFullscreen(); };</script>', 'forcedFullscreen'],
    ['an alert loop', "<script>while (true) { alert('ウイルスが検出されました'); }</script>", 'alertLoop'],
  ])('fires on %s', (_, html, key) => {
    expect(keys(detect(detector, html))).toContain(key);
  });

  it('counts a pushState flood the observer recorded', () => {
    const finding = detector.detect(pageOf('<p>x</p>', { behaviour: [runtime('history-push', false, 30, 'pushState ×30')] }));
    expect(keys(finding)).toEqual(['backTrap']);
    expect(finding!.strength).toBe(1);
  });

  it.each([
    ['a single-page app that pushes on clicks', [runtime('history-push', true, 40)]],
    ['a few pushes', [runtime('history-push', false, 2)]],
    ['full screen after a click', [runtime('fullscreen', true)]],
    ['two alerts', [runtime('alert', false, 2)]],
  ])('stays silent on %s', (_, behaviour) => {
    expect(detector.detect(pageOf('<p>x</p>', { behaviour }))).toBeNull();
  });

  it('stays silent on a page without scripts', () => {
    expect(detect(detector, '<p>ようこそ</p>')).toBeNull();
  });
});
