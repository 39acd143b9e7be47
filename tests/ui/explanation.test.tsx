// @vitest-environment jsdom
// The explanation names the page's ways to act (not to use) and, short of a red warning, what held it back.
import { render } from 'preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reportOf } from '../helpers/page';
import { useLocale } from '../helpers/locale';
import { Findings } from '../../ui/popup/Findings';
import { warningView } from '../../ui/overlay';

const BILL = '<h1>登録完了</h1><p>ご利用料金：99,000円</p><p>IPアドレス：203.0.113.5 を記録しました</p><p>本日中にお支払いください</p>';

let root: HTMLElement;
beforeAll(() => useLocale('ja'));
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the explanation of a verdict', () => {
  it('names the live number in the popup and on the warning, as text', () => {
    const report = reportOf(`${BILL}<p>お問い合わせ：<a href="tel:05058402213">050-5840-2213</a></p>`);
    expect(report.verdict).toBe('fraud');
    render(<Findings report={report} />, root);
    const channels = root.querySelector('[data-part="channels"]')!;
    expect(channels.textContent).toContain('050-5840-2213');
    expect(channels.textContent).toContain('しないでください');
    expect(root.querySelector('[data-part="mitigations"]')).toBeNull();
    const warning = warningView(report, 'bill.example', true);
    expect(warning.querySelector('.channels')?.textContent).toContain('050-5840-2213');
  });

  it('says why a bill with a masked number is only a caution', () => {
    const report = reportOf(`${BILL}<p>お問い合わせ：03-XXXX-XXXX</p>`);
    expect(report.verdict).not.toBe('fraud');
    render(<Findings report={report} />, root);
    expect(root.querySelector('[data-part="channels"]')).toBeNull();
    expect(root.querySelector('[data-part="mitigations"]')?.textContent).toContain('03-XXXX-XXXX');
  });

  it('never reads a page value as markup', () => {
    const report = reportOf(`${BILL}<p>連絡先：<a href="mailto:a@b.example?subject=x">&lt;img src=x onerror=alert(1)&gt;a@b.example</a></p>`);
    const warning = warningView(report, 'bill.example', true);
    expect(warning.querySelector('img')).toBeNull();
  });
});
