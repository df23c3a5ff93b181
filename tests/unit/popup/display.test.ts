import { describe, expect, it } from 'vitest';
import { phoneForReading, phoneForStoring, telHref } from '../../../utils/display/phone';
import { instantToLocalInput, localInputToInstant } from '../../../utils/display/local-datetime';
import { localDay } from '../../../utils/display/local-date';

describe('phones for people', () => {
  it('shows E.164 in the international format and stores it back as E.164', () => {
    expect(phoneForReading('+4930652111780')).toBe('+49 30 652111780');
    expect(phoneForStoring('+49 30 652111780')).toBe('+4930652111780');
    expect(phoneForStoring('+1 (212) 555-0199')).toBe('+12125550199');
  });

  it('keeps what libphonenumber cannot read exactly as printed', () => {
    expect(phoneForReading('030 1234 ext. 5')).toBe('030 1234 ext. 5');
    expect(phoneForStoring(' 030 1234 ')).toBe('030 1234');
    expect(telHref('030 1234')).toBe('tel:0301234');
  });
});

describe('local date-time for the embargo', () => {
  it('round-trips an instant through the local input without moving it', () => {
    for (const iso of ['2026-03-03T00:01:00-05:00', '2026-10-25T01:30:00Z', '2027-01-01T23:59:00+09:00']) {
      const local = instantToLocalInput(iso);
      expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      expect(Date.parse(localInputToInstant(local)!)).toBe(Date.parse(iso));
    }
  });

  it('gives nothing for empty or unreadable input', () => {
    expect(instantToLocalInput('soon')).toBe('');
    expect(localInputToInstant('')).toBeNull();
    expect(localInputToInstant('Tuesday 00:01')).toBeNull();
  });
});

describe('days in the reader\'s locale', () => {
  it('formats a calendar day without shifting it by the zone', () => {
    expect(localDay('2026-11-12', 'en-GB')).toBe('12 Nov 2026');
    expect(localDay('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
    expect(localDay('2026-01-01', 'de-DE')).toBe('01.01.2026');
  });

  it('leaves text that is not a day alone', () => {
    expect(localDay('soon')).toBe('soon');
  });
});
