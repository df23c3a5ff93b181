import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { launchWithExtension } from '../../tests/e2e/harness/chromium';
import { tabIdForUrl } from '../../tests/e2e/harness/extension-tabs';
import { median } from './stats';

// Section 1b: what the every-page content script really costs a page, in the built extension. A Chromium trace of
// the renderer's main thread sums the detector's own work: compiling and running detector.js (EvaluateScript) and
// its callbacks (FunctionCall: the idle-time read of the page and its report to the background). In-page timing
// (section 1) misses the compile, the isolated world's first DOM wrappers and the message.
// Each slice has two durations: the thread's CPU time in it (tdur) and its wall time (dur). The CPU time is the
// main-thread time the script takes from the page; the wall time also counts the moments the thread waited for a
// core, which on a 2-core machine running a whole browser (and the bench) is often most of it.
// Each page is served from a loopback address of its own (127.0.0.N is a site of its own), so it gets a fresh
// renderer process with nothing compiled, as on a journalist's first visit to a site.

export interface TracedPage {
  name: string;
  evaluateMs: number; // compile + top level of detector.js, CPU time
  callbacksMs: number; // its callbacks until the verdict reached the background, CPU time
  totalMs: number; // CPU time of both
  wallMs: number; // the same slices' wall time
  error: string | null;
}

export interface TracePage {
  name: string;
  body: () => Promise<Buffer | string>;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

const FIRST_HOST = 10;

async function serveOn(host: string, page: TracePage): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    if (req.url !== `/${page.name}`) return void res.writeHead(404).end();
    page.body().then(
      // The page's own scripts stay off, as in section 1 (one of the corpus pages navigates itself away); a page's
      // CSP does not apply to an extension's content scripts.
      (body) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  return { server, url: `http://${host}:${(server.address() as AddressInfo).port}/${page.name}` };
}

// The detector's slices of main-thread time: its EvaluateScript and FunctionCall events, not counting an event
// inside another one already counted.
export function detectorTime(events: readonly TraceEvent[], scriptPath: string): { evaluateMs: number; callbacksMs: number; wallMs: number } {
  const ours = events
    .filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.args?.data?.url?.endsWith(scriptPath))
    .sort((a, b) => a.ts - b.ts);
  let evaluate = 0;
  let callbacks = 0;
  let wall = 0;
  const open = new Map<string, number>(); // per thread: end of the last counted event
  for (const e of ours) {
    const thread = `${e.pid}:${e.tid}`;
    const end = e.ts + (e.dur ?? 0);
    if ((open.get(thread) ?? -Infinity) >= end) continue;
    open.set(thread, end);
    // A build of Chromium without thread clocks gives no tdur: then wall time is all there is.
    const cpu = e.tdur ?? e.dur ?? 0;
    if (e.name === 'EvaluateScript') evaluate += cpu;
    else callbacks += cpu;
    wall += e.dur ?? 0;
  }
  return { evaluateMs: evaluate / 1000, callbacksMs: callbacks / 1000, wallMs: wall / 1000 };
}

// A page traced more than once is served under one name per run.
export const traceRunName = (page: string, run: number) => page.replace(/\.html$/, `-run${run}.html`);
export const tracedPageOf = (runName: string) => runName.replace(/-run\d+\.html$/, '.html');

// Each page once: the median of its runs that gave a verdict (evaluation, callbacks, total and wall time each on
// its own), in the order the pages first appear.
export function medianPerPage(rows: readonly TracedPage[]): TracedPage[] {
  const runs = new Map<string, TracedPage[]>();
  for (const r of rows) {
    if (r.error) continue;
    const page = tracedPageOf(r.name);
    runs.set(page, [...(runs.get(page) ?? []), r]);
  }
  return [...runs].map(([name, rs]) => ({
    name,
    evaluateMs: median(rs.map((r) => r.evaluateMs)),
    callbacksMs: median(rs.map((r) => r.callbacksMs)),
    totalMs: median(rs.map((r) => r.totalMs)),
    wallMs: median(rs.map((r) => r.wallMs)),
    error: null,
  }));
}

// The baseline: an extension whose every-page content script does nothing but wait for an idle moment, as
// PressClip's does before detect(). What it costs (a V8 context for the extension's isolated world, compiling a
// line) is what any content script costs; PressClip's own share is the difference.
export const BASELINE_SCRIPT = 'content-scripts/baseline.js';

// `script`: the content script's source; `answer`: a background that answers every message (as PressClip's does).
async function writeScriptExtension(name: string, script: string, answer: boolean): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pressclip-bench-baseline-'));
  await mkdir(join(dir, 'content-scripts'));
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: [BASELINE_SCRIPT], run_at: 'document_idle' }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'background.js'), answer ? 'chrome.runtime.onMessage.addListener((m, s, reply) => void reply({ ok: true }));\n' : '');
  await writeFile(join(dir, BASELINE_SCRIPT), script);
  return dir;
}

export function writeBaselineExtension(): Promise<string> {
  return writeScriptExtension('Empty content script (bench baseline)', 'requestIdleCallback(() => void document.title.length, { timeout: 3000 });\n', false);
}

// The floor of any content script that reads a page's text and reports it: one innerText call and one message,
// nothing else. What PressClip's script costs above it is its own work (menus, headings, head fields).
export function writeFloorExtension(): Promise<string> {
  return writeScriptExtension(
    'innerText + sendMessage only (bench floor)',
    "requestIdleCallback(() => { const text = document.body.innerText.slice(0, 40000); chrome.runtime.sendMessage({ text, title: document.title }).catch(() => {}); }, { timeout: 3000 });\n",
    true,
  );
}

export interface TraceOptions {
  // The script whose events are summed, as its path in the extension.
  script: string;
  // Wait for PressClip's background to record the page's verdict (else: load, then BASELINE_WAIT_MS).
  waitForVerdict: boolean;
}

const BASELINE_WAIT_MS = 1000;
// A page whose verdict never comes (it navigated itself away, or the detector failed) is reported, not waited for.
const VERDICT_WAIT_MS = 10_000;

// Which page a renderer process belongs to: each page has a loopback host of its own, and its renderer's events
// name the page's URL (ParseHTML, CommitLoad, EvaluateScript for its scripts …).
function pagesByProcess(events: readonly TraceEvent[], hosts: readonly string[]): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const e of events) {
    if (byPid.has(e.pid)) continue;
    const text = JSON.stringify(e.args ?? {});
    const i = hosts.findIndex((host) => text.includes(`http://${host}:`));
    if (i >= 0) byPid.set(e.pid, i);
  }
  return byPid;
}

export async function traceContentScript(buildDir: string, pages: readonly TracePage[], options: TraceOptions): Promise<TracedPage[]> {
  // All of 127.0.0.0/8 is loopback: past 240 pages the third octet moves on.
  const hosts = pages.map((_, i) => `127.0.${Math.floor(i / 240)}.${FIRST_HOST + (i % 240)}`);
  const served = await Promise.all(pages.map((p, i) => serveOn(hosts[i]!, p)));
  const ext = await launchWithExtension(buildDir);
  const errors: (string | null)[] = pages.map(() => null);
  const events: TraceEvent[] = [];
  try {
    // Real pages reference CDNs and trackers: nothing but their own loopback server answers.
    await ext.ctx.route('**/*', (route) => (/^http:\/\/127\.0\.\d+\.\d+:\d+\//.test(route.request().url()) ? route.continue() : route.abort()));
    const session = await ext.browserSession();
    // One trace for all pages (ending a trace waits ~5 s for every process's buffer); each page runs in a
    // renderer of its own, which tells its events apart.
    session.on('Tracing.dataCollected' as never, ((e: { value: TraceEvent[] }) => void events.push(...e.value)) as never);
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete' as never, (() => resolve()) as never));
    await session.send('Tracing.start' as never, { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' } as never);
    for (let i = 0; i < pages.length; i++) {
      const page = await ext.ctx.newPage();
      try {
        const url = served[i]!.url;
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
        if (options.waitForVerdict) await tabIdForUrl(ext, url, VERDICT_WAIT_MS);
        else await new Promise((resolve) => setTimeout(resolve, BASELINE_WAIT_MS));
      } catch (e) {
        errors[i] = e instanceof Error ? e.message.split('\n')[0]!.slice(0, 160) : String(e);
      }
      await page.close();
    }
    await session.send('Tracing.end' as never);
    await complete;
  } finally {
    // Pages' own preconnect hints reach the harness's proxy trap; the bench asserts nothing about them.
    await ext.close().catch(() => undefined);
    await Promise.all(served.map(({ server }) => new Promise((resolve) => server.close(resolve))));
  }
  const byPid = pagesByProcess(events, hosts);
  const perPage: TraceEvent[][] = pages.map(() => []);
  for (const e of events) {
    const i = byPid.get(e.pid);
    if (i !== undefined) perPage[i]!.push(e);
  }
  return pages.map((p, i) => {
    const { evaluateMs, callbacksMs, wallMs } = detectorTime(perPage[i]!, `/${options.script}`);
    return { name: p.name, evaluateMs, callbacksMs, totalMs: evaluateMs + callbacksMs, wallMs, error: errors[i] ?? null };
  });
}
