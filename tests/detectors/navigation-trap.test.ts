import { describe, expect, it } from 'vitest';
import detector from '../../detectors/navigation-trap';
import { testDetector } from '../helpers/detector-tester';
import { detect, keys, pageOf, runtime } from '../helpers/page';

testDetector(detector, {
  fires: [
    { name: 'a popstate re-push in script', html: "<script>history.pushState(null,'',location.href); window.addEventListener('popstate', function(){ history.pushState(null,'',location.href); });</script>", keys: ['backTrap'] },
    { name: 'history.go(1) on popstate', html: '<script>history.pushState(null, null, location.href); window.onpopstate = () => history.go(1);</script>', keys: ['backTrap'] },
    { name: 'a beforeunload attribute', html: '<!doctype html><html><body onbeforeunload="return \'待って\'"><p>x</p></body></html>', keys: ['beforeUnload'] },
    { name: 'forced full screen', html: '<script>window.onload = function(){ document.documentElement.requestFullscreen(); };</script>', keys: ['forcedFullscreen'] },
    { name: 'an alert loop', html: "<script>while (true) { alert('ウイルスが検出されました'); }</script>", keys: ['alertLoop'] },
  ],
  silent: [
    { name: 'a single-page app that pushes on clicks', html: '<p>x</p>', options: { behaviour: [runtime('history-push', true, 40)] } },
    { name: 'a few pushes', html: '<p>x</p>', options: { behaviour: [runtime('history-push', false, 2)] } },
    { name: 'full screen after a click', html: '<p>x</p>', options: { behaviour: [runtime('fullscreen', true)] } },
    { name: 'two alerts', html: '<p>x</p>', options: { behaviour: [runtime('alert', false, 2)] } },
  ],
});

describe('navigation-trap', () => {
  it('counts a pushState flood the observer recorded', () => {
    const finding = detector.detect(pageOf('<p>x</p>', { behaviour: [runtime('history-push', false, 30, 'pushState ×30')] }));
    expect(keys(finding)).toEqual(['backTrap']);
    expect(finding!.strength).toBe(1);
  });

  it('stays silent on a page without scripts', () => {
    expect(detect(detector, '<p>ようこそ</p>')).toBeNull();
  });
});
