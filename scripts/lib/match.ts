import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

// Comparison keys for the eval (Node only).

const REGION: Readonly<Record<string, CountryCode>> = {
  en: 'US', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', pt: 'PT', ja: 'JP',
};

// A phone number as E.164 when libphonenumber-js can parse it (page language → default region: "de" → DE),
// else its digits (with a leading '+' kept).
export function phoneKey(raw: string, language: string | null): string {
  const lang = (language ?? '').toLowerCase();
  const region = lang.includes('-') ? (lang.split('-')[1]?.toUpperCase() as CountryCode) : REGION[lang.slice(0, 2)];
  try {
    const p = parsePhoneNumberFromString(raw, region ?? 'US');
    if (p?.isPossible()) return p.number;
  } catch {
    // fall through to digits
  }
  return raw.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function nameKey(name: string): string {
  return fold(name).replace(/\s+/g, '');
}

function textKey(s: string): string {
  return fold(s).replace(/^["'\s]+|["'\s.,:;!?]+$/g, '');
}

function tokenSet(s: string): Set<string> {
  return new Set(fold(s).match(/[\p{L}\p{N}]+/gu) ?? []);
}

// Lenient string match for headline / issuer / place: normalised equality, containment with length ratio ≥ 0.6,
// or token-set Jaccard ≥ 0.8.
export function leniently(gold: string, pred: string): boolean {
  const g = textKey(gold);
  const p = textKey(pred);
  if (!g || !p) return g === p;
  if (g === p) return true;
  const [short, long] = g.length <= p.length ? [g, p] : [p, g];
  if (long.includes(short) && short.length / long.length >= 0.6) return true;
  const a = tokenSet(gold);
  const b = tokenSet(pred);
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  const union = a.size + b.size - inter;
  return union > 0 && inter / union >= 0.8;
}
