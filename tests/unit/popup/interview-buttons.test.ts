import { describe, expect, it, vi } from 'vitest';
import { interviewButton, interviewButtons } from '../../../components/popup-interview/interview-buttons';
import type { LogEntry } from '../../../utils/schema/entry';

const entry = {
  id: 'e1',
  followUpAt: null,
  record: {
    contacts: [
      { name: '<img src=x onerror=alert(1)>', role: null, organization: null, emails: ['a@x.test'], phones: [] },
      { name: 'No Mail', role: null, organization: null, emails: [], phones: ['+4930123456'] },
      { name: null, role: null, organization: null, emails: ['press@x.test'], phones: [] },
    ],
  },
} as unknown as LogEntry;

describe('popup interview buttons', () => {
  it('offers one button per contact with an e-mail, names as text', () => {
    const box = interviewButtons(entry, vi.fn(), () => undefined);
    const labels = [...box.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).toEqual(['Request interview: <img src=x onerror=alert(1)>', 'Request interview: press@x.test']);
    expect(box.querySelector('img')).toBeNull();
  });

  it('requests for the right contact index and reports the follow-up date', async () => {
    const request = vi.fn(async () => ({ ...entry, followUpAt: '2026-03-05T09:00:00.000Z' }) as LogEntry);
    const messages: string[] = [];
    const box = interviewButtons(entry, request, (m) => messages.push(m));
    box.querySelectorAll('button')[1]!.click();
    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(request).toHaveBeenCalledWith(entry, 2);
    expect(messages[0]).toBe('Interview request to press@x.test logged; follow-up on 2026-03-05.');
  });

  it('re-enables the button and says why when logging fails', async () => {
    const messages: string[] = [];
    const box = interviewButtons(entry, async () => { throw new Error('Entry not found'); }, (m) => messages.push(m));
    const button = box.querySelector('button')!;
    button.click();
    await vi.waitFor(() => expect(messages).toEqual(['Could not log the request: Entry not found']));
    expect(button.disabled).toBe(false);
  });

  it('from the card: saves first, and requests nothing when the save did not happen', async () => {
    const request = vi.fn(async () => entry);
    const contact = entry.record.contacts[0]!;
    const unsaved = interviewButton(contact, 0, async () => null, request, () => undefined);
    unsaved.click();
    await vi.waitFor(() => expect(unsaved.disabled).toBe(false));
    expect(request).not.toHaveBeenCalled();
    const saveFirst = vi.fn(async () => entry);
    const messages: string[] = [];
    const saved = interviewButton(contact, 0, saveFirst, request, (m) => messages.push(m));
    saved.click();
    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(saveFirst).toHaveBeenCalledOnce();
    expect(request).toHaveBeenCalledWith(entry, 0);
  });
});
