import type { TemplateLanguage } from './templates/languages';

// The deadline and "today" as a person writes them in the email's language: "Thursday 5 March 2026",
// "Donnerstag, 5. März 2026". Spelled out here rather than through Intl, whose punctuation changes between ICU
// versions (and would change the email text). Day before month reads unambiguously on either side of the Atlantic.

interface Words {
  weekdays: readonly string[]; // Sunday first, as Date.getDay() counts
  months: readonly string[];
  format: (weekday: string, day: number, month: string, year: number) => string;
}

const WORDS: Record<TemplateLanguage, Words> = {
  en: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    format: (w, d, m, y) => `${w} ${d} ${m} ${y}`,
  },
  de: {
    weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    format: (w, d, m, y) => `${w}, ${d}. ${m} ${y}`,
  },
  fr: {
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    format: (w, d, m, y) => `${w} ${d === 1 ? '1er' : d} ${m} ${y}`,
  },
  es: {
    weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    format: (w, d, m, y) => `${w} ${d} de ${m} de ${y}`,
  },
  it: {
    weekdays: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    format: (w, d, m, y) => `${w} ${d} ${m} ${y}`,
  },
  pt: {
    weekdays: ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
    months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    format: (w, d, m, y) => `${w}, ${d} de ${m} de ${y}`,
  },
  nl: {
    weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    format: (w, d, m, y) => `${w} ${d} ${m} ${y}`,
  },
};

// `isoDate` is a local calendar date (YYYY-MM-DD); anything else comes back as it was.
export function readableDate(isoDate: string, language: TemplateLanguage = 'en'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const words = WORDS[language];
  const weekday = words.weekdays[new Date(y, m - 1, d).getDay()] ?? '';
  return words.format(weekday, d, words.months[m - 1] ?? '', y);
}
