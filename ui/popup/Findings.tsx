import type { Report } from '../../detectors/evaluate';
import { describeReport } from '../describe';
import { t } from '../i18n';

/** Each finding: what the page showed (its own words, as text) and why it does not mean what the page claims. */
export function Findings({ report }: { report: Report }) {
  return (
    <section aria-labelledby="findings-h">
      <h2 id="findings-h">{t('popup.reasons')}</h2>
      <ul class="findings">
        {describeReport(report).map((f) => (
          <li key={f.id} data-signal={f.id}>
            <strong>{f.title}</strong>
            {f.evidence.map((e) => (
              <q class="seen">{e}</q>
            ))}
            <p class="why">{f.explain}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
