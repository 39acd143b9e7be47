// Where people can reach the project, set in one place. An empty value removes that way of sending a report from
// the popup (copying the report always stays). Nothing is ever sent by the extension itself: these only become
// links the user clicks.
export const PROJECT = {
  /** The public tracker's new-issue page; a report opens there prefilled and the user presses submit. */
  issueTracker: 'https://github.com/oneclick-guard/oneclick-guard/issues/new',
  /** An address for reports by mail (the user's own mail program sends it); empty for none yet. */
  feedbackMail: '',
};

export type ProjectContacts = typeof PROJECT;
