import { basename } from 'node:path';
import { loadDocument } from './lib/load-document';
import { extractPath, isBinaryInput } from './lib/load-input';
import { extract } from '../utils/extract/extract';
import { PressReleaseSchema } from '../utils/schema/record';

// npm run --silent extract -- [--url URL] FILE...
// One JSON line per file: {"file": FILE, ...record} — or {"file": FILE, "error": "..."} and the rest go on.
// Without --url each file is read as https://example.test/<file name>.

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let url: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--url') url = args[++i] ?? null;
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '--') continue;
    else files.push(a);
  }
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent extract -- [--url URL] FILE...\n');
    process.exitCode = 2;
    return;
  }
  for (const file of files) {
    try {
      // .pdf/.eml/.docx go through the converters (scripts/lib/load-input.ts); without --url they are filed
      // under their own address (name + hash, or the e-mail's Message-ID), as the log page files them.
      const record = isBinaryInput(file)
        ? PressReleaseSchema.parse(await extractPath(file, url))
        : PressReleaseSchema.parse(extract(await loadDocument(file), url ?? `https://example.test/${encodeURIComponent(basename(file))}`));
      process.stdout.write(`${JSON.stringify({ file, ...record })}\n`);
    } catch (err) {
      process.stdout.write(`${JSON.stringify({ file, error: err instanceof Error ? err.message : String(err) })}\n`);
    }
  }
}

void main();
