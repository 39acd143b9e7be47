import { describe, expect, it } from 'vitest';
import { evidenceItems, mergeEvidence } from '../../model/evidence';
import { pageOf } from '../helpers/page';

describe('evidence items', () => {
  it('collects the numbers, IDs, amounts, accounts and addresses the page showed', () => {
    const items = evidenceItems(
      pageOf(`<h1>登録完了</h1><p>ご利用料金：198,000円</p><p>振込先：DTB銀行 常滑支店 普通 01478962</p>
        <p>お客様ID：XV-30918</p><p>お問い合わせ：186-03-6412-0093 / <a href="mailto:a@b.example">メール</a> / LINE ID：@taikai_01</p>
        <blockquote>引用 03-9999-9999</blockquote>`),
    );
    expect(items.phones).toEqual(['186-0364120093']);
    expect(items.ids).toEqual(['お客様ID: XV-30918']);
    expect(items.amounts).toEqual(['198,000円']);
    expect(items.accounts.join(' ')).toContain('01478962');
    expect(items.mails).toEqual(['a@b.example']);
    expect(items.lines).toEqual(['@taikai_01']);
  });

  it('merges frames, the top frame giving the URL', () => {
    const top = evidenceItems(pageOf('<p>x</p>', { url: 'https://top.example/' }));
    const frame = evidenceItems(pageOf('<p>03-1234-5678</p>', { url: 'https://frame.example/' }));
    expect(mergeEvidence([top, frame])).toMatchObject({ url: 'https://top.example/', phones: ['0312345678'] });
  });
});
