import { t } from '../i18n';
import type { Category } from '../../detectors/evaluate';
import { resourcesFor } from '../resources';

export function Resources({ category = 'one-click' }: { category?: Category }) {
  return (
    <section aria-labelledby="help-h">
      <h2 id="help-h">{t('popup.resources')}</h2>
      <ul class="resources">
        {resourcesFor(category).map((r) => (
          <li key={r.key} data-resource={r.key}>
            <strong>{t(`resource.${r.key}.name`)}</strong>
            {r.tel && (
              <a class="tel" href={`tel:${r.tel.replace(/-/g, '')}`}>
                {t(`resource.${r.key}.number`)}
              </a>
            )}
            <p>{t(`resource.${r.key}.note`)}</p>
            {r.links.map((l) => (
              <a key={l.url} href={l.url} target="_blank" rel="noopener noreferrer">
                {t(l.label)}
              </a>
            ))}
          </li>
        ))}
      </ul>
      <p class="note">{t('popup.resourcesNote')}</p>
    </section>
  );
}
