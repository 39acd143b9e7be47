// Form controls: a bill can be written into form fields (a read-only input holding the amount, a placeholder holding
// the number, a button drawn from an <input> saying 「今すぐお電話ください」, the options of a select). What a
// field shows is text the visitor reads, and none of it is in textContent. One reader for the gate and the
// collector, each with its own Budget.
import type { Budget } from '../limits';
import { dropInvisible } from '../normalize';

// The budget counts what is drawn: 300 zero-width spaces before a sentence (red team 15) or a run of blanks must not
// spend it.
const shown = (s: string, max: number): string => dropInvisible(s).replace(/\s+/g, ' ').trim().slice(0, max);

/** Elements whose shown text is read here rather than from their child nodes. */
export const CONTROL_TAGS: ReadonlySet<string> = new Set(['input', 'textarea', 'select']);

// Input types whose value is not shown as text (buttons, boxes, files, colours, hidden fields, pickers). Any other
// type, known or not (type="phone" is drawn as a text box), shows its value.
const NOT_TEXT_INPUT = new Set(['hidden', 'checkbox', 'radio', 'file', 'color', 'range', 'image', 'password', 'date', 'datetime-local', 'month', 'week', 'time']);
const BUTTON_INPUT = new Set(['button', 'submit', 'reset']);

/**
 * What a form control shows as the page wrote it: its value attribute (a textarea's own text) or its placeholder;
 * a select its chosen (or listed) options; a button drawn from an input its value. Never what the visitor typed:
 * their phone number or mail address must not become evidence or part of a report.
 */
export function controlText(el: Element, tag: string, budget: Pick<Budget, 'controlChars' | 'controlOptions'>): string {
  if (tag === 'select') {
    const select = el as HTMLSelectElement;
    const listed = select.multiple || select.size > 1;
    const options = Array.from(select.options).slice(0, budget.controlOptions);
    // An option shows its label where it has one, not its text.
    return shown(options.filter((o) => listed || o.selected).map((o) => o.getAttribute('label') || o.text).join(' '), budget.controlChars);
  }
  const type = tag === 'input' ? (el.getAttribute('type') ?? '').toLowerCase() : '';
  if (BUTTON_INPUT.has(type)) return shown(el.getAttribute('value') ?? '', budget.controlChars);
  if (tag === 'input' && NOT_TEXT_INPUT.has(type)) return '';
  const written = tag === 'textarea' ? (el.textContent ?? '') : (el.getAttribute('value') ?? '');
  return shown(written, budget.controlChars) || shown(el.getAttribute('placeholder') ?? '', budget.controlChars);
}

/** What the first budget.controls inputs and textareas of `root` show (the gate; the collector reads each on its walk). */
export function controlsText(root: Document | DocumentFragment | Element, budget: Pick<Budget, 'controls' | 'controlChars' | 'controlOptions'>): string {
  let text = '';
  let read = 0;
  for (const tag of ['input', 'textarea']) {
    // A document's own collection is live and cached; a shadow root has only the selector.
    const found = 'getElementsByTagName' in root ? root.getElementsByTagName(tag) : root.querySelectorAll(tag);
    for (let i = 0; i < found.length && read < budget.controls; i++, read++) {
      const shown = controlText(found[i]!, tag, budget);
      if (shown) text += ` ${shown}`;
    }
  }
  return text;
}
