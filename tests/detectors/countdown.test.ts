import { describe, expect, it } from 'vitest';
import detector from '../../detectors/countdown';
import { detect, keys, values } from '../helpers/page';

describe('countdown', () => {
  it.each([
    ['days within', '<p>入会金 40,000円 を3日以内にお振込みください。</p>', '3日以内'],
    ['full-width hours', '<p>ご利用料金：９９，８００円</p><p>お支払期限：２４時間以内</p>', '24時間以内'],
    ['today', '<p>ご請求額：95,000円</p><p>お支払期限：本日中</p>', '本日中'],
    ['a written clock', '<p>ご利用料金 50,000円</p><p>お支払いまで残り 01:59:58</p>', 'まで残り 01:59:58'],
    ['hours and minutes', '<p>ご請求 50,000円 お支払い期限まで 1時間59分30秒</p>', '1時間59分30秒'],
    ['kanji count', '<p>料金 30,000円を三日以内にお支払いください</p>', '三日以内'],
  ])('fires on %s', (_, html, expected) => {
    const finding = detect(detector, html);
    expect(finding).not.toBeNull();
    expect(values(finding)).toContain(expected);
  });

  it('reads a countdown that a script fills in under a deadline label', () => {
    const finding = detect(
      detector,
      `<p>入会金 68,000円</p><p>お支払い期限まで <b id="cd"></b></p>
       <script>var left=7200; setInterval(function(){ left--; cd.textContent = Math.floor(left/3600)+'時間'+(left%60)+'秒'; }, 1000);</script>`,
    );
    expect(keys(finding)).toEqual(['deadline', 'liveTimer']);
    expect(finding!.strength).toBe(1);
  });

  it.each([
    ['a flash sale timer', '<h1>タイムセール</h1><p>終了まであと 02:59:59</p><p>4Kテレビ 89,800円</p>'],
    ['a deadline without payment', '<p>応募は3日以内にお願いします</p>'],
    ['a business-hours line', '<p>受付 11:00〜21:00 お電話ください</p>'],
    ['a quoted deadline', '<blockquote>ご利用料金 90,000円 3日以内にお支払いください</blockquote>'],
  ])('stays silent on %s', (_, html) => {
    expect(detect(detector, html)).toBeNull();
  });
});
