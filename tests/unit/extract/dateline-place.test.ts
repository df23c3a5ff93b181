import { describe, expect, it } from 'vitest';
import { normalisePlace, parseDateline } from '../../../utils/extract/dateline';

// What a dateline writes as its place, read once and without the labels pages glue to it.

describe('normalisePlace', () => {
  it.each([
    ['BERLIN BERLIN', 'BERLIN'],
    ['BerlinBerlin', 'Berlin'],
    ['New York New York', 'New York'],
    ['Berlin Pressemitteilung', 'Berlin'],
    ['Paris (ots)', 'Paris'],
    ['Wien / APA-OTS /', 'Wien'],
    ['Pressemitteilung Berlin', 'Berlin'],
    ['Aktuelles | Hamburg', 'Hamburg'],
    ['Madrid Nota de prensa', 'Madrid'],
    ['Lyon Communiqué de presse', 'Lyon'],
    ['Baar, Switzerland', 'Baar, Switzerland'],
    ['Steinheim, Nordrhein-Westfalen/Stuttgart', 'Steinheim, Nordrhein-Westfalen/Stuttgart'],
    ['Baden-Baden', 'Baden-Baden'],
    ['PALO ALTO, Calif.', 'PALO ALTO, Calif.'],
  ])('%s → %s', (raw, place) => {
    expect(normalisePlace(raw)).toBe(place);
  });
});

describe('parseDateline place', () => {
  const rest = ' – Die Stiftung hat heute ihren neuen Jahresbericht vorgestellt, der viele neue Zahlen enthält.';

  it.each([
    [`BERLIN BERLIN, 12. Mai 2025${rest}`, 'BERLIN'],
    [`Berlin Pressemitteilung, 12.05.2025${rest}`, 'Berlin'],
    [`Hamburg, 12.05.2025${rest}`, 'Hamburg'],
  ])('%s', (line, place) => {
    expect(parseDateline(line, 'de')?.place).toBe(place);
  });

  it.each(['News', 'Newsroom', 'Press Releases', 'Aktuelles', 'Medien', 'Pressemitteilungen', 'Actualités', 'Noticias'])(
    'a section label is never a place: "%s, 12.05.2025 – …"',
    (label) => {
      expect(parseDateline(`${label}, 12.05.2025${rest}`, 'de')?.place ?? null).toBeNull();
    },
  );

  it('a section label where the place would be still dates the release', () => {
    const d = parseDateline(`Medien, 12.05.2025${rest}`, 'de');
    expect(d?.place).toBeNull();
    expect(d?.date).toBe('2025-05-12');
  });
});

describe('parseDateline shapes without a known wire tag', () => {
  const lede = ' Acme Robotics Inc. today announced the opening of a new plant in Ohio that will employ 300 people by 2027.';

  it.each([
    [`TORONTO, March 3, 2026 /Reportable/ --${lede}`, 'TORONTO', '2026-03-03'],
    [`VANCOUVER, BC, March 3, 2026 (Stockhouse Wire) --${lede}`, 'VANCOUVER, BC', '2026-03-03'],
    [`LONDON, UK / March 3, 2026 / PressGazette / --${lede}`, 'LONDON, UK', '2026-03-03'],
    [`March 3, 2026 (PRFocus) - NEW YORK -${lede}`, 'NEW YORK', '2026-03-03'],
  ])('an unknown distribution tag between date and dash stays in the dateline: %s', (line, place, date) => {
    const d = parseDateline(line, 'en');
    expect(d?.place).toBe(place);
    expect(d?.date).toBe(date);
    expect(d?.rest.startsWith('Acme Robotics')).toBe(true);
  });

  it("a news agency's tag is not a release dateline", () => {
    expect(parseDateline(`WASHINGTON, March 3, 2026 (Reuters) -${lede}`, 'en')).toBeNull();
  });

  it.each([
    ['München. Die Acme GmbH hat heute die Übernahme der Nordfracht Logistik GmbH aus Hamburg abgeschlossen und wächst weiter.', 'München'],
    ['BERLIN. Der Senat hat heute beschlossen, die Förderung für Ganztagsschulen im kommenden Schuljahr deutlich auszuweiten.', 'BERLIN'],
    ['(Berlin) Der Verband fordert von Bund und Ländern verbindliche Personalvorgaben für alle Krankenhäuser im ganzen Land.', 'Berlin'],
  ])('one place closed by a full stop or in brackets: %s', (line, place) => {
    expect(parseDateline(line, 'de')?.place).toBe(place);
  });

  it('a short sentence is not a one-place dateline', () => {
    expect(parseDateline('Danke. Die Sitzung ist geschlossen.', 'de')).toBeNull();
  });
});
