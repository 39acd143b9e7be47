import detector from '../../detectors/caller-id-186';
import { testDetector } from '../helpers/detector-tester';
testDetector(detector, {
  fires: [
    { name: 'a written 186 prefix', html: '<p>186-03-6412-0093</p>', reports: '186-03-6412-0093' },
    { name: 'full-width digits and long-vowel dashes', html: '<p>お問合せ：１８６ー０３ー５５４４ー７８１０</p>', reports: '186-03-5544-7810' },
    { name: 'a tel: link that dials 186', html: '<a href="tel:18603-4580-2291">03-4580-2291</a>', reports: 'tel:18603-4580-2291' },
    { name: 'a tel: link without dashes', html: '<a href="tel:18605031119982">050-3111-9982</a>', reports: 'tel:18605031119982' },
    { name: 'zero-width characters inside', html: '<p>186&#8203;-050-3183-7720</p>', reports: '186-050-3183-7720' },
    { name: 'a +81 tel link with 186 before it', html: '<a href="tel:186%2B81-3-1234-5678">電話</a>', reports: 'tel:186+81-3-1234-5678' },
    { name: 'a spoken cue (' + '番号通知' + ') next to a number', html: '<p>お問い合わせは番号通知（186）でお願いします：06-6110-3382</p>', keys: ['noAnonymousCalls'] },
    { name: 'a spoken cue (' + '非通知不可' + ') next to a number', html: '<p class="t">03-6412-0093</p><p>※非通知ではつながりません</p>', keys: ['noAnonymousCalls'] },
  ],
  silent: [
    { name: 'a cue with no number', html: '<p>「186をつけて電話してください」と書かれていることが多い</p>' },
    { name: 'a number with no cue', html: '<p>お問い合わせ 0120-831-004</p>' },
    { name: 'an amount that starts with 186', html: '<p>ご請求 186,000円 電話 03-1234-5678</p>' },
    { name: 'a quoted number', html: '<blockquote>お問合せ：186-03-5544-7810</blockquote>' },
    { name: 'a number hidden from view', html: '<p aria-hidden="true" style="display:none">186-03-5544-7810</p>' },
    { name: 'a 184 prefix (it hides the number)', html: '<p>184-03-5544-7810</p>' },
  ],
});

