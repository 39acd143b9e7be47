import detector from '../../detectors/contact-lure';
import { testDetector } from '../helpers/detector-tester';
testDetector(detector, {
  fires: [
    { name: 'a phone for mistakes', html: '<p>誤操作の方・退会をご希望の方はお電話ください</p><p>03-6412-0093</p>', reports: '03-6412-0093' },
    { name: 'a mail address for cancelling', html: '<p>退会をご希望の場合は下記メールアドレスまで</p><p><a href="mailto:taikai@vip-movie.example">taikai@vip-movie.example</a></p>', reports: 'taikai@vip-movie.example' },
    { name: 'a LINE ID', html: '<p>誤って登録された方はLINE ID：@taikai_support までご連絡ください</p>', reports: '@taikai_support' },
    { name: 'a tel link', html: '<p>キャンセルはこちら：<a href="tel:18605031119982">050-3111-9982</a></p>', reports: '18605031119982' },
    { name: 'a form', html: '<p>身に覚えのない方は下記フォームより</p><form><input name="mail"><button>送信</button></form>', reports: 'form' },
    { name: 'full-width and split', html: '<p>誤<span>作動</span>の場合：０３－３５８０－２２１７</p>', reports: '03-3580-2217' },
  ],
  silent: [
    { name: 'a lure with no contact', html: '<p>退会はこちら</p><p><a href="/account/cancel">解約手続き</a></p>' },
    { name: 'a contact with no lure', html: '<p>お問い合わせ 0120-831-004</p>' },
    { name: 'a reservation change', html: '<p>変更・キャンセルは前日18時までにお電話（045-222-1180）でご連絡ください。</p>' },
    { name: 'quoted advice', html: '<p>「誤って登録された方はお電話ください」と書かれていても、03-1234-5678 には電話しないでください。</p>' },
  ],
});

