// Generated pages for the benchmarks: the same seed gives the same page, so runs compare.

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const JA_WORDS = ['今日は', '天気が', 'よく', '公園で', '子どもたちが', '遊んでいました', '市の', '担当者は', '来月から', '新しい', '取り組みを', '始めると', '説明しました', '地域の', '商店街では'];
const EN_WORDS = ['the', 'quick', 'report', 'shows', 'that', 'local', 'markets', 'opened', 'early', 'this', 'week', 'with', 'new', 'prices', 'and', 'offers'];

function sentence(words: string[], rand: () => number, n: number, ja: boolean): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[Math.floor(rand() * words.length)]!);
  return ja ? `${out.join('')}。` : `${out.join(' ')}. `;
}

/** About `elements` elements: a long Japanese article (sections of paragraphs with links). */
export function japaneseArticle(elements: number, seed = 1): string {
  const rand = rng(seed);
  const parts: string[] = ['<article><h1>地域のニュース</h1>'];
  let count = 4;
  while (count < elements) {
    parts.push(`<section><h2>${sentence(JA_WORDS, rand, 4, true)}</h2>`);
    for (let p = 0; p < 5 && count < elements; p++) {
      parts.push(`<p>${sentence(JA_WORDS, rand, 12, true)}<a href="/n/${count}">${sentence(JA_WORDS, rand, 3, true)}</a>${sentence(JA_WORDS, rand, 10, true)}</p>`);
      count += 2;
    }
    parts.push('</section>');
    count += 2;
  }
  parts.push('</article>');
  return page('ja', '地域のニュース', parts.join(''));
}

/** About `elements` elements: a billing-like Japanese page (a fraud screen above a long list of thumbnails). */
export function japaneseBilling(elements: number, seed = 2): string {
  const rand = rng(seed);
  const parts: string[] = [
    '<div class="bill"><h1 style="color:#d00">ご登録ありがとうございます 登録完了</h1><p>ご利用料金：79,000円 お支払期限：3日以内</p>',
    '<p>お客様のIPアドレス：126.33.201.9 ご利用ブラウザ：Chrome</p><p>誤操作の方はお電話ください 186-03-6412-0093</p></div><ul>',
  ];
  let count = 8;
  while (count < elements) {
    parts.push(`<li><a href="/v/${count}"><img src="/t/${count}.jpg" alt=""><span>${sentence(JA_WORDS, rand, 3, true)}</span></a></li>`);
    count += 4;
  }
  parts.push('</ul>');
  return page('ja', '登録完了', parts.join(''));
}

/** About `elements` elements: an English page with no Japanese at all. */
export function englishPage(elements: number, seed = 3): string {
  const rand = rng(seed);
  const parts: string[] = ['<main><h1>Weekly report</h1>'];
  let count = 4;
  while (count < elements) {
    parts.push(`<div class="card"><h3>${sentence(EN_WORDS, rand, 4, false)}</h3><p>${sentence(EN_WORDS, rand, 14, false)}<span>${sentence(EN_WORDS, rand, 6, false)}</span></p></div>`);
    count += 4;
  }
  parts.push('</main>');
  return page('en', 'Weekly report', parts.join(''));
}

function page(lang: string, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}
