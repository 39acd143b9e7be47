import { describe, expect, it } from 'vitest';
import detector from '../../detectors/identity-bluff';
import { testDetector } from '../helpers/detector-tester';
import { detect, keys, pageOf, runtime } from '../helpers/page';

testDetector(detector, {
  fires: [
    { name: 'an IP address with its label', html: '<p>お客様のIPアドレス：126.33.201.9</p>', reports: '126.33.201.9' },
    { name: 'full-width IP', html: '<p>ＩＰアドレス：１０１．１４２．９．３３</p>', reports: '101.142.9.33' },
    { name: 'an IPv6 address', html: '<p>接続元IP: 2001:db8:85a3::8a2e:370:7334</p>', reports: '2001:db8:85a3::8a2e:370:7334' },
    { name: 'a device line', html: '<p>■端末情報：iPhone</p>', reports: '端末情報:iPhone' },
    { name: 'an individual ID', html: '<p>■固体識別番号：SB-8812-0092-1138</p>', reports: '固体識別番号: SB-8812-0092-1138' },
    { name: 'a customer ID split across elements', html: '<p>お客様<span>ID</span>：<b>XV-30918</b></p>', reports: 'お客様ID: XV-30918' },
    { name: 'a table of host and provider', html: '<table><tr><th>ホスト名</th><td>ab.example.ne.jp</td></tr></table>', reports: 'ホスト名 ab.example.ne.jp' },
  ],
  silent: [
    { name: 'a version number', html: '<p>バージョン 1.2.3.4 をリリースしました</p>' },
    { name: 'a clock time', html: '<p>開始 12:30:45</p>' },
    { name: 'a quoted IP', html: '<blockquote>お客様のIPアドレス：126.33.201.9</blockquote>' },
    { name: 'a hidden decoy', html: '<p style="visibility:hidden">IPアドレス：126.33.201.9</p>' },
    { name: 'feature detection only', html: '<script>if (/iPhone/.test(navigator.userAgent)) location.href = "/sp/";</script><p>ようこそ</p>' },
    { name: 'an order number', html: '<p>ご注文番号：F-1022</p>' },
    { name: 'a label and a word in running text', html: '<p>ブラウザ Chrome の設定を開きます</p>' },
  ],
});

describe('identity-bluff', () => {
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
});
