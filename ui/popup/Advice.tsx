import { t } from '../i18n';
import { ALREADY_ONE_CLICK, ALREADY_SUPPORT_SCAM, ONE_CLICK_ADVICE, SUPPORT_SCAM_ADVICE } from '../resources';

export function Advice({ supportScam }: { supportScam: boolean }) {
  return (
    <>
      <section aria-labelledby="now-h">
        <h2 id="now-h">{t('popup.whatNow')}</h2>
        <ul class="advice">{(supportScam ? SUPPORT_SCAM_ADVICE : ONE_CLICK_ADVICE).map((k) => <li key={k}>{t(k)}</li>)}</ul>
      </section>
      <section aria-labelledby="already-h">
        <h2 id="already-h">{t('popup.ifAlready')}</h2>
        <ul class="advice">{(supportScam ? ALREADY_SUPPORT_SCAM : ALREADY_ONE_CLICK).map((k) => <li key={k}>{t(k)}</li>)}</ul>
      </section>
    </>
  );
}
