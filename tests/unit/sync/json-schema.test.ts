// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { logExportJsonSchema } from '../../../utils/sync/json-schema';

describe('schemas/pressclip-log.schema.json', () => {
  it('is exactly what the zod schema generates (run `npm run json-schema` after changing it)', () => {
    const committed = readFileSync(new URL('../../../schemas/pressclip-log.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(logExportJsonSchema());
  });

  it('describes entries with their required fields and the email format of contacts', () => {
    const schema = JSON.parse(logExportJsonSchema());
    expect(schema.required).toEqual(['format', 'version', 'exportedAt', 'entries']);
    const entry = schema.properties.entries.items;
    expect(entry.required).toEqual(expect.arrayContaining(['id', 'record', 'createdAt', 'updatedAt', 'schemaVersion']));
    expect(entry.required).not.toContain('supersedes');
    const contact = entry.properties.record.properties.contacts.items;
    expect(contact.properties.emails.items.format).toBe('email');
  });
});
