import { getCountries, type CountryCode } from 'libphonenumber-js/max';

// The country a national number ("030 28444-744") is dialled in: the region of the page language
// ("de-CH"), else the URL's country-code TLD (".ch"), else the language's main country ("de" → DE).
// International numbers ("+32 …") ignore it.

const KNOWN = new Set<string>(getCountries());

const LANGUAGE_COUNTRY: Record<string, CountryCode> = {
  en: 'US', de: 'DE', fr: 'FR', es: 'ES', pt: 'PT', it: 'IT', nl: 'NL', ja: 'JP', pl: 'PL', sv: 'SE', da: 'DK',
  fi: 'FI', nb: 'NO', no: 'NO', cs: 'CZ', el: 'GR', tr: 'TR', ko: 'KR', zh: 'CN',
};

// Countries that share a language with the default one: a French release from Montréal writes "514 555-0134",
// a Spanish one from Mexico City "55 5555 0199". A national number that does not fit the default country is
// read in these, in order.
export const SAME_LANGUAGE_COUNTRIES: Partial<Record<CountryCode, readonly CountryCode[]>> = {
  FR: ['CA', 'BE', 'CH', 'LU'],
  ES: ['MX', 'AR', 'CO', 'CL', 'PE', 'US'],
  US: ['CA', 'GB', 'AU', 'IE', 'NZ', 'IN', 'ZA'],
  GB: ['IE', 'US', 'CA', 'AU'],
  DE: ['AT', 'CH', 'LU'],
  PT: ['BR'],
  BR: ['PT'],
  IT: ['CH'],
  NL: ['BE'],
  SE: ['FI'],
  CN: ['HK', 'TW', 'SG'],
};

// ccTLDs whose ISO code differs from the domain ending.
const TLD_COUNTRY: Record<string, CountryCode> = { uk: 'GB' };

function asCountry(code: string | undefined): CountryCode | undefined {
  const up = code?.toUpperCase();
  return up && KNOWN.has(up) ? (up as CountryCode) : undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

// The country of a host's or e-mail domain's ccTLD ("www.be.ch" → CH, "acme.co.uk" → GB), if it has one.
export function countryOfDomain(domain: string): CountryCode | undefined {
  const tld = domain.toLowerCase().split('.').pop() ?? '';
  return tld.length === 2 ? (TLD_COUNTRY[tld] ?? asCountry(tld)) : undefined;
}

function regionOf(language: string | null): CountryCode | undefined {
  const region = (language ?? '').toLowerCase().split(/[-_]/)[1];
  return region && region.length === 2 ? asCountry(region) : undefined;
}

export function defaultCountry(language: string | null, url: string): CountryCode | undefined {
  const lang = (language ?? '').toLowerCase().split(/[-_]/)[0];
  return regionOf(language) ?? countryOfDomain(hostOf(url)) ?? (lang ? LANGUAGE_COUNTRY[lang] : undefined);
}

// True when the page gives no country of its own (no region in the language, no ccTLD): the default is only
// the language's main country, and a contact's own e-mail domain ("@acme.co.uk") is the better guess.
export function isGuessedCountry(language: string | null, url: string): boolean {
  return !regionOf(language) && !countryOfDomain(hostOf(url));
}
