import type { Embargo } from '../schema/record';
import { EMBARGO_TERMS, TIME_ZONES } from './cues/release-cues';
import { findDates } from './dates';
import { clean, escapeRegExp, norm } from './text-norm';

// Embargo notices and the instant they lift, with the offset the notice means:
//   "Embargoed until 8:00 a.m. CT/9:00 a.m. ET Thursday, Sept. 5, 2024"  → 2024-09-05T08:00:00-05:00
//   "EMBARGOED UNTIL 00:01 ET Tuesday, March 3, 2026"                     → 2026-03-03T00:01:00-05:00
//   "Embargo: 12 March 2026, 10:00 CET"                                   → 2026-03-12T10:00:00+01:00
//   "Sperrfrist: 12.03.2026, 10:00 Uhr"                                   → 2026-03-12T10:00:00+01:00
// ET/CT/MT/PT, CET/"Uhr" and UK time follow their daylight-saving rules for that date.

const zoneAlt = Object.keys(TIME_ZONES).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const TIME_RE = new RegExp(
  `(?<![\\d:.])(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|noon)?\\s*(?:\\(?\\s*(${zoneAlt})\\b\\.?\\)?)?`,
  'giu',
);

// n-th (1-based; -1 = last) Sunday of a month, as a UTC day number.
function nthSunday(year: number, month: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

function fmt(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

// Offset for a wall-clock time in a rule zone (DST switch hours are approximated to the day, which is enough
// for an embargo notice).
export function zoneOffset(zone: string, iso: string): string {
  if (/^[+-]\d{2}:\d{2}$/.test(zone)) return zone;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (zone.startsWith('us-')) {
    const std = { 'us-eastern': -300, 'us-central': -360, 'us-mountain': -420, 'us-pacific': -480 }[zone] ?? -300;
    const start = nthSunday(y, 3, 2);
    const end = nthSunday(y, 11, 1);
    const dst = (m > 3 && m < 11) || (m === 3 && d >= start) || (m === 11 && d < end);
    return fmt(std + (dst ? 60 : 0));
  }
  const std = zone === 'eu-london' ? 0 : 60;
  const start = nthSunday(y, 3, -1);
  const end = nthSunday(y, 10, -1);
  const dst = (m > 3 && m < 10) || (m === 3 && d >= start) || (m === 10 && d < end);
  return fmt(std + (dst ? 60 : 0));
}

export function parseEmbargo(text: string, language: string | null): Embargo {
  const date = findDates(text, language)[0] ?? null;
  let until: string | null = null;
  if (date) {
    // Look for a time outside the date itself.
    const masked = text.slice(0, date.index) + ' '.repeat(date.length) + text.slice(date.index + date.length);
    TIME_RE.lastIndex = 0;
    for (let m = TIME_RE.exec(masked); m; m = TIME_RE.exec(masked)) {
      if (m[0].trim() === '') {
        TIME_RE.lastIndex++;
        continue;
      }
      const hasMinutes = m[2] !== undefined;
      const meridiem = m[3]?.toLowerCase().replace(/[.\s]/g, '') ?? '';
      const zoneKey = m[4]?.toLowerCase() ?? '';
      if (!hasMinutes && !meridiem) continue; // a bare number is not a time
      let h = Number(m[1]);
      const min = Number(m[2] ?? 0);
      if (meridiem === 'pm' && h < 12) h += 12;
      if (meridiem === 'am' && h === 12) h = 0;
      if (meridiem === 'noon') h = 12;
      if (h > 23 || min > 59) continue;
      // An explicit offset right after the time wins: "10:00 UTC+2", "10:00 (GMT+01:00)", "10:00 +0100".
      const explicit = /^\s*\(?\s*(?:(?:UTC|GMT)\s*)?([+\-−])\s*(\d{1,2})(?::?(\d{2}))?\b/iu.exec(masked.slice(m.index + m[0].length));
      const offset = explicit && (/utc|gmt/i.test(explicit[0]) || explicit[3] !== undefined || zoneKey === 'utc' || zoneKey === 'gmt')
        ? `${explicit[1] === '+' ? '+' : '-'}${String(Number(explicit[2])).padStart(2, '0')}:${explicit[3] ?? '00'}`
        : null;
      let zone = offset ?? (zoneKey && !(zoneKey === 'utc' || zoneKey === 'gmt') ? TIME_ZONES[zoneKey] : undefined);
      if (!zone && zoneKey) zone = TIME_ZONES[zoneKey];
      if (!zone) {
        // The zone may follow after a slash or further on: "8:00 a.m. CT/9:00 a.m. ET" → CT applies to 8:00.
        const after = new RegExp(`^\\s*(${zoneAlt})\\b`, 'iu').exec(masked.slice(m.index + m[0].length));
        zone = after ? TIME_ZONES[(after[1] ?? '').toLowerCase()] : undefined;
      }
      if (!zone && language?.toLowerCase().startsWith('de')) zone = 'eu-central';
      if (!zone) break;
      const hh = String(h).padStart(2, '0');
      const mm = String(min).padStart(2, '0');
      until = `${date.iso}T${hh}:${mm}:00${zoneOffset(zone, date.iso)}`;
      break;
    }
  }
  return { until, text: clean(text).slice(0, 500) };
}

// The first embargo notice among the lines (usually above the headline or the dateline).
export function findEmbargo(lines: readonly string[], language: string | null, maxLines = 120): Embargo | null {
  for (const line of lines.slice(0, maxLines)) {
    if (line.length > 400) continue;
    const n = norm(line);
    const term = EMBARGO_TERMS.find((t) => n.startsWith(t) || n.includes(` ${t}`));
    if (!term) continue;
    if (!findDates(line, language).length) continue;
    // Keep the notice from its cue word on ("Embargoed until …"), not a label before it.
    const at = n.indexOf(term);
    return parseEmbargo(clean(line).slice(Math.max(0, at)), language);
  }
  return null;
}
