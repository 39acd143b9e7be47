import { t } from '../i18n';
import type { Category } from '../../detectors/evaluate';
import { ADVICE } from '../resources';

export function Advice({ category }: { category: Category }) {
  const advice = ADVICE[category];
  return (
    <>
      <section aria-labelledby="now-h">
        <h2 id="now-h">{t('popup.whatNow')}</h2>
        <ul class="advice">{advice.now.map((k) => <li key={k}>{t(k)}</li>)}</ul>
      </section>
      <section aria-labelledby="already-h">
        <h2 id="already-h">{t('popup.ifAlready')}</h2>
        <ul class="advice">{advice.already.map((k) => <li key={k}>{t(k)}</li>)}</ul>
      </section>
    </>
  );
}
