import type { StoredBody } from '../../body/schema';
import { checkStoredBody } from '../check-body';
import { RawDocSchema } from './couch-schemas';
import { documentFields } from './entry-document';

// An entry's kept release text is its own document, `body:<entry id>`, beside the entry's document, not a field of
// it (docs/newsroom-desk.md, "The release text on the desk"): a text is up to 200,000 characters of HTML plus its
// plain text, written once per clip, while triage edits write the entry many times a day. In the entry's document
// every edit would send the text again to the server, store it again in each revision until compaction, and send it
// to every colleague's pull through _changes?include_docs. The document holds the export's body shape: { id, html,
// text, truncated }. A colleague's text is hostile input: checked like an import's (utils/sync/check-body.ts: the
// stored-HTML grammar and the caps) before anything is stored, and refused whole when it fails.

export const BODY_DOC_PREFIX = 'body:';

export function bodyDocId(entryId: string): string {
  return `${BODY_DOC_PREFIX}${entryId}`;
}

export function isBodyDocId(id: string): boolean {
  return id.startsWith(BODY_DOC_PREFIX);
}

export function toBodyDocument(body: StoredBody, rev: string | undefined): Record<string, unknown> {
  const doc = { _id: bodyDocId(body.id), id: body.id, html: body.html, text: body.text, truncated: body.truncated };
  return rev === undefined ? doc : { ...doc, _rev: rev };
}

export type BodyDocRead = { ok: true; body: StoredBody } | { ok: false; reason: string };

export function readBodyDocument(raw: unknown): BodyDocRead {
  const doc = RawDocSchema.safeParse(raw);
  if (!doc.success) return { ok: false, reason: 'not a CouchDB document (no _id or _rev)' };
  const checked = checkStoredBody(documentFields(doc.data));
  if (!checked.ok) return { ok: false, reason: `its release text was refused: ${checked.reason}` };
  if (bodyDocId(checked.body.id) !== doc.data._id) return { ok: false, reason: "its _id does not name the entry id it holds" };
  return { ok: true, body: checked.body };
}
