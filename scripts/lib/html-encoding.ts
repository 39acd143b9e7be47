// How a saved page's bytes become text: the same decision for the scan (jsdom) and for the test server that serves
// the page to the browsers, so that both read the same characters.

export const hasUtf16Bom = (b: Buffer) => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
const DECLARED_CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]+)/i;

/**
 * A declared encoding (BOM or <meta charset>) is left to jsdom's sniffing. Undeclared pages are read as a Japanese
 * browser would: UTF-8 when the bytes are valid UTF-8, else Shift_JIS or EUC-JP (older kits are often in these).
 */
export function decodeHtml(bytes: Buffer): Buffer | string {
  if (bytes[0] === 0xef || hasUtf16Bom(bytes)) return bytes;
  if (DECLARED_CHARSET.test(bytes.subarray(0, 2048).toString('latin1'))) return bytes;
  for (const encoding of ['utf-8', 'shift_jis', 'euc-jp']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // not this one
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * The charset to serve a saved page with so that a browser reads it as the scan does: none when the page declares
 * one (BOM or <meta charset>: it decides, in jsdom and in the browser) or is an undeclared legacy page (Shift_JIS,
 * EUC-JP: left to the browser's own detection, as an old server would); UTF-8 for undeclared UTF-8, which the
 * browser's detection may take for a legacy encoding.
 */
export function servedCharset(bytes: Buffer): 'utf-8' | null {
  const decoded = decodeHtml(bytes);
  if (typeof decoded !== 'string') return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return null;
  }
}

/** The page as text, whatever its encoding (declared ones included): for changing a saved page and serving it. */
export function htmlText(bytes: Buffer): string {
  const decoded = decodeHtml(bytes);
  if (typeof decoded === 'string') return decoded;
  const declared = DECLARED_CHARSET.exec(bytes.subarray(0, 2048).toString('latin1'))?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(declared.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
