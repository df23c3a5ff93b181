import type { Handlers } from '../messaging/receive';
import type { LogStore } from './store';
import { applyHold } from './assignment';

// The background's handlers for claims and assignments: read the entry, apply the rule (utils/log/assignment.ts),
// write it as the journalist's own change. No browser API: the store and the author's name come in.

export type HoldMessage = 'log:hold' | 'log:author';

export interface HoldDeps {
  log: () => Promise<LogStore>;
  author: () => Promise<string | null>;
  now?: () => Date;
}

export function createHoldHandlers(deps: HoldDeps): Pick<Handlers<object>, HoldMessage> {
  const now = deps.now ?? (() => new Date());
  return {
    async 'log:hold'({ id, action, expectedAt, force }) {
      const store = await deps.log();
      const entry = await store.get(id);
      if (!entry) throw new Error(`No log entry with id "${id}".`);
      const result = applyHold(entry, action, await deps.author(), now(), { expectedAt, force });
      // Refused: the entry as it is now goes back too, so the page can say who holds it and ask.
      if (!result.ok) return { entry, refused: result.reason };
      if (result.changed) await store.applyBatch([result.entry], { local: true });
      return { entry: (await store.get(id)) ?? result.entry, refused: null };
    },

    async 'log:author'() {
      return { author: await deps.author() };
    },
  };
}
