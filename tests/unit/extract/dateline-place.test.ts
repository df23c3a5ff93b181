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
