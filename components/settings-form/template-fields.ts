import { TEMPLATE_KINDS, type Settings, type TemplateKind } from '../../utils/settings/schema';
import { BUILT_IN_TEMPLATES } from '../../utils/interview/templates';
import { TEMPLATE_LANGUAGES, TEMPLATE_LANGUAGE_NAMES, type TemplateLanguage } from '../../utils/interview/templates/languages';
import { button, el, labelled, option } from '../log-page/dom';
import { input, textarea } from './inputs';

// The email templates: which language an email is written in, and each language's request, follow-up and
// thank-you, one language shown at a time (all seven at once would be 21 boxes).

const TEMPLATE_LABELS: Record<TemplateKind, string> = {
  request: 'Interview request',
  'follow-up': 'Follow-up',
  'thank-you': 'Thank-you',
};

export type TemplateValues = Pick<Settings, 'templateLanguage' | 'fallbackTemplateLanguage' | 'templates'>;

export interface TemplateFields {
  elements: HTMLElement[];
  read(): TemplateValues;
}

function languageSelect(name: string, value: string, extra: [string, string][] = []): HTMLSelectElement {
  const select = el('select');
  select.name = name;
  select.append(...extra.map(([v, label]) => option(v, label)), ...TEMPLATE_LANGUAGES.map((l) => option(l, TEMPLATE_LANGUAGE_NAMES[l])));
  select.value = value;
  return select;
}

function languageSet(language: TemplateLanguage, initial: Settings['templates'][TemplateLanguage]) {
  const kinds = TEMPLATE_KINDS.map((kind) => {
    const subject = input(`templates.${language}.${kind}.subject`, initial[kind].subject);
    const body = textarea(`templates.${language}.${kind}.body`, initial[kind].body, 8);
    const box = el('fieldset', undefined, 'template');
    box.lang = language;
    box.append(el('legend', `${TEMPLATE_LABELS[kind]} (${TEMPLATE_LANGUAGE_NAMES[language]})`), labelled('Subject', subject), labelled('Body', body));
    return { kind, subject, body, box };
  });
  // Back to PressClip's own wording for this language (saved with the next "Save settings", like any edit).
  const restore = button(`Restore the built-in ${TEMPLATE_LANGUAGE_NAMES[language]} templates`, () => {
    for (const k of kinds) {
      k.subject.value = BUILT_IN_TEMPLATES[language][k.kind].subject;
      k.body.value = BUILT_IN_TEMPLATES[language][k.kind].body;
    }
  });
  const group = el('div', undefined, 'template-set');
  group.dataset.language = language;
  group.append(...kinds.map((k) => k.box), restore);
  const read = () => Object.fromEntries(kinds.map((k) => [k.kind, { subject: k.subject.value, body: k.body.value }])) as Settings['templates'][TemplateLanguage];
  return { language, group, read };
}

export function createTemplateFields(initial: TemplateValues): TemplateFields {
  const writeIn = languageSelect('templateLanguage', initial.templateLanguage, [['release', "The release's language"]]);
  const fallback = languageSelect('fallbackTemplateLanguage', initial.fallbackTemplateLanguage);
  const sets = TEMPLATE_LANGUAGES.map((language) => languageSet(language, initial.templates[language]));
  // The set shown first is the one most emails will use.
  const editing = languageSelect('editTemplateLanguage', initial.templateLanguage === 'release' ? initial.fallbackTemplateLanguage : initial.templateLanguage);
  const show = () => sets.forEach((s) => (s.group.hidden = s.language !== editing.value));
  editing.addEventListener('change', show);
  show();
  const choice = el('fieldset', undefined, 'template-language');
  choice.append(
    el('legend', 'Language of your emails'),
    labelled('Write to contacts in', writeIn),
    labelled("When the release's language has no templates (or none was found)", fallback),
  );
  return {
    elements: [choice, labelled('Edit the templates for', editing), ...sets.map((s) => s.group)],
    read: () => ({
      templateLanguage: writeIn.value as TemplateValues['templateLanguage'],
      fallbackTemplateLanguage: fallback.value as TemplateLanguage,
      templates: Object.fromEntries(sets.map((s) => [s.language, s.read()])) as Settings['templates'],
    }),
  };
}
