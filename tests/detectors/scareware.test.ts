import { describe, expect, it } from 'vitest';
import detector from '../../detectors/scareware';
import { testDetector } from '../helpers/detector-tester';
import { detect } from '../helpers/page';

testDetector(detector, {
  fires: [
    { name: 'infection and a number', html: '<h2>⚠ ウイルスに感染しています</h2><p>今すぐサポート窓口に電話してください：050-5840-2213</p>', keys: ['virusClaim'], min: 1 },
    { name: 'trojan and support', html: '<p>検出された脅威: トロイの木馬スパイウェア</p><p>Windows サポートに問い合わせる</p>', keys: ['virusClaim'], min: 1 },
    { name: 'English kit text', html: '<h1>Your computer is infected</h1><p>Call Microsoft Support now</p>', keys: ['virusClaim'], min: 1 },
    { name: 'ransom', html: '<p>あなたのデバイスはランサムウェアに感染しました。</p><p>復号化には100,000円の振り込みが必要です。</p>', keys: ['virusClaim'], min: 1 },
    { name: 'full-width and split', html: '<h2>ウイルスに<span>感染</span>しています</h2><p>サポートへお電話ください ０５０－５８４０－２２１３</p>', keys: ['virusClaim'], min: 1 },
  ],
  silent: [
    { name: 'a quoted warning', html: '<blockquote>ウイルスに感染しています。今すぐサポートにお電話ください 050-1234-5678</blockquote>' },
    { name: 'an antivirus product page', html: '<h1>ウイルス対策ソフト</h1><p>最新の脅威からパソコンを守ります</p>' },
    { name: 'a hidden decoy', html: '<div style="display:none">トロイの木馬</div><p>ようこそ</p>' },
  ],
});

describe('scareware', () => {
  it('rates a bare warning without a call to action lower', () => {
    const finding = detect(detector, '<p>ウイルスが検出されました</p>');
    expect(finding!.strength).toBeLessThan(0.5);
  });
});

describe('scareware with alarming behaviour', () => {
  it('rates a single claim higher when the page forces full screen or sounds an alarm by itself', async () => {
    const { pageOf, runtime } = await import('../helpers/page');
    const quiet = detector.detect(pageOf('<p>ウイルスが検出されました</p>'))!;
    const loud = detector.detect(pageOf('<p>ウイルスが検出されました</p>', { behaviour: [runtime('fullscreen', false)] }))!;
    expect(loud.strength).toBeGreaterThan(quiet.strength);
    const afterClick = detector.detect(pageOf('<p>ウイルスが検出されました</p>', { behaviour: [runtime('fullscreen', true)] }))!;
    expect(afterClick.strength).toBe(quiet.strength);
  });
});
