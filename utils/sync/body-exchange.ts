import type { StoredBody } from '../body/schema';
import type { LogEntry } from '../schema/entry';
import { fingerprint } from './fingerprint';
import type { Outbox } from './outbox';
import type { Change } from './protocol';
import { stableStringify } from './stable-json';
import { SyncTargetError, type SyncTarget } from './target';

// Which kept release texts a sync round sends and which it takes. A text is up to 200,000 characters of HTML
// plus its plain text, and it changes only when the release is clipped again, while triage edits change its entry
// many times a day: so the round remembers, per entry, the fingerprint of the text last exchanged with the target,
// and sends a text only when it differs (once, on the change that carries its entry). The outbox, kept in extension
// storage, never holds texts: they are read from the log when a round sends.

export interface BodySource {
  getBody(id: string): Promise<StoredBody | null>;
  bodyIds(): Promise<Set<string>>;
}

export function bodyHash(body: Pick<StoredBody, 'html' | 'text' | 'truncated'>): string {
  return fingerprint(stableStringify({ html: body.html, text: body.text, truncated: body.truncated }));
}

// Characters of texts (HTML + plain) one round holds in memory to send. The first round after texts began to sync
// finds every text of the log unsent: 10,000 texts of 50 KB would be 500 MB in the service worker at once. So a round
// sends up to this much (at most 2 × 200,000 characters more: a text is never split), and the rest in the next ones.
export const MAX_BODY_CHARS_PER_ROUND = 16_000_000;

// Characters of texts one pull brings. A browser pairing with a log of 10,000 texts would otherwise get ~1 GB of
// JSON in one answer (past the longest string its service worker can parse) or hold it all at once; it gets them in
// slices instead, one per round: the companion holds its cursor back before the first text left out
// (companion/log-state.ts), the desk stops reading _changes pages at the end of the page that passed the budget.
export const MAX_PULL_BODY_CHARS = 32_000_000;

export interface ToSend {
  send: Map<string, StoredBody>;
  // Changed texts left for a later round (over the budget): their fingerprint must be forgotten, so they stay due.
  deferred: string[];
}

// The texts to send: of the entries waiting in the outbox (a text that failed to go last round is among them),
// and any text the target has not had yet (a log from before texts synced, a text an import added). Only live entries.
export async function bodiesToSend(
  source: BodySource,
  live: ReadonlySet<string>,
  waiting: Iterable<string>,
  exchanged: ReadonlyMap<string, string>,
  budget = MAX_BODY_CHARS_PER_ROUND,
): Promise<ToSend> {
  const held = await source.bodyIds();
  const candidates = new Set([...waiting].filter((id) => held.has(id)));
  for (const id of held) if (!exchanged.has(id)) candidates.add(id);
  const out: ToSend = { send: new Map(), deferred: [] };
  let chars = 0;
  for (const id of candidates) {
    if (!live.has(id)) continue;
    if (chars >= budget) {
      out.deferred.push(id);
      continue;
    }
    const body = await source.getBody(id);
    if (!body || bodyHash(body) === exchanged.get(id)) continue;
    out.send.set(id, body);
    chars += body.html.length + body.text.length;
  }
  return out;
}

export function withBodies(outbox: Outbox, bodies: ReadonlyMap<string, StoredBody>): Change[] {
  return outbox.map((change) => {
    const body = bodies.get(change.entry.id);
    return body ? { ...change, body } : change;
  });
}

export function withoutBodies(outbox: Outbox): Outbox {
  return outbox.map((change) => (change.body === undefined ? change : { changeId: change.changeId, entry: change.entry }));
}

// A change the target refuses while it carries a text (over a companion's --max-body-bytes, a desk's document size
// limit) goes again without the text: the entry is not lost for the sake of its text. The refusal is reported.
export function pushingBodies(target: Pick<SyncTarget, 'push'>, onRefused: (id: string, reason: string) => void): Pick<SyncTarget, 'push'> {
  return {
    async push(changes) {
      try {
        return await target.push(changes);
      } catch (error) {
        const only = changes.length === 1 ? changes[0]! : null;
        if (!(error instanceof SyncTargetError && error.rejected) || !only?.body) throw error;
        onRefused(only.entry.id, error.message);
        return target.push(withoutBodies([only]));
      }
    },
  };
}

export interface KeptBodies {
  // To write into this log, with the entries of the round.
  write: StoredBody[];
  // Entry id -> fingerprint now held on both sides.
  exchanged: Map<string, string>;
}

// The pulled texts this log takes: one its entry lacks (a fresh profile restoring from the file or the desk), or a
// newer one where the text here is unchanged since the last exchange (a colleague clipped the release again). A
// text changed here and not yet sent is kept. Texts of entries that are deleted or unknown here are not stored.
export async function bodiesToKeep(
  pulled: readonly StoredBody[],
  merged: ReadonlyMap<string, LogEntry>,
  source: BodySource,
  exchanged: ReadonlyMap<string, string>,
): Promise<KeptBodies> {
  const kept: KeptBodies = { write: [], exchanged: new Map() };
  if (pulled.length === 0) return kept;
  const held = await source.bodyIds();
  for (const body of pulled) {
    const entry = merged.get(body.id);
    if (!entry || entry.deletedAt !== null) continue;
    const theirs = bodyHash(body);
    const local = held.has(body.id) ? await source.getBody(body.id) : null;
    const mine = local ? bodyHash(local) : null;
    if (mine === theirs) kept.exchanged.set(body.id, theirs);
    else if (mine === null || exchanged.get(body.id) === mine) {
      kept.write.push(body);
      kept.exchanged.set(body.id, theirs);
    }
  }
  return kept;
}
