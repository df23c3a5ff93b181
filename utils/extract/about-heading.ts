import { ABOUT_PREFIXES, ABOUT_SUFFIXES } from './cues/release-cues';
import { clean, escapeRegExp, norm } from './text-norm';

// The issuer's boilerplate heading ("About Acme Corp." / "Über die Acme AG" / "À propos de Acme"). Its own module
// because the every-page detector uses it as a signal and must not bundle the rest of the issuer extractor.

export function aboutHeading(lines: readonly string[]): string | null {
  return aboutHeadings(lines, 1)[0] ?? null;
}

// Every boilerplate heading, in page order, up to `max`: a release may describe a product before its issuer
// ("About Defitelio® …", then "About Acme Pharmaceuticals plc").
export function aboutHeadings(lines: readonly string[], max = 4): string[] {
  const found: string[] = [];
  const add = (name: string) => found.push(name) >= max;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    // The prefix is looked for in the line's start only: norm() of every whole line was most of this function's cost.
    const start = norm(line.slice(0, 40));
    const prefix = ABOUT_PREFIXES.find((p) => start.startsWith(p));
    if (!prefix) {
      const bare = line.length <= 40 ? line.replace(/^\s*[【［〔■●]|[】］〕]\s*$/gu, '').trim() : '';
      const suffix = ABOUT_SUFFIXES.find((s) => bare.endsWith(s));
      const name = suffix ? clean(bare.slice(0, -suffix.length)) : '';
      if (name.length >= 2 && lines.slice(i + 1, i + 3).join(' ').includes(name) && add(name)) return found;
      continue;
    }
    const n = norm(line);
    if (line.length > 90) {
      // Plain-text wires glue heading and paragraph: "About Acme Corp Acme Corp is a …" — the name repeats.
      const glued = new RegExp(`^${escapeRegExp(prefix)}(?:the |die |der |l')?(.{2,80}?) \\1(?=[ ,'])`, 'u').exec(n);
      const at = glued ? n.indexOf(glued[1] ?? '', prefix.length) : -1;
      if (glued?.[1] && at >= 0 && add(withoutArticle(clean(line).slice(at, at + glued[1].length)))) return found;
      continue;
    }
    // "About Acme Co.:" → "Acme Co." (the full stop of a legal form stays).
    let name = clean(line.slice(prefix.length)).replace(/:$/, '').replace(/(?<!\b(?:Inc|Co|Corp|Ltd|Bros|S\.A|N\.V|B\.V))\.$/, '');
    name = withoutArticle(name);
    // Lower-case brand names exist ("my6sense"); the check below on the next paragraph keeps menus out.
    if (/[,;!?]/.test(name) || name.length < 2) continue;
    if (/^(?:us|uns|ons|nosotros|nous)$/i.test(name)) continue;
    if (name.split(/\s+/).length > 8) continue;
    // A real boilerplate heading is followed by a paragraph about the same name ("About Acme" → "Acme is …").
    const first = norm(name).split(/[\s(]/)[0] ?? '';
    const following = norm(lines.slice(i + 1, i + 3).join(' '));
    if (first.length >= 2 && following.includes(first) && add(name)) return found;
  }
  return found;
}

// "die Stadtwerke Nordheim" → "Stadtwerke Nordheim": the heading's article is not part of the name.
function withoutArticle(name: string): string {
  return name.replace(/^(?:(?:the|die|der|das|den|la|le|les|el|los|las|il|lo|o|a|os|as|het)\s+|(?:l|d)['’]\s*)/iu, '');
}
