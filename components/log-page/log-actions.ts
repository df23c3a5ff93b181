import type { EntryFields, EntryStatus, LogEntry } from '../../utils/schema/entry';
import type { TemplateKind } from '../../utils/settings/schema';
import { earlierRequest, secondRequestWarning } from '../../utils/interview/earlier-request';
import { localTime } from '../../utils/sync/status-text';
import { requestInterview } from '../log-interview/request-interview';
import { askOverride } from './override-dialog';
import { downloadText } from './download';
import { ask } from './messages';

// What the log page asks the background to do to entries (status, bulk edit, save, interview request, merge,
// restore, export), each answered by putting the changed entries back into the page and one line of status.

export interface LogActionsContext {
  entry(id: string): LogEntry | undefined;
  upsert(list: readonly LogEntry[]): void;
  say(text: string): void;
  selectedIds(): string[];
  // The entry shown in the detail panel, re-read after a refused change so its form shows the stored status.
  detailId(): string | null;
  reopenDetail(id: string): void;
}

export type LogActions = ReturnType<typeof createLogActions>;

export function createLogActions(ctx: LogActionsContext) {
  const { upsert, say } = ctx;

  async function setStatus(entry: LogEntry, to: EntryStatus) {
    try {
      let result = await ask('log:set-status', { id: entry.id, status: to, override: null });
      if (result.refused) {
        const reason = await askOverride(result.refused);
        if (reason === null) {
          say(`Not changed: ${result.refused}`);
          if (ctx.detailId() === entry.id) ctx.reopenDetail(entry.id);
          return;
        }
        result = await ask('log:set-status', { id: entry.id, status: to, override: reason });
      }
      if (result.entry) upsert([result.entry]);
      say(result.refused ? `Not changed: ${result.refused}` : `Status: ${to}`);
    } catch (error) {
      say(`Could not change the status: ${(error as Error).message}`);
    }
  }

  async function bulkUpdate(change: { status?: EntryStatus; addTags?: string[]; removeTags?: string[] }) {
    const ids = ctx.selectedIds();
    if (ids.length === 0) return;
    try {
      let result = await ask('log:bulk-update', { ids, ...change });
      upsert(result.entries);
      if (result.refused.length > 0 && change.status) {
        const reason = await askOverride(`${result.refused.length} selected entries are under embargo: ${result.refused[0]!.reason}`);
        if (reason !== null) {
          const retried = await ask('log:bulk-update', { ids: result.refused.map((r) => r.id), ...change, override: reason });
          upsert(retried.entries);
          result = { entries: [...result.entries, ...retried.entries], refused: retried.refused };
        }
      }
      say(`${result.entries.length} changed${result.refused.length ? `, ${result.refused.length} left unchanged (embargo)` : ''}.`);
    } catch (error) {
      say(`Bulk change failed: ${(error as Error).message}`);
    }
  }

  async function save(entry: LogEntry, fields: EntryFields) {
    try {
      const { entry: saved } = await ask('log:update', { id: entry.id, fields, expectedUpdatedAt: entry.updatedAt });
      upsert([saved]);
      say('Saved.');
    } catch (error) {
      say(`Not saved: ${(error as Error).message}`);
    }
  }

  async function request(entry: LogEntry, contactIndex: number, kind: TemplateKind) {
    // A second request to the same contact about the same release (perhaps a colleague's, through the newsroom log).
    const earlier = kind === 'request' ? earlierRequest(entry, contactIndex) : null;
    if (earlier && !window.confirm(secondRequestWarning(earlier, localTime))) {
      say('Not sent: an interview request to this contact was already sent.');
      return;
    }
    try {
      const updated = await requestInterview(entry, contactIndex, kind);
      upsert([updated]);
      say(`Email opened for ${entry.record.contacts[contactIndex]?.name ?? 'the contact'}; follow-up ${updated.followUpAt?.slice(0, 10) ?? 'not set'}.`);
    } catch (error) {
      say(`Could not prepare the email: ${(error as Error).message}`);
    }
  }

  async function merge(survivorId: string, duplicateId: string) {
    const duplicate = ctx.entry(duplicateId);
    try {
      const { entry } = await ask('log:merge', { survivorId, duplicateId });
      upsert([entry, ...(duplicate ? [{ ...duplicate, deletedAt: entry.updatedAt }] : [])]);
      say('Merged; the other copy is kept in this entry’s revisions and notes.');
    } catch (error) {
      say(`Merge failed: ${(error as Error).message}`);
    }
  }

  async function restoreRevision(entry: LogEntry, revision: LogEntry['revisions'][number]) {
    try {
      const { entry: restored } = await ask('log:restore-revision', {
        id: entry.id,
        revisionUpdatedAt: revision.updatedAt,
        revisionSavedAt: revision.savedAt,
      });
      upsert([restored]);
      say('Restored; the version it replaced is kept under Earlier versions.');
    } catch (error) {
      say(`Not restored: ${(error as Error).message}`);
    }
  }

  async function exportJson(withBodies: boolean) {
    const { document: doc } = await ask('log:export', { bodies: withBodies });
    downloadText(`pressclip-log-${doc.exportedAt.slice(0, 10)}.json`, JSON.stringify(doc, null, 2), 'application/json');
  }

  return { setStatus, bulkUpdate, save, request, merge, restoreRevision, exportJson };
}
