import { describe, expect, it } from 'vitest';
import { applyInterviewRequest, buildInterviewDraft, NoEmailError } from '../../../utils/interview/request';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../../../utils/settings/schema';
import { LogEntrySchema } from '../../../utils/schema/entry';
import { makeEntry } from '../triage/make-entry';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  journalistName: 'Kim Lee',
  outlet: 'Daily Post',
  email: 'kim@post.example',
  phone: '+44 20 7946 0000',
  signature: 'Kim Lee, Daily Post',
  followUpWorkingDays: 2,
  mailHandler: 'gmail',
};
// Tuesday 3 March 2026, 10:00 local.
const now = new Date(2026, 2, 3, 10, 0);

describe('interview request', () => {
  it('fills the request template and opens the chosen mail handler', () => {
    const entry = makeEntry('e1', { deadline: '2026-03-05' });
    const draft = buildInterviewDraft(entry, 0, settings, now);
    expect(draft.request.subject).toBe('Interview request: Acme opens a new battery plant in Leipzig');
    expect(draft.request.body).toContain('Dear Jana Novak,');
    expect(draft.request.body).toContain('I am Kim Lee, writing for Daily Post.');
    expect(draft.request.body).toContain('My deadline is Thursday 5 March 2026.');
    expect(draft.request.body).toContain('kim@post.example or +44 20 7946 0000');
    expect(draft.url.startsWith('https://mail.google.com/mail/?view=cm&fs=1&to=press%40acme.example&su=Interview%20request%3A%20Acme%20opens')).toBe(true);
    expect(draft.request).toMatchObject({ email: 'press@acme.example', contactName: 'Jana Novak', handler: 'gmail', kind: 'request' });
    // Two working days after a Tuesday.
    expect(new Date(draft.followUpAt!).getDate()).toBe(5);
  });

  it("skips the journalist's weekend and days off when setting the follow-up", () => {
    // Thursday 5 March 2026 + 2 working days: Friday is a day off, Saturday and Sunday the weekend → Tuesday 10th.
    const thursday = new Date(2026, 2, 5, 10, 0);
    const draft = buildInterviewDraft(makeEntry('e1'), 0, { ...settings, daysOff: ['2026-03-06'] }, thursday);
    expect(new Date(draft.followUpAt!).getDate()).toBe(10);
    // A Friday–Saturday weekend: Thursday + 2 → Monday 9th (Sunday is worked).
    const gulf = buildInterviewDraft(makeEntry('e1'), 0, { ...settings, weekendDays: [5, 6] }, thursday);
    expect(new Date(gulf.followUpAt!).getDate()).toBe(9);
  });

  it('refuses settings with no working day or a malformed day off, keeping the rest', () => {
    const s = readSettings({ outlet: 'Daily Post', weekendDays: [0, 1, 2, 3, 4, 5, 6], daysOff: ['25/12/2026'] });
    expect(s.outlet).toBe('Daily Post');
    expect(s.weekendDays).toEqual(DEFAULT_SETTINGS.weekendDays);
    expect(s.daysOff).toEqual([]);
  });

  it('uses the default deadline offset when the entry has none', () => {
    const draft = buildInterviewDraft(makeEntry('e1'), 0, { ...settings, defaultDeadlineDays: 3 }, now);
    expect(draft.request.body).toContain('My deadline is Friday 6 March 2026.');
  });

  it('refuses a contact without an email', () => {
    const entry = makeEntry('e1', { record: { contacts: [{ name: 'Phone Only', role: null, organization: null, emails: [], phones: ['+4930123456'] }] } });
    expect(() => buildInterviewDraft(entry, 0, settings, now)).toThrow(NoEmailError);
    expect(() => buildInterviewDraft(entry, 3, settings, now)).toThrow(RangeError);
  });

  it('marks the entry requested with the date, contact and text sent', () => {
    const entry = makeEntry('e1');
    const draft = buildInterviewDraft(entry, 0, settings, now);
    const updated = applyInterviewRequest(entry, draft, now);
    expect(updated.status).toBe('requested');
    expect(updated.requests).toEqual([draft.request]);
    expect(updated.followUpAt).toBe(draft.followUpAt);
    expect(updated.history.at(-1)).toMatchObject({ from: 'new', to: 'requested' });
    expect(LogEntrySchema.safeParse(updated).success).toBe(true);
  });

  it('never moves a story backwards for a follow-up or thank-you', () => {
    const entry = makeEntry('e1', { status: 'scheduled', followUpAt: '2026-03-04T09:00:00.000Z' });
    const thanks = buildInterviewDraft(entry, 0, settings, now, 'thank-you');
    const updated = applyInterviewRequest(entry, thanks, now);
    expect(updated.status).toBe('scheduled');
    expect(updated.followUpAt).toBe('2026-03-04T09:00:00.000Z');
    expect(updated.requests.at(-1)!.kind).toBe('thank-you');
  });
});

describe('settings', () => {
  it('falls back field by field for damaged stored settings', () => {
    const s = readSettings({ outlet: 'Daily Post', followUpWorkingDays: -4, mailHandler: 'carrier-pigeon' });
    expect(s.outlet).toBe('Daily Post');
    expect(s.followUpWorkingDays).toBe(DEFAULT_SETTINGS.followUpWorkingDays);
    expect(s.mailHandler).toBe('mailto');
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});
