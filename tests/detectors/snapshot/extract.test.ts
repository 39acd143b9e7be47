import { describe, expect, it } from 'vitest';
import { extractFromBlock, extractSplitPhone, parseJapaneseNumber, parsePhoneDigits, type Extracted } from '../../../detectors/snapshot/extract';
import { LIMITS } from '../../../detectors/snapshot/limits';

const run = (text: string): Extracted => {
  const out: Extracted = { phones: [], amounts: [], ips: [], ids: [], deadlines: [], contacts: [] };
  extractFromBlock(text, 0, out);
  return out;
};

describe('phone numbers', () => {
  it.each([
    ['03-6412-0093', '', '0364120093'],
    ['186-03-6412-0093', '186', '0364120093'],
    ['186-050-3183-7720', '186', '05031837720'],
    ['18603-4580-2291', '186', '0345802291'],
    ['090-1234-5678', '', '09012345678'],
    ['0120-831-004', '', '0120831004'],
    ['03(6412)0093', '', '0364120093'],
    ['+81-3-6412-0093', '', '0364120093'],
    ['050.3185.6624', '', '05031856624'],
    ['186+81-3-6412-0093', '186', '0364120093'],
  ])('%s', (raw, prefix, digits) => {
    expect(parsePhoneDigits(raw)).toEqual({ prefix, digits });
  });

  it.each(['2026-11-21', '1,234,567', '12-3456', '00-1234-5678', '090-1234-567'])('rejects %s', (raw) => {
    expect(run(raw).phones).toEqual([]);
  });

  it('reads numbers written with dots, not versions, dates or addresses', () => {
    expect(run('お電話は050.3185.6624まで（24時間）').phones.map((p) => p.digits)).toEqual(['05031856624']);
    expect(run('v1.2.3 2024.12.05 192.168.10.1 0.5.1234 3.14').phones).toEqual([]);
    expect(run('ご相談窓口 03・6427・9158（平日）').phones.map((p) => p.digits)).toEqual(['0364279158']);
    expect(run('2026・12・05 03・6427.9158 A・B・C').phones).toEqual([]);
  });

  it('finds numbers in running text and keeps them apart from IDs', () => {
    const { phones } = run('固体識別番号:SB-8812-0092-1138 お問い合わせ:06-6110-3382 / 090-1111-2222');
    expect(phones.map((p) => p.digits)).toEqual(['0661103382', '09011112222']);
  });
});

describe('a number split over side-by-side blocks', () => {
  const read = (blocks: string[]): string[] => {
    const out: Extracted = { phones: [], amounts: [], ips: [], ids: [], deadlines: [], contacts: [] };
    let open = '';
    blocks.forEach((text, i) => {
      extractFromBlock(text, i, out);
      open = extractSplitPhone(open, text, i, out.phones);
    });
    return out.phones.map((p) => `${p.digits}@${p.block}`);
  };

  it.each([
    [['お電話は 03-6412-', '0093'], '0364120093@1'],
    [['03-', '6412-', '0093 まで'], '0364120093@2'],
    [['TEL:0120', '-831-004'], '0120831004@1'],
    [['186-090-', '1234-5678'], '09012345678@1'],
  ])('%j reads %s', (blocks, phone) => {
    expect(read(blocks)).toEqual([phone]);
  });

  it.each([
    [['2026年', '12月5日']],
    [['第03', '1234号']],
    [['03-6412-', '本文が続きます', '0093']],
    [['03-6412-0093', '1234']],
    [['郵便番号 123-', '4567']],
  ])('leaves %j alone (or whole)', (blocks) => {
    expect(read(blocks).filter((p) => !p.startsWith('0364120093@0'))).toEqual([]);
  });
});

describe('amounts', () => {
  it.each([
    ['79,000円', 79_000],
    ['9万9800円', 99_800],
    ['9万9千円', 99_000],
    ['十五万円', 150_000],
    ['100 万円', 1_000_000],
    ['¥99,800', 99_800],
    ['1日3,000円', 3000],
    ['98.000円', 98_000],
    ['98000yen', 98_000],
    ['98,000 YEN', 98_000],
    ['¥98.000-', 98_000],
    ['九万八千円', 98_000],
    ['9万8千円也', 98_000],
  ])('%s', (text, yen) => {
    expect(run(`ご利用料金:${text}`).amounts.map((a) => a.yen)).toContain(yen);
  });

  it('reads a sum in 万 without 円 after the name of what is paid, and not a count of people or views', () => {
    expect(run('示談金は80万。削除費用 30万で消します').amounts.map((a) => [a.yen, a.text])).toEqual([[800_000, '80万'], [300_000, '30万']]);
    expect(run('80万人が見た動画、再生回数は120万回').amounts).toEqual([]);
  });

  it('parses Japanese numerals', () => {
    expect(parseJapaneseNumber('二十万五千')).toBe(205_000);
    expect(parseJapaneseNumber('1億2000万')).toBe(120_000_000);
    expect(parseJapaneseNumber('abc')).toBeNaN();
  });
});

describe('IP addresses, IDs, deadlines and contacts', () => {
  it('reads IPv4 and IPv6 but not versions with big parts or clock times', () => {
    expect(run('IP 126.33.201.9 / 2001:db8::1 / Chrome 120.0.6099.109 / 12:30:45').ips.map((i) => i.value)).toEqual(['126.33.201.9', '2001:db8::1']);
  });

  it('reads the kits\' English ID labels', () => {
    expect(run('Member ID: VPM-30918').ids).toEqual([{ label: 'Member ID', value: 'VPM-30918', block: 0 }]);
  });

  it('reads labelled IDs, empty when a script fills them', () => {
    expect(run('登録ID:XV-30918 会員番号:').ids).toEqual([
      { label: '登録ID', value: 'XV-30918', block: 0 },
      { label: '会員番号', value: '', block: 0 },
    ]);
  });

  it.each([
    ['3日以内', 'within', 3 * 86_400],
    ['24時間以内', 'within', 86_400],
    ['本日中', 'today', 86_400],
    ['残り 01:59:58', 'timer', 7198],
    ['1時間59分', 'timer', 7140],
    ['お支払期限:2026年12月1日', 'date', 0],
    ['お支払い期限まで', 'label', 0],
    ['明日12時まで', 'within', 2 * 86_400],
    ['今夜中に振り込めば', 'within', 2 * 86_400],
    ['令和6年6月14日（金）15時までにお振込みください', 'date', 0],
    ['示談金は80万。明日の15時までに。', 'within', 2 * 86_400],
    ['取下げ最終期日 本通知到達日の翌日', 'within', 2 * 86_400],
  ])('deadline %s', (text, kind, seconds) => {
    expect(run(text).deadlines).toContainEqual(expect.objectContaining({ kind, seconds }));
  });

  it('reads mail addresses and LINE IDs', () => {
    const { contacts } = run('taikai@vip-movie.example または LINE ID:@taikai_01');
    expect(contacts.map((c) => [c.kind, c.value])).toEqual([
      ['mail', 'taikai@vip-movie.example'],
      ['line', '@taikai_01'],
    ]);
  });

  it('caps every list', () => {
    const many = Array.from({ length: 500 }, (_, i) => `03-1234-${String(1000 + i)}`).join(' ');
    expect(run(many).phones).toHaveLength(LIMITS.items);
  });

  it('keeps the amount and number of a bill when a page fills the lists with others first', () => {
    const out: Extracted = { phones: [], amounts: [], ips: [], ids: [], deadlines: [], contacts: [] };
    for (let i = 0; i < 400; i++) extractFromBlock(`ケーキ ${300 + i}円 店舗 03-1234-${1000 + i}`, i, out);
    extractFromBlock('ご利用料金:99,000円', 400, out);
    extractFromBlock('退会はお電話で 03-6412-0093', 401, out);
    expect(out.amounts).toHaveLength(LIMITS.items);
    expect(out.amounts.map((a) => a.yen)).toContain(99_000);
    expect(out.phones.map((p) => p.digits)).toContain('0364120093');
  });
});
