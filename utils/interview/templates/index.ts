import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import type { TemplateLanguage } from './languages';
import { NL } from './nl';
import { PT } from './pt';
import type { TemplateSet } from './types';

// The built-in request, follow-up and thank-you emails, one set per language; Settings can change any of them.
export const BUILT_IN_TEMPLATES: Readonly<Record<TemplateLanguage, TemplateSet>> = { en: EN, de: DE, fr: FR, es: ES, it: IT, pt: PT, nl: NL };
