import { deobfuscateEmails } from './obfuscated-email';
import { NON_NAME_WORDS } from './words';

// Finds e-mail addresses in one line of text, including lines where a wire's plain-text export ran the
// fields together: "Heather HookKeyCrew Mediaheather@keycrew.co", "Karen McCook(888)-270-8102admissions@x.com",
// "E-Mail: info@biostemtech.comX: @BSEM_Tech".

export interface FoundEmail {
  email: string;
  start: number;
  end: number;
}

const CANDIDATE = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// zod 4's z.email() pattern: what ContactSchema will accept.
const VALID = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export function isValidEmail(email: string): boolean {
  return email.length <= 254 && VALID.test(email);
}

// "comX" → "com": a lower-case TLD glued to a capitalised next word.
function trimGluedTld(domain: string): string {
  const dot = domain.lastIndexOf('.');
  const tld = domain.slice(dot + 1);
  const m = /^([a-z]{2,})[A-Z]/.exec(tld);
  return m ? domain.slice(0, dot + 1) + m[1] : domain;
}

function wordsOf(text: string): Set<string> {
  const spaced = text.replace(/([a-z])([A-Z])/g, '$1 $2');
  return new Set(
    spaced
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 3)
      .map((w) => w.toLowerCase()),
  );
}

// "Directorkyle.luong" → "kyle.luong" when the line earlier names "Kyle", "TidewaterPRdana@tidewaterpr.com" → "dana", "Relevancejennifer@relevance.com"
// → "jennifer" when the prefix is the domain's name or a label word ("General Inquiriesleadtheway@…"). Only a capitalised letters-only prefix is ever cut off.
function unglueLocal(local: string, domain: string, before: string): string {
  if (!/^[A-Z]/.test(local)) return local;
  const earlier = wordsOf(before);
  const domainLabel = domain.split('.')[0]?.toLowerCase() ?? '';
  for (let k = 2; k <= local.length - 2; k++) {
    const prefix = local.slice(0, k);
    const rest = local.slice(k);
    // The glued word may end in an acronym ("Tidewater PR" + "dana@…" → "TidewaterPRdana@…").
    if (!/^[A-Z][A-Za-z]*$/.test(prefix) || !/^[a-z]/.test(rest)) continue;
    const p = prefix.toLowerCase();
    const restStartsWithWord = [...earlier].some((w) => rest.toLowerCase().startsWith(w));
    // "Lumen Griddana.whitfield@lumengrid.com": the glued word ends the organization's name the domain spells.
    const endsDomainName = (p.length >= 3 || /^[A-Z]{2,}$/.test(prefix)) && domainLabel.endsWith(p) && domainLabel !== p;
    if ((p.length >= 4 && (p === domainLabel || NON_NAME_WORDS.has(p))) || earlier.has(p) || restStartsWithWord || endsDomainName) return rest;
  }
  return local;
}

// Runs of 400+ characters without a space hold no address (254 at most, plus glued words): blanking them
// (same length, so positions hold) keeps the pattern linear on hostile pages ("x@aaaa…" a megabyte long).
const NO_ADDRESS_RUN = /\S{400,}/g;

export function findEmails(line: string): FoundEmail[] {
  const text = deobfuscateEmails(line).replace(NO_ADDRESS_RUN, (run) => ' '.repeat(run.length));
  const out: FoundEmail[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    let start = m.index ?? 0;
    const raw = m[0];
    const at = raw.indexOf('@');
    let local = raw.slice(0, at);
    const domain = trimGluedTld(raw.slice(at + 1));
    // Leading punctuation and the tail of a phone number glued in front ("-270-8102admissions").
    const lead = /^(?:[._%+'-]|\d[\d.-]{3,}(?=[A-Za-z]))+/.exec(local);
    if (lead) {
      local = local.slice(lead[0].length);
      start += lead[0].length;
    }
    const unglued = unglueLocal(local, domain, text.slice(0, start));
    start += local.length - unglued.length;
    const email = `${unglued}@${domain}`;
    if (isValidEmail(email)) out.push({ email, start, end: start + email.length });
  }
  return out;
}
