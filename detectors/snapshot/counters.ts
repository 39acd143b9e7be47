// Text drawn by CSS counters: `content: counter(n)` or `counter(n, style)` in a ::before/::after rule. A page can draw
// an amount (counter-reset: n 180 → "180") or whole phrases (an @counter-style whose symbols are 「99,800円」) this
// way, and the DOM holds none of it. The value is emulated, not computed by the browser (no API gives it): the
// nearest counter-reset/counter-set on the pseudo-element's rule, the element or its ancestors (and their preceding
// siblings), plus the rule's own increment. Page-wide counts (list numbering) are not followed.

// Rules that set counters, and @counter-style rules, read per page; elements looked up for one counter.
const COUNTER_RULES = 100;
const COUNTER_STYLES = 50;
const ANCESTORS = 8;
const SIBLINGS = 3;
// A counter value a page may ask us to spell out (the additive and alphabetic systems loop per digit).
const MAX_VALUE = 1e12;
const CSS_STRING = /"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'/g;
const KANJI_DIGITS = '〇一二三四五六七八九';

interface CounterStyle {
  system: string;
  symbols: string[];
  additive: { weight: number; symbol: string }[];
}

export class Counters {
  private readonly setters: { selector: string; style: CSSStyleDeclaration }[] = [];
  private readonly styles = new Map<string, CounterStyle>();

  constructor(
    rules: readonly CSSStyleRule[],
    counterStyleRules: readonly CSSRule[],
    private readonly unescape: (s: string) => string,
    private readonly view: (Window & typeof globalThis) | null,
  ) {
    for (const r of rules) {
      if (this.setters.length >= COUNTER_RULES) break;
      const s = r.style;
      if (s && (s.getPropertyValue('counter-reset') || s.getPropertyValue('counter-set')) && !/::?(?:before|after|marker)/i.test(r.selectorText)) this.setters.push({ selector: r.selectorText, style: s });
    }
    for (const r of counterStyleRules.slice(-COUNTER_STYLES)) {
      const rule = r as CSSRule & { name?: string; system?: string; symbols?: string; additiveSymbols?: string };
      if (!rule.name) continue;
      this.styles.set(rule.name, {
        system: (rule.system ?? 'symbolic').trim().split(/\s+/)[0]!.toLowerCase() || 'symbolic',
        symbols: this.strings(rule.symbols ?? ''),
        additive: (rule.additiveSymbols ?? '').split(',').flatMap((part) => {
          const weight = Number(/\d+/.exec(part)?.[0]);
          const symbol = this.strings(part)[0];
          return Number.isFinite(weight) && symbol !== undefined ? [{ weight, symbol }] : [];
        }),
      });
    }
  }

  /** The text `counter(name, style)` draws on `el`'s pseudo-element, whose own rule is `pseudo`. */
  text(el: Element, pseudo: CSSStyleDeclaration | null, name: string, style = 'decimal'): string {
    return this.format(this.value(el, pseudo, name), style);
  }

  private value(el: Element, pseudo: CSSStyleDeclaration | null, name: string): number {
    const own = pseudo ? (setValue(pseudo.getPropertyValue('counter-set'), name) ?? setValue(pseudo.getPropertyValue('counter-reset'), name)) : undefined;
    const increment = pseudo ? (setValue(pseudo.getPropertyValue('counter-increment'), name, 1) ?? 0) : 0;
    if (own !== undefined) return own + increment;
    for (let box: Element | null = el, up = 0; box && up < ANCESTORS; box = box.parentElement, up++) {
      let sibling: Element | null = box;
      for (let n = 0; sibling && n <= SIBLINGS; sibling = sibling.previousElementSibling, n++) {
        const found = this.setOn(sibling, name);
        if (found !== undefined) return found + increment;
      }
    }
    return increment;
  }

  /**
   * A counter-set or counter-reset of `name` on `el`: as computed where the engine computes it (a browser), else from
   * its style attribute and the page's rules (jsdom computes no counters).
   */
  private setOn(el: Element, name: string): number | undefined {
    if (this.view) {
      const cs = this.view.getComputedStyle(el);
      const computed = setValue(cs.getPropertyValue('counter-set'), name) ?? setValue(cs.getPropertyValue('counter-reset'), name);
      if (computed !== undefined) return computed;
    }
    const inline = (el as HTMLElement).style;
    let found = inline ? (setValue(inline.getPropertyValue('counter-set'), name) ?? setValue(inline.getPropertyValue('counter-reset'), name)) : undefined;
    if (found !== undefined) return found;
    for (const { selector, style } of this.setters) {
      let matches = false;
      try {
        matches = el.matches(selector);
      } catch {
        // a selector this engine cannot read
      }
      if (matches) found = setValue(style.getPropertyValue('counter-set'), name) ?? setValue(style.getPropertyValue('counter-reset'), name) ?? found;
    }
    return found;
  }

  private format(value: number, styleName: string): string {
    const v = Math.max(-MAX_VALUE, Math.min(MAX_VALUE, Math.trunc(value)));
    const custom = this.styles.get(styleName);
    if (custom) return formatCustom(v, custom) ?? String(v);
    switch (styleName.toLowerCase()) {
      case 'none':
        return '';
      case 'decimal-leading-zero':
        return v >= 0 && v < 10 ? `0${v}` : String(v);
      case 'cjk-decimal':
        return String(v).replace(/\d/g, (d) => KANJI_DIGITS[Number(d)]!);
      case 'japanese-informal':
      case 'cjk-ideographic':
        return v > 0 ? kanjiNumber(v) : String(v);
      case 'lower-alpha':
      case 'lower-latin':
        return v > 0 ? alphabetic(v, [...'abcdefghijklmnopqrstuvwxyz']) : String(v);
      case 'upper-alpha':
      case 'upper-latin':
        return v > 0 ? alphabetic(v, [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']) : String(v);
      default:
        return String(v);
    }
  }

  private strings(list: string): string[] {
    return [...list.matchAll(CSS_STRING)].map((m) => this.unescape(m[1] ?? m[2] ?? ''));
  }
}

/** `name`'s number in a counter-reset/-set/-increment value ("n 180 m"); `fallback` when named without one. */
function setValue(value: string, name: string, fallback = 0): number | undefined {
  if (!value || value === 'none') return undefined;
  const parts = value.trim().split(/\s+/);
  const i = parts.indexOf(name);
  if (i < 0) return undefined;
  const n = Number(parts[i + 1]);
  return Number.isInteger(n) ? n : fallback;
}

/** A value in an @counter-style's system; null where the style has no symbol for it (the browser falls back). */
function formatCustom(v: number, s: CounterStyle): string | null {
  const n = s.symbols.length;
  switch (s.system) {
    case 'cyclic':
      return n ? s.symbols[(((v - 1) % n) + n) % n]! : null;
    case 'fixed':
      return s.symbols[v - 1] ?? null;
    case 'symbolic':
      return n && v > 0 ? s.symbols[(v - 1) % n]!.repeat(Math.min(Math.ceil(v / n), 20)) : null;
    case 'alphabetic':
      return n >= 2 && v > 0 ? alphabetic(v, s.symbols) : null;
    case 'numeric':
      return n >= 2 && v >= 0 ? numeric(v, s.symbols) : null;
    case 'additive': {
      let rest = v;
      let out = '';
      for (const { weight, symbol } of s.additive) {
        if (weight === 0) {
          if (v === 0) return symbol;
          continue;
        }
        for (let k = 0; rest >= weight && k < 50; k++) {
          out += symbol;
          rest -= weight;
        }
      }
      return rest === 0 && out ? out : null;
    }
    default:
      return null;
  }
}

function alphabetic(v: number, symbols: readonly string[]): string {
  let out = '';
  for (let rest = v; rest > 0; rest = Math.floor((rest - 1) / symbols.length)) out = symbols[(rest - 1) % symbols.length]! + out;
  return out;
}

function numeric(v: number, symbols: readonly string[]): string {
  if (v === 0) return symbols[0]!;
  let out = '';
  for (let rest = v; rest > 0; rest = Math.floor(rest / symbols.length)) out = symbols[rest % symbols.length]! + out;
  return out;
}

/** 180 → 百八十, 99800 → 九万九千八百 (the informal Japanese numbering). */
function kanjiNumber(v: number): string {
  const small = (n: number): string => {
    let out = '';
    for (const [unit, size] of [['千', 1000], ['百', 100], ['十', 10]] as const) {
      const d = Math.floor(n / size) % 10;
      if (d) out += (d === 1 ? '' : KANJI_DIGITS[d]) + unit;
    }
    return out + (n % 10 ? KANJI_DIGITS[n % 10] : '');
  };
  let out = '';
  for (const [unit, size] of [['億', 1e8], ['万', 1e4], ['', 1]] as const) {
    const group = Math.floor(v / size) % 1e4;
    if (group) out += small(group) + unit;
  }
  return out;
}
