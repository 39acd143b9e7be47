import { describe, expect, it } from 'vitest';
import detector from '../../detectors/contact-lure';
import { detect, values } from '../helpers/page';

describe('contact-lure', () => {
  it.each([
    ['a phone for mistakes', '<p>誤操作の方・退会をご希望の方はお電話ください</p><p>03-6412-0093</p>', '03-6412-0093'],
    ['a mail address for cancelling', '<p>退会をご希望の場合は下記メールアドレスまで</p><p><a href="mailto:taikai@vip-movie.example">taikai@vip-movie.example</a></p>', 'taikai@vip-movie.example'],
    ['a LINE ID', '<p>誤って登録された方はLINE ID：@taikai_support までご連絡ください</p>', '@taikai_support'],
    ['a tel link', '<p>キャンセルはこちら：<a href="tel:18605031119982">050-3111-9982</a></p>', '18605031119982'],
    ['a form', '<p>身に覚えのない方は下記フォームより</p><form><input name="mail"><button>送信</button></form>', 'form'],
    ['full-width and split', '<p>誤<span>作動</span>の場合：０３－３５８０－２２１７</p>', '03-3580-2217'],
  ])('fires on %s', (_, html, expected) => {
    expect(values(detect(detector, html)).join(' ')).toContain(expected);
  });

  it.each([
    ['a lure with no contact', '<p>退会はこちら</p><p><a href="/account/cancel">解約手続き</a></p>'],
    ['a contact with no lure', '<p>お問い合わせ 0120-831-004</p>'],
    ['a reservation change', '<p>変更・キャンセルは前日18時までにお電話（045-222-1180）でご連絡ください。</p>'],
    ['quoted advice', '<p>「誤って登録された方はお電話ください」と書かれていても、03-1234-5678 には電話しないでください。</p>'],
  ])('stays silent on %s', (_, html) => {
    expect(detect(detector, html)).toBeNull();
  });
});
