// "This verdict is wrong" / "This page was missed": a prepared report the user reads and edits, then copies, mails
// with their own mail program, or opens prefilled on the public tracker. Only the user's click sends anything.
import { useState } from 'preact/hooks';
import type { Report } from '../../detectors/evaluate';
import { PROJECT, type ProjectContacts } from '../../model/project';
import { feedbackBody, feedbackTitle, issueLink, mailLink, pageAddress, type FeedbackKind } from '../feedback';
import { t } from '../i18n';

interface Props {
  kind: FeedbackKind;
  url: string;
  report: Report | null;
  version: string;
  contacts?: ProjectContacts;
}

export function Feedback({ kind, url, report, version, contacts = PROJECT }: Props) {
  const key = kind === 'missed' ? 'missed' : 'falseAlarm';
  const [open, setOpen] = useState(false);
  const [fullUrl, setFullUrl] = useState(false);
  const [text, setText] = useState(() => feedbackBody({ kind, url, fullUrl: false, report, version }));
  const [status, setStatus] = useState('');
  const title = feedbackTitle({ kind, url, fullUrl, report, version });

  const toggleFullUrl = (full: boolean) => {
    // Swap the address in the text as it is now, keeping whatever the user already wrote.
    setText((current) => current.replace(pageAddress(url, fullUrl), pageAddress(url, full)));
    setFullUrl(full);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${title}\n\n${text}`);
      setStatus(t('feedback.copied'));
    } catch {
      setStatus(t('feedback.copyFailed'));
    }
  };

  if (!open) {
    return (
      <p class="feedback-open">
        <button type="button" class="link" onClick={() => setOpen(true)}>{t(`feedback.${key}.button`)}</button>
      </p>
    );
  }
  return (
    <section class="feedback" aria-labelledby="feedback-h">
      <h2 id="feedback-h">{t(`feedback.${key}.button`)}</h2>
      <p class="small">{t('feedback.intro')}</p>
      <label class="check">
        <input type="checkbox" checked={fullUrl} onChange={(e) => toggleFullUrl((e.currentTarget as HTMLInputElement).checked)} />
        {t('feedback.fullUrl')}
      </label>
      <label class="field">
        {t('feedback.textLabel')}
        <textarea rows={10} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <div class="actions">
        <button type="button" class="primary" onClick={copy}>{t('feedback.copy')}</button>
        {contacts.feedbackMail && (
          <a class="button" data-send="mail" href={mailLink(contacts.feedbackMail, title, text)}>{t('feedback.mail')}</a>
        )}
        {contacts.issueTracker && (
          <a class="button" data-send="tracker" href={issueLink(contacts.issueTracker, title, text)} target="_blank" rel="noopener noreferrer">
            {t('feedback.tracker')}
          </a>
        )}
      </div>
      <p class="small">{contacts.issueTracker ? t('feedback.trackerNote') : t('feedback.copyOnlyNote')}</p>
      <p class="status" role="status" aria-live="polite">{status}</p>
    </section>
  );
}
