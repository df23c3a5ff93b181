import { describe, expect, it } from 'vitest';
import {
  applyHold,
  currentAssignment,
  describeHolder,
  holderLabel,
  holderOf,
  matchesHolder,
  rivalClaims,
  MAX_ASSIGNMENTS,
} from '../../../utils/log/assignment';
import { mergeEntry } from '../../../utils/sync/merge-entry';
import { versionTag } from '../../../utils/sync/version-tag';
import type { LogEntry } from '../../../utils/schema/entry';
import { sampleEntry } from '../sync/sample-entry';

const at = (hhmm: string) => new Date(`2026-03-03T${hhmm}:00.000Z`);
const hhmm = (iso: string) => iso.slice(11, 16);

function hold(entry: LogEntry, action: Parameters<typeof applyHold>[1], me: string | null, time: string, options: Parameters<typeof applyHold>[4] = {}): LogEntry {
  const result = applyHold(entry, action, me, at(time), options);
  if (!result.ok) throw new Error(result.reason);
  return result.entry;
}

describe('claims and assignments', () => {
  it('a claim makes the claimer the holder, shown as contacting since the claim', () => {
    const claimed = hold(sampleEntry(), { kind: 'claim' }, 'Anna', '10:14');
    expect(holderOf(claimed)).toBe('Anna');
    expect(describeHolder(claimed, hhmm)).toBe('Anna is contacting this press officer since 10:14.');
    expect(holderLabel(claimed)).toBe('Claimed: Anna');
    // Not a new version of the entry: the editor's fields, updatedAt and version tag stay, so a claim never
    // conflicts with a colleague's edit of the notes.
    expect(claimed.updatedAt).toBe(sampleEntry().updatedAt);
    expect(versionTag(claimed)).toBe(versionTag(sampleEntry()));
  });

  it('assigning hands it to a colleague; releasing gives it back to the desk', () => {
    const assigned = hold(sampleEntry(), { kind: 'assign', to: ' Ben ' }, 'Anna', '09:00');
    expect(holderOf(assigned)).toBe('Ben');
    expect(describeHolder(assigned, hhmm)).toBe('Assigned to Ben by Anna, 09:00.');
    expect(holderLabel(assigned)).toBe('Assigned: Ben');
    const released = hold(assigned, { kind: 'release' }, 'Ben', '09:30');
    expect(holderOf(released)).toBeNull();
    expect(describeHolder(released, hhmm)).toBe('Nobody holds this entry (released by Ben, 09:30).');
    expect(holderLabel(released)).toBeNull();
    expect(released.assignments).toHaveLength(2);
  });

  it('claiming what you already hold changes nothing; releasing what nobody holds neither', () => {
    const claimed = hold(sampleEntry(), { kind: 'claim' }, 'Anna', '10:14');
    const again = applyHold(claimed, { kind: 'claim' }, 'Anna', at('10:20'));
    expect(again).toEqual({ ok: true, entry: claimed, changed: false });
    expect(applyHold(sampleEntry(), { kind: 'release' }, 'Anna', at('10:20'))).toEqual({ ok: true, entry: sampleEntry(), changed: false });
  });

  it('an entry assigned to me becomes my claim when I claim it', () => {
    const assigned = hold(sampleEntry(), { kind: 'assign', to: 'Ben' }, 'Anna', '09:00');
    const claimed = hold(assigned, { kind: 'claim' }, 'Ben', '09:05');
    expect(describeHolder(claimed, hhmm)).toBe('Ben is contacting this press officer since 09:05.');
  });

  it('refuses to take over while a colleague is contacting the press officer, unless confirmed', () => {
    const claimed = hold(sampleEntry(), { kind: 'claim' }, 'Anna', '10:14');
    for (const action of [{ kind: 'claim' }, { kind: 'assign', to: 'Carl' }, { kind: 'release' }] as const) {
      expect(applyHold(claimed, action, 'Ben', at('10:20'))).toEqual({ ok: false, reason: 'Anna is contacting this press officer since 2026-03-03 10:14 UTC.' });
    }
    const taken = hold(claimed, { kind: 'claim' }, 'Ben', '10:20', { force: true });
    expect(holderOf(taken)).toBe('Ben');
    // Anna may release or reassign her own claim without confirming.
    expect(holderOf(hold(claimed, { kind: 'release' }, 'Anna', '10:30'))).toBeNull();
  });

  it('refuses when the holder changed since the page showed it (a colleague claimed meanwhile, by sync)', () => {
    const assigned = hold(sampleEntry(), { kind: 'assign', to: 'Ben' }, 'Anna', '09:00');
    const seenByPage = currentAssignment(assigned)!.at;
    const reassigned = hold(assigned, { kind: 'assign', to: 'Carl' }, 'Dora', '09:10');
    const result = applyHold(reassigned, { kind: 'claim' }, 'Eve', at('09:20'), { expectedAt: seenByPage });
    expect(result).toEqual({ ok: false, reason: 'Assigned to Carl by Dora, 2026-03-03 09:10 UTC.' });
    expect(applyHold(reassigned, { kind: 'claim' }, 'Eve', at('09:20'), { expectedAt: currentAssignment(reassigned)!.at }).ok).toBe(true);
    // Nobody held it when the page showed it, but somebody does now.
    expect(applyHold(assigned, { kind: 'claim' }, 'Eve', at('09:20'), { expectedAt: null }).ok).toBe(false);
  });

  it('needs a name: without one nobody could tell who holds it', () => {
    expect(applyHold(sampleEntry(), { kind: 'claim' }, null, at('10:00'))).toEqual({ ok: false, reason: expect.stringMatching(/Set your name in Settings/) });
    expect(applyHold(sampleEntry(), { kind: 'assign', to: '   ' }, 'Anna', at('10:00'))).toEqual({ ok: false, reason: 'Name the colleague to assign it to.' });
    expect(applyHold(sampleEntry({ deletedAt: '2026-03-03T09:30:00.000Z' }), { kind: 'claim' }, 'Anna', at('10:00')).ok).toBe(false);
  });

  it('a later action wins even when this clock is behind the colleague whose claim it replaces', () => {
    const claimed = hold(sampleEntry(), { kind: 'claim' }, 'Anna', '10:14');
    // Ben's clock says 10:10, four minutes behind Anna's.
    const released = hold(claimed, { kind: 'release' }, 'Ben', '10:10', { force: true });
    expect(holderOf(released)).toBeNull();
    expect(holderOf(mergeEntry(claimed, released).entry)).toBeNull();
    expect(holderOf(mergeEntry(released, claimed).entry)).toBeNull();
  });

  it('filters mine / unassigned / everyone', () => {
    const mine = hold(sampleEntry({ id: 'a' }), { kind: 'claim' }, 'Anna', '10:00');
    const bens = hold(sampleEntry({ id: 'b' }), { kind: 'assign', to: 'Ben' }, 'Anna', '10:00');
    const free = sampleEntry({ id: 'c' });
    const released = hold(bens, { kind: 'release' }, 'Ben', '10:05');
    const pick = (filter: 'mine' | 'unassigned' | 'everyone', me: string | null) =>
      [mine, bens, free, released].filter((e) => matchesHolder(e, filter, me)).map((e) => `${e.id}${e === released ? "'" : ''}`);
    expect(pick('mine', 'Anna')).toEqual(['a']);
    expect(pick('mine', 'Ben')).toEqual(['b']);
    expect(pick('mine', null)).toEqual([]);
    expect(pick('unassigned', 'Anna')).toEqual(['c', "b'"]);
    expect(pick('everyone', null)).toEqual(['a', 'b', 'c', "b'"]);
  });

  it('keeps the newest events only', () => {
    let entry = sampleEntry();
    for (let i = 0; i < MAX_ASSIGNMENTS + 5; i++) entry = hold(entry, i % 2 ? { kind: 'release' } : { kind: 'claim' }, 'Anna', '10:00');
    expect(entry.assignments).toHaveLength(MAX_ASSIGNMENTS);
    expect(holderOf(entry)).toBe('Anna');
  });
});

describe('claims through the merge (two browsers on one desk)', () => {
  it('two claims made before either reached the other: one holder in both browsers, the other claim kept as a rival', () => {
    const base = sampleEntry();
    const anna = hold(base, { kind: 'claim' }, 'Anna', '10:14');
    const ben = hold(base, { kind: 'claim' }, 'Ben', '10:15');
    const inAnnas = mergeEntry(anna, ben);
    const inBens = mergeEntry(ben, anna);
    expect(inAnnas.entry).toEqual(inBens.entry);
    expect(inAnnas.conflict).toBe(false);
    expect(holderOf(inAnnas.entry)).toBe('Ben');
    expect(rivalClaims(inAnnas.entry).map((event) => event.by)).toEqual(['Anna']);
    expect(holderLabel(inAnnas.entry)).toBe('Claimed: Ben (contested)');
    // Once someone acts on what they now see, the rivalry is settled.
    const settled = hold(inAnnas.entry, { kind: 'claim' }, 'Ben', '10:20', { expectedAt: currentAssignment(inAnnas.entry)!.at });
    expect(settled).toBe(inAnnas.entry);
    const handedOver = hold(inAnnas.entry, { kind: 'assign', to: 'Anna' }, 'Ben', '10:21');
    expect(rivalClaims(handedOver)).toEqual([]);
  });

  it('a claim and a colleague’s edit of the notes meet without a conflict: both kept', () => {
    const base = sampleEntry();
    const claimed = hold(base, { kind: 'claim' }, 'Anna', '10:14');
    const edited: LogEntry = { ...base, notes: 'Called the plant manager', updatedAt: '2026-03-03T10:16:00.000Z', changedBy: 'Ben', supersedes: [versionTag(base)] };
    for (const [a, b] of [[claimed, edited], [edited, claimed]] as const) {
      const merged = mergeEntry(a, b);
      expect(merged.conflict).toBe(false);
      expect(merged.entry.notes).toBe('Called the plant manager');
      expect(merged.entry.changedBy).toBe('Ben');
      expect(holderOf(merged.entry)).toBe('Anna');
      expect(merged.entry.revisions).toEqual([]);
    }
  });

  it('merging is order-free over three browsers', () => {
    const base = sampleEntry();
    const a = hold(base, { kind: 'claim' }, 'Anna', '10:00');
    const b = hold(a, { kind: 'assign', to: 'Carl' }, 'Ben', '10:05', { force: true });
    const c = hold(base, { kind: 'assign', to: 'Dora' }, 'Eve', '10:03');
    const left = mergeEntry(mergeEntry(a, b).entry, c).entry;
    const right = mergeEntry(c, mergeEntry(b, a).entry).entry;
    expect(left).toEqual(right);
    expect(holderOf(left)).toBe('Carl');
  });
});

describe('the log page’s holder filter and names', () => {
  it('mine / unassigned filter the table; everyone’s filters nothing', async () => {
    const { matchesFilter, filtersAnything } = await import('../../../utils/triage/filter');
    const mine = hold(sampleEntry({ id: 'a' }), { kind: 'claim' }, 'Anna', '10:00');
    const free = sampleEntry({ id: 'b' });
    const now = at('11:00');
    expect(filtersAnything({ holder: { filter: 'everyone', me: 'Anna' } })).toBe(false);
    expect(filtersAnything({ holder: { filter: 'mine', me: 'Anna' } })).toBe(true);
    expect([mine, free].filter((e) => matchesFilter(e, { holder: { filter: 'mine', me: 'Anna' } }, now)).map((e) => e.id)).toEqual(['a']);
    expect([mine, free].filter((e) => matchesFilter(e, { holder: { filter: 'unassigned', me: 'Anna' } }, now)).map((e) => e.id)).toEqual(['b']);
  });

  it('offers the names seen on the desk when assigning', async () => {
    const { deskNames } = await import('../../../utils/log/assignment');
    const a = hold(sampleEntry({ id: 'a', changedBy: 'Dora' }), { kind: 'assign', to: 'Ben' }, 'Anna', '10:00');
    expect(deskNames([a, sampleEntry({ id: 'b' })])).toEqual(['Anna', 'Ben', 'Dora']);
  });
});
