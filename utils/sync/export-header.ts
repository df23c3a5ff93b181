import { LOG_EXPORT_FORMAT, LOG_EXPORT_VERSION } from '../schema/log-export';
import { migrationChain } from './migrate-document';

// The part of an export file around its entries: is it a PressClip log, and of a version this
// PressClip can read (now or after migrating)? Checked before a single entry is looked at, both for a
// whole file and for a file staged in chunks.

export type HeaderCheck = { ok: true; version: number; document: Record<string, unknown> } | { ok: false; reason: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkExportHeader(doc: unknown): HeaderCheck {
  if (!isPlainObject(doc)) return { ok: false, reason: 'The file is not a PressClip log (expected a JSON object).' };
  if (doc.format !== LOG_EXPORT_FORMAT) return { ok: false, reason: `The file is not a PressClip log (format is not "${LOG_EXPORT_FORMAT}").` };
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: 'The file has no valid "version".' };
  }
  if (version > LOG_EXPORT_VERSION) {
    return { ok: false, reason: `The file is version ${version}, newer than this PressClip reads (${LOG_EXPORT_VERSION}). Update PressClip.` };
  }
  if (!migrationChain(version)) return { ok: false, reason: `No migration from version ${version}.` };
  return { ok: true, version, document: doc };
}
