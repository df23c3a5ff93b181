import { getCountries, type CountryCode } from 'libphonenumber-js/max';

// The country a national number ("030 28444-744") is dialled in: the region of the page language
// ("de-CH"), else the URL's country-code TLD (".ch"), else the language's main country ("de" → DE).
// International numbers ("+32 …") ignore it.

const KNOWN = new Set<string>(getCountries());

const LANGUAGE_COUNTRY: Record<string, CountryCode> = {
  en: 'US', de: 'DE', fr: 'FR', es: 'ES', pt: 'PT', it: 'IT', nl: 'NL', ja: 'JP', pl: 'PL', sv: 'SE', da: 'DK',
  fi: 'FI', nb: 'NO', no: 'NO', cs: 'CZ', el: 'GR', tr: 'TR', ko: 'KR', zh: 'CN',
};

// ccTLDs whose ISO code differs from the domain ending.
const TLD_COUNTRY: Record<string, CountryCode> = { uk: 'GB' };

function asCountry(code: string | undefined): CountryCode | undefined {
  const up = code?.toUpperCase();
  return up && KNOWN.has(up) ? (up as CountryCode) : undefined;
}

export function defaultCountry(language: string | null, url: string): CountryCode | undefined {
  const [lang, region] = (language ?? '').toLowerCase().split(/[-_]/);
  const fromRegion = region && region.length === 2 ? asCountry(region) : undefined;
  if (fromRegion) return fromRegion;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    host = '';
  }
  const tld = host.split('.').pop() ?? '';
  const fromTld = tld.length === 2 ? (TLD_COUNTRY[tld] ?? asCountry(tld)) : undefined;
  if (fromTld) return fromTld;
  return lang ? LANGUAGE_COUNTRY[lang] : undefined;
}
