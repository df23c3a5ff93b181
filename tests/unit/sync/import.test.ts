import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogEntrySchema } from '../../../utils/schema/entry';
import { LOG_EXPORT_VERSION } from '../../../utils/schema/log-export';
import { DEFAULT_IMPORT_LIMITS, previewImport } from '../../../utils/sync/import-preview';
import { scanJson } from '../../../utils/sync/read-json';
import { stableStringify } from '../../../utils/sync/stable-json';
import { logArb } from './arbitraries';
import { sampleEntry } from './sample-entry';

const doc = (entries: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'pressclip-log', version: LOG_EXPORT_VERSION, exportedAt: '2026-03-04T08:00:00.000Z', entries, ...extra });

describe('previewImport', () => {
  it('gives back the same log when an export is imported into an empty log', () => {
    fc.assert(
      fc.property(logArb(['a', 'b', 'c', 'd', 'e', 'f'], ['https://wire.example/1', 'https://wire.example/2', 'https://x.example/']), (log) => {
        const preview = previewImport(doc(log), []);
        if (!preview.ok) throw new Error(preview.reason);
        expect(preview.counts).toEqual({ new: log.length, updated: 0, unchanged: 0, conflict: 0, invalid: 0 });
        expect(preview.toWrite.map(stableStringify).sort()).toEqual(log.map(stableStringify).sort());
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('says which entry and which field is invalid, and keeps the valid ones', () => {
    const good = sampleEntry({ id: 'good' });
    const bad = sampleEntry({ id: 'bad' });
    const broken = { ...bad, record: { ...bad.record, contacts: [{ ...bad.record.contacts[0], emails: ['press@acme.example', 'call us'] }] } };
    const preview = previewImport(doc([good, broken, { ...good, id: 'x', updatedAt: 'yesterday' }]), []);
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.counts).toMatchObject({ new: 1, invalid: 2 });
    expect(preview.invalid).toEqual([
      { index: 1, id: 'bad', reason: 'entry 1: record.contacts[0].emails[1] is not an email' },
      { index: 2, id: 'x', reason: 'entry 2: updatedAt is not a date-time with offset' },
    ]);
    expect(preview.toWrite.map((e) => e.id)).toEqual(['good']);
  });

  it('reports a repeated id instead of silently keeping one of the two', () => {
    const first = sampleEntry({ id: 'dup' });
    const preview = previewImport(doc([first, { ...first, notes: 'second copy' }]), []);
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.invalid).toEqual([{ index: 1, id: 'dup', reason: 'entry 1: id "dup" repeats entry 0' }]);
  });

  it('counts unchanged, updated and conflicting entries against the local log', () => {
    const same = sampleEntry({ id: 's', record: { ...sampleEntry().record, url: 'https://x.example/s' } });
    const base = sampleEntry({ id: 'c', record: { ...sampleEntry().record, url: 'https://x.example/c' } });
    const localEdit = { ...base, notes: 'mine', updatedAt: '2026-03-03T10:00:00.000Z' };
    const fileEdit = { ...base, notes: 'theirs', updatedAt: '2026-03-03T11:00:00.000Z' };
    const preview = previewImport(doc([same, fileEdit]), [same, localEdit]);
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.counts).toEqual({ new: 0, updated: 0, unchanged: 1, conflict: 1, invalid: 0 });
    expect(preview.toWrite).toHaveLength(1);
    expect(preview.toWrite[0]!.revisions[0]!.fields.notes).toBe('mine');
  });

  it('reports a huge array inside an entry as that entry being invalid', () => {
    const preview = previewImport(doc([{ ...sampleEntry(), tags: Array(100_000).fill('t') }]), []);
    expect(preview.ok && preview.invalid[0]!.reason).toBe('entry 0: tags is too big (at most 50)');
  });

  it('accepts a file saved with a byte-order mark', () => {
    const preview = previewImport(`\uFEFF${doc([sampleEntry()])}`, []);
    expect(preview.ok && preview.counts.new).toBe(1);
  });

  it.each([
    ['not JSON', '{"format": "pressclip-log", ', /Not valid JSON/],
    ['a JSON array', '[]', /not a PressClip log/],
    ['another format', JSON.stringify({ format: 'other', version: 1, entries: [] }), /not a PressClip log/],
    ['a newer version', JSON.stringify({ format: 'pressclip-log', version: 99, entries: [] }), /newer than this PressClip/],
    ['a version that is not a number', JSON.stringify({ format: 'pressclip-log', version: '1', entries: [] }), /no valid "version"/],
    ['entries that are not a list', JSON.stringify({ format: 'pressclip-log', version: 1, entries: {} }), /no "entries" list/],
    ['deep nesting', `{"format":"pressclip-log","version":1,"entries":[${'['.repeat(100000)}${']'.repeat(100000)}]}`, /nested deeper/],
  ])('refuses %s with a reason', (_name, text, reason) => {
    const preview = previewImport(text, []);
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.reason).toMatch(reason);
  });

  it('refuses files over the byte and entry caps before reading entries', () => {
    const entries = Array.from({ length: 11 }, (_, i) => ({ id: `e${i}` }));
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxEntries: 10 };
    expect(previewImport(doc(entries), [], limits)).toEqual({ ok: false, reason: 'The file has 11 entries; the limit is 10.' });
    const big = doc([], { padding: 'x'.repeat(2000) });
    const small = { ...DEFAULT_IMPORT_LIMITS, maxBytes: 1000 };
    expect(previewImport(big, [], small)).toMatchObject({ ok: false, reason: expect.stringMatching(/limit is 1000/) });
  });

  it('does not let __proto__ or constructor keys reach any prototype', () => {
    const entry = sampleEntry({ id: 'p' });
    const text = doc([{ ...entry, __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }]).replace(
      '"id":"p"',
      '"id":"p","__proto__":{"polluted":true}',
    );
    const preview = previewImport(text, []);
    expect(preview.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (preview.ok) {
      expect(preview.toWrite).toHaveLength(1);
      expect(Object.getPrototypeOf(preview.toWrite[0])).toBe(Object.prototype);
      expect(Object.hasOwn(preview.toWrite[0]!, '__proto__')).toBe(false);
    }
  });

  it('never throws on hostile input and only ever offers valid entries to write', () => {
    const hostileValue = fc.oneof(
      fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 4 }),
      fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 20 }),
      logArb(['a', '__proto__', 'constructor'], ['https://wire.example/1']).chain((log) =>
        fc.tuple(...log.map((e) => fc.constantFrom<unknown>(e, { ...e, id: 5 }, { ...e, history: 'x' }, { ...e, record: null }, [e]))),
      ),
    );
    const hostileText = fc.oneof(
      hostileValue.map((entries) => doc(Array.isArray(entries) ? entries : [entries])),
      hostileValue.map((value) => JSON.stringify(value) ?? 'undefined'),
      fc.string({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => new Uint8Array(bytes)),
    );
    fc.assert(
      fc.property(hostileText, logArb(['a', 'b'], ['https://wire.example/1']), (input, local) => {
        const preview = previewImport(input, local);
        if (preview.ok) {
          for (const entry of preview.toWrite) expect(LogEntrySchema.safeParse(entry).success).toBe(true);
          const total = Object.values(preview.counts).reduce((a, b) => a + b, 0);
          expect(total).toBeGreaterThanOrEqual(preview.outcomes.length);
        } else {
          expect(preview.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('scanJson', () => {
  it('counts the entries of an export on the raw text, ignoring brackets and commas in strings', () => {
    const text = doc([{ id: 'a', notes: '[1,2,3], {x}' }, { id: 'b', tags: ['x', 'y'] }, 3]);
    expect(scanJson(text, 32)).toEqual({ depth: 4, topArrayItems: 3 });
    expect(scanJson(doc([]), 32).topArrayItems).toBe(0);
    expect(scanJson('{"entries":[ "a\\"],[" ]}', 32).topArrayItems).toBe(1);
  });

  it('refuses too many entries before parsing, even when each is tiny', () => {
    const over = DEFAULT_IMPORT_LIMITS.maxEntries + 1;
    const text = `{"format":"pressclip-log","version":1,"entries":[${Array(over).fill('0').join(',')}]}`;
    expect(previewImport(text, [])).toEqual({ ok: false, reason: `The file has ${over} entries; the limit is ${DEFAULT_IMPORT_LIMITS.maxEntries}.` });
  });
});
