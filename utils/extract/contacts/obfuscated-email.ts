// Addresses written so that harvesters miss them: "presse(at)jugend-forscht.de", "support [at] fairkom.eu",
// "name (at) domain (dot) org", "name{at}domain.de", "name @ domain.org", and invisible characters inside addresses
// ("pressestelle@&shy;mluk.brandenburg.de", zero-width spaces).

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const DOT_WORD = String.raw`\s*[[({<]\s*(?:dot|punkt|point|\.)\s*[\])}>]\s*`;
// "jane.doe @ acme.com": a bare "@" with spaces round it is the same trick.
// "jane(a)acme.de": a bracketed "a" too, German offices' short form.
const AT_MARK = /\s*[[({<]\s*(?:at|ät|a|@)\s*[\])}>]\s*|(?<=[\w.+-])\s+@\s+(?=[\w-])/giu;
// Bounded like real addresses (local part ≤ 64, labels ≤ 63) so a hostile megabyte of letters costs linear time.
const LOCAL_TAIL = /[\w.+-]{1,64}$/u;
// The domain needs at least one "." or "(dot)": "Meet us (at) the fair" is prose.
const DOMAIN_HEAD = new RegExp(String.raw`^[\w-]{1,63}(?:(?:\.|${DOT_WORD})[\w-]{1,63}){1,8}`, 'iu');
const DOT = new RegExp(DOT_WORD, 'giu');

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

// "jane.doe at acme dot org": the words alone, no brackets; at least one "dot" word, so "meet us at the fair" is prose.
const SPELLED = /(?<![\w.+-])([\w.+-]{1,64})\s+(?:at|AT)\s+([\w-]{1,63}(?:\s+(?:dot|DOT|punkt|point)\s+[\w-]{1,63}){1,6})(?![\w-])/gu;
const SPELLED_DOT = /\s+(?:dot|DOT|punkt|point)\s+/gu;

// Rewrites obfuscated addresses to plain ones so the e-mail pattern finds them. Idempotent.
export function deobfuscateEmails(text: string): string {
  const visible = stripInvisible(text).replace(SPELLED, (_, local: string, domain: string) => `${local}@${domain.replace(SPELLED_DOT, '.')}`);
  let out = '';
  let pos = 0;
  for (const m of visible.matchAll(AT_MARK)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (at < pos) continue;
    const local = LOCAL_TAIL.exec(visible.slice(Math.max(pos, at - 64), at));
    const domain = DOMAIN_HEAD.exec(visible.slice(end, end + 600));
    if (!local || !domain) continue;
    out += `${visible.slice(pos, at)}@${domain[0].replace(DOT, '.')}`;
    pos = end + domain[0].length;
  }
  return out + visible.slice(pos);
}
