import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { guardNetwork } from './network';
import { serveFolder, type Route, type StaticServer } from './server';

// The setup most Chromium e2e files share: the test pages served on 127.0.0.1, the built extension in a fresh
// profile, every request that would leave the machine recorded and blocked, and everything closed after the
// file (closing runs the harness's leak check, which fails the file if anything left 127.0.0.1).

export interface ChromiumRun {
  ext: ExtensionBrowser;
  server: StaticServer;
  network: { leaks: string[] };
}

export interface ChromiumRunOptions {
  timeoutMs?: number;
  // Pages built at request time, next to the files in tests/e2e/pages.
  routes?: Record<string, Route>;
  // A script for every page of the profile, before the page's own (a probe the test reads back).
  initScript?: string;
}

// Registers the file's beforeAll/afterAll; `ready` receives the run once it is up (files keep module-level
// `ext`/`server`/`network` variables that their tests use).
export function useChromium(options: ChromiumRunOptions, ready: (run: ChromiumRun) => void): void {
  let run: Partial<ChromiumRun> = {};
  beforeAll(async () => {
    run.server = await serveFolder(resolve(import.meta.dirname, '..', 'pages'), options.routes);
    run.ext = await launchWithExtension();
    run.ext.ctx.setDefaultTimeout(options.timeoutMs ?? 15_000);
    run.network = await guardNetwork(run.ext.ctx);
    if (options.initScript) await run.ext.ctx.addInitScript(options.initScript);
    ready(run as ChromiumRun);
  });
  afterAll(async () => {
    await run.ext?.close();
    await run.server?.close();
    run = {};
  });
}
