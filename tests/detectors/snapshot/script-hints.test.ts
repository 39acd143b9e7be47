import { describe, expect, it } from 'vitest';
import { fileName, japaneseTextPieces, scriptHints } from '../../../detectors/snapshot/script-hints';
import type { Behaviour, Media } from '../../../detectors/snapshot/schema';

const hints = (code: string) => {
  const behaviour: Behaviour[] = [];
  const media: Media[] = [];
  scriptHints(code, behaviour, media);
  return { types: behaviour.map((b) => b.type), behaviour, media };
};

describe('script hints', () => {
  it.each([
    ["history.pushState(null,'',location.href); addEventListener('popstate', () => history.pushState(null,'',location.href));", ['history-push', 'popstate-repush']],
    ['window.onbeforeunload = function(){ return "x"; };', ['beforeunload']],
    ['document.documentElement.webkitRequestFullScreen();', ['fullscreen']],
    ['var ctx = new AudioContext();', ['audio-context']],
    ['Notification.requestPermission();', ['notification']],
    ['navigator.mediaDevices.getUserMedia({video:true});', ['camera']],
    ['navigator.vibrate(4000);', ['vibrate']],
    ["document.getElementById('ua').textContent = navigator.userAgent;", ['user-agent']],
    ["setInterval(function(){ s--; t.textContent = Math.floor(s/3600)+'時間'; }, 1000);", ['ticking-timer']],
  ])('%s', (code, expected) => {
    expect(hints(code).types).toEqual(expected);
  });

  it('does not take feature detection for a user-agent echo', () => {
    expect(hints("if (/Android/.test(navigator.userAgent)) location.href = '/sp';").types).toEqual([]);
  });

  it('counts alert loops', () => {
    const { behaviour } = hints("while(true){ alert('警告'); }");
    expect(behaviour[0]).toMatchObject({ type: 'alert', count: 10, detail: 'alert() loop' });
  });

  it('reads sounds created by scripts', () => {
    expect(hints("new Audio('/assets/camera.mp3').play();").media).toEqual([
      { tag: 'script-audio', src: 'camera.mp3', autoplay: false, loop: false, muted: false },
    ]);
  });

  it('keeps only file names', () => {
    expect(fileName('https://x.example/a/b/shutter%20sound.mp3?x=1#y')).toBe('shutter sound.mp3');
    expect(fileName('%E0%A4%A')).toBe('%E0%A4%A');
  });
});

describe('japaneseTextPieces', () => {
  it('reads string and template literals with escapes decoded', () => {
    expect(japaneseTextPieces(`a = '登録\\u5B8C了'; b = "x"; c = \`料金 \${n} 円\`;`, 1000)).toEqual(['登録完了', '料金   円']);
  });

  it('drops comments', () => {
    expect(japaneseTextPieces('// 戻る防止\n/* 警告 */ x = 1; y = "本文"; // http://例.jp', 1000)).toEqual(['本文']);
  });

  it('keeps a URL with // inside a string', () => {
    expect(japaneseTextPieces('u = "https://example.jp/登録";', 1000)).toEqual(['https://example.jp/登録']);
  });

  it('reads Japanese left outside literals by broken code', () => {
    const broken = 'const msg = `\nconst html = `\n緊急警告：感染しました。<br>\n振込が必要です。\n`;';
    expect(japaneseTextPieces(broken, 1000)).toEqual(expect.arrayContaining(['緊急警告:感染しました。<br>'.replace(':', '：'), '振込が必要です。']));
  });

  it('respects the character cap', () => {
    expect(japaneseTextPieces(`x = "${'あ'.repeat(100)}"; y = "${'い'.repeat(100)}";`, 50).join('')).toHaveLength(50);
  });
});
