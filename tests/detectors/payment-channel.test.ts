import detector from '../../detectors/payment-channel';
import { testDetector } from '../helpers/detector-tester';

testDetector(detector, {
  fires: [
    { name: 'a gift-card code to send', html: '<p>お支払いはAmazonギフト券をコンビニで購入し、ギフト券番号をメールでお送りください。</p>', keys: ['giftCardCode'], min: 1 },
    { name: 'a code typed into the page', html: '<h2>解約手続き</h2><p>iTunesカードの裏面のコードを下記にご入力ください</p><form><input name="code"><button>送信</button></form>', keys: ['giftCardCode'], prominent: true },
    { name: 'e-money codes photographed', html: '<p>WebMoneyのプリペイド番号を写真に撮って送ってください</p>', keys: ['giftCardCode'] },
    { name: 'full-width and split', html: '<p>Ｇｏｏｇｌｅ Ｐｌａｙ<span>ギフトカード</span>のコードを送信してください</p>', keys: ['giftCardCode'] },
    { name: 'a bill paid by gift card', html: '<p>ご利用料金 99,000円</p><p>お支払いはAmazonギフト券でのお支払いとなります。</p>', keys: ['giftCardPayment'], max: 0.5 },
    { name: 'a transfer to a private name', html: '<p>ご利用料金：59,800円</p><p>振込先：みずほ銀行 渋谷支店 普通 1234567</p><p>口座名義：ヤマダ タロウ</p>', keys: ['personalAccount'], reports: 'ヤマダ タロウ' },
  ],
  silent: [
    { name: 'a shop selling gift cards', html: '<h1>Amazonギフトカード</h1><p>5,000円分 ギフトカードをプレゼント！キャンペーン実施中</p>' },
    { name: 'a company account', html: '<p>ご請求額 12,000円</p><p>口座名義：カ）ヤマダショウジ</p>' },
    { name: 'a private name with nothing to pay', html: '<p>サークル代表：口座名義 スズキ ハナコ（会費の案内は別途）</p>' },
    { name: 'advice quoting the demand', html: '<p>「ギフト券の番号を送ってください」と言われても、絶対に送らないでください。</p>' },
    { name: 'gift cards among payment methods', html: '<p>お支払い方法：クレジットカード、コンビニ払い、PayPay</p>' },
  ],
});
