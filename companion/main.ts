import type { AddressInfo } from 'node:net';
import { parseArgs } from './args';
import { acquireLock } from './lock';
import { emptyLog } from './log-state';
import { ensureDirectory, loadLogFile, removeStaleTempFiles, writeLogFile } from './log-file';
import { loadOrCreateToken, PairingCode } from './pairing';
import { createCompanionServer } from './server';

// The PressClip log service: keeps the inquiry log as a JSON file and serves it to the extension
// on 127.0.0.1. Installed as the `pressclip-log-server` command (companion/package.json, built to one file by
// `npm run build:companion`); in a checkout also `npm run log-server -- --file ~/PressClip/inquiry-log.json`.

const PAIRING_MINUTES = 10;
const log = (line: string) => console.error(`[pressclip-log] ${new Date().toISOString()} ${line}`);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  await ensureDirectory(args.file);
  const lock = await acquireLock(args.file);
  if (lock.tookOverStale !== null) log(`took over a stale lock (pid ${lock.tookOverStale} is gone)`);
  const removed = await removeStaleTempFiles(args.file);
  if (removed > 0) log(`removed ${removed} partial temp file(s) left by an interrupted write`);

  const loaded = await loadLogFile(args.file);
  if (!loaded.ok) log(`WARNING ${loaded.reason}. Serving refusals until it is fixed; it will not be overwritten.`);
  else if (loaded.doc === null) {
    await writeLogFile(args.file, emptyLog(new Date().toISOString()), { backupIntervalMs: args.backupIntervalMs });
    log(`created ${args.file}`);
  }

  const token = await loadOrCreateToken(args.file, log);
  const pairing = new PairingCode(Date.now() + PAIRING_MINUTES * 60_000);
  // Port 0 asks the OS for a free port; the real one is only known after listen.
  const options = { file: args.file, port: args.port, token, pairing, maxBodyBytes: args.maxBodyBytes, backupIntervalMs: args.backupIntervalMs, log };
  const server = createCompanionServer(options);
  server.listen(args.port, '127.0.0.1', () => {
    options.port = (server.address() as AddressInfo).port;
    console.log(`PressClip log service on http://127.0.0.1:${options.port} keeping ${args.file}`);
    console.log(`Pairing code for each browser (valid ${PAIRING_MINUTES} minutes): ${pairing.code}`);
    console.log(`READY port=${options.port}`);
  });

  const stop = () => {
    server.close();
    void lock.release().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
