import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLogStore, type LogStore } from '../../../utils/log/store';
import { LogEntrySchema } from '../../../utils/schema/entry';
import { LOG_EXPORT_VERSION, LogExportSchema } from '../../../utils/schema/log-export';
import { previewImport } from '../../../utils/sync/import-preview';
import { mergeEntry } from '../../../utils/sync/merge-entry';
import { sampleEntry } from '../sync/sample-entry';
import { sampleFields } from './sample';

// Where an entry's release came from (page, pdf, email, document, pasted): kept by save, edits, merges, export
// and import; absent on a page's entry, so entries from before it stay as they were.

let store: LogStore;
let n = 0;
beforeEach(async () => {
  let clock = Date.parse('2026-03-03T10:00:00.000Z');
  store = await openLogStore(new IDBFactory(), { now: () => new Date((clock += 1000)), newId: () => `entry-${++n}` });
});
afterEach(() => store.close());

describe('source kind of a log entry', () => {
  it('is stored when a file or a PDF is saved, and absent for a page', async () => {
    const pdf = await store.save(sampleFields({ url: 'file:///release.pdf#sha256-00' }), 'pdf');
    const page = await store.save(sampleFields({ url: 'https://example.org/release' }));
    expect(pdf.entry.source).toBe('pdf');
    expect('source' in page.entry).toBe(false);
  });

  it('survives an edit and the next export', async () => {
    const { entry } = await store.save(sampleFields({ url: 'mid:m1%40x.example' }), 'email');
    const edited = await store.update(entry.id, { record: entry.record, notes: 'Call back' }, entry.updatedAt);
    expect(edited.source).toBe('email');
    const exported = LogExportSchema.parse(await store.exportDocument());
    expect(exported.version).toBe(LOG_EXPORT_VERSION);
    expect(exported.entries[0]?.source).toBe('email');
  });

  it('is kept by a merge whichever copy wins', () => {
    const older = sampleEntry({ source: 'document' });
    const newer = { ...sampleEntry({ updatedAt: '2026-03-04T09:00:00.000Z', notes: 'newer' }) };
    expect(mergeEntry(older, newer).entry.source).toBe('document');
    expect(LogEntrySchema.parse(mergeEntry(newer, older).entry).source).toBe('document');
  });

  it('refuses a kind PressClip does not know', () => {
    expect(LogEntrySchema.safeParse(sampleEntry({ source: 'fax' as never })).success).toBe(false);
  });
});

describe('export version 2', () => {
  const file = (version: number, entries: unknown[]) => JSON.stringify({ format: 'pressclip-log', version, exportedAt: '2026-03-04T08:00:00.000Z', entries });

  it('reads a version-1 file: its entries are pages, carried over unchanged', () => {
    const v1 = sampleEntry();
    const preview = previewImport(file(1, [v1]), []);
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.fromVersion).toBe(1);
    expect(preview.toWrite).toEqual([v1]);
    expect('source' in preview.toWrite[0]!).toBe(false);
  });

  it('refuses a version-1 entry that claims a source (version 1 had none)', () => {
    const preview = previewImport(file(1, [sampleEntry({ source: 'pdf' })]), []);
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.invalid[0]?.reason).toMatch(/^entry 0 \(version 1\): .*source/);
  });

  it('imports a version-2 file with its sources, and a file from a newer PressClip is refused', () => {
    const preview = previewImport(file(2, [sampleEntry({ id: 'p', source: 'pasted' })]), []);
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.toWrite[0]?.source).toBe('pasted');
    const newer = previewImport(file(LOG_EXPORT_VERSION + 1, []), []);
    expect(newer.ok).toBe(false);
  });
});
