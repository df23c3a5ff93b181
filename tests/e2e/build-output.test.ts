import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_ALL_HINT } from '../../utils/page/compile-hint';

// Checks on what we ship, run after `npm run build` / `build:firefox`: no dynamic code, no remote code,
// permissions exactly as the README justifies them, and the every-page script within its size budget.

const root = join(import.meta.dirname, '..', '..');
const builds = ['chrome-mv3', 'firefox-mv2'].map((name) => join(root, '.output', name));
const CONTENT_SCRIPT_BUDGET_BYTES = 30 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// Permissions named in the README's "## Permissions" table: first cell in backticks.
function readmePermissions(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split(/^## Permissions\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\|\s*`([^`]+)`/gm)].map((m) => m[1] as string).sort();
}

const DYNAMIC_CODE = [
  /\beval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /\bset(?:Timeout|Interval)\s*\(\s*["'`]/,
  /\bimportScripts\s*\(\s*["'`]https?:/,
  /\bimport\s*\(\s*["'`]https?:/,
];

describe.each(builds)('built extension %s', (dir) => {
  const files = filesUnder(dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    permissions?: string[];
    host_permissions?: string[];
    content_scripts?: { js?: string[] }[];
  };

  it('contains no eval, no Function constructor and no remote code', () => {
    const offenders: string[] = [];
    for (const file of files.filter((f) => /\.(m?js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      for (const pattern of DYNAMIC_CODE) if (pattern.test(code)) offenders.push(`${file}: ${pattern}`);
      if (/<script[^>]+src=["']?https?:/i.test(code)) offenders.push(`${file}: remote <script>`);
    }
    expect(offenders).toEqual([]);
  });

  // The regexes above miss a minified `Function(...)` (esbuild drops the `new`). The file-reading worker bundles
  // pdf.js, mammoth and postal-mime, whose Function constructors scripts/lib/no-dynamic-code.ts rewrites; the
  // only one left is zod's guarded probe (jitless: it answers "no" and zod never compiles).
  it('bundles the file-reading worker without a Function constructor', () => {
    const worker = files.filter((f) => /[\\/]assets[\\/][\w-]+\.js$/.test(f));
    expect(worker.filter((f) => /convert-worker-[\w-]+\.js$/.test(f))).toHaveLength(1);
    for (const file of worker) {
      const code = readFileSync(file, 'utf8').replace(/try\{return Function\(``\),!0\}catch/g, '');
      expect(code.match(/.{0,60}(?<![\w$.])Function\s*\(.{0,60}/g) ?? [], file).toEqual([]);
    }
  });

  it('asks for exactly the permissions the README justifies', () => {
    const asked = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])]
      // Firefox MV2 lists host permissions among permissions; content-script matches are not permissions.
      .sort();
    expect(asked).toEqual(readmePermissions());
  });

  it('keeps the every-page content script within its size budget', () => {
    const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(statSync(join(dir, script)).size).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
    }
  });

  it('asks V8 to compile the every-page script whole (its first line), and no other script', () => {
    const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
    const firstLine = (file: string) => readFileSync(file, 'utf8').split('\n', 1)[0];
    expect(scripts.map((s) => firstLine(join(dir, s)))).toEqual(scripts.map(() => COMPILE_ALL_HINT));
    const others = files.filter((f) => f.endsWith('.js') && !scripts.some((s) => f === join(dir, s)));
    expect(others.filter((f) => readFileSync(f, 'utf8').includes(COMPILE_ALL_HINT))).toEqual([]);
  });
});
