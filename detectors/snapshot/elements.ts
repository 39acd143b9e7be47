// Readers of elements that mean something by their attributes rather than their text: contact links and forms,
// media, event-handler attributes and the layers a page puts above everything else (text that hides in images,
// controls, generated content and shadow roots: sources/). Pure functions of the element or document; the
// collector calls them from its one pass.
import type { AppLink, Contact, Media, Phone } from './schema';
import { LIMITS } from './limits';
import { clip, normalizeText } from './normalize';
import { parsePhoneDigits } from './extract';
import { fileName } from './script-hints';

// Layers a page puts above everything else.
const LAYERS = 'dialog[open], [aria-modal="true"], [role="dialog"], [role="alertdialog"], [popover], [style*="fixed" i], [style*="sticky" i]';

/**
 * A link's address as the browser follows it: the URL parser drops every tab and line break and trims control
 * characters and spaces at the ends, so 「t&#9;el:0356…」 dials like 「tel:0356…」.
 */
export function hrefOf(el: Element): string {
  // An SVG link may name its target the old way (xlink:href): the browser follows it all the same.
  // eslint-disable-next-line no-control-regex
  const href = (el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? el.getAttributeNS?.(XLINK, 'href') ?? '').replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  // A relative address is resolved against <base>: 「<base href="tel:05012345678">」 makes 「href="#"」 dial.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && (el.hasAttribute('href') || el.hasAttribute('xlink:href'))) {
    const base = contactBase(el.ownerDocument);
    if (base) return base + href;
  }
  if (href && !/^javascript:/i.test(href)) return href;
  // A link or button that goes there by script (「javascript:location.href='tel:…'」, onclick="location='…'"): where
  // it goes, when the script names it as a string.
  const script = `${href} ${el.getAttribute('onclick') ?? ''}`.trim();
  if (!script) return '';
  return SCRIPTED_TARGET.exec(percentDecoded(script.slice(0, 2000)))?.[1]?.trim() ?? '';
}

const XLINK = 'http://www.w3.org/1999/xlink';

const BASES = new WeakMap<Document, string>();

/** The document's <base> address when it is a way to act (tel:, mailto:, sms:, LINE); '' otherwise. Cached. */
export function contactBase(doc: Document | null): string {
  if (!doc) return '';
  let base = BASES.get(doc);
  if (base === undefined) {
    const href = (doc.querySelector('base[href]')?.getAttribute('href') ?? '').trim();
    base = /^(?:tel|callto|sms|mailto|line):/i.test(href) || /^(?:https?:)?\/\/(?:line\.me|lin\.ee)/i.test(href) ? href : '';
    BASES.set(doc, base);
  }
  return base;
}

// The first string in a script that is a way to act's address.
const SCRIPTED_TARGET = /["'`]\s*((?:tel:|callto:|sms:|mailto:|line:|tg:|kakaotalk:|itms-services:|(?:https?:)?\/\/(?:line\.me|lin\.ee|page\.line\.me|t\.me|telegram\.me|open\.kakao\.com|qr\.kakao\.com)\/)[^"'`]*|[^"'`\s]*\.(?:apk|mobileconfig)(?:[?#][^"'`]*)?)["'`]/i;

/** A tel:, mailto: or LINE link as a contact channel (and, for tel:, the number dialled). */
export function linkContact(el: Element, block: number): { contact: Contact; phone: Phone | null } | null {
  return contactOfHref(hrefOf(el), block);
}

/** A tel:, mailto:, LINE or chat address as a contact channel (and, for tel:, the number dialled). */
export function contactOfHref(href: string, block: number): { contact: Contact; phone: Phone | null } | null {
  if (!href) return null;
  const lower = href.slice(0, 16).toLowerCase();
  if (lower.startsWith('tel:') || lower.startsWith('callto:')) {
    let number = href.slice(href.indexOf(':') + 1);
    try {
      number = decodeURIComponent(number);
    } catch {
      // keep as written
    }
    // What follows the number is dialled after it or tells the phone how (;ext=1, ;phone-context=…, a pause
    // `,` or `p`, a wait `w`): the call goes to the number before it.
    const parsed = parsePhoneDigits(normalizeText(number.replace(/[;,?pPwW#*][\s\S]*$/, '')));
    return {
      contact: { kind: 'tel', value: clip(number, LIMITS.valueChars), block },
      phone: parsed ? { display: clip(`tel:${number}`, LIMITS.valueChars), ...parsed, tel: true, block } : null,
    };
  }
  if (lower.startsWith('mailto:')) return { contact: { kind: 'mail', value: clip(href.slice(7).split('?')[0] ?? '', LIMITS.valueChars), block }, phone: null };
  if (/^(?:https?:\/\/)?(?:line\.me|lin\.ee|page\.line\.me)\.?(?::\d+)?\//i.test(href) || lower.startsWith('line:')) {
    return { contact: { kind: 'line', value: clip(href, LIMITS.valueChars), block }, phone: null };
  }
  if (/^(?:https?:\/\/)?(?:t\.me|telegram\.me|open\.kakao\.com|qr\.kakao\.com)\.?(?::\d+)?\//i.test(href) || lower.startsWith('tg:') || lower.startsWith('kakaotalk:')) {
    return { contact: { kind: 'chat', value: clip(href, LIMITS.valueChars), block }, phone: null };
  }
  return null;
}

/** A link that installs an app from outside the stores (the "video-call app" of an extortion story). */
export function appLink(el: Element, block: number): AppLink | null {
  const href = hrefOf(el);
  // What the browser saves: the path as the server reads it (「.ap%6B」 is .apk), or the name a download= gives it.
  const path = percentDecoded(href.split(/[?#]/)[0] ?? '');
  const saved = el.getAttribute('download')?.trim() ?? '';
  const type = el.getAttribute('type') ?? '';
  const kind: AppLink['kind'] | null = /^itms-services:/i.test(href)
    ? 'ios-app'
    : /\.apk$/i.test(path) || /\.apk$/i.test(saved) || APK_TYPE.test(type) || /^data:application\/vnd\.android\.package-archive/i.test(href)
      ? 'apk'
      : /\.mobileconfig$/i.test(path) || /\.mobileconfig$/i.test(saved)
        ? 'profile'
        : null;
  return kind ? { kind, value: clip((/\.(?:apk|mobileconfig)$/i.test(saved) ? saved : '') || fileName(path) || href, LIMITS.valueChars), block } : null;
}

// A link that says it installs an app (「専用アプリをダウンロード」「APKをインストール」) and leads to a file, not to a
// store or a page: the server names what it sends (/dl/lovecall?v=2.3), so the address need not say .apk.
const DOWNLOAD_LABEL = /(?:アプリ|APK|ａｐｋ|ＡＰＫ|プロファイル|app\b|profile)[^。\n]{0,14}?(?:ダウンロード|インストール|入手|download|install)|(?:ダウンロード|インストール|download|install)[^。\n]{0,6}?(?:アプリ|APK|プロファイル|app\b)/i;
const STORE = /(?:^|\/\/)(?:play\.google\.com|apps\.apple\.com|itunes\.apple\.com|apps\.microsoft\.com|galaxystore\.samsung\.com|www\.amazon\.co\.jp\/gp\/mas|appgallery\.huawei\.com)/i;
const PAGE = /(?:\.html?|\.php|\/)$/i;

/** A link whose words say it installs an app, to a file outside the stores (see DOWNLOAD_LABEL). */
export function labelledDownload(el: Element, block: number): AppLink | null {
  const label = (el.textContent ?? '').slice(0, 120);
  if (!DOWNLOAD_LABEL.test(label)) return null;
  const href = hrefOf(el);
  const path = href.split(/[?#]/)[0] ?? '';
  // A script's address with a query names what it sends (/dl/get.php?app=lovecall): no page by itself.
  const script = /\.(?:php|cgi|aspx?|jsp)$/i.test(path) && /\?./.test(href);
  if (!href || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href) || STORE.test(path)) return null;
  // To an address that reads like a page (/dl/app/, download.html): what it sends is unknown, and honest apps link
  // their landing pages so. Kept apart; the detector counts it only beside steps to allow unknown sources.
  const unnamed = PAGE.test(path) && !script;
  return { kind: unnamed ? 'unnamed' : /プロファイル|profile/i.test(label) ? 'profile' : 'apk', value: clip(fileName(path.replace(/\/+$/, '')) || href, LIMITS.valueChars), block };
}

const APK_TYPE = /^\s*application\/vnd\.android\.package-archive/i;

/** A URL path with its %xx escapes decoded (twice at most; a malformed escape leaves it as it is). */
function percentDecoded(path: string): string {
  let out = path;
  for (let i = 0; i < 2 && out.includes('%'); i++) {
    try {
      out = decodeURIComponent(out);
    } catch {
      break;
    }
  }
  return out;
}

/** A form a visitor can fill in is a contact channel (its fields may stand outside it, tied by form="…"). */
export function formContact(el: Element, block: number): Contact | null {
  if (!el.querySelector('input:not([type=hidden]), textarea, select, button') && !ownsFieldsOutside(el)) return null;
  return { kind: 'form', value: searchForm(el) ? SEARCH_BOX : fileName(el.getAttribute('action') ?? '') || 'form', block };
}

/** A form's value when it is a search box (searchForm): no way to answer a bill. */
export const SEARCH_BOX = 'search';

// A field's name, id, placeholder or label that says it takes a search.
export const SEARCH_FIELD = /search|query|kensaku|keyword|検索|キーワード|^\s*(?:q|kw|s)\s/i;

/** A search box, told by its fields (a form's address is the page's to name): role=search, or one search field. */
function searchForm(el: Element): boolean {
  // (role=search is an attribute the visitor never sees: a form of several fields is no search box whatever it says.)
  const fields = Array.from(el.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]), textarea, select')).slice(0, 3);
  if (fields.length !== 1) return false;
  const f = fields[0]!;
  const named = `${f.getAttribute('name') ?? ''} ${f.getAttribute('id') ?? ''} ${f.getAttribute('placeholder') ?? ''} ${f.getAttribute('aria-label') ?? ''} ${f.getAttribute('type') ?? ''}`;
  // A field for a mail address, a number or a code is an answer, whatever the form calls itself.
  if (/mail|tel|phone|code|メール|電話|番号|コード|連絡先/i.test(named)) return false;
  if (el.getAttribute('role') === 'search' || el.querySelector('input[type=search i]') || /(?:^|\/)(?:search|kensaku)(?:\.\w+)?$/i.test((el.getAttribute('action') ?? '').split(/[?#]/)[0]!)) return true;
  return SEARCH_FIELD.test(named);
}

function ownsFieldsOutside(form: Element): boolean {
  const fields = (form as HTMLFormElement).elements;
  if (!fields) return false;
  for (let i = 0; i < fields.length && i < 50; i++) if ((fields[i]!.getAttribute('type') ?? '').toLowerCase() !== 'hidden') return true;
  return false;
}

/** Sounds play whether or not their element is visible (an <audio> without controls never is), so all are read. */
export function readMedia(doc: Document, media: Media[]): void {
  const found = doc.querySelectorAll('audio, video, bgsound, embed, object');
  for (let i = 0; i < found.length && media.length < LIMITS.items; i++) {
    const el = found[i]!;
    const tag = el.localName as Media['tag'];
    let src = el.getAttribute('src') ?? el.getAttribute('data') ?? '';
    if (!src && (tag === 'audio' || tag === 'video')) src = el.querySelector('source[src]')?.getAttribute('src') ?? '';
    if (!src) continue; // a <video> fed by the camera or a script has no file of its own
    const autostart = (el.getAttribute('autostart') ?? '').toLowerCase();
    media.push({
      tag,
      src: fileName(src),
      autoplay: tag === 'bgsound' || el.hasAttribute('autoplay') || autostart === 'true' || autostart === '1',
      loop: el.hasAttribute('loop') || (tag === 'bgsound' && el.getAttribute('loop') !== '1'),
      muted: el.hasAttribute('muted'),
    });
  }
}

/** The on* attributes of <html> and <body> (onload="…", onbeforeunload="…"), for static behaviour hints. */
export function handlerAttributes(doc: Document): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    for (const a of Array.from(el.attributes)) {
      if (a.name.startsWith('on')) attrs[a.name] = (attrs[a.name] ?? '') + a.value.slice(0, 10_000);
    }
  }
  return attrs;
}

/** An element's text as read, without ruby readings, scripts or styles (a bounded walk). */
export function renderedText(el: Element): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && text.length < LIMITS.blockChars; node = walker.nextNode()) {
    const parent = node.parentElement?.localName ?? '';
    if (parent !== 'rt' && parent !== 'rp' && parent !== 'script' && parent !== 'style') text += (node as Text).data;
  }
  return text;
}

/** What the page puts above everything else — open dialogs, fixed or sticky boxes, popovers — outermost first. */
export function layerElements(doc: Document, view: (Window & typeof globalThis) | null, layout: boolean): Element[] {
  const found = Array.from(doc.querySelectorAll(LAYERS));
  if (layout && view && doc.body) {
    // Fixed boxes styled from a stylesheet: the body's own children are where pages put them.
    for (const el of Array.from(doc.body.children).slice(-50)) if (/^(?:fixed|sticky)$/.test(view.getComputedStyle(el).position)) found.push(el);
  }
  return found.filter((el, i) => !found.some((other, j) => j !== i && other !== el && other.contains(el))).slice(0, LIMITS.layers);
}
