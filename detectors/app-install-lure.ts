// 「ビデオ通話には専用アプリが必要です」「提供元不明のアプリを許可してください」: the "video-call app" of an extortion
// story, installed from a web page rather than a store, which reads the victim's contact list and makes the later
// threat feel real. Honest developers publish packages too (F-Droid, a project's releases page): they name who
// made the app and where its source is, and no chat partner is waiting on the other side.
import { defineDetector, type Evidence } from './define';
import { evidence, matchBlocks, narrated, sentenceAt } from './helpers';
import { SIDELOAD_STEPS as SIDELOAD } from './vocabulary';

// A chat, dating or video-call story around it.
// (or a person's private photos shared to be seen only in a viewer of its own: 「12枚の写真を共有しました」「専用ビューア」)
const CHAT = /(?:写真|画像|動画|アルバム)を(?:あなたに)?共有|専用ビューア|プライベート(?:アルバム|写真)|非公開(?:の)?(?:アルバム|写真)|ビデオ通話|ビデオチャット|ライブチャット|ツーショット|画像交換|通話アプリ|チャットアプリ|カメラ通話|顔出し|マッチング|出会い|彼女|彼氏|恋人|女の子|相手の方|お相手|専用アプリ|秘密のアプリ|会員同士/g;
// Where its source is and how to check the file: what an honest release page gives and a fake store copies least.
// A ©, a developer's name, a licence or a change log cost a fake page nothing, so they do not count; two checkable
// cues of different kinds are needed.
// The digest itself, written out (64 hex digits, or 32 colon-separated pairs), is a cue of its own beside the word
// naming it: something a visitor can check the file against.
const SOURCE_CUES: readonly RegExp[] = [
  /F-Droid/i,
  /ソースコード|オープンソース|source code|open source/i,
  /GitHub|GitLab|Codeberg/i,
  /SHA-?256|SHA-?1|署名(?:鍵|の確認|証明書)|フィンガープリント|fingerprint/i,
  /(?<![0-9A-Fa-f])[0-9a-f]{64}(?![0-9A-Fa-f])|(?<![0-9A-F:])(?:[0-9A-F]{2}:){31}[0-9A-F]{2}(?![0-9A-F:])/i,
];

// A sentence that warns against the step rather than giving it: オフのまま, しない, 危険, 求められたら.
// (「許可しないと通話できません」 is pressure to do it, not a warning.)
const WARNED = /しない(?!と|限り)|しません|させない|オフ(?:の|に)(?!戻)|危険|注意|求められ|言われ|指示され|させ(?:る|られ)|手口|ことはありません|必要(?:は|に)なる?ことはない|削除|解除して(?:ください|おき)/;

export default defineDetector({
  id: 'app-install-lure',
  weight: 70, // an app pushed from outside the stores in a chat story is the extortion's first step (see evaluate.ts)
  role: 'extortion',
  evidenceKeys: ['appLink', 'sideloadSteps', 'chatStory'],
  detect(page) {
    const own = page.apps.filter((a) => !page.blocks[a.block]?.quoted);
    // Instructions quote the settings' own labels (「提供元不明のアプリ」を許可): quotation marks do not make them
    // someone else's words here, but a sentence telling what was said (…と言われても) does.
    const steps = matchBlocks(page, SIDELOAD, { limit: 5, needs: /提供元|不明|野良|プロファイル|信頼|許可/ }).filter(
      (m) => !narrated(m.block.text, m.match.index) && !WARNED.test(sentenceAt(m.block.text, m.match.index)),
    );
    // A download button to a page-like address is the package only where the page says how to let it in.
    const files = own.filter((a) => a.kind !== 'unnamed');
    const links = files.length > 0 || steps.length === 0 ? files : own;
    if (links.length === 0 && steps.length === 0) return null;
    // The chat partner's own words (「ここでビデオ通話しよ？」) are the story on a page that offers the download.
    const chat = matchBlocks(page, CHAT, { limit: 5, needs: /共有|ビューア|プライベート|非公開|通話|チャット|ツーショット|画像交換|顔出し|マッチング|出会い|彼女|彼氏|恋人|女の子|相手|専用アプリ|秘密|会員同士/ }).filter(
      (m) => links.length > 0 || !m.inQuotes,
    );
    if (chat.length === 0) return null;
    const found: Evidence[] = [];
    if (links.length > 0) found.push(evidence('appLink', links.map((a) => a.value)));
    if (steps.length > 0) found.push(evidence('sideloadSteps', steps.map((m) => m.match[0])));
    found.push(evidence('chatStory', chat.map((m) => m.match[0])));
    const ownBlocks = page.blocks.filter((b) => !b.quoted);
    const identified = SOURCE_CUES.filter((cue) => ownBlocks.some((b) => cue.test(b.text))).length >= 2;
    // Identified, a package link alone stays below a part of the combination (0.32): a vendor's own download page.
    // Not a page that also walks the visitor past the phone's protection in a chat story: two words in fine print
    // (「GitHub」 and a made-up digest, red team 15) cost a fake page nothing.
    const strength = (links.length > 0 && steps.length > 0 ? 1 : links.length > 0 ? 0.8 : 0.6) * (identified && steps.length === 0 ? 0.4 : 1);
    // The page's own interface is the download itself; instructions alone are what warnings describe too.
    return { strength, evidence: found, prominent: links.length > 0 };
  },
});
