// Wire services number their releases, and the number survives in the URL of every syndicated copy on the
// same service family. A release id is "<service>:<number>"; two entries with the same id are the same release.
// Example URLs are in the comment next to each pattern.

interface WirePattern {
  service: string;
  host: RegExp;
  id: RegExp;
}

const PATTERNS: readonly WirePattern[] = [
  // https://www.prnewswire.com/news-releases/acme-opens-plant-302345678.html (also newswire.ca, prnewswire.co.uk)
  { service: 'cision-prn', host: /(^|\.)(prnewswire\.[a-z.]+|newswire\.ca|prnasia\.com)$/, id: /-(\d{9})\.html?$/ },
  // https://www.globenewswire.com/news-release/2026/03/03/3035123/0/en/Acme-Opens-Plant.html
  { service: 'globenewswire', host: /(^|\.)globenewswire\.com$/, id: /\/news-release\/\d{4}\/\d{2}\/\d{2}\/(\d{5,})\// },
  // https://www.businesswire.com/news/home/20260303005123/en/Acme-Opens-Plant
  { service: 'businesswire', host: /(^|\.)businesswire\.com$/, id: /\/news\/[a-z-]+\/(\d{14})\// },
  // https://news.cision.com/acme/r/acme-opens-plant,c4012345
  { service: 'cision', host: /(^|\.)cision\.com$/, id: /,c(\d{5,})$/ },
  // https://www.ots.at/presseaussendung/OTS_20260303_OTS0123/acme-eroeffnet-werk
  { service: 'ots', host: /(^|\.)ots\.at$/, id: /\/(OTS_\d{8}_[A-Z]{3}\d{4})/i },
  // https://www.presseportal.de/pm/12345/6123456
  { service: 'presseportal', host: /(^|\.)presseportal\.(de|ch)$/, id: /\/pm\/\d+\/(\d{6,})/ },
  // https://www.einpresswire.com/article/701234567/acme-opens-plant
  { service: 'einpresswire', host: /(^|\.)einpresswire\.com$/, id: /\/article\/(\d{6,})\// },
  // https://www.newsfilecorp.com/release/201234/Acme-Opens-Plant
  { service: 'newsfile', host: /(^|\.)newsfilecorp\.com$/, id: /\/release\/(\d{5,})\// },
  // https://www.accesswire.com/1012345/acme-opens-plant
  { service: 'accesswire', host: /(^|\.)accesswire\.com$/, id: /^\/(\d{6,})\// },
];

export function releaseIds(url: string | null | undefined): string[] {
  if (!url) return [];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const host = parsed.hostname.toLowerCase();
  const ids: string[] = [];
  for (const pattern of PATTERNS) {
    if (!pattern.host.test(host)) continue;
    const match = pattern.id.exec(parsed.pathname);
    if (match?.[1]) ids.push(`${pattern.service}:${match[1].toUpperCase()}`);
  }
  return ids;
}

// Same page, different spellings: scheme, "www.", fragments, trailing slashes and tracking parameters vary
// between a wire copy and a link shared on social media.
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|cmpid|ref|src|source|s_cid|_ga)$/i;

export function normaliseUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol)) return null;
    const params = [...parsed.searchParams].filter(([key]) => !TRACKING.test(key)).sort(([a], [b]) => a.localeCompare(b));
    const query = new URLSearchParams(params).toString();
    const path = parsed.pathname.replace(/\/(index\.html?)?$/i, '') || '';
    return `${parsed.hostname.toLowerCase().replace(/^www\./, '')}${path}${query ? `?${query}` : ''}`;
  } catch {
    return null;
  }
}
