import { describe, expect, it } from 'vitest';
import detector from '../../detectors/legal-threat';
import { detect, values } from '../helpers/page';

describe('legal-threat', () => {
  it.each([
    ['legal action', '<p>期限内にお支払いがない場合は法的措置に移らせていただきます。</p>', '法的措置'],
    ['court and seizure', '<p>裁判所へ訴訟を提起し、給与の差押えを行います。</p>', '差押'],
    ['home visit', '<p>お客様の個人情報を基に自宅訪問等による直接回収が行われます。</p>', '直接回収'],
    ['workplace contact', '<p>ご自宅および勤務先へ調査員が伺います。</p>', '勤務先'],
    ['late fees', '<p>期限を過ぎると延滞金 1日3,000円</p>', '延滞金'],
    ['disclosure', '<p>プロバイダに対し情報開示を求めます</p>', '情報開示'],
    ['split across elements', '<p>法的<b>措置</b>をとります</p>', '法的措置'],
    ['a call to the family', '<p>一定期間お支払いがない場合、ご家庭や職場にご連絡させていただきます。</p>', 'ご家庭や職場にご連絡'],
    ['a demand letter to the house', '<p>督促状をご自宅へ郵送いたします。</p>', '督促状'],
    ['small-claims court', '<p>少額訴訟の手続きに入ります。</p>', '少額訴訟'],
  ])('fires on %s', (_, html, expected) => {
    expect(values(detect(detector, html)).join(' ')).toContain(expected);
  });

  it('is strongest when several kinds of threat are combined', () => {
    expect(detect(detector, '<p>延滞金が発生し、法的措置をとります。</p>')!.strength).toBe(1);
    expect(detect(detector, '<p>延滞金が発生します。</p>')!.strength).toBeLessThan(1);
  });

  it('weakens threats that are only quoted in 「」', () => {
    expect(detect(detector, '<p>「延滞金が発生し、法的措置をとる」と書かれています。</p>')!.strength).toBeLessThan(0.5);
  });

  it.each([
    ['a cancellation policy', '<p>お振込み期限を過ぎた場合はご注文をキャンセルとさせていただきます。</p>'],
    ['a blockquote', '<blockquote>裁判所へ訴訟を提起します</blockquote>'],
    ['a hidden decoy', '<p hidden>法的措置</p><p>ようこそ</p>'],
    ['a plain page', '<p>本日のおすすめメニュー</p>'],
  ])('stays silent on %s', (_, html) => {
    expect(detect(detector, html)).toBeNull();
  });
});
