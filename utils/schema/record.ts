import { z } from 'zod';

// The extracted press release: the single source of truth for what PressClip reads off a page.
// Every string is capped because every string comes from a hostile page.

const text = (max: number) => z.string().max(max);

export const ContactSchema = z.object({
  name: text(200).nullable(),
  role: text(300).nullable(),
  organization: text(300).nullable(),
  emails: z.array(z.email().max(254)).max(20),
  // E.164 ("+4930284447430") where libphonenumber-js can parse the number, else as printed.
  phones: z.array(text(60)).max(20),
});
export type Contact = z.infer<typeof ContactSchema>;

export const EmbargoSchema = z.object({
  // ISO instant with its offset ("2026-03-03T00:01:00-05:00"), null when the text names no time we can read.
  until: z.iso.datetime({ offset: true }).nullable(),
  // The notice as written on the page ("EMBARGOED UNTIL 00:01 ET Tuesday, March 3, 2026").
  text: text(500),
});
export type Embargo = z.infer<typeof EmbargoSchema>;

export const PressReleaseSchema = z.object({
  isPressRelease: z.boolean(),
  confidence: z.number().min(0).max(1),
  // Why PressClip thinks so, for a person to read ("Dateline with a wire-service tag: /PRNewswire/").
  signals: z.array(text(300)).max(50),
  url: text(4096),
  canonicalUrl: text(4096).nullable(),
  language: text(35).nullable(),
  headline: text(1000).nullable(),
  issuer: text(300).nullable(),
  releaseDate: z.iso.date().nullable(),
  datelinePlace: text(200).nullable(),
  embargo: EmbargoSchema.nullable(),
  // The story in 1–3 sentences, plain text, in the release's language.
  summary: text(2000).nullable(),
  contacts: z.array(ContactSchema).max(50),
});
export type PressRelease = z.infer<typeof PressReleaseSchema>;
