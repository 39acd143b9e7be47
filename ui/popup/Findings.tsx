import type { Report } from '../../detectors/evaluate';
import { describeChannels, describeMitigations, describeReport } from '../describe';
import { t } from '../i18n';

/**
 * Each finding: what the page showed (its own words, as text) and why it does not mean what the page claims; the
 * page's ways to act, not to use; and, for a report short of a red warning, what held it back.
 */
export function Findings({ report }: { report: Report }) {
  const channels = describeChannels(report);
  const mitigations = report.verdict === 'fraud' ? [] : describeMitigations(report);
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
      {channels.length > 0 && (
        <div class="channels" data-part="channels">
          <h3>{t('popup.channels')}</h3>
          <ul>
            {channels.map((c) => (
              <li>
                <q class="seen">{c}</q>
              </li>
            ))}
          </ul>
          <p class="why">{t('popup.channelsNote')}</p>
        </div>
      )}
      {mitigations.length > 0 && (
        <div class="mitigations" data-part="mitigations">
          <h3>{t('popup.reasonsMitigated')}</h3>
          <ul>
            {mitigations.map((m) => (
              <li>{m}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
