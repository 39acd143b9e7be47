// The page snapshot: plain, serialisable data built in one pass over the DOM and read by every detector.
// Every list and string has a cap (see limits.ts), so detectors are bounded by construction.
// Content scripts import only the *types* from here; the schemas are for the background, the CLI and tests.
import * as z from 'zod/mini';
import { LIMITS } from './limits';
import { BEHAVIOUR_TYPES } from './behaviour-types';

const text = (max: number) => z.string().check(z.maxLength(max));
const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
const index = z.int().check(z.gte(0));

/** A run of visible text between block boundaries (p, div, li, td, h1…, br splits lines inside a block with "\n"). */
export const BlockSchema = z.object({
  text: text(LIMITS.blockChars),
  /** Nearest block-level element, lower case (p, h1, li, td, div…); "script" for text read from inline scripts. */
  tag: text(16),
  /** 1–6 for headings (h1–h6 or role=heading), 0 otherwise. */
  heading: z.int().check(z.gte(0), z.lte(6)),
  /** Rendered font size in px, where layout or an inline style tells; 0 when unknown. */
  fontPx: z.number().check(z.gte(0)),
  /** Red-ish text colour (inline style or computed). */
  red: z.boolean(),
  /** Distance from the top of the document in px where layout exists; -1 when unknown. */
  top: z.number(),
  /** Inside blockquote, q, cite or figure: a quotation, not the page's own claim. */
  quoted: z.boolean(),
  /** Inside article/main prose, or itself a long run of sentences. */
  prose: z.boolean(),
  /** Inside a link. */
  link: z.boolean(),
  /** Text recovered from an inline script's string literals (static hint, never executed). */
  script: z.boolean(),
});
export type Block = z.infer<typeof BlockSchema>;

export const PhoneSchema = z.object({
  /** As written (normalised), e.g. "186-03-6412-0093". */
  display: text(LIMITS.valueChars),
  /** National number digits without any prefix, e.g. "0364120093". */
  digits: text(16),
  /** Caller-ID prefix written or dialled with the number. */
  prefix: z.enum(['', '186', '184']),
  /** Came from a tel: link (href). */
  tel: z.boolean(),
  block: index,
});
export type Phone = z.infer<typeof PhoneSchema>;

export const AmountSchema = z.object({
  yen: z.number().check(z.gte(0)),
  text: text(LIMITS.valueChars),
  block: index,
});
export type Amount = z.infer<typeof AmountSchema>;

export const IpSchema = z.object({ value: text(64), block: index });
export type Ip = z.infer<typeof IpSchema>;

export const LabelledIdSchema = z.object({
  label: text(LIMITS.valueChars),
  /** Empty when the value is filled in by a script (the label alone is then the hint). */
  value: text(LIMITS.valueChars),
  block: index,
});
export type LabelledId = z.infer<typeof LabelledIdSchema>;

export const DeadlineSchema = z.object({
  /** timer: a running or written clock (残り 01:59:58, 1時間59分); within: N日以内; today: 本日中; date: a written date after a deadline label; label: a deadline label whose value a script fills in. */
  kind: z.enum(['timer', 'within', 'today', 'date', 'label']),
  text: text(LIMITS.valueChars),
  /** Time left in seconds where the text tells (timer, within, today); 0 otherwise. */
  seconds: z.number().check(z.gte(0)),
  block: index,
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const ContactSchema = z.object({
  /** chat: a KakaoTalk, Telegram or similar ID or link, where extortion moves its victims. */
  kind: z.enum(['tel', 'mail', 'line', 'chat', 'form']),
  value: text(LIMITS.valueChars),
  block: index,
  /** A link whose only visible label is a picture we cannot read (an image, a canvas): the trap without its words. */
  picture: z.optional(z.boolean()),
});
export type Contact = z.infer<typeof ContactSchema>;

/** A link that installs an app from outside the stores: an Android package, an iOS profile or enterprise app. */
export const AppLinkSchema = z.object({
  /** 'unnamed': a button that says it installs an app, to an address that reads like a page (/dl/app/). */
  kind: z.enum(['apk', 'profile', 'ios-app', 'unnamed']),
  /** File name part of the link (no host), e.g. "videocall.apk". */
  value: text(LIMITS.valueChars),
  block: index,
});
export type AppLink = z.infer<typeof AppLinkSchema>;

export const MediaSchema = z.object({
  tag: z.enum(['audio', 'video', 'embed', 'object', 'bgsound', 'script-audio']),
  /** File name part of the source (no host), e.g. "shutter.mp3"; empty when none. */
  src: text(LIMITS.valueChars),
  autoplay: z.boolean(),
  loop: z.boolean(),
  muted: z.boolean(),
});
export type Media = z.infer<typeof MediaSchema>;

export { BEHAVIOUR_TYPES };

export const BehaviourSchema = z.object({
  type: z.enum(BEHAVIOUR_TYPES),
  /** runtime: recorded in the page by the observer; static: read from inline script text or event attributes. */
  source: z.enum(['runtime', 'static']),
  /** Whether a user gesture preceded it; null when unknown (static hints). */
  gesture: z.nullable(z.boolean()),
  count: z.int().check(z.gte(1)),
  detail: text(LIMITS.valueChars),
});
export type Behaviour = z.infer<typeof BehaviourSchema>;

export const PageSnapshotSchema = z.object({
  version: z.literal(1),
  url: text(LIMITS.urlChars),
  title: text(LIMITS.titleChars),
  lang: text(16),
  blocks: list(BlockSchema, LIMITS.blocks),
  phones: list(PhoneSchema, LIMITS.items),
  amounts: list(AmountSchema, LIMITS.items),
  ips: list(IpSchema, LIMITS.items),
  ids: list(LabelledIdSchema, LIMITS.items),
  deadlines: list(DeadlineSchema, LIMITS.items),
  contacts: list(ContactSchema, LIMITS.items),
  apps: list(AppLinkSchema, LIMITS.items),
  media: list(MediaSchema, LIMITS.items),
  behaviour: list(BehaviourSchema, LIMITS.items),
  stats: z.object({
    elements: z.int().check(z.gte(0)),
    textChars: z.int().check(z.gte(0)),
    /** Some text or items were dropped because a cap was reached. */
    truncated: z.boolean(),
    /** The page has Japanese text at all (cheap gate for the browser). */
    japanese: z.boolean(),
  }),
});
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;
