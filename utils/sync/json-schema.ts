import { z } from 'zod';
import { LogExportSchema } from '../schema/log-export';

// The published JSON Schema of the export file, generated from the zod schema so it cannot drift
// (a test regenerates it and compares with the committed schemas/pressclip-log.schema.json).
// "input" mode: fields with defaults are optional, which is what an importer accepts.
export function logExportJsonSchema(): string {
  const schema = z.toJSONSchema(LogExportSchema, { io: 'input', target: 'draft-2020-12' });
  const document = {
    ...schema,
    $id: 'https://pressclip.app/schemas/pressclip-log.schema.json',
    title: 'PressClip inquiry log export',
    description: 'The JSON document PressClip writes on "Export JSON", reads on import, and its companion keeps on disk.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
