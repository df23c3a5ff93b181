import type { PressRelease } from '../schema/record';
import { guessLanguage } from '../extract/language';
import { isTemplateLanguage, type TemplateLanguage } from './templates/languages';

// Which language's templates an email to this release's contacts is written from: the release's own language
// when PressClip has templates for it, else the journalist's fallback; or always one language, if they chose so.

export type TemplateLanguageChoice = 'release' | TemplateLanguage;

export interface TemplateLanguagePrefs {
  templateLanguage: TemplateLanguageChoice;
  fallbackTemplateLanguage: TemplateLanguage;
}

// "de-CH", "pt_BR", "NL" → "de", "pt", "nl"; a language without templates (or none) → null.
export function templateLanguageOf(tag: string | null): TemplateLanguage | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isTemplateLanguage(primary) ? primary : null;
}

// A release read from a file or pasted text may carry no language: its headline and summary are then enough
// for guessLanguage's function-word count to tell the template languages apart. A release that names a language
// without templates (Swedish, Polish) is not guessed into one: its short function words overlap Dutch and German.
export function releaseLanguage(record: Pick<PressRelease, 'language' | 'headline' | 'summary'>): TemplateLanguage | null {
  if (record.language) return templateLanguageOf(record.language);
  return templateLanguageOf(guessLanguage([record.headline, record.summary].filter(Boolean).join(' ')));
}

export function templateLanguageFor(record: Pick<PressRelease, 'language' | 'headline' | 'summary'>, prefs: TemplateLanguagePrefs): TemplateLanguage {
  if (prefs.templateLanguage !== 'release') return prefs.templateLanguage;
  return releaseLanguage(record) ?? prefs.fallbackTemplateLanguage;
}
