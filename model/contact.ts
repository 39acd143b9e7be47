// The ways a fraud page wants to be contacted, which the contact guard holds. One definition: the type is the
// schema's, so the background's check of a 'contact-proceeded' message and the content script cannot drift.
import * as z from 'zod/mini';

// chat: KakaoTalk, Telegram and the like, where extortion moves its victims.
export const ContactKindSchema = z.enum(['tel', 'mail', 'line', 'chat', 'form']);
export type ContactKind = z.infer<typeof ContactKindSchema>;
