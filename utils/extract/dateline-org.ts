import type { Dateline } from './dateline';
import { LETTER, UPPER } from './letter-classes';

// The issuer a dateline names: inside it (NGO form, a "/ Org /" tag), or opening the lede after a wire tag. Only
// extraction needs it; the detector, which runs for every page the journalist opens, does not pay for its regexes.

const STARTS_UPPER = new RegExp(String.raw`^[${UPPER}0-9]`, 'u');
const LEDE_ORG_RE = new RegExp(String.raw`^((?:[${UPPER}\d][${LETTER}\d&.'’®™-]*)(?:\s+(?:[${UPPER}\d&][${LETTER}\d&.'’®™-]*|of|and|for|de|du|der|und)){0,6})(?=\s*(?:\(|,|\s+(?:today|announced|has|is|a|an|the|will|and)\b))`, 'u');

// Org named right after a wire tag: "/PRNewswire/ -- HackerRank, the ..." or "... -- Acme Corp (NYSE: ACME) today ..."
function ledeOrg(rest: string): string | null {
  const legal = /^([^,(]{2,80}?,\s*(?:Inc|Ltd|LLC|L\.L\.C|Corp|Co|S\.A|N\.V|plc|GmbH|AG|SE)\.?)(?=[\s,(])/u.exec(rest);
  if (legal?.[1] && STARTS_UPPER.test(legal[1])) return legal[1].trim();
  const m = LEDE_ORG_RE.exec(rest);
  return m?.[1]?.replace(/,$/, '').trim() || null;
}

export function datelineOrg(dateline: Dateline | null): string | null {
  if (!dateline) return null;
  return dateline.org ?? (dateline.wireLede ? ledeOrg(dateline.rest) : null);
}
