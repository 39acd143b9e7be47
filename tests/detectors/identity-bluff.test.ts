import { describe, expect, it } from 'vitest';
import detector from '../../detectors/identity-bluff';
import { testDetector } from '../helpers/detector-tester';
import { detect, keys, pageOf, runtime } from '../helpers/page';

testDetector(detector);

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
