import { z } from 'zod';
import { BUILT_IN_TEMPLATES } from '../interview/templates';
import { TEMPLATE_LANGUAGES, type TemplateLanguage } from '../interview/templates/languages';
import { upgradeSettings } from './upgrade';

// The journalist's own details and preferences. Kept in extension storage (not in the log), never sent anywhere:
// they only fill interview-request templates and drive follow-up reminders.

export const MAIL_HANDLERS = ['mailto', 'gmail', 'outlook'] as const;
export const MailHandlerSchema = z.enum(MAIL_HANDLERS);
export type MailHandler = z.infer<typeof MailHandlerSchema>;

export const TEMPLATE_KINDS = ['request', 'follow-up', 'thank-you'] as const;
export const TemplateKindSchema = z.enum(TEMPLATE_KINDS);
export type TemplateKind = z.infer<typeof TemplateKindSchema>;

export const TemplateSchema = z.object({
  subject: z.string().max(1000),
  body: z.string().max(20000),
});
export type Template = z.infer<typeof TemplateSchema>;

// Each language's set falls back kind by kind to the built-in text, so a set saved before a kind existed still loads.
function templateSetSchema(language: TemplateLanguage) {
  const builtIn = BUILT_IN_TEMPLATES[language];
  return z
    .object({
      request: TemplateSchema.default(builtIn.request),
      'follow-up': TemplateSchema.default(builtIn['follow-up']),
      'thank-you': TemplateSchema.default(builtIn['thank-you']),
    })
    .default(builtIn);
}

// One set per template language; a language added later loads its built-in set into older saved settings.
export const TemplatesSchema = z.object({
  en: templateSetSchema('en'),
  de: templateSetSchema('de'),
  fr: templateSetSchema('fr'),
  es: templateSetSchema('es'),
  it: templateSetSchema('it'),
  pt: templateSetSchema('pt'),
  nl: templateSetSchema('nl'),
});
export type Templates = z.infer<typeof TemplatesSchema>;

export const SettingsSchema = z.object({
  journalistName: z.string().max(200).default(''),
  outlet: z.string().max(200).default(''),
  signature: z.string().max(2000).default(''),
  email: z.string().max(254).default(''),
  phone: z.string().max(60).default(''),
  // The deadline named in a request when the entry has none: today plus this many calendar days.
  defaultDeadlineDays: z.number().int().min(0).max(365).default(2),
  followUpWorkingDays: z.number().int().min(1).max(60).default(2),
  // Which days follow-ups skip: the weekend (0 = Sunday; Friday–Saturday in much of the Middle East) and the
  // journalist's own days off — public holidays, leave — as local calendar dates.
  weekendDays: z
    .array(z.number().int().min(0).max(6))
    .max(6, 'At least one day of the week must be a working day.')
    .refine((days) => new Set(days).size === days.length, 'A weekend day is listed twice.')
    .default([0, 6]),
  daysOff: z
    .array(z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'Write days off as YYYY-MM-DD, e.g. 2026-12-25.'))
    .max(1000)
    .default([]),
  mailHandler: MailHandlerSchema.default('mailto'),
  // Emails to a release's contacts are written from the templates in the release's language ("release") or always
  // in one language; a release in a language without templates (or none found) gets the fallback's.
  templateLanguage: z.enum(['release', ...TEMPLATE_LANGUAGES]).default('release'),
  fallbackTemplateLanguage: z.enum(TEMPLATE_LANGUAGES).default('en'),
  templates: TemplatesSchema.default(TemplatesSchema.parse({})),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

// Stored settings may come from an older version or be hand-edited: anything unreadable falls back field by field.
// Settings saved before templates had languages are upgraded first (utils/settings/upgrade.ts).
export function readSettings(stored: unknown): Settings {
  const raw = upgradeSettings(stored);
  const whole = SettingsSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw)) {
      if (!Object.hasOwn(SettingsSchema.shape, key)) continue;
      const field = SettingsSchema.shape[key as keyof Settings].safeParse(value);
      if (field.success) result[key] = field.data;
    }
  }
  return SettingsSchema.parse(result);
}
