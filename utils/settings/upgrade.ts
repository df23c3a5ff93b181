import { guessLanguage } from '../extract/language';
import { isTemplateLanguage } from '../interview/templates/languages';

// Settings saved before templates had languages held one set, `templates: { request, follow-up, thank-you }`,
// used for every release. That set is kept as the templates of the language it is written in (guessed from its
// text: a German journalist may have rewritten it in German; the built-in one is English), and that language
// becomes the fallback, so a release in no template language gets the same emails as before. Idempotent:
// settings in today's shape come back unchanged.

const OLD_KINDS = ['request', 'follow-up', 'thank-you'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(set: Record<string, unknown>): string {
  return OLD_KINDS.map((kind) => {
    const template = set[kind];
    return isRecord(template) ? `${String(template.subject ?? '')} ${String(template.body ?? '')}` : '';
  })
    .join(' ')
    .replace(/\{\{[^}]*\}\}/g, ' ');
}

export function upgradeSettings(raw: unknown): unknown {
  if (!isRecord(raw) || !isRecord(raw.templates)) return raw;
  const old = raw.templates;
  if (!OLD_KINDS.some((kind) => Object.hasOwn(old, kind))) return raw;
  const guessed = guessLanguage(textOf(old)) ?? 'en';
  const language = isTemplateLanguage(guessed) ? guessed : 'en';
  return { ...raw, templates: { [language]: old }, fallbackTemplateLanguage: raw.fallbackTemplateLanguage ?? language };
}
