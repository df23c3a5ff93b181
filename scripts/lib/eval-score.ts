import type { PressRelease } from '../../utils/schema/record';
import { calibration, type Scored } from './calibration';
import { leniently, nameKey, phoneKey } from './match';

// Scores extracted records against the corpus labels (format: the corpus README), one split at a time, so the
// eval can print tune, check and all side by side. Pure: records and labels in, counts out.

export interface GoldContact {
  name: string | null;
  role?: string | null;
  emails: string[];
  phones: string[];
}

export interface Label {
  id: string;
  file: string;
  language: string | null;
  is_press_release: boolean;
  headline: string | null;
  issuer: string | null;
  release_date: string | null;
  dateline_place: string | null;
  embargo: string | null;
  contacts: GoldContact[];
  page_kind?: string;
  split?: 'tune' | 'check';
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const FIELDS = ['headline', 'issuer', 'releaseDate', 'datelinePlace', 'embargo'] as const;
export type Field = (typeof FIELDS)[number];

export interface SplitScore {
  items: number;
  detection: Counts;
  baseline: Counts; // the naive keyword baseline (see naiveBaseline)
  emails: Counts;
  phones: Counts;
  names: Counts;
  roles: { ok: number; total: number; none: number }; // of the gold names found, how many have the gold role; how many no role
  fields: Record<Field, { ok: number; total: number }>;
  scored: Scored[];
  falsePositives: string[];
  falseNegatives: string[];
  mismatches: string[];
}

export function emptyScore(): SplitScore {
  const c = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { ok: 0, total: 0 }])) as SplitScore['fields'];
  return { items: 0, detection: c(), baseline: c(), emails: c(), phones: c(), names: c(), roles: { ok: 0, total: 0, none: 0 }, fields, scored: [], falsePositives: [], falseNegatives: [], mismatches: [] };
}

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function countSets(gold: string[], pred: string[], into: Counts): { missing: string[]; extra: string[] } {
  const g = new Set(gold.filter(Boolean));
  const p = new Set(pred.filter(Boolean));
  const missing: string[] = [];
  const extra: string[] = [];
  for (const x of p) {
    if (g.has(x)) into.tp += 1;
    else {
      into.fp += 1;
      extra.push(x);
    }
  }
  for (const x of g) {
    if (p.has(x)) continue;
    into.fn += 1;
    missing.push(x);
  }
  return { missing, extra };
}

function detectionCount(into: Counts, gold: boolean, predicted: boolean): void {
  if (gold && predicted) into.tp++;
  else if (!gold && predicted) into.fp++;
  else if (gold && !predicted) into.fn++;
}

// The baseline the issue compares against: a page is a release when its text says "press release" in some
// language. It gives the floor a detector must clear to be worth running.
const BASELINE_RE =
  /press release|news release|media release|pressemitteilung|presseinformation|medienmitteilung|communiqu[ée] de presse|comunicado de prensa|nota de prensa|comunicato stampa|persbericht|comunicado de imprensa|プレスリリース|ニュースリリース/i;
export function naiveBaseline(text: string): boolean {
  return BASELINE_RE.test(text);
}

export function scoreItem(into: SplitScore, label: Label, rec: PressRelease, pageText: string): void {
  const gold = label.is_press_release;
  into.items++;
  into.scored.push({ score: rec.confidence, isRelease: gold });
  detectionCount(into.detection, gold, rec.isPressRelease);
  detectionCount(into.baseline, gold, naiveBaseline(pageText));
  if (!gold && rec.isPressRelease) into.falsePositives.push(`${label.id} (${label.page_kind ?? '?'}, ${rec.confidence})`);
  if (gold && !rec.isPressRelease) into.falseNegatives.push(`${label.id} (${rec.confidence})`);

  const region = label.language;
  const e = countSets(
    label.contacts.flatMap((c) => c.emails.map((x) => x.toLowerCase())),
    rec.contacts.flatMap((c) => c.emails.map((x) => x.toLowerCase())),
    into.emails,
  );
  const ph = countSets(
    label.contacts.flatMap((c) => c.phones.map((x) => phoneKey(x, region))),
    rec.contacts.flatMap((c) => c.phones.map((x) => phoneKey(x, region))),
    into.phones,
  );
  const nm = countSets(
    label.contacts.map((c) => (c.name ? nameKey(c.name) : '')),
    rec.contacts.map((c) => (c.name ? nameKey(c.name) : '')),
    into.names,
  );
  for (const [kind, d] of [['email', e], ['phone', ph], ['name', nm]] as const) {
    if (d.missing.length || d.extra.length) into.mismatches.push(`${label.id} contacts.${kind}: missing ${JSON.stringify(d.missing)} extra ${JSON.stringify(d.extra)}`);
  }
  for (const g of label.contacts) {
    if (!g.name || !g.role) continue;
    const found = rec.contacts.find((c) => c.name && nameKey(c.name) === nameKey(g.name as string));
    if (!found) continue;
    into.roles.total++;
    if (found.role && leniently(g.role, found.role)) into.roles.ok++;
    else if (!found.role) into.roles.none++;
    if (!found.role || !leniently(g.role, found.role)) into.mismatches.push(`${label.id} contacts.role of ${g.name}: gold ${JSON.stringify(g.role)} got ${JSON.stringify(found.role)}`);
  }

  if (!gold) return;
  const check = (key: Field, g: string | null, p: string | null, exact: boolean) => {
    if (g === null && key !== 'embargo') return;
    const slot = into.fields[key];
    slot.total++;
    const ok = g === null ? p === null : p !== null && (exact ? g === p : leniently(g, p));
    if (ok) slot.ok++;
    else into.mismatches.push(`${label.id} ${key}: gold ${JSON.stringify(g)} got ${JSON.stringify(p)}`);
  };
  check('headline', label.headline, rec.headline, false);
  check('issuer', label.issuer, rec.issuer, false);
  check('releaseDate', label.release_date, rec.releaseDate, true);
  check('datelinePlace', label.dateline_place, rec.datelinePlace, false);
  check('embargo', label.embargo, rec.embargo?.text ?? null, false);
}

export function brier(score: SplitScore): number {
  return calibration(score.scored).brier;
}
