import { describe, expect, it } from 'vitest';
import detector from '../../detectors/identity-bluff';
import { detect, keys, pageOf, runtime, values } from '../helpers/page';

describe('identity-bluff', () => {
  it.each([
    ['an IP address with its label', '<p>お客様のIPアドレス：126.33.201.9</p>', '126.33.201.9'],
    ['full-width IP', '<p>ＩＰアドレス：１０１．１４２．９．３３</p>', '101.142.9.33'],
    ['an IPv6 address', '<p>接続元IP: 2001:db8:85a3::8a2e:370:7334</p>', '2001:db8:85a3::8a2e:370:7334'],
    ['a device line', '<p>■端末情報：iPhone</p>', '端末情報:iPhone'],
    ['an individual ID', '<p>■固体識別番号：SB-8812-0092-1138</p>', '固体識別番号: SB-8812-0092-1138'],
    ['a customer ID split across elements', '<p>お客様<span>ID</span>：<b>XV-30918</b></p>', 'お客様ID: XV-30918'],
    ['a table of host and provider', '<table><tr><th>ホスト名</th><td>ab.example.ne.jp</td></tr></table>', 'ホスト名 ab.example.ne.jp'],
  ])('fires on %s', (_, html, expected) => {
    const finding = detect(detector, html);
    expect(finding).not.toBeNull();
    expect(values(finding).join(' | ')).toContain(expected);
  });

  it('is strongest with several kinds of data and the claim they were recorded', () => {
    const finding = detect(detector, '<p>あなたの接続情報を記録しました：IP 60.112.43.7 / ブラウザ：Edge</p>')!;
    expect(finding.strength).toBe(1);
    expect(keys(finding)).toContain('dataRecorded');
  });

  it('reads a page that writes navigator.userAgent under a device label', () => {
    const finding = detect(detector, '<p>ご利用端末：<span id="ua"></span></p><script>ua.textContent = navigator.userAgent;</script>');
    expect(keys(finding)).toContain('browserEcho');
  });

  it('counts the user agent echo the observer recorded in the browser', () => {
    const finding = detector.detect(pageOf('<p>こんにちは</p>', { behaviour: [runtime('user-agent', null, 1, 'navigator.userAgent')] }));
    expect(keys(finding)).toEqual(['browserEcho']);
  });

  it.each([
    ['a version number', '<p>バージョン 1.2.3.4 をリリースしました</p>'],
    ['a clock time', '<p>開始 12:30:45</p>'],
    ['a quoted IP', '<blockquote>お客様のIPアドレス：126.33.201.9</blockquote>'],
    ['a hidden decoy', '<p style="visibility:hidden">IPアドレス：126.33.201.9</p>'],
    ['feature detection only', '<script>if (/iPhone/.test(navigator.userAgent)) location.href = "/sp/";</script><p>ようこそ</p>'],
    ['an order number', '<p>ご注文番号：F-1022</p>'],
    ['a label and a word in running text', '<p>ブラウザ Chrome の設定を開きます</p>'],
  ])('stays silent on %s', (_, html) => {
    expect(detect(detector, html)).toBeNull();
  });
});
