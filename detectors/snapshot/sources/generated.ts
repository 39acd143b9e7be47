// Generated content: text the page's style sheets draw with ::before/::after — quoted strings (with CSS escapes),
// attr() values, open-quote/close-quote with the quotes in force, counters — and the @counter-style symbols a
// counter draws. The visitor reads it; the DOM does not hold it. One reader for the gate and the collector, each
// with its own Budget: the collector places each text on its element (generatedContent) and reads every sheet; the
// gate only gathers the words of the page's own <style> elements that draw text (generatedText).
import type { Budget } from '../limits';
import { LIMITS } from '../limits';
import { Counters } from '../counters';

type RuleBudget = Pick<Budget, 'styleRules'>;
type GeneratedBudget = Pick<Budget, 'styleRules' | 'generatedRules' | 'generatedElements' | 'generatedLookups'>;

// Rules with readable text, elements per rule and rules looked at in all are the reader's Budget (icon fonts write
// thousands of ::before rules whose content is one private-use character; they are passed over without a query).
// Rules setting quotes kept, and elements whose open-quote / close-quote is looked up.
const QUOTE_RULES = 50;
const QUOTE_LOOKUPS = 200;
const READABLE = /[\p{L}\p{N}]/u;
/**
 * The elements the page's style sheets give ::before/::after text, with that text: what the visitor reads but the
 * DOM does not hold. Read from the rules, not from every element's computed style: a page has few such rules and
 * thousands of elements.
 */
export function generatedContent(
  doc: Document,
  sheets: readonly CSSStyleRule[],
  budget: GeneratedBudget,
  onCap: () => void = () => {},
): Map<Element, { before: string; after: string }> {
  const found = new Map<Element, { before: string; after: string }>();
  // Read only when a rule shows quotes (few pages do); the rules and lookups are bounded for hostile pages.
  let quotes: QuoteRule[] | null = null;
  let quoteLookups = 0;
  const quotesFor = (el: Element) => (quoteLookups++ < QUOTE_LOOKUPS ? quotesOf(el, (quotes ??= quoteRules(sheets))) : null);
  // Counters are read only when a rule draws one (few pages do).
  let counters: Counters | null = null;
  const counterText = (el: Element, pseudo: CSSStyleDeclaration, name: string, style?: string) =>
    (counters ??= new Counters(sheets, counterStyleRules(doc, budget), unescapeCss, doc.defaultView)).text(el, pseudo, name, style);
  let rules = 0;
  let lookups = 0;
  for (const style of sheets) {
    if (rules >= budget.generatedRules || lookups >= budget.generatedLookups) {
      onCap();
      break;
    }
    const content = drawnContent(style);
    if (!content) continue;
    for (const selector of style.selectorText.split(',')) {
      const pseudo = /::?(before|after)\s*$/i.exec(selector.trim());
      if (!pseudo) continue;
      let elements: NodeListOf<Element>;
      try {
        elements = doc.querySelectorAll(selector.trim().slice(0, pseudo.index).trim() || '*');
      } catch {
        continue; // a selector this engine cannot read
      }
      // A rule that lands nowhere costs a query, not a place: 400 decoy rules first cannot push the page's own out.
      if (elements.length > 0) rules++;
      const side = pseudo[1]!.toLowerCase() as 'before' | 'after';
      let readable = 0;
      // Empty elements a rule lands on first (20 decoys, then the page's text in attr()) cost a lookup each.
      for (let i = 0; i < elements.length && readable < budget.generatedElements; i++) {
        if (++lookups > budget.generatedLookups) {
          onCap();
          return found;
        }
        const el = elements[i]!;
        const text = cssContentText(content, el, quotesFor, (name, counterStyle) => counterText(el, style.style, name, counterStyle));
        const entry = found.get(el) ?? { before: '', after: '' };
        entry[side] = text;
        found.set(el, entry);
        if (READABLE.test(text)) readable++;
      }
      if (readable >= budget.generatedElements) onCap();
    }
  }
  return found;
}

// jsdom's style parser drops a content value that is attr() alone (「content: attr(data-t)」); browsers draw it.
const ATTR_ONLY_RULE = /([^{}@;]+)\{[^{}]*?\bcontent\s*:\s*(attr\(\s*[\w-]+\s*\))\s*(?:!important\s*)?(?:;|\})/g;

/**
 * For readers without a browser's style engine: the ::before/::after rules of the page's <style> elements whose
 * content is attr() alone, as rules with that content (read from the sheets' text, a bounded number).
 */
export function attrOnlyRules(doc: Document, budget: RuleBudget): CSSStyleRule[] {
  const out: CSSStyleRule[] = [];
  const styles = doc.getElementsByTagName('style');
  for (let i = 0; i < styles.length && out.length < budget.styleRules; i++) {
    const css = styles[i]!.textContent ?? '';
    if (!css.includes('attr(')) continue;
    for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(ATTR_ONLY_RULE)) {
      const selectorText = m[1]!.trim();
      if (!/::?(?:before|after)/i.test(selectorText)) continue;
      const content = m[2]!;
      out.push({ selectorText, style: { getPropertyValue: (name: string) => (name === 'content' ? content : '') } } as unknown as CSSStyleRule);
      if (out.length >= budget.styleRules) break;
    }
  }
  return out;
}

/** The style rules of the page's sheets in order, inside @media, @supports, @layer and @import'ed sheets too. */
export function styleRules(doc: Document, budget: RuleBudget, sheets: Iterable<CSSStyleSheet> = Array.from(doc.styleSheets)): CSSStyleRule[] {
  const out: CSSStyleRule[] = [];
  const view = doc.defaultView;
  let looked = 0;
  const visit = (list: CSSRuleList | undefined, depth: number) => {
    if (!list || depth > 8) return;
    for (const rule of Array.from(list)) {
      if (++looked > budget.styleRules) return;
      const imported = (rule as CSSImportRule).styleSheet;
      if (imported) {
        try {
          visit(imported.cssRules, depth + 1);
        } catch {
          // an imported sheet from another origin
        }
        continue;
      }
      const style = rule as CSSStyleRule;
      if (style.selectorText) out.push(style);
      else if (mediaApplies((rule as CSSMediaRule).media, view)) visit((rule as CSSGroupingRule).cssRules, depth + 1);
    }
  };
  for (const sheet of sheets) {
    try {
      visit(sheet.cssRules, 0);
    } catch {
      // a style sheet from another origin cannot be read (and is no page's own text trick we could see)
    }
  }
  return out;
}

/** The page's @counter-style rules (top level and inside applying @media), a bounded number. */
function counterStyleRules(doc: Document, budget: RuleBudget, sheets: Iterable<CSSStyleSheet> = Array.from(doc.styleSheets)): CSSRule[] {
  const out: CSSRule[] = [];
  let looked = 0;
  const visit = (list: CSSRuleList | undefined, depth: number) => {
    if (!list || depth > 4) return;
    for (const rule of Array.from(list)) {
      if (++looked > budget.styleRules) return;
      if (rule.type === 11 /* CSSRule.COUNTER_STYLE_RULE */) out.push(rule);
      else if (!(rule as CSSStyleRule).selectorText && (rule as CSSGroupingRule).cssRules && mediaApplies((rule as CSSMediaRule).media, doc.defaultView)) visit((rule as CSSGroupingRule).cssRules, depth + 1);
    }
  };
  for (const sheet of sheets) {
    try {
      visit(sheet.cssRules, 0);
    } catch {
      // another origin's sheet
    }
  }
  return out;
}

/**
 * Whether an @media rule's queries apply to the screen the page is drawn on: the browser's answer where there is one,
 * else a desktop screen of 1280×800 (a print or speech rule never hides or shows text on screen). Rules that are
 * not @media (@supports, @layer, @container) apply.
 */
export function mediaApplies(media: MediaList | undefined, view: (Window & typeof globalThis) | null): boolean {
  const text = media?.mediaText?.trim() ?? '';
  if (!text) return true;
  if (typeof view?.matchMedia === 'function') {
    try {
      return view.matchMedia(text).matches;
    } catch {
      // fall through to the emulation
    }
  }
  return text.split(',').some((query) => screenQuery(query.trim().toLowerCase()));
}

const DESKTOP = { width: 1280, height: 800 };

function screenQuery(query: string): boolean {
  const negated = query.startsWith('not ');
  const q = negated ? query.slice(4) : query;
  const type = /^(?:only\s+)?(all|screen|print|speech|tty|tv|projection|handheld|braille|embossed|aural)\b/.exec(q)?.[1];
  let applies = type === undefined || type === 'all' || type === 'screen';
  for (const [, feature, value, unit] of q.matchAll(/\(\s*((?:min|max)-(?:width|height))\s*:\s*([\d.]+)\s*(px|em|rem)?\s*\)/g)) {
    const px = Number(value) * (unit === 'em' || unit === 'rem' ? 16 : 1);
    const size = feature!.endsWith('width') ? DESKTOP.width : DESKTOP.height;
    applies &&= feature!.startsWith('min') ? size >= px : size <= px;
  }
  return negated ? !applies : applies;
}

/** Rules that set quotes (what open-quote and close-quote show), with the strings in order. */
function quoteRules(rules: readonly CSSStyleRule[]): QuoteRule[] {
  const out: QuoteRule[] = [];
  for (const r of rules) {
    const value = r.style?.getPropertyValue('quotes') ?? '';
    if (!value || value === 'none' || value === 'auto') continue;
    const strings = [...value.matchAll(CSS_STRING)].map((m) => unescapeCss(m[1] ?? m[2] ?? ''));
    if (strings.length >= 2) out.push({ selector: r.selectorText.replace(/::?(?:before|after)\s*(?=,|$)/gi, '').trim() || '*', strings });
  }
  return out.slice(-QUOTE_RULES); // the last rules win the cascade
}

interface QuoteRule {
  selector: string;
  strings: string[];
}

/** The quotes in force on `el`: the last rule that matches it, else the nearest ancestor's (quotes inherit). */
function quotesOf(el: Element, rules: readonly QuoteRule[]): string[] | null {
  for (let at: Element | null = el, up = 0; at && up < 20; at = at.parentElement, up++) {
    for (let i = rules.length - 1; i >= 0; i--) {
      try {
        if (at.matches(rules[i]!.selector)) return rules[i]!.strings;
      } catch {
        // a selector this engine cannot read
      }
    }
  }
  return null;
}

const CSS_STRING = /"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'/g;

/** The quoted strings of a content value, unescaped, without attr() (for telling readable text from icons). */
function cssStrings(value: string): string {
  return [...value.matchAll(CSS_STRING)].map((m) => unescapeCss(m[1] ?? m[2] ?? '')).join('');
}

function unescapeCss(text: string): string {
  return text.replace(/\\([0-9a-fA-F]{1,6})\s?|\\([\s\S])/g, (_, hex: string | undefined, ch: string | undefined) => (hex ? codePoint(parseInt(hex, 16)) : ch === '\n' ? '' : ch ?? ''));
}

/**
 * The text a CSS content value shows: quoted strings (with CSS escapes such as \767B), attr() values, and
 * open-quote / close-quote with the quotes in force on the element (the outer pair); counters and images are left out.
 */
export function cssContentText(
  value: string,
  el: Element,
  quotesFor: (el: Element) => string[] | null = () => null,
  counterText: (name: string, style?: string) => string = () => '',
): string {
  let out = '';
  const token = /"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'|attr\(\s*([\w-]+)\s*\)|\b(open|close)-quote\b|\bcounters?\(\s*([\w-]+)\s*(?:,\s*(?:"[^"]*"|'[^']*')\s*)?(?:,\s*([\w-]+)\s*)?\)/g;
  for (const m of value.matchAll(token)) {
    if (m[3] !== undefined) out += el.getAttribute(m[3]) ?? '';
    else if (m[4] !== undefined) out += quotesFor(el)?.[m[4] === 'open' ? 0 : 1] ?? '';
    else if (m[5] !== undefined) out += counterText(m[5], m[6]);
    else out += unescapeCss(m[1] ?? m[2] ?? '');
    if (out.length > LIMITS.blockChars) break;
  }
  return out.slice(0, LIMITS.blockChars);
}

/** A CSS escape's character; out-of-range values and lone surrogates become U+FFFD, as CSS says (never a throw). */
const codePoint = (n: number): string => (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(n));


/** A rule's content value when it draws text a reader could read (not none, not an icon font's one private-use character). */
function drawnContent(style: CSSStyleRule): string | null {
  const content = style.style?.getPropertyValue('content') ?? '';
  if (!content || content === 'none' || content === 'normal' || !/["'(]|open-quote|close-quote/.test(content)) return null;
  if (!/attr\(|counters?\(|open-quote|close-quote/.test(content) && !READABLE.test(cssStrings(content).replace(/[\uE000-\uF8FF]/g, ''))) return null;
  return content;
}

/**
 * The words the page's own <style> elements can draw (the gate): the text of their ::before/::after rules (attr()
 * read on the first elements the rule lands on; where the rest lands does not matter here), the quotes open-quote
 * and close-quote show, and the symbols of @counter-style rules. Only inline sheets that draw text or import are
 * opened: building the CSS object model of a site's large external style sheets on every page would cost more than
 * the gate may; once a page passes, the collector reads every sheet.
 */
export function generatedText(doc: Document, budget: GeneratedBudget): string {
  const sheets: CSSStyleSheet[] = [];
  const styles = doc.getElementsByTagName('style');
  for (let i = 0; i < styles.length; i++) {
    const el = styles[i] as HTMLStyleElement;
    if (/content|@counter-style|@import/.test(el.textContent ?? '') && el.sheet) sheets.push(el.sheet);
  }
  if (sheets.length === 0) return '';
  const rules = styleRules(doc, budget, sheets);
  let text = '';
  let drawn = 0;
  let lookups = 0;
  for (const rule of rules) {
    if (drawn >= budget.generatedRules) break;
    if (!/::?(?:before|after)/i.test(rule.selectorText)) continue;
    const content = drawnContent(rule);
    if (!content) continue;
    drawn++;
    if (!content.includes('attr(')) {
      text += ` ${cssContentText(content, doc.documentElement)}`;
      continue;
    }
    for (const selector of rule.selectorText.split(',')) {
      const pseudo = /::?(?:before|after)\s*$/i.exec(selector.trim());
      if (!pseudo) continue;
      try {
        const found = doc.querySelectorAll(selector.trim().slice(0, pseudo.index).trim() || '*');
        // Elements with nothing to show are passed over (within the lookups): empty decoys first hide nothing.
        let readable = 0;
        for (let i = 0; i < found.length && readable < budget.generatedElements && lookups < budget.generatedLookups; i++, lookups++) {
          const shown = cssContentText(content, found[i]!);
          if (!READABLE.test(shown)) continue;
          text += ` ${shown}`;
          readable++;
        }
      } catch {
        // a selector this engine cannot read
      }
    }
  }
  for (const q of quoteRules(rules)) text += ` ${q.strings.join(' ')}`;
  for (const r of counterStyleRules(doc, budget, sheets)) {
    const counterStyle = r as CSSRule & { symbols?: string; additiveSymbols?: string };
    text += ` ${unescapeCss(`${counterStyle.symbols ?? ''} ${counterStyle.additiveSymbols ?? ''}`)}`;
  }
  return text;
}
