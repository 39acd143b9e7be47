// A number to tap, a LINE or mail link whose only label is a picture: 「お電話はこちら」 drawn in an image over a
// tel: link, a whole bill painted as one image that dials when touched. We cannot read the picture; we can see
// the trap. Honest shops draw call buttons too, so on a page that says things in words this counts for little;
// on a page that is pictures and almost no words, the working link is most of what there is to judge.
import { defineDetector } from './define';
import { evidence } from './helpers';

// A page that writes less than this in words of its own is a page of pictures.
const FEW_WORDS = 400;

export default defineDetector({
  id: 'picture-channel',
  weight: 30, // on a page of pictures, a "?" with an explanation; never a red warning alone (see evaluate.ts)
  role: 'lure',
  evidenceKeys: ['pictureChannel'],
  detect(page) {
    const links = page.contacts.filter((c) => c.picture === true && c.kind !== 'form' && !page.blocks[c.block]?.quoted);
    if (links.length === 0) return null;
    const words = page.blocks.reduce((n, b) => (b.quoted || b.script ? n : n + b.text.replace(/\s+/g, '').length), 0);
    return { strength: words < FEW_WORDS ? 1 : 0.3, evidence: [evidence('pictureChannel', links.map((c) => c.value))], prominent: true };
  },
});
