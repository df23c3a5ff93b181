import { applyChanges, changesSince, emptyLog } from '../../../companion/log-state';
import type { LogExport } from '../../../utils/schema/log-export';
import type { Change } from '../../../utils/sync/protocol';
import { SyncTargetError, type SyncTarget } from '../../../utils/sync/target';

// The companion's log logic without HTTP or files, with switches to simulate it being away or
// losing the answer to a push it did apply.
export class FakeTarget implements SyncTarget {
  doc: LogExport = emptyLog('2026-03-03T00:00:00.000Z');
  online = true;
  loseNextAnswer = false;
  pushes: Change[][] = [];

  async pull(since: string | null) {
    if (!this.online) throw new SyncTargetError('unreachable', 'offline');
    const { cursor, entries } = changesSince(this.doc, since === null ? null : Number(since));
    return { cursor: String(cursor), entries: structuredClone(entries) };
  }

  async push(changes: readonly Change[]) {
    if (!this.online) throw new SyncTargetError('unreachable', 'offline');
    this.pushes.push([...changes]);
    this.doc = applyChanges(this.doc, structuredClone(changes), '2026-03-03T12:00:00.000Z').doc;
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false;
      throw new SyncTargetError('unreachable', 'connection reset');
    }
    return { cursor: String(this.doc.companion?.seq ?? 0) };
  }

  async status() {
    return this.online ? { state: 'ready' as const, detail: 'ok' } : { state: 'unreachable' as const, detail: 'offline' };
  }
}
