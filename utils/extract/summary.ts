import type { Dateline } from './dateline';
import { clean, norm, textWeight } from './text-norm';

// The lede in 1–3 sentences: the dateline paragraph without its dateline, else the first real paragraph
// after the headline (skipping captions, credits, share bars and label lines).

const MAX_CHARS = 600;
const SKIP = /^(?:foto|photo|bild|image|credit|quelle|source|©|\(c\)|share|teilen|drucken|print|download|lesezeit|reading time|cookies?|javascript)\b/iu;

export function sentences(text: string): string[] {
  // A sentence ends at . ! ? (optionally with a closing quote) followed by a space and an upper-case letter,
  // a digit or an opening quote — but not after common abbreviations or single initials.
  const out: string[] = [];
  const re = /[.!?]["“”»']?\s+(?=[\p{Lu}\p{N}"“„«'])|[。！？]\s*(?=\S)/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(start, m.index + 1);
    if (/[。！？]/.test(m[0])) {
      out.push(clean(text.slice(start, m.index + m[0].length)));
      start = m.index + m[0].length;
      continue;
    }
    if (/(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Inc|Corp|Co|Ltd|Jr|Sr|No|Nr|ca|bzw|z\.B|u\.a|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Calif|Fla|Mass|U\.S|vs|etc|approx|Abs|Art|Dipl|Ing)\.)$/u.test(before)) continue;
    out.push(clean(text.slice(start, m.index + m[0].length)));
    start = m.index + m[0].length;
  }
  const tail = clean(text.slice(start));
  if (tail) out.push(tail);
  return out;
}

function firstSentences(text: string): string {
  const parts = sentences(text);
  let out = '';
  for (const s of parts.slice(0, 3)) {
    if (out && out.length + s.length + 1 > MAX_CHARS) break;
    out = out ? `${out} ${s}` : s;
  }
  return out.slice(0, 2000);
}

export function extractSummary(lines: readonly string[], headlineIndex: number, dateline: Dateline | null, headline: string | null): string | null {
  // The dateline's lede, when it reads as prose (a subtitle under a standalone dateline has no full stop).
  if (dateline && dateline.rest.length >= 60 && /[.!?。！？]/.test(dateline.rest)) return firstSentences(dateline.rest);
  const start = Math.max(0, headlineIndex + 1, dateline?.index !== undefined ? dateline.index + 1 : 0);
  const nh = headline ? norm(headline) : '';
  for (let i = start; i < Math.min(lines.length, start + 40); i++) {
    const line = lines[i] ?? '';
    if (textWeight(line) < 80) continue;
    if (SKIP.test(line)) continue;
    if (nh && norm(line) === nh) continue;
    // A paragraph, not a menu: some sentence punctuation and mostly words.
    if (!/[.!?:;。！？]/.test(line)) continue;
    return firstSentences(line);
  }
  return null;
}
