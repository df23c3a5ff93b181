import { describe, expect, it } from 'vitest';
import { createRecordForm } from '../../../components/record-editor/record-form';
import { describeIssue, formatPath } from '../../../components/record-editor/issue-text';
import { PressReleaseSchema } from '../../../utils/schema/record';
import { sampleRecord } from '../log/sample';

function mount(record = sampleRecord()) {
  const form = createRecordForm(record);
  document.body.replaceChildren(form.element);
  return form;
}

const input = (path: string) =>
  document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-path="${path}"] input, [data-path="${path}"] textarea`)!;
const errorAt = (path: string) => document.querySelector<HTMLElement>(`[data-path="${path}"] .error`)!;

describe('record form', () => {
  it('reads back exactly the record it was given', () => {
    const record = sampleRecord({ embargo: { until: '2026-03-03T00:01:00-05:00', text: 'EMBARGOED UNTIL 00:01 ET' } });
    expect(mount(record).read()).toEqual(record);
  });

  it('turns edits into the record: empty means null, lists are one per line', () => {
    const form = mount();
    input('headline').value = '  New headline ';
    input('issuer').value = '';
    input('contacts[0].emails').value = 'a@acme.example\n\n b@acme.example ';
    input('contacts[0].phones').value = '+49 30 1234567';
    const read = PressReleaseSchema.parse(form.read());
    expect(read.headline).toBe('New headline');
    expect(read.issuer).toBeNull();
    expect(read.contacts[0]?.emails).toEqual(['a@acme.example', 'b@acme.example']);
    // Phones are typed as read and stored as E.164.
    expect(read.contacts[0]?.phones).toEqual(['+49301234567']);
  });

  it('shows stored phones in the international format and keeps unreadable ones as typed', () => {
    const form = mount(sampleRecord({ contacts: [{ name: 'Jane', role: null, organization: null, emails: [], phones: ['+4930652111780', 'ext. 12'] }] }));
    expect(input('contacts[0].phones').value).toBe('+49 30 652111780\next. 12');
    expect(PressReleaseSchema.parse(form.read()).contacts[0]?.phones).toEqual(['+4930652111780', 'ext. 12']);
  });

  it('edits the embargo as a local date and time, with the zone named, and stores the instant', () => {
    const form = mount(sampleRecord({ embargo: { until: '2026-03-03T00:01:00-05:00', text: 'EMBARGOED' } }));
    const until = input('embargo.until');
    expect(until.type).toBe('datetime-local');
    const label = document.querySelector('[data-path="embargo.until"] label')!.textContent!;
    expect(label).toBe(`Embargo until (${Intl.DateTimeFormat().resolvedOptions().timeZone})`);
    // Shown in local time: the same instant as the page's 00:01 New York time.
    expect(new Date(until.value).getTime()).toBe(Date.parse('2026-03-03T05:01:00Z'));
    until.value = '2026-03-04T09:30';
    const read = PressReleaseSchema.parse(form.read());
    expect(Date.parse(read.embargo!.until!)).toBe(new Date(2026, 2, 4, 9, 30).getTime());
    expect(read.embargo!.until).toMatch(/^2026-03-04T09:30:00[+-]\d{2}:\d{2}$/);
  });

  it('adds and removes contacts, keeping the others as edited', () => {
    const form = mount();
    input('contacts[0].name').value = 'Jane Roe (edited)';
    document.querySelector<HTMLButtonElement>('.contacts > button')!.click();
    input('contacts[1].name').value = 'John Doe';
    input('contacts[1].emails').value = 'john@acme.example';
    let contacts = PressReleaseSchema.parse(form.read()).contacts;
    expect(contacts.map((c) => c.name)).toEqual(['Jane Roe (edited)', 'John Doe']);
    document.querySelector<HTMLButtonElement>('.contact .remove-contact')!.click();
    contacts = PressReleaseSchema.parse(form.read()).contacts;
    expect(contacts.map((c) => c.name)).toEqual(['John Doe']);
    expect(input('contacts[0].emails').value).toBe('john@acme.example');
  });

  it('shows a specific error next to the bad field', () => {
    const form = mount();
    input('contacts[0].emails').value = 'press@acme.example\nnot-an-email';
    const result = PressReleaseSchema.safeParse(form.read());
    expect(result.success).toBe(false);
    const unplaced = form.showIssues(result.error!.issues);
    expect(unplaced).toEqual([]);
    expect(errorAt('contacts[0].emails').textContent).toBe('contacts[0].emails[1] is not an email');
    expect(errorAt('contacts[0].emails').hidden).toBe(false);
    // The embargo is a datetime-local input: free text such as "Tuesday 00:01 ET" cannot be typed into it.
    expect(errorAt('embargo.until').hidden).toBe(true);
    expect(errorAt('headline').hidden).toBe(true);
    form.showIssues([]);
    expect(errorAt('contacts[0].emails').hidden).toBe(true);
  });

  it('puts page text into the DOM as text, never as markup', () => {
    const hostile = '<img src=x onerror="globalThis.__pwned=1"><svg onload="globalThis.__pwned=1">';
    mount(sampleRecord({ headline: hostile, signals: [hostile], contacts: [{ name: hostile, role: null, organization: null, emails: [], phones: [] }] }));
    expect(document.querySelector('img, svg')).toBeNull();
    expect(input('headline').value).toBe(hostile);
    expect(input('contacts[0].name').value).toBe(hostile);
  });
});

describe('issue text', () => {
  it('formats paths like code', () => {
    expect(formatPath(['contacts', 0, 'emails', 1])).toBe('contacts[0].emails[1]');
    expect(formatPath([])).toBe('');
  });

  it('says what is wrong with a too-long field', () => {
    const result = PressReleaseSchema.safeParse(sampleRecord({ issuer: 'x'.repeat(400) }));
    expect(describeIssue(result.error!.issues[0]!)).toBe('issuer is too long (at most 300 characters)');
  });
});
