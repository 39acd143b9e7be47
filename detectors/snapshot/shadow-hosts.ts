// Elements that can host a shadow root besides custom elements (the DOM standard's list for attachShadow). Data
// only: the gate reads it on every page, the collector past the gate.
export const SHADOW_HOSTS: ReadonlySet<string> = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span',
]);
