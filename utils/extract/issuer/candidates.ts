import { FREEMAIL_LABELS } from '../cues/issuer-cues';
import { domainLabel } from './normalise';
import type { Candidate, PageInput } from './candidate';
import { aboutCandidates, contactBlockCandidates, datelineCandidates, headlineCandidates, ledeVerbCandidates, publisherLabelCandidates, wireSourceCandidates } from './text-candidates';
import { copyrightCandidates, jsonLdCandidates, logoCandidates, metaOrgCandidates, siteNameCandidates, titleCandidates } from './site-candidates';
export type { Candidate, PageInput, Source } from './candidate';

// Every place a page names the organisation behind a release, gathered: the release's own text
// (text-candidates.ts), the site around it (site-candidates.ts), and the domains that are evidence for a name.

// --- domains: evidence for a name, never a name by themselves -----------------------------------------------------

const EMAIL_RE = /[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})/gi;

// The domain names of the page's e-mail addresses (text and mailto links), most frequent first, without webmail.
export function emailDomainLabels(doc: Document, lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  const add = (domain: string) => {
    const label = domainLabel(domain);
    if (!label || FREEMAIL_LABELS.includes(label)) return;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  };
  for (const line of lines) {
    if (!line.includes('@')) continue;
    for (const m of line.matchAll(EMAIL_RE)) add(m[1] ?? '');
  }
  const links = doc.querySelectorAll('a[href^="mailto:" i]');
  for (let i = 0; i < Math.min(links.length, 50); i++) {
    const domain = /@([^?&\s]+)/.exec(links[i]?.getAttribute('href') ?? '')?.[1];
    if (domain) add(domain);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([label]) => label);
}

export function hostLabel(url: string): string | null {
  try {
    return domainLabel(new URL(url).hostname);
  } catch {
    return null;
  }
}

export function hostName(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function allCandidates(input: PageInput): Candidate[] {
  const { doc, lines, dateline, jsonLd, headline } = input;
  return [
    ...datelineCandidates(dateline),
    ...aboutCandidates(lines),
    ...ledeVerbCandidates(input),
    ...headlineCandidates(input),
    ...contactBlockCandidates(lines),
    ...publisherLabelCandidates(input),
    ...wireSourceCandidates(input.lines),
    ...jsonLdCandidates(jsonLd),
    ...metaOrgCandidates(doc),
    ...siteNameCandidates(doc, headline),
    ...titleCandidates(doc, headline),
    ...copyrightCandidates(lines),
    ...logoCandidates(doc),
  ].filter((c) => c.name.length >= 2 && c.name.length <= 300);
}
