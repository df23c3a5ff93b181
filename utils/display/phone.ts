import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

// Phones are stored as E.164 ("+4930652111780") and shown to people in the international format
// ("+49 30 652111780"). A number libphonenumber cannot read stays exactly as printed, both ways.

export function phoneForReading(stored: string): string {
  const parsed = parsePhoneNumberFromString(stored);
  return parsed?.isValid() ? parsed.formatInternational() : stored;
}

export function phoneForStoring(typed: string): string {
  const trimmed = typed.trim();
  const parsed = parsePhoneNumberFromString(trimmed);
  return parsed?.isValid() ? parsed.number : trimmed;
}

// The tel: link dials the stored number without spaces, or the digits of an unparsed one.
export function telHref(stored: string): string {
  return `tel:${phoneForStoring(stored).replace(/[^+\d]/g, '')}`;
}
