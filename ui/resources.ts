// Where to get help: the official numbers and pages, exactly as verified (../shared/RESOURCES.md). Never a web
// search: paid "help desks" that imitate public offices wait in search ads for people in this situation.
export interface HelpResource {
  /** Message key prefix under resource.* */
  key: 'hotline' | 'police' | 'cyber' | 'kokusen' | 'ipa';
  /** What to dial, when there is a number. */
  tel?: string;
  links: { label: string; url: string }[];
}

export const HELP_RESOURCES: readonly HelpResource[] = [
  { key: 'hotline', tel: '188', links: [{ label: 'resource.hotline.link', url: 'https://www.caa.go.jp/policies/policy/local_cooperation/local_consumer_administration/hotline/' }] },
  { key: 'police', tel: '#9110', links: [{ label: 'resource.police.link', url: 'https://www.gov-online.go.jp/useful/article/201309/3.html' }] },
  { key: 'cyber', links: [{ label: 'resource.cyber.link', url: 'https://www.npa.go.jp/bureau/cyber/soudan.html' }] },
  {
    key: 'kokusen',
    links: [
      { label: 'resource.kokusen.linkAdult', url: 'https://www.kokusen.go.jp/soudan_topics/data/adultsite.html' },
      { label: 'resource.kokusen.linkScreen', url: 'https://www.kokusen.go.jp/t_box/data/t_box-faq_qa2017_28.html' },
    ],
  },
  {
    key: 'ipa',
    tel: '03-5978-7509',
    links: [
      { label: 'resource.ipa.link', url: 'https://www.ipa.go.jp/security/anshin/' },
      { label: 'resource.ipa.linkFake', url: 'https://www.ipa.go.jp/security/anshin/measures/fakealert.html' },
    ],
  },
];

export const ONE_CLICK_ADVICE = ['dontContact', 'dontPay', 'notIdentified', 'noContract', 'shutter', 'caller186', 'close'].map((k) => `advice.oneClick.${k}`);
export const SUPPORT_SCAM_ADVICE = ['dontCall', 'dontInstall', 'close'].map((k) => `advice.supportScam.${k}`);
export const ALREADY_ONE_CLICK = ['contacted', 'paid', 'court'].map((k) => `advice.already.${k}`);
export const ALREADY_SUPPORT_SCAM = ['contacted', 'paid', 'remote'].map((k) => `advice.already.${k}`);
