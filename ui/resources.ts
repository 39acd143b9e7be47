// Where to get help: the official numbers and pages, exactly as verified (../shared/RESOURCES.md). Never a web
// search: paid "help desks" that imitate public offices wait in search ads for people in this situation.
import type { Category } from '../detectors/evaluate';

export interface HelpResource {
  /** Message key prefix under resource.* */
  key: 'hotline' | 'police' | 'cyber' | 'kokusen' | 'ipa' | 'sexualCrime' | 'safeline';
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

/** For threats with intimate images: the police, the sexual-crime line (24 h), the cyber desks, Safeline. */
export const EXTORTION_RESOURCES: readonly HelpResource[] = [
  HELP_RESOURCES.find((r) => r.key === 'police')!,
  { key: 'sexualCrime', tel: '#8103', links: [{ label: 'resource.sexualCrime.link', url: 'https://www.npa.go.jp/higaisya/seihanzai/seihanzai.html' }] },
  HELP_RESOURCES.find((r) => r.key === 'cyber')!,
  { key: 'safeline', links: [{ label: 'resource.safeline.link', url: 'https://www.safe-line.jp/' }] },
];

export const resourcesFor = (category: Category): readonly HelpResource[] => (category === 'extortion' ? EXTORTION_RESOURCES : HELP_RESOURCES);

const keys = (prefix: string, names: string[]) => names.map((k) => `${prefix}.${k}`);

/** What to do now, and what to do if it is too late, for each kind of fraud (message keys). */
export const ADVICE: Record<Category, { now: string[]; already: string[] }> = {
  'one-click': {
    now: keys('advice.oneClick', ['dontContact', 'dontPay', 'notIdentified', 'noContract', 'shutter', 'caller186', 'close']),
    already: keys('advice.already', ['contacted', 'paid', 'court']),
  },
  'support-scam': {
    now: keys('advice.supportScam', ['dontCall', 'dontInstall', 'close']),
    already: keys('advice.already', ['contacted', 'paid', 'remote']),
  },
  extortion: {
    now: keys('advice.extortion', ['notYourFault', 'dontPay', 'stopBlockKeep', 'evidence', 'app', 'talk']),
    already: keys('advice.alreadyExtortion', ['paid', 'posted']),
  },
};

/** The three points at the top of the warning, and its title. */
export const WARNING: Record<Category, { title: string; points: string[] }> = {
  'one-click': { title: 'overlay.titleFraud', points: ['overlay.pointNoContract', 'overlay.pointNotIdentified', 'overlay.pointDoNotContact'] },
  'support-scam': { title: 'overlay.titleSupportScam', points: ['overlay.pointNoInfection', 'overlay.pointDoNotCall'] },
  extortion: { title: 'overlay.titleExtortion', points: ['overlay.pointNotYourFault', 'overlay.pointDontPayExtortion', 'overlay.pointBlockKeep'] },
};
