import { describe, expect, it } from 'vitest';
import { buildNewEntry } from '../../../utils/log/new-entry';
import { nextInstant } from '../../../utils/log/timestamps';
import { applyResave, applyTombstone, applyUpdate, samePageLookups } from '../../../utils/log/upsert';
import { LogEntrySchema } from '../../../utils/schema/entry';
import { sampleFields } from './sample';

const T0 = '2026-03-03T10:00:00.000Z';
const later = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000);

describe('log entry rules', () => {
  it('a new entry is valid and its history starts with its status', () => {
    const entry = buildNewEntry(sampleFields(), 'id-1', T0);
    expect(LogEntrySchema.parse(entry)).toEqual(entry);
    expect(entry.history).toEqual([{ at: T0, from: null, to: 'new', override: null }]);
    expect(entry.createdAt).toBe(T0);
  });

  it('re-clipping keeps triage fields and keeps the replaced record as a revision', () => {
    const entry = { ...buildNewEntry(sampleFields(), 'id-1', T0), status: 'requested' as const, notes: 'called Jane' };
    const next = applyResave(entry, sampleFields({ headline: 'Updated headline' }), later(5));
    expect(next.id).toBe('id-1');
    expect(next.record.headline).toBe('Updated headline');
    expect(next.status).toBe('requested');
    expect(next.notes).toBe('called Jane');
    expect(next.revisions).toHaveLength(1);
    expect(next.revisions[0]?.fields.record.headline).toBe('Acme opens a plant in Leipzig');
  });

  it('re-clipping a deleted page revives it under the same id', () => {
    const dead = applyTombstone(buildNewEntry(sampleFields(), 'id-1', T0), later(1));
    expect(dead.deletedAt).not.toBeNull();
    const alive = applyResave(dead, sampleFields(), later(2));
    expect(alive.id).toBe('id-1');
    expect(alive.deletedAt).toBeNull();
  });

  it('an update from the current version adds no revision but records a status change', () => {
    const entry = buildNewEntry(sampleFields(), 'id-1', T0);
    const next = applyUpdate(entry, sampleFields({}, { status: 'to-contact' }), entry.updatedAt, later(1));
    expect(next.revisions).toEqual([]);
    expect(next.history.map((h) => [h.from, h.to])).toEqual([[null, 'new'], ['new', 'to-contact']]);
  });

  it('a stale update still wins but keeps the overwritten version', () => {
    const entry = buildNewEntry(sampleFields(), 'id-1', T0);
    const edited = applyUpdate(entry, sampleFields({}, { notes: 'first editor' }), entry.updatedAt, later(1));
    const stale = applyUpdate(edited, sampleFields({}, { notes: 'second editor' }), entry.updatedAt, later(2));
    expect(stale.notes).toBe('second editor');
    expect(stale.revisions).toHaveLength(1);
    expect(stale.revisions[0]?.fields.notes).toBe('first editor');
  });

  it('revisions are capped at 50, dropping the oldest', () => {
    let entry = buildNewEntry(sampleFields(), 'id-1', T0);
    for (let i = 0; i < 55; i++) {
      entry = applyUpdate(entry, sampleFields({}, { notes: `v${i}` }), 'stale', later(i + 1));
    }
    expect(entry.revisions).toHaveLength(50);
    expect(entry.revisions[49]?.fields.notes).toBe('v53');
    expect(LogEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('timestamps always move forward, even within one millisecond or with a clock set back', () => {
    expect(nextInstant(new Date(T0), T0)).toBe('2026-03-03T10:00:00.001Z');
    expect(nextInstant(new Date('2020-01-01T00:00:00Z'), T0)).toBe('2026-03-03T10:00:00.001Z');
    expect(nextInstant(later(1), T0)).toBe(later(1).toISOString());
  });

  it('looks a page up by URL, then canonical URL', () => {
    expect(samePageLookups('https://a.example/x', null)).toEqual([
      { index: 'url', key: 'https://a.example/x' },
      { index: 'canonicalUrl', key: 'https://a.example/x' },
    ]);
    expect(samePageLookups('https://partner.example/x', 'https://wire.example/x').map((l) => l.key)).toEqual([
      'https://partner.example/x',
      'https://wire.example/x',
      'https://wire.example/x',
      'https://partner.example/x',
    ]);
  });
});
