// zod schemas for what the background receives. A content script is ours, but it runs inside a hostile page:
// the background checks every report before it changes a badge.
import * as z from 'zod/mini';
import { DETECTOR_IDS, type DetectorId } from '../detectors/registry';
import { CATEGORIES, RULES } from '../detectors/evaluate';
import type { ContentMessage, PageRequest } from './messages';
import { SettingsSchema } from './settings';
import { ContactKindSchema } from './contact';

z.config({ jitless: true });

const short = (max: number) => z.string().check(z.maxLength(max));
const EvidenceSchema = z.object({
  key: z.string().check(z.regex(/^[A-Za-z0-9]{1,40}$/)),
  values: z.array(short(80)).check(z.maxLength(10)),
});

export const ReportSchema = z.object({
  verdict: z.enum(['fraud', 'suspicious', 'clean']),
  score: z.number().check(z.gte(0), z.lte(100)),
  findings: z
    .array(
      z.object({
        id: z.enum(DETECTOR_IDS as [DetectorId, ...DetectorId[]]),
        points: z.number().check(z.gte(0), z.lte(100)),
        strength: z.number().check(z.gte(0), z.lte(1)),
        evidence: z.array(EvidenceSchema).check(z.maxLength(10)),
      }),
    )
    .check(z.maxLength(DETECTOR_IDS.length)),
  rule: z.enum(['', ...RULES]),
  category: z.enum(CATEGORIES),
  mitigations: z.array(EvidenceSchema).check(z.maxLength(10)),
  channels: z.array(EvidenceSchema).check(z.maxLength(10)),
  errors: z.array(z.object({ id: short(40), message: short(300) })).check(z.maxLength(20)),
});

const list = z.array(short(120)).check(z.maxLength(20));
export const EvidenceItemsSchema = z.object({
  url: short(2048),
  title: short(300),
  phones: list,
  ids: list,
  amounts: list,
  accounts: list,
  mails: list,
  lines: list,
});

export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('report'), report: ReportSchema, evidence: EvidenceItemsSchema }),
  z.object({ type: z.literal('sync') }),
  z.object({ type: z.literal('load-engine') }),
  z.object({ type: z.literal('close-tab') }),
  z.object({ type: z.literal('allow-site') }),
  z.object({ type: z.literal('open-details') }),
  z.object({ type: z.literal('contact-proceeded'), kind: ContactKindSchema }),
]);

const tabId = z.int().check(z.gte(0));
const pin = z.optional(short(12));
export const PageRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab-state'), tabId }),
  z.object({ type: z.literal('evidence'), tabId }),
  z.object({ type: z.literal('allow-site'), tabId, pin }),
  z.object({ type: z.literal('disallow-site'), site: short(253), pin }),
  z.object({ type: z.literal('options-state') }),
  z.object({ type: z.literal('update-settings'), changes: z.partial(SettingsSchema), pin }),
  z.object({ type: z.literal('set-pin'), pin: z.nullable(short(12)), current: pin }),
  z.object({ type: z.literal('clear-history'), pin }),
]);

// The schemas and the message types must describe the same messages.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contentMatches: Same<z.infer<typeof ContentMessageSchema>, ContentMessage> = true;
const pageMatches: Same<z.infer<typeof PageRequestSchema>, PageRequest> = true;
void contentMatches;
void pageMatches;
