import { describe, expect, it } from 'vitest';
import detector from '../../detectors/legal-threat';
import { testDetector } from '../helpers/detector-tester';
import { detect } from '../helpers/page';

testDetector(detector, {
  fires: [
    { name: 'legal action', html: '<p>期限内にお支払いがない場合は法的措置に移らせていただきます。</p>', reports: '法的措置' },
    { name: 'court and seizure', html: '<p>裁判所へ訴訟を提起し、給与の差押えを行います。</p>', reports: '差押' },
    { name: 'home visit', html: '<p>お客様の個人情報を基に自宅訪問等による直接回収が行われます。</p>', reports: '直接回収' },
    { name: 'workplace contact', html: '<p>ご自宅および勤務先へ調査員が伺います。</p>', reports: '勤務先' },
    { name: 'late fees', html: '<p>期限を過ぎると延滞金 1日3,000円</p>', reports: '延滞金' },
    { name: 'disclosure', html: '<p>プロバイダに対し情報開示を求めます</p>', reports: '情報開示' },
    { name: 'split across elements', html: '<p>法的<b>措置</b>をとります</p>', reports: '法的措置' },
    { name: 'a call to the family', html: '<p>一定期間お支払いがない場合、ご家庭や職場にご連絡させていただきます。</p>', reports: 'ご家庭や職場にご連絡' },
    { name: 'a demand letter to the house', html: '<p>督促状をご自宅へ郵送いたします。</p>', reports: '督促状' },
    { name: 'small-claims court', html: '<p>少額訴訟の手続きに入ります。</p>', reports: '少額訴訟' },
  ],
  silent: [
    { name: 'a cancellation policy', html: '<p>お振込み期限を過ぎた場合はご注文をキャンセルとさせていただきます。</p>' },
    { name: 'a blockquote', html: '<blockquote>裁判所へ訴訟を提起します</blockquote>' },
    { name: 'a hidden decoy', html: '<p hidden>法的措置</p><p>ようこそ</p>' },
    { name: 'a plain page', html: '<p>本日のおすすめメニュー</p>' },
  ],
});

describe('legal-threat', () => {
  it('is strongest when several kinds of threat are combined', () => {
    expect(detect(detector, '<p>延滞金が発生し、法的措置をとります。</p>')!.strength).toBe(1);
    expect(detect(detector, '<p>延滞金が発生します。</p>')!.strength).toBeLessThan(1);
  });

  it('weakens threats that are only quoted in 「」', () => {
    expect(detect(detector, '<p>「延滞金が発生し、法的措置をとる」と書かれています。</p>')!.strength).toBeLessThan(0.5);
  });
});
