import { describe, expect, it } from 'vitest';
import detector from '../../detectors/extortion-threat';
import { testDetector } from '../helpers/detector-tester';
import { detect } from '../helpers/page';

testDetector(detector, {
  fires: [
    { name: 'a threat with a 示談金', html: '<p>録画した動画をご家族と学校にばらまきます。</p><p>示談金50,000円を払えば削除します。</p>', keys: ['spreadThreat', 'extortionDemand'], min: 1, prominent: true },
    { name: 'SNS and a deletion fee', html: '<p>あなたの画像をSNSで拡散します</p><p>削除費用 30,000円 をお振込みください</p>', keys: ['extortionDemand'], min: 1 },
    { name: 'a private channel but no amount yet', html: '<p>連絡がない場合、ビデオ通話の映像を友達全員に送ります</p><p>カカオトーク ID: kk_help88 に連絡しろ</p>', keys: ['privateChannel'], max: 0.7 },
    { name: 'split across elements', html: '<p>動画を<b>家族</b>に<span>送りつけ</span>ます</p><p>示談金を用意してください</p>', keys: ['extortionDemand'] },
    { name: 'full-width', html: '<p>写真をＳＮＳに晒します。慰謝料１０万円を支払え。</p>', keys: ['spreadThreat'] },
  ],
  silent: [
    { name: 'a shop that publishes photos', html: '<p>新商品の写真を公開します</p><p>価格 ¥7,000</p>' },
    { name: 'an event that posts its photos and asks a fee', html: '<p>当日の写真はSNSに投稿します。</p><p>参加費 3,000円 は当日お支払いください。</p><p>LINE ID: @event_2026 でお問い合わせください</p>' },
    { name: 'a threat without pictures', html: '<p>ご家族に連絡します</p>' },
    { name: 'pictures shared with friends, no threat', html: '<p>旅行の写真をLINEで友達と共有しました</p>' },
    { name: 'a blockquote of the threat', html: '<blockquote>動画を家族にばらまきます。示談金を払え。</blockquote>' },
  ],
});

describe('extortion-threat', () => {
  it('weakens a threat that a warning page quotes or tells as what happened', () => {
    const told = detect(detector, '<p>「動画を家族や学校にばらまかれたくなければ示談金を払え」と脅される被害が増えています。</p>');
    expect(told?.strength ?? 0).toBeLessThan(0.5);
  });
});
