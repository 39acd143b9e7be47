import { describe, expect, it } from 'vitest';
import detector from '../../detectors/countdown';
import { testDetector } from '../helpers/detector-tester';
import { detect, keys } from '../helpers/page';

testDetector(detector, {
  fires: [
    { name: 'days within', html: '<p>入会金 40,000円 を3日以内にお振込みください。</p>', reports: '3日以内' },
    { name: 'full-width hours', html: '<p>ご利用料金：９９，８００円</p><p>お支払期限：２４時間以内</p>', reports: '24時間以内' },
    { name: 'today', html: '<p>ご請求額：95,000円</p><p>お支払期限：本日中</p>', reports: '本日中' },
    { name: 'a written clock', html: '<p>ご利用料金 50,000円</p><p>お支払いまで残り 01:59:58</p>', reports: 'まで残り 01:59:58' },
    { name: 'hours and minutes', html: '<p>ご請求 50,000円 お支払い期限まで 1時間59分30秒</p>', reports: '1時間59分30秒' },
    { name: 'kanji count', html: '<p>料金 30,000円を三日以内にお支払いください</p>', reports: '三日以内' },
  ],
  silent: [
    { name: 'a flash sale timer', html: '<h1>タイムセール</h1><p>終了まであと 02:59:59</p><p>4Kテレビ 89,800円</p>' },
    { name: 'a deadline without payment', html: '<p>応募は3日以内にお願いします</p>' },
    { name: 'a business-hours line', html: '<p>受付 11:00〜21:00 お電話ください</p>' },
    { name: 'a quoted deadline', html: '<blockquote>ご利用料金 90,000円 3日以内にお支払いください</blockquote>' },
  ],
});

describe('countdown', () => {
  it('reads a countdown that a script fills in under a deadline label', () => {
    const finding = detect(
      detector,
      `<p>入会金 68,000円</p><p>お支払い期限まで <b id="cd"></b></p>
       <script>var left=7200; setInterval(function(){ left--; cd.textContent = Math.floor(left/3600)+'時間'+(left%60)+'秒'; }, 1000);</script>`,
    );
    expect(keys(finding)).toEqual(['deadline', 'liveTimer']);
    expect(finding!.strength).toBe(1);
  });
});
