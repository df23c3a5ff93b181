import { describe, expect, it } from 'vitest';
import { applyChanges, changesSince, emptyLog, MAX_APPLIED_IDS } from '../../../companion/log-state';
import { sampleEntry } from '../sync/sample-entry';
import { longBody } from '../sync/sample-body';

const at = '2026-03-03T12:00:00.000Z';

describe('companion log state', () => {
  it('hands out a cursor per change and answers what changed since', () => {
    let doc = emptyLog(at);
    doc = applyChanges(doc, [{ changeId: '1', entry: sampleEntry({ id: 'a' }) }], at).doc;
    const cursor = changesSince(doc, null).cursor;
    doc = applyChanges(doc, [{ changeId: '2', entry: sampleEntry({ id: 'b', record: { ...sampleEntry().record, url: 'https://x.example/b' } }) }], at).doc;
    expect(changesSince(doc, cursor).entries.map((e) => e.id)).toEqual(['b']);
    expect(changesSince(doc, null).entries).toHaveLength(2);
  });

  it('gives entries added by hand a counter at the next write', () => {
    let doc = emptyLog(at);
    doc = { ...doc, entries: [sampleEntry({ id: 'hand' })] };
    expect(changesSince(doc, 0).entries.map((e) => e.id)).toEqual(['hand']);
    doc = applyChanges(doc, [{ changeId: '1', entry: sampleEntry({ id: 'x', record: { ...sampleEntry().record, url: 'https://x.example/x' } }) }], at).doc;
    expect(changesSince(doc, doc.companion!.seq).entries).toEqual([]);
  });

  it('keeps only the most recent applied change ids', () => {
    let doc = emptyLog(at);
    doc = { ...doc, companion: { seq: 0, entrySeq: [], appliedChangeIds: Array.from({ length: MAX_APPLIED_IDS }, (_, i) => `old-${i}`) } };
    doc = applyChanges(doc, [{ changeId: 'new', entry: sampleEntry() }], at).doc;
    expect(doc.companion!.appliedChangeIds).toHaveLength(MAX_APPLIED_IDS);
    expect(doc.companion!.appliedChangeIds.at(-1)).toBe('new');
    expect(doc.companion!.appliedChangeIds[0]).toBe('old-1');
  });

  it('hands out release texts in slices under the budget, the cursor held just before the first one left out', () => {
    let doc = emptyLog(at);
    const ids = ['t1', 't2', 't3'];
    ids.forEach((id, i) => {
      const entry = sampleEntry({ id, record: { ...sampleEntry().record, url: `https://x.example/${id}` } });
      doc = applyChanges(doc, [{ changeId: `c${i}`, entry, body: { id, ...longBody(1000) } }], at).doc;
    });
    const budget = 1500;
    const first = changesSince(doc, null, budget);
    expect(first.bodies.map((b) => b.id)).toEqual(['t1', 't2']);
    expect(first.entries).toHaveLength(3);
    const second = changesSince(doc, first.cursor, budget);
    expect(second.bodies.map((b) => b.id)).toEqual(['t3']);
    expect(second.cursor).toBe(doc.companion!.seq);
    expect(changesSince(doc, second.cursor, budget)).toEqual({ cursor: second.cursor, entries: [], bodies: [] });
  });
});
