// Static hints from inline script text and event-handler attributes. The text is only read, never run:
// a scanner must not execute a fraud kit's code, and in the browser the observer records what really ran.
import type { Behaviour, Media } from './schema';
import { LIMITS } from './limits';
import { clip } from './normalize';
import { mergeBehaviour } from './behaviour-types';

interface Hint {
  type: Behaviour['type'];
  test: RegExp;
  detail: string;
}

// Each hint is one habit of fraud kits; on ordinary sites most appear alone and mean little (detectors weigh them).
const HINTS: Hint[] = [
  { type: 'history-push', test: /history\s*\.\s*(?:pushState|replaceState)\s*\(/, detail: 'history.pushState' },
  {
    type: 'popstate-repush',
    // A popstate handler that pushes again or steps forward: the Back button leads nowhere.
    test: /(?:onpopstate|["']popstate["'])[\s\S]{0,300}?(?:pushState|history\s*\.\s*(?:go\s*\(\s*1\s*\)|forward\s*\())/,
    detail: 'popstate → pushState',
  },
  { type: 'beforeunload', test: /onbeforeunload|["']beforeunload["']/, detail: 'beforeunload' },
  { type: 'fullscreen', test: /(?:r|R)equestFull[sS]creen\s*\(|requestFullscreen\b/, detail: 'requestFullscreen' },
  { type: 'alert', test: /\b(?:window\s*\.\s*)?(?:alert|confirm)\s*\(/, detail: 'alert()' },
  { type: 'audio-context', test: /\b(?:webkit)?AudioContext\b/, detail: 'AudioContext' },
  { type: 'media-play', test: /\.play\s*\(\s*\)/, detail: '.play()' },
  { type: 'notification', test: /Notification\s*\.\s*requestPermission/, detail: 'Notification.requestPermission' },
  { type: 'camera', test: /getUserMedia\s*\(/, detail: 'getUserMedia' },
  { type: 'vibrate', test: /navigator\s*\.\s*vibrate\s*\(/, detail: 'navigator.vibrate' },
  {
    type: 'user-agent',
    // Reading the UA *and* writing it into the page is the "we know your device" bluff; feature checks only read it.
    test: /navigator\s*\.\s*(?:userAgent|platform|appVersion)[\s\S]{0,200}?(?:textContent|innerHTML|innerText|document\s*\.\s*write)|(?:textContent|innerHTML|innerText|document\s*\.\s*write)[^;]{0,400}?navigator\s*\.\s*(?:userAgent|platform|appVersion)/,
    detail: 'navigator.userAgent → page',
  },
  {
    type: 'ticking-timer',
    // setInterval that writes hours/minutes/seconds: a countdown built in script.
    test: /setInterval[\s\S]{0,600}?(?:時間|分|秒|padStart|%\s*60|\/\s*3600)/,
    detail: 'setInterval countdown',
  },
];

const ALERT_LOOP = /(?:while\s*\(\s*(?:true|1|!0)\s*\)|for\s*\(\s*;\s*;\s*\)|setInterval\s*\()[\s\S]{0,200}?\b(?:alert|confirm)\s*\(/;
const AUDIO_SOURCE = /new\s+Audio\s*\(\s*["'`]([^"'`]{1,200})["'`]/g;

/** Reads behaviour hints and script-created sounds from inline script text (already capped by the caller). */
export function scriptHints(code: string, behaviour: Behaviour[], media: Media[]): void {
  if (code.length === 0) return;
  for (const hint of HINTS) {
    if (!hint.test.test(code)) continue;
    let detail = hint.detail;
    let count = 1;
    if (hint.type === 'alert') {
      const calls = code.match(/\b(?:alert|confirm)\s*\(/g)?.length ?? 1;
      count = ALERT_LOOP.test(code) ? Math.max(calls, 10) : calls;
      if (count >= 10) detail = 'alert() loop';
    }
    mergeBehaviour(behaviour, [{ type: hint.type, source: 'static', gesture: null, count, detail }]);
  }
  for (const m of code.matchAll(AUDIO_SOURCE)) {
    if (media.length >= LIMITS.items) break;
    media.push({ tag: 'script-audio', src: fileName(m[1]!), autoplay: false, loop: false, muted: false });
  }
}

/** Event-handler attributes on <body>/<html>: onbeforeunload="return …", onload="…play()". */
export function attributeHints(attrs: Record<string, string>, behaviour: Behaviour[], media: Media[]): void {
  for (const [name, code] of Object.entries(attrs)) {
    if (name === 'onbeforeunload' || name === 'onunload' || name === 'onpagehide') {
      mergeBehaviour(behaviour, [{ type: 'beforeunload', source: 'static', gesture: null, count: 1, detail: name }]);
    } else scriptHints(code, behaviour, media);
  }
}


/** The file name of a URL or path, without host, query or fragment: "https://x/se/shutter.mp3?v=2" → "shutter.mp3". */
export function fileName(src: string): string {
  const path = src.split(/[?#]/)[0] ?? '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // A malformed escape stays as written.
  }
  return clip(decoded, LIMITS.valueChars);
}

// ---------------------------------------------------------------- Japanese text in scripts

const HAS_JAPANESE = /[\u3040-\u30FF\u4E00-\u9FFF]/;
// English fake-warning kits build their screens from scripts too; only literals with such words are worth keeping.
const ENGLISH_WARNING = /infected|trojan|spyware|malware|virus|hacked|(?:is|been) (?:blocked|locked)|call (?:microsoft|apple|support|us|now)|toll.?free/i;
const readable = (text: string) => HAS_JAPANESE.test(text) || ENGLISH_WARNING.test(text);
// Japanese written as escapes ("\u767b\u9332"): kits use them to hide their text from simple searches.
const ESCAPED_JAPANESE = /\\u(?:3[0-9a-f]|[4-9][0-9a-f])[0-9a-f]{2}|\\u\{(?:3[0-9a-f]|[4-9][0-9a-f])[0-9a-f]{2}\}/i;
const ESCAPE = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|([\s\S]))/g;

/**
 * The Japanese text of a script (and English fake-warning text): its string and template literals (escapes decoded, substitutions left as gaps),
 * plus Japanese that stands outside any literal — which happens in broken code (a nested or unclosed template
 * literal) that kits still ship. A kit builds its billing screen from such strings (innerHTML = '<h2>会員登録が
 * 完了しました</h2>…'), so a scanner that does not run scripts can still read it. Comments are dropped.
 */
export function japaneseTextPieces(code: string, maxChars: number): string[] {
  if (!readable(code) && !ESCAPED_JAPANESE.test(code)) return [];
  const out: string[] = [];
  let total = 0;
  const keep = (raw: string, escaped: boolean) => {
    if (total >= maxChars) return;
    const text = (escaped && raw.includes('\\') ? raw.replace(ESCAPE, decodeEscape) : raw).trim();
    if (!text || !readable(text)) return;
    const kept = text.slice(0, maxChars - total);
    out.push(kept);
    total += kept.length;
  };
  const keepCode = (region: string) => {
    if (HAS_JAPANESE.test(region)) for (const line of region.split('\n')) keep(line, false);
  };
  let i = 0;
  let codeStart = 0;
  const n = code.length;
  while (i < n && total < maxChars) {
    const c = code[i]!;
    const next = code[i + 1];
    // A line comment starts after whitespace or punctuation, never inside "http://".
    if (c === '/' && next === '/' && (i === 0 || /[\s;{}(),]/.test(code[i - 1]!))) {
      keepCode(code.slice(codeStart, i));
      const end = code.indexOf('\n', i);
      i = codeStart = end < 0 ? n : end;
      continue;
    }
    if (c === '/' && next === '*') {
      keepCode(code.slice(codeStart, i));
      const end = code.indexOf('*/', i + 2);
      i = codeStart = end < 0 ? n : end + 2;
      continue;
    }
    if (c !== '"' && c !== "'" && c !== '`') {
      i++;
      continue;
    }
    keepCode(code.slice(codeStart, i));
    let j = i + 1;
    let literal = '';
    let closed = false;
    while (j < n) {
      const ch = code[j]!;
      if (ch === '\\') {
        literal += code.slice(j, j + 2);
        j += 2;
        continue;
      }
      if (ch === c) {
        closed = true;
        break;
      }
      if (c === '`' && ch === '$' && code[j + 1] === '{') {
        const close = code.indexOf('}', j);
        j = close < 0 ? n : close + 1;
        literal += ' ';
        continue;
      }
      if (ch === '\n' && c !== '`') break; // not a string after all: read the line as code
      literal += ch;
      j++;
    }
    if (closed) {
      keep(literal, true);
      i = codeStart = j + 1;
    } else {
      i = j; // the quote opened nothing: what follows is code
    }
  }
  keepCode(code.slice(codeStart, Math.min(n, i)));
  return out;
}

function decodeEscape(_: string, braced?: string, u4?: string, x2?: string, other?: string): string {
  const hex = braced ?? u4 ?? x2;
  if (hex !== undefined) {
    const cp = parseInt(hex, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  }
  if (other === 'n' || other === 'r') return '\n';
  if (other === 't') return ' ';
  return other ?? '';
}
