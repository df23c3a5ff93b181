import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Privacy in the e2e: the harness launchers route every non-loopback request to a recording proxy and
// their close() fails the file on any leak. That only holds if every e2e file launches browsers through
// them and closes them; a file that launches a browser by hand would escape the check.

const dir = join(import.meta.dirname, '..', '..', 'e2e');
const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts'));

describe('every e2e file is under the network guard', () => {
  it('finds the e2e files', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  const closesWhatItLaunches = (code: string) => {
    const launches = [...code.matchAll(/\b(\w+)\s*=\s*await\s+launch(?:Firefox)?WithExtension\(/g)].map((m) => m[1]!);
    for (const name of launches) {
      expect(code, `${name} is never closed, so its leak check never runs`).toMatch(new RegExp(`\\b${name}\\??\\.close\\(\\)`));
    }
    return launches.length;
  };

  for (const file of files) {
    it(file, () => {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, 'launches a browser outside the harness').not.toMatch(/\b(?:chromium\.launch|launchPersistentContext|puppeteer\.launch|firefox\.launch)\b/);
      closesWhatItLaunches(code);
    });
  }

  // Files that use a shared setup (useChromium, useFirefox) launch through it: it must close what it launches too.
  for (const fixture of ['fixture.ts', 'firefox-fixture.ts']) {
    it(`harness/${fixture} closes the browser it launches`, () => {
      const code = readFileSync(join(dir, 'harness', fixture), 'utf8');
      expect(closesWhatItLaunches(code)).toBeGreaterThan(0);
    });
  }
});
