import { describe, expect, it } from 'vitest';
import detector from '../../detectors/completion-claim';
import { testDetector } from '../helpers/detector-tester';
import { detect } from '../helpers/page';

testDetector(detector, {
  fires: [
    { name: 'heading', html: '<h1>登録完了</h1>', reports: '登録完了' },
    { name: 'sentence', html: '<p>会員登録が完了しました。ご利用料金は下記の通りです。お支払いは3日以内にお願いいたします。詳細は会員規約をご覧ください。</p>', reports: '会員登録が完了しました' },
    { name: 'membership', html: '<div style="font-size:20px">入会手続きが完了いたしました</div>', reports: '入会手続きが完了いたしました' },
    { name: 'install', html: '<h2>アプリのインストール完了</h2>', reports: 'インストール完了' },
    { name: 'contract', html: '<h2>ご契約が成立しました</h2>', reports: '契約が成立しました' },
    { name: 'zero-width spaces', html: '<h1>登&#8203;録&#8203;完&#8203;了</h1>', reports: '登録完了' },
    { name: 'split across elements', html: '<h1>登<span>録</span>完<b>了</b></h1>', reports: '登録完了' },
    { name: 'furigana', html: '<h1><ruby>登録<rt>とうろく</rt></ruby>完了</h1>', reports: '登録完了' },
    { name: 'letter-spaced', html: '<h1>登 録 完 了</h1>', reports: '登録完了' },
    { name: 'half-width katakana', html: '<h1>ｲﾝｽﾄｰﾙ完了</h1>', reports: 'インストール完了' },
    { name: 'in the title only', html: '<!doctype html><html><head><title>入会完了のお知らせ</title></head><body><p>x</p></body></html>', reports: '入会完了' },
    { name: 'written by a script', html: '<p>x</p><script>document.body.innerHTML = "<h2>有料会員登録が完了しました</h2>";</script>', reports: '有料会員登録が完了しました' },
  ],
  silent: [
    { name: 'pre-registration', html: '<h1>仮登録が完了しました</h1>' },
    { name: 'future', html: '<p>登録完了後にメールが届きます。</p>' },
    { name: 'instruction', html: '<p>登録を完了するにはボタンを押してください</p>' },
    { name: 'negation', html: '<p>登録が完了していません</p>' },
    { name: 'an order', html: '<h1>ご注文が完了しました</h1>' },
    { name: 'a reservation', html: '<h1>ご予約が完了しました</h1>' },
    { name: 'inside a blockquote', html: '<blockquote><h2>登録完了</h2></blockquote>' },
    { name: 'hidden decoy', html: '<h1 style="display:none">登録完了</h1><p>こんにちは</p>' },
    { name: 'hidden attribute', html: '<div hidden><h1>登録完了</h1></div>' },
    { name: 'hidden by a stylesheet', html: '<style>.x{display:none}</style><h1 class="x">登録完了</h1>' },
    { name: 'unrelated page', html: '<h1>天気予報</h1><p>明日は晴れです。</p>' },
  ],
});

describe('completion-claim', () => {
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
});
