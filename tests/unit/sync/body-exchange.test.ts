import { describe, expect, it } from 'vitest';
import type { StoredBody } from '../../../utils/body/schema';
import { bodiesToKeep, bodiesToSend, bodyHash, type BodySource } from '../../../utils/sync/body-exchange';
import { sampleEntry } from './sample-entry';
import { CLEAN_BODY, longBody } from './sample-body';

// Which release texts a round sends and takes, on plain data.

function source(bodies: StoredBody[]): BodySource {
  const byId = new Map(bodies.map((body) => [body.id, body]));
  return { getBody: async (id) => byId.get(id) ?? null, bodyIds: async () => new Set(byId.keys()) };
}

describe('bodiesToSend', () => {
  it('sends a changed or never-sent text of a live entry, not one already exchanged or of a deleted entry', async () => {
    const bodies = ['sent', 'changed', 'new', 'deleted'].map((id) => ({ id, ...CLEAN_BODY }));
    const exchanged = new Map([
      ['sent', bodyHash(CLEAN_BODY)],
      ['changed', 'an older fingerprint'],
    ]);
    const { send, deferred } = await bodiesToSend(source(bodies), new Set(['sent', 'changed', 'new']), ['sent', 'changed'], exchanged);
    expect([...send.keys()].sort()).toEqual(['changed', 'new']);
    expect(deferred).toEqual([]);
  });

  it('holds at most the budget in one round and leaves the rest due for the next', async () => {
    const bodies = ['a', 'b', 'c'].map((id) => ({ id, ...longBody(1000) }));
    const { send, deferred } = await bodiesToSend(source(bodies), new Set(['a', 'b', 'c']), [], new Map(), 1500);
    expect([...send.keys()]).toEqual(['a', 'b']);
    expect(deferred).toEqual(['c']);
  });
});

describe('bodiesToKeep', () => {
  const entry = sampleEntry({ id: 'e' });
  const merged = new Map([['e', entry], ['gone', sampleEntry({ id: 'gone', deletedAt: '2026-03-03T10:00:00.000Z' })]]);
  const theirs = { id: 'e', html: '<p>Theirs</p>', text: 'Theirs', truncated: false };

  it('takes a text the entry lacks, and none for a deleted or unknown entry', async () => {
    const kept = await bodiesToKeep([theirs, { ...theirs, id: 'gone' }, { ...theirs, id: 'unknown' }], merged, source([]), new Map());
    expect(kept.write).toEqual([theirs]);
    expect([...kept.exchanged]).toEqual([['e', bodyHash(theirs)]]);
  });

  it('replaces a text unchanged here since the last exchange, and keeps one changed here and not yet sent', async () => {
    const mine = { id: 'e', ...CLEAN_BODY };
    const replaced = await bodiesToKeep([theirs], merged, source([mine]), new Map([['e', bodyHash(mine)]]));
    expect(replaced.write).toEqual([theirs]);
    const kept = await bodiesToKeep([theirs], merged, source([mine]), new Map([['e', 'what was exchanged before the edit']]));
    expect(kept.write).toEqual([]);
    expect(kept.exchanged.size).toBe(0);
  });
});
