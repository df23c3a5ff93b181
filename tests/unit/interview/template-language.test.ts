import { describe, expect, it } from 'vitest';
import { buildInterviewDraft, templateValues } from '../../../utils/interview/request';
import { readableDate } from '../../../utils/interview/readable-date';
import { placeholdersIn } from '../../../utils/interview/template';
import { releaseLanguage, templateLanguageFor, templateLanguageOf } from '../../../utils/interview/template-language';
import { BUILT_IN_TEMPLATES } from '../../../utils/interview/templates';
import { TEMPLATE_LANGUAGES } from '../../../utils/interview/templates/languages';
import { DEFAULT_SETTINGS, TEMPLATE_KINDS, type Settings } from '../../../utils/settings/schema';
import { makeEntry, makeRecord } from '../triage/make-entry';

const settings: Settings = { ...DEFAULT_SETTINGS, journalistName: 'Kim Lee', outlet: 'Daily Post', email: 'kim@post.example', phone: '+44 20 7946 0000', signature: 'Kim' };
// Tuesday 3 March 2026, 10:00 local; the entries' deadline is Thursday 5 March.
const now = new Date(2026, 2, 3, 10, 0);

describe('template language', () => {
  it('reads the primary subtag of the release language, whatever its case or separator', () => {
    expect(templateLanguageOf('de-CH')).toBe('de');
    expect(templateLanguageOf('pt_BR')).toBe('pt');
    expect(templateLanguageOf('NL')).toBe('nl');
    expect(templateLanguageOf('sv')).toBeNull();
    expect(templateLanguageOf('')).toBeNull();
    expect(templateLanguageOf(null)).toBeNull();
  });

  it('derives the language from the headline and summary when the record names none', () => {
    const record = makeRecord({
      language: null,
      headline: 'Stadtwerke bauen neuen Speicher',
      summary: 'Die Stadtwerke haben heute mit dem Bau eines Speichers begonnen, der ab 2027 die Versorgung der Stadt sichert und für die Region wichtig ist.',
    });
    expect(releaseLanguage(record)).toBe('de');
    expect(releaseLanguage(makeRecord({ language: null, headline: null, summary: null }))).toBeNull();
    // A named language without templates stays unmatched (the fallback applies), whatever the words look like.
    expect(releaseLanguage({ ...record, language: 'sv' })).toBeNull();
  });

  it('falls back for a language without templates and obeys a fixed choice', () => {
    const swedish = makeRecord({ language: 'sv-SE' });
    expect(templateLanguageFor(swedish, { templateLanguage: 'release', fallbackTemplateLanguage: 'en' })).toBe('en');
    expect(templateLanguageFor(swedish, { templateLanguage: 'release', fallbackTemplateLanguage: 'fr' })).toBe('fr');
    const german = makeRecord({ language: 'de-DE' });
    expect(templateLanguageFor(german, { templateLanguage: 'release', fallbackTemplateLanguage: 'en' })).toBe('de');
    expect(templateLanguageFor(german, { templateLanguage: 'en', fallbackTemplateLanguage: 'de' })).toBe('en');
  });
});

describe('interview drafts in the release language', () => {
  it('writes a German release a German request, with the deadline in German', () => {
    const entry = makeEntry('e1', { deadline: '2026-03-05', record: { language: 'de' } });
    const draft = buildInterviewDraft(entry, 0, settings, now);
    expect(draft.request.subject).toBe('Interviewanfrage: Acme opens a new battery plant in Leipzig');
    expect(draft.request.body).toContain('Guten Tag Jana Novak,');
    expect(draft.request.body).toContain('Mein Redaktionsschluss ist am Donnerstag, 5. März 2026.');
    expect(draft.url).toContain('subject=Interviewanfrage%3A%20Acme');
  });

  it.each(TEMPLATE_LANGUAGES)('picks the %s set for every kind of email', (language) => {
    const entry = makeEntry('e1', { deadline: '2026-03-05', record: { language } });
    for (const kind of TEMPLATE_KINDS) {
      const draft = buildInterviewDraft(entry, 0, settings, now, kind);
      const builtInSubject = BUILT_IN_TEMPLATES[language][kind].subject.replace('{{headline}}', 'Acme opens a new battery plant in Leipzig');
      expect(draft.request.subject).toBe(builtInSubject);
    }
    // The subjects differ between languages, so the check above cannot pass by picking one set for all.
    expect(new Set(TEMPLATE_LANGUAGES.map((l) => BUILT_IN_TEMPLATES[l].request.subject)).size).toBe(TEMPLATE_LANGUAGES.length);
  });

  it("uses the journalist's edited template for that language and leaves the others alone", () => {
    const edited: Settings = {
      ...settings,
      templates: { ...settings.templates, fr: { ...settings.templates.fr, request: { subject: 'Question rapide : {{headline}}', body: 'Bonjour, {{today}}' } } },
    };
    const french = buildInterviewDraft(makeEntry('e1', { record: { language: 'fr-CA' } }), 0, edited, now);
    expect(french.request.subject).toBe('Question rapide : Acme opens a new battery plant in Leipzig');
    expect(french.request.body).toBe('Bonjour, mardi 3 mars 2026');
    const english = buildInterviewDraft(makeEntry('e1'), 0, edited, now);
    expect(english.request.subject).toBe('Interview request: Acme opens a new battery plant in Leipzig');
  });

  it('fills every placeholder of every built-in template (no typo stays visible in a draft)', () => {
    const known = Object.keys(templateValues(makeEntry('e1'), null, settings, now));
    for (const language of TEMPLATE_LANGUAGES) {
      for (const kind of TEMPLATE_KINDS) {
        const { subject, body } = BUILT_IN_TEMPLATES[language][kind];
        const used = placeholdersIn(subject + body);
        expect(used.filter((p) => !known.includes(p)), `${language} ${kind}`).toEqual([]);
        expect(used, `${language} ${kind}`).toContain('headline');
      }
    }
  });
});

describe('readable dates', () => {
  it('writes a date as each language writes it', () => {
    const written = Object.fromEntries(TEMPLATE_LANGUAGES.map((l) => [l, readableDate('2026-03-05', l)]));
    expect(written).toEqual({
      en: 'Thursday 5 March 2026',
      de: 'Donnerstag, 5. März 2026',
      fr: 'jeudi 5 mars 2026',
      es: 'jueves 5 de marzo de 2026',
      it: 'giovedì 5 marzo 2026',
      pt: 'quinta-feira, 5 de março de 2026',
      nl: 'donderdag 5 maart 2026',
    });
    expect(readableDate('2026-05-01', 'fr')).toBe('vendredi 1er mai 2026');
    expect(readableDate('not a date', 'de')).toBe('not a date');
  });
});
