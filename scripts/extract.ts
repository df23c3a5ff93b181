import { DEFAULT_EXTRACT_LIMITS, ExtractPool } from './lib/extract-pool';

// npm run --silent extract -- [--url URL] [--max-mb N] FILE...
// One JSON line per file: {"file": FILE, ...record} — or {"file": FILE, "error": "..."} and the rest go on,
// whatever a file holds (too large, nested 100,000 deep, exhausting the parser's memory: extract-pool.ts).
// Without --url each file is read as https://example.test/<file name>.

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let url: string | null = null;
  let maxMb: number | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--url') url = args[++i] ?? null;
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '--max-mb') maxMb = Number(args[++i]);
    else if (a.startsWith('--max-mb=')) maxMb = Number(a.slice(9));
    else if (a === '--') continue;
    else files.push(a);
  }
  if (files.length === 0 || (maxMb !== null && !(maxMb > 0))) {
    process.stderr.write('usage: npm run --silent extract -- [--url URL] [--max-mb N] FILE...\n');
    process.exitCode = 2;
    return;
  }
  const pool = new ExtractPool({ ...DEFAULT_EXTRACT_LIMITS, ...(maxMb === null ? {} : { maxBytes: maxMb * 1024 * 1024 }) });
  for (const file of files) {
    // Without --url: a page is read as https://example.test/<name>; a .pdf/.eml/.docx is filed under its own
    // address (name + hash, or the e-mail's Message-ID), as the log page files it.
    const reply = await pool.extractFile(file, url);
    process.stdout.write(`${JSON.stringify(reply.ok ? { file, ...reply.record } : { file, error: reply.error })}\n`);
  }
  await pool.close();
}

void main();
