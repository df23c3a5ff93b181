import { describe, expect, it } from 'vitest';
import { htmlDocumentFactory, parseHtml } from '../../../scripts/lib/parse-html';
import type { EmailInput } from '../../../utils/inputs/email';
import { extractInput, sourceKindOf } from '../../../utils/inputs/extract-input';

const makers = { parseHtml, createDocument: () => htmlDocumentFactory()() };

const email = (body: string): EmailInput => ({
  kind: 'email',
  subject: 'Harbour City Marathon moves to October',
  sender: { name: 'Carla Mendes', address: 'carla.mendes@marathon.example' },
  date: '2026-05-12',
  messageId: 'm1@marathon.example',
  part: 'text',
  body,
  attachments: [],
});

const RELEASE = 'FOR IMMEDIATE RELEASE\n\nHARBOUR CITY, May 12, 2026 – The Harbour City Marathon will be run in October, the organising committee announced today.\n\n';

describe('a record from an e-mail', () => {
  it('offers the sender as the contact when the body names none', () => {
    const record = extractInput(email(RELEASE), 'mid:m1', makers);
    expect(record.contacts).toEqual([expect.objectContaining({ name: 'Carla Mendes', emails: ['carla.mendes@marathon.example'] })]);
    expect(record.headline).toBe('Harbour City Marathon moves to October');
    expect(record.releaseDate).toBe('2026-05-12');
  });

  it('keeps to the body’s contacts when it names one', () => {
    const record = extractInput(email(`${RELEASE}Media contact:\nJo Bloggs\nPress Officer\njo.bloggs@marathon.example\n`), 'mid:m1', makers);
    expect(record.contacts.flatMap((c) => c.emails)).toEqual(['jo.bloggs@marathon.example']);
  });

  it('never offers a no-reply sender', () => {
    const input = { ...email(RELEASE), sender: { name: null, address: 'noreply@marathon.example' } };
    expect(extractInput(input, 'mid:m1', makers).contacts).toEqual([]);
  });

  it('names each input kind as the log shows it', () => {
    expect(sourceKindOf(email(''))).toBe('email');
    expect(sourceKindOf({ kind: 'pdf', text: '', pages: 1 })).toBe('pdf');
    expect(sourceKindOf({ kind: 'document', html: '' })).toBe('document');
    expect(sourceKindOf({ kind: 'document-text', text: '' })).toBe('document');
    expect(sourceKindOf({ kind: 'pasted', text: '' })).toBe('pasted');
  });
});
