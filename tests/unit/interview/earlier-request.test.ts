import { describe, expect, it } from 'vitest';
import { earlierRequest, secondRequestWarning } from '../../../utils/interview/earlier-request';
import type { InterviewRequest } from '../../../utils/schema/entry';
import { sampleEntry } from '../sync/sample-entry';

const sent: InterviewRequest = {
  at: '2026-03-03T10:14:00.000Z',
  contactName: 'Jane Doe',
  email: 'PRESS@acme.example',
  subject: 'Interview request',
  body: 'Hello',
  handler: 'mailto',
  kind: 'request',
};

describe('a second interview request to the same contact on the same release', () => {
  it('finds the earlier request (whoever sent it), ignoring case, follow-ups and other contacts', () => {
    expect(earlierRequest(sampleEntry(), 0)).toBeNull();
    expect(earlierRequest(sampleEntry({ requests: [sent] }), 0)).toEqual(sent);
    expect(earlierRequest(sampleEntry({ requests: [{ ...sent, kind: 'follow-up' }] }), 0)).toBeNull();
    expect(earlierRequest(sampleEntry({ requests: [{ ...sent, email: 'other@acme.example' }] }), 0)).toBeNull();
    expect(earlierRequest(sampleEntry({ requests: [sent] }), 5)).toBeNull();
  });

  it('says who was asked and when', () => {
    expect(secondRequestWarning(sent, (iso) => iso)).toBe(
      'An interview request to Jane Doe (PRESS@acme.example) about this release was already sent on 2026-03-03T10:14:00.000Z, by you or a colleague on the desk. Send another one?',
    );
  });
});
