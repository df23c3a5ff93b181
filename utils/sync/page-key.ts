import type { LogEntry } from '../schema/entry';

// Two browsers that clipped the same release separately give it different ids; the page address
// is what they share. Tracking parameters, the fragment, "www." and a trailing slash differ between
// the copies people reach (a newsletter link with utm_source vs. the wire's own link).
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

export function normalizePageUrl(raw: string): string {
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return trimmed;
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAM.test(name))
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const host = url.host.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  return `${host}${path}${query}`;
}

// The canonical URL when the page declared one, else the address it was clipped from.
export function pageKey(entry: Pick<LogEntry, 'record'>): string {
  const { canonicalUrl, url } = entry.record;
  return normalizePageUrl(canonicalUrl !== null && canonicalUrl.trim() !== '' ? canonicalUrl : url);
}
