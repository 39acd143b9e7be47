// The report of a false alarm or a miss: what it says, what it leaves out, and the links the user may click.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../detectors/evaluate';
import { feedbackBody, feedbackTitle, issueLink, mailLink, MAX_LINK_CHARS, pageAddress } from '../../ui/feedback';
import { pageOf } from '../helpers/page';
import { useLocale } from '../helpers/locale';

const BILL = `<h1>登録完了</h1><p>ご利用料金：99,000円</p><p>お客様のIPアドレス：203.0.113.5 を記録しました</p>
  <p>3日以内にお支払いください</p><p>お問い合わせ：<a href="tel:0312345678">03-1234-5678</a></p>`;
const URL_WITH_SECRETS = 'https://shop.example.jp/order/complete?member=12345&token=abcdef#done';

describe('feedback report (ja)', () => {
  beforeAll(() => useLocale('ja'));

  it('names the origin only, unless the user chooses the full address', () => {
    expect(pageAddress(URL_WITH_SECRETS, false)).toBe('https://shop.example.jp');
    expect(pageAddress(URL_WITH_SECRETS, true)).toBe(URL_WITH_SECRETS);
    const body = feedbackBody({ kind: 'false-alarm', url: URL_WITH_SECRETS, fullUrl: false, report: null, version: '1.2.3' });
    expect(body).toContain('https://shop.example.jp');
    expect(body).not.toContain('token');
    expect(body).not.toContain('member');
  });

  it('never names a local file path or a data URL', () => {
    expect(pageAddress('file:///home/taro/Desktop/bill.html', true)).not.toContain('taro');
    expect(pageAddress('data:text/html,<p>登録完了</p>', true)).not.toContain('登録完了');
    expect(pageAddress('not a url', false)).toBe('（アドレス不明）');
  });

  it('carries the verdict, each finding with the page’s own words, and the version', () => {
    const report = evaluate(pageOf(BILL));
    expect(report.verdict).toBe('fraud');
    const body = feedbackBody({ kind: 'false-alarm', url: 'https://x.example/', fullUrl: false, report, version: '1.2.3' });
    expect(body).toContain('誤検知');
    expect(body).toContain(`(${report.score}/100)`);
    expect(body).toContain('99,000円');
    expect(body).toContain('バージョン: 1.2.3');
    expect(feedbackTitle({ kind: 'false-alarm', url: 'https://x.example/a?b', fullUrl: false, report, version: '1' })).toBe('[誤検知] https://x.example');
  });

  it('asks a miss to describe the page, with no findings to show', () => {
    const body = feedbackBody({ kind: 'missed', url: 'https://x.example/', fullUrl: false, report: null, version: '1.2.3' });
    expect(body).toContain('見逃し');
    expect(body).toContain('なし');
    expect(body).toContain('個人情報は書かないでください');
  });

  it('builds a prefilled tracker link and a mailto link that decode to the same text', () => {
    const body = 'ページ: https://x.example\n& = ? # 日本語';
    const issue = new URL(issueLink('https://tracker.example/issues/new', '[誤検知] x', body));
    expect(issue.origin + issue.pathname).toBe('https://tracker.example/issues/new');
    expect(issue.searchParams.get('title')).toBe('[誤検知] x');
    expect(issue.searchParams.get('body')).toBe(body);
    const mail = mailLink('reports@example.org', '[誤検知] x', body);
    expect(mail.startsWith('mailto:reports@example.org?subject=')).toBe(true);
    expect(decodeURIComponent(/body=([^&]*)/.exec(mail)![1]!)).toBe(body.replace(/\n/g, '\r\n'));
  });

  it('cuts a long report at a line end to keep the link usable, and says so', () => {
    const long = Array.from({ length: 2000 }, (_, i) => `行 ${i} ご利用料金`).join('\n');
    const link = issueLink('https://tracker.example/issues/new', 't', long);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    const body = new URL(link).searchParams.get('body')!;
    expect(body).toMatch(/行 \d+ ご利用料金\n…長いため、ここで切りました/);
    expect(mailLink('a@example.org', 't', long).length).toBeLessThanOrEqual(MAX_LINK_CHARS);
  });
});

describe('feedback report (en)', () => {
  beforeAll(() => useLocale('en'));

  it('is written in the browser’s language', () => {
    const body = feedbackBody({ kind: 'missed', url: 'https://x.example/p', fullUrl: false, report: null, version: '1.2.3' });
    expect(body).toContain('Kind: missed');
    expect(body).toContain('Page: https://x.example');
    expect(body).toContain('OneClick Guard version: 1.2.3');
  });
});
