import { describe, expect, it } from 'vitest';
import { findPhones } from '../../../utils/extract/contacts/phones';
import { defaultCountry } from '../../../utils/extract/contacts/country';

const phones = (text: string, country: Parameters<typeof findPhones>[1]) => findPhones(text, country).map((p) => p.phone);

describe('findPhones', () => {
  it('normalizes national and international numbers to E.164', () => {
    expect(phones('Tel.: 030 / 1234-567', 'DE')).toEqual(['+49301234567']);
    expect(phones('Tel. 089 / 5 14 69 76 11', 'DE')).toEqual(['+4989514697611']);
    expect(phones('Tel.:+49 (0)30-212 341-253', 'DE')).toEqual(['+4930212341253']);
    expect(phones('Phone number: (+32) 2 28 33592 (BXL)', 'US')).toEqual(['+3222833592']);
    expect(phones('(308) 236-8491', 'US')).toEqual(['+13082368491']);
    expect(phones('Tel.: +31 6 15213446', undefined)).toEqual(['+31615213446']);
  });

  it('keeps an extension in RFC 3966 form', () => {
    expect(phones('+1 202 555 0100 ext. 123', 'US')).toEqual(['+12025550100;ext=123']);
  });

  it('splits several numbers written on one line', () => {
    expect(phones('+49 30 28444-743 +49 151 678 51903', 'DE')).toEqual(['+493028444743', '+4915167851903']);
    expect(phones('Phone: 954-380-8342; Mobile: (786) 924-8330', 'US')).toEqual(['+19543808342', '+17869248330']);
  });

  it('keeps a phone-shaped number outside the real ranges as printed', () => {
    expect(phones('Jane Doe jane@acme.com 555-123-4567', 'US')).toEqual(['555-123-4567']);
  });

  it('does not take dates, years, ZIP codes or IDs for phones', () => {
    expect(phones('20.01.2022', 'DE')).toEqual([]);
    expect(phones('2017-2020', 'US')).toEqual([]);
    expect(phones('Reference 20221014IPR43206', 'US')).toEqual([]);
    expect(phones('80336 München', 'DE')).toEqual([]);
    expect(phones('Kearney, NE 68848-1480', 'US')).toEqual([]);
  });
});

describe('defaultCountry', () => {
  it('prefers the language region, then the ccTLD, then the language', () => {
    expect(defaultCountry('de-CH', 'https://example.com/')).toBe('CH');
    expect(defaultCountry('de', 'https://www.be.ch/medienmitteilung')).toBe('CH');
    expect(defaultCountry('de', 'https://example.com/')).toBe('DE');
    expect(defaultCountry('en', 'https://www.bbc.co.uk/news')).toBe('GB');
    expect(defaultCountry(null, 'not a url')).toBeUndefined();
  });
});
