import { describe, expect, it } from 'vitest';
import detector from '../../detectors/completion-claim';
import { detect, values } from '../helpers/page';

describe('completion-claim', () => {
  it.each([
    ['heading', '<h1>登録完了</h1>', '登録完了'],
    ['sentence', '<p>会員登録が完了しました。ご利用料金は下記の通りです。お支払いは3日以内にお願いいたします。詳細は会員規約をご覧ください。</p>', '会員登録が完了しました'],
    ['membership', '<div style="font-size:20px">入会手続きが完了いたしました</div>', '入会手続きが完了いたしました'],
    ['install', '<h2>アプリのインストール完了</h2>', 'インストール完了'],
    ['contract', '<h2>ご契約が成立しました</h2>', '契約が成立しました'],
    ['zero-width spaces', '<h1>登&#8203;録&#8203;完&#8203;了</h1>', '登録完了'],
    ['split across elements', '<h1>登<span>録</span>完<b>了</b></h1>', '登録完了'],
    ['furigana', '<h1><ruby>登録<rt>とうろく</rt></ruby>完了</h1>', '登録完了'],
    ['letter-spaced', '<h1>登 録 完 了</h1>', '登録完了'],
    ['half-width katakana', '<h1>ｲﾝｽﾄｰﾙ完了</h1>', 'インストール完了'],
    ['in the title only', '<!doctype html><html><head><title>入会完了のお知らせ</title></head><body><p>x</p></body></html>', '入会完了'],
    ['written by a script', '<p>x</p><script>document.body.innerHTML = "<h2>有料会員登録が完了しました</h2>";</script>', '有料会員登録が完了しました'],
  ])('fires on %s', (_, html, expected) => {
    const finding = detect(detector, html);
    expect(finding).not.toBeNull();
    expect(values(finding).join(' ')).toContain(expected);
  });

  it('is strongest when the claim is prominent', () => {
    const heading = detect(detector, '<h1>会員登録が完了しました</h1>')!;
    const buried = detect(detector, `<p>${'ご案内です。'.repeat(10)}会員登録が完了しましたのでご案内いたします。${'詳細です。'.repeat(10)}</p>`)!;
    expect(heading.strength).toBe(1);
    expect(buried.strength).toBeLessThan(heading.strength);
  });

  it('weakens a claim that is only quoted', () => {
    const quoted = detect(detector, '<p>突然「登録完了」と表示される被害が増えています。</p>')!;
    expect(quoted.strength).toBeLessThan(0.5);
  });

  it.each([
    ['pre-registration', '<h1>仮登録が完了しました</h1>'],
    ['future', '<p>登録完了後にメールが届きます。</p>'],
    ['instruction', '<p>登録を完了するにはボタンを押してください</p>'],
    ['negation', '<p>登録が完了していません</p>'],
    ['an order', '<h1>ご注文が完了しました</h1>'],
    ['a reservation', '<h1>ご予約が完了しました</h1>'],
    ['inside a blockquote', '<blockquote><h2>登録完了</h2></blockquote>'],
    ['hidden decoy', '<h1 style="display:none">登録完了</h1><p>こんにちは</p>'],
    ['hidden attribute', '<div hidden><h1>登録完了</h1></div>'],
    ['hidden by a stylesheet', '<style>.x{display:none}</style><h1 class="x">登録完了</h1>'],
    ['unrelated page', '<h1>天気予報</h1><p>明日は晴れです。</p>'],
  ])('stays silent on %s', (_, html) => {
    expect(detect(detector, html)).toBeNull();
  });
});
