// Counter text as the browser draws it (content: counter(name, style)): values from counter-reset / counter-set,
// built-in and @counter-style styles. jsdom's CSS parser drops `counter(n, <custom style>)` declarations, so the
// custom styles are checked here on the class itself and in Chromium by tests/browser/invisible-edits.test.ts.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Counters } from '../../../detectors/snapshot/counters';

function setUp(css: string, html: string, counterStyles: object[] = []) {
  const doc = new JSDOM(`<style>${css}</style>${html}`).window.document;
  const rules = Array.from(doc.styleSheets[0]!.cssRules).filter((r): r is CSSStyleRule => 'selectorText' in r);
  return { doc, counters: new Counters(rules, counterStyles as CSSRule[], (s) => s, null) };
}

const declaration = (css: string) => {
  const el = new JSDOM('').window.document.createElement('i');
  el.setAttribute('style', css);
  return el.style;
};

describe('Counters', () => {
  it('takes the value from the pseudo-element\'s own rule, the element, an ancestor or an earlier sibling', () => {
    const { doc, counters } = setUp('.outer{counter-reset:n 180} .sib{counter-set:m 7}', '<div class="outer"><p><b id="x"></b></p></div><i class="sib"></i><i id="y"></i>');
    const x = doc.getElementById('x')!;
    const y = doc.getElementById('y')!;
    expect(counters.text(x, null, 'n')).toBe('180');
    expect(counters.text(x, declaration('counter-reset: n 99800'), 'n')).toBe('99800');
    expect(counters.text(x, declaration('counter-increment: n 20'), 'n')).toBe('200');
    expect(counters.text(y, null, 'm')).toBe('7');
    expect(counters.text(y, null, 'unset')).toBe('0');
  });

  it('formats built-in styles', () => {
    const { doc, counters } = setUp('', '<b></b>');
    const b = doc.querySelector('b')!;
    const at = (n: number, style: string) => counters.text(b, declaration(`counter-reset: k ${n}`), 'k', style);
    expect(at(7, 'decimal-leading-zero')).toBe('07');
    expect(at(180, 'cjk-decimal')).toBe('一八〇');
    expect(at(99800, 'japanese-informal')).toBe('九万九千八百');
    expect(at(28, 'lower-alpha')).toBe('ab');
    expect(at(5, 'none')).toBe('');
  });

  it('formats @counter-style symbols: fixed, cyclic, numeric, additive', () => {
    const styles = [
      { type: 11, name: 'words', system: 'fixed', symbols: '"登録完了" "ご利用料金 99,000円"', additiveSymbols: '' },
      { type: 11, name: 'loop', system: 'cyclic', symbols: '"a" "b"', additiveSymbols: '' },
      { type: 11, name: 'digits', system: 'numeric', symbols: '"０" "１" "２" "３" "４" "５" "６" "７" "８" "９"', additiveSymbols: '' },
      { type: 11, name: 'sum', system: 'additive', symbols: '', additiveSymbols: '100 "百", 10 "十", 1 "一"' },
    ];
    const { doc, counters } = setUp('', '<b></b>', styles);
    const b = doc.querySelector('b')!;
    const at = (n: number, style: string) => counters.text(b, declaration(`counter-reset: k ${n}`), 'k', style);
    expect(at(1, 'words')).toBe('登録完了');
    expect(at(2, 'words')).toBe('ご利用料金 99,000円');
    expect(at(3, 'words')).toBe('3'); // past a fixed style's symbols the browser falls back to decimal
    expect(at(3, 'loop')).toBe('a');
    expect(at(180, 'digits')).toBe('１８０');
    expect(at(120, 'sum')).toBe('百十十');
  });

  it('stays bounded on hostile values', () => {
    const { doc, counters } = setUp('', '<b></b>', [{ type: 11, name: 's', system: 'symbolic', symbols: '"x"', additiveSymbols: '' }]);
    const b = doc.querySelector('b')!;
    expect(counters.text(b, declaration('counter-reset: k 2147483647'), 'k', 's').length).toBeLessThanOrEqual(20);
    expect(counters.text(b, declaration('counter-reset: k 2147483647'), 'k', 'upper-alpha').length).toBeLessThan(20);
  });
});
