import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { logExportJsonSchema } from '../utils/sync/json-schema';

// `npm run json-schema` writes schemas/pressclip-log.schema.json; `-- --check` only compares.
const target = fileURLToPath(new URL('../schemas/pressclip-log.schema.json', import.meta.url));
const text = logExportJsonSchema();

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('schemas/pressclip-log.schema.json is out of date: run `npm run json-schema`.');
    process.exit(1);
  }
  console.log('schemas/pressclip-log.schema.json is up to date.');
} else {
  await writeFile(target, text);
  console.log(`wrote ${target}`);
}
