import { readFile } from 'node:fs/promises';
import { LogExportSchema, type LogExport } from '../utils/schema/log-export';
import { describeIssues } from '../utils/sync/issue-path';
import { readJson } from '../utils/sync/read-json';

// Reading the inquiry-log file: null when there is none yet, a refusal when it does not validate.
// Writing it (atomic temp file + rename, backups) lives in write-log-file.ts, re-exported here so
// callers keep one import.
export { backupPath, ensureDirectory, LogTooLargeError, removeStaleTempFiles, serializeLog, writeLogFile, type WriteOptions } from './write-log-file';

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export type LoadResult =
  | { ok: true; doc: LogExport | null }
  | { ok: false; reason: string };

export class InvalidLogFileError extends Error {}

// null when there is no file yet (a fresh log). A file that is there but is not a valid log is an
// error the caller must not write over: someone may have hand-edited it and want their text back.
export async function loadLogFile(file: string): Promise<LoadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, doc: null };
    return { ok: false, reason: `cannot read ${file}: ${(error as Error).message}` };
  }
  const read = readJson(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { maxBytes: MAX_FILE_BYTES, maxDepth: 64 });
  if (!read.ok) return { ok: false, reason: `${file} is not a valid PressClip log: ${read.reason}` };
  const parsed = LogExportSchema.safeParse(read.value);
  if (!parsed.success) return { ok: false, reason: `${file} is not a valid PressClip log: ${describeIssues(parsed.error.issues)}` };
  return { ok: true, doc: parsed.data };
}
