import { describe, expect, it } from 'vitest';
import { findDates } from '../../../utils/extract/dates';
import { findDateline, parseDateline } from '../../../utils/extract/dateline';
import { datelineOrg } from '../../../utils/extract/dateline-org';

describe('findDates', () => {
  it.each([
    ['NEW YORK, Jan. 5, 2026 /PRNewswire/', 'en', '2026-01-05'],
    ['January 5th, 2026', 'en', '2026-01-05'],
    ['5 January 2026', 'en', '2026-01-05'],
    ['Denver, Colorado, USA – 3rd March 2026 –', 'en', '2026-03-03'],
    ['21st of June, 2026', 'en-GB', '2026-06-21'],
    ['Hamburg, 2. November 2021', 'de', '2021-11-02'],
    ['Berlin, den 24.01.2022', 'de', '2022-01-24'],
    ['Valencia, 14 de enero de 2020.', 'es', '2020-01-14'],
    ['Lyon, le 12 juin 2025 –', 'fr', '2025-06-12'],
    ['( Pescasseroli, 14 Gennaio 20 )', 'it', '2020-01-14'],
    ['01/16/2021 North Korea', 'en', '2021-01-16'],
    ['16/01/2021', 'de', '2021-01-16'],
    ['04-03-2026 - 12:31', 'en-GB', '2026-03-04'],
    ['2019.03.05', 'ja', '2019-03-05'],
    ['2019年3月5日', 'ja', '2019-03-05'],
    ['2026年4月14日，深圳——', 'zh', '2026-04-14'],
    ['published 2022-01-24T10:00:00+01:00', 'en', '2022-01-24'],
  ])('%s → %s', (text, lang, iso) => {
    expect(findDates(text, lang)[0]?.iso).toBe(iso);
  });

  it('rejects impossible dates and bare numbers', () => {
    expect(findDates('31.02.2022', 'de')).toEqual([]);
    expect(findDates('Version 3.14.2026 build', 'en').map((d) => d.iso)).not.toContain('2026-14-03');
    expect(findDates('call 2024 people', 'en')).toEqual([]);
  });
});

describe('parseDateline', () => {
  it.each([
    ['PALO ALTO, Calif., April 25, 2016 /PRNewswire/ -- HackerRank, the leader in tech hiring, today announced', 'PALO ALTO, Calif.', '2016-04-25', 'PRNewswire', 'HackerRank'],
    ['NEW YORK, Jan. 05, 2026 (GLOBE NEWSWIRE) -- Acme Corp, a maker of things, today announced', 'NEW YORK', '2026-01-05', 'GLOBE NEWSWIRE', 'Acme Corp'],
    ['SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. (NYSE: ACME) today announced results', 'SAN FRANCISCO', null, 'BUSINESS WIRE', 'Acme Corp.'],
    ['01/16/2021 North Korea (International Christian Concern) – Christians in North Korea face arrest', 'North Korea', '2021-01-16', null, 'International Christian Concern'],
    ['(NewMediaWire) - September 05, 2024 - CHICAGO — Two separate studies show that blood pressure', 'CHICAGO', '2024-09-05', 'NewMediaWire', null],
    ['MINNEAPOLIS, MN — 13 de agosto de 2026 — (NOTICIAS NEWSWIRE) — Lotto.com, la primera plataforma', 'MINNEAPOLIS, MN', '2026-08-13', 'NOTICIAS NEWSWIRE', 'Lotto.com'],
    ['Baar, Switzerland, August 23, 2018 – Ascom, a global solutions provider, announced a new solution', 'Baar, Switzerland', '2018-08-23', null, null],
    ['Lyon, le 12 juin 2025 – L’Université inaugure un laboratoire consacré au climat urbain', 'Lyon', '2025-06-12', null, null],
    ['Potsdam – Zum Ende des Jagdjahres 2020/21 ist die landesweite Prämie ausgelaufen.', 'Potsdam', null, null, null],
    ['Halle (Saale), 9. September 2026 – Der Verkehrsverbund erweitert sein Nachtnetz um vier Buslinien.', 'Halle (Saale)', '2026-09-09', null, null],
    ['Frankfurt (Oder), 3. März 2026. Die Stadt eröffnet am Montag die sanierte Oderpromenade.', 'Frankfurt (Oder)', '2026-03-03', null, null],
    ['Ludwigshafen am Rhein, Dienstag, 3. März 2026 – Die Stadt eröffnet die sanierte Rheinpromenade.', 'Ludwigshafen am Rhein', '2026-03-03', null, null],
    ['Saint-Étienne, le mardi 3 mars 2026 – La ville inaugure la promenade rénovée du centre.', 'Saint-Étienne', '2026-03-03', null, null],
    ['Northwind Robotics, Inc. (NASDAQ: NWRB), a maker of robots, today opened a hub', null, null, null, null],
  ])('%s', (line, place, date, wire, org) => {
    const d = parseDateline(line, 'en');
    if (place === null && date === null && wire === null) {
      expect(d).toBeNull();
      return;
    }
    expect(d?.place ?? null).toBe(place);
    expect(d?.date ?? null).toBe(date);
    expect(d?.wire ?? null).toBe(wire);
    if (org !== null) expect(datelineOrg(d)).toBe(org);
  });

  it('a headline-like "Place – Lede" is not taken from a heading (caller skips headings), but a byline date line is no place', () => {
    expect(parseDateline('Publié le 12 juin 2025 – mis à jour le 13 juin', 'fr')?.place ?? null).toBeNull();
  });

  it("a sidebar teaser's deadline is no place", () => {
    expect(parseDateline('Ends January 9, 2026', 'en')?.place ?? null).toBeNull();
    expect(parseDateline('Anmeldeschluss, 12. März 2026', 'de')?.place ?? null).toBeNull();
    expect(parseDateline('Bonn, 12. März 2026', 'de')?.place).toBe('Bonn');
  });
});

describe('findDateline', () => {
  it('prefers a dateline with a place over a date-only kicker a few lines above it', () => {
    const lines = [
      '24.01.2022 | Pressemitteilung Nr. 012/22 | Naturschutz',
      'Neue Förderung für Moore startet',
      'Berlin, 24.01.2022 – Das Bundesumweltministerium startet ein neues Förderprogramm für den Schutz von Mooren.',
    ];
    expect(findDateline(lines, 'de')).toMatchObject({ place: 'Berlin', date: '2022-01-24', index: 2 });
  });

  it('reads a dateline standing alone above the lede', () => {
    const lede = 'Fünf aktuelle Preisträgerinnen und Preisträger präsentieren ab morgen drei innovative Projekte auf der Fachmesse in Nürnberg.';
    expect(findDateline(['Hamburg, 2. November 2021', lede], 'de')).toMatchObject({ place: 'Hamburg', date: '2021-11-02', rest: lede });
  });

  it('a long slash tag is a category, and a lede that repeats the dateline is read without it', () => {
    const lede = 'Southborough, MA — NorthStar Recovery Center has opened an evening program for people who work during the day, with sessions on weekdays.';
    const d = findDateline(['Southborough, United States - December 21, 2024 / Drug Rehab and Addiction Treatment in Massachusetts at Northstar Recovery Center /', lede], 'en');
    expect(d).toMatchObject({ place: 'Southborough, United States', date: '2024-12-21', org: null });
    expect(d?.rest.startsWith('NorthStar Recovery Center has opened')).toBe(true);
  });

  it('a short slash tag names the issuer', () => {
    const lede = 'Catalyst Marketing Agency, the national leader in outsourced marketing, today announced the appointment of a new Head of Growth for its team.';
    expect(findDateline(['Seattle, United States - November 7, 2025 / Catalyst Marketing Agency /', lede], 'en')).toMatchObject({ org: 'Catalyst Marketing Agency', rest: lede });
  });
});

describe('the Chinese dateline', () => {
  it.each([
    ['2026年4月14日，深圳——华光科技股份有限公司今天发布新一代储能电池。', '深圳'],
    ['【2026年4月14日，北京】华光科技股份有限公司今天宣布推出新一代储能电池。', '北京'],
    ['（上海，2026年4月14日）华光科技股份有限公司今天宣布推出新一代储能电池。', '上海'],
  ])('%s → %s', (line, place) => {
    const d = parseDateline(line, 'zh');
    expect(d?.place).toBe(place);
    expect(d?.date).toBe('2026-04-14');
  });

  it('a Japanese lede after its date is no dateline', () => {
    expect(parseDateline('2026年4月14日、株式会社ミドリ電機は、新製品を発表しました。', 'ja')?.place ?? null).toBeNull();
  });
});

describe('German-language distribution services in the dateline', () => {
  const lede = 'Die Stadtwerke Lindau erweitern ihren Solarpark am Hochbühl um 12 Megawatt und versorgen damit weitere Haushalte.';
  it.each([
    ['Wien (pte004/03.12.2026/10:30) - ', 'Wien', '2026-12-03'],
    ['Berlin (firmenpresse) - ', 'Berlin', null],
    ['Hamburg (PR-Gateway) - ', 'Hamburg', null],
  ])('%s', (opening, place, date) => {
    const d = parseDateline(`${opening}${lede}`, 'de');
    expect(d?.wire).toBeTruthy();
    expect(d?.place).toBe(place);
    expect(d?.date).toBe(date);
    expect(d?.rest.startsWith('Die Stadtwerke')).toBe(true);
  });
});

describe('findDateline with the headline known', () => {
  it('skips a place-only line above the headline (a tagline)', () => {
    const lines = ['Pressedienst – Nachrichten aus Wirtschaft und Verwaltung', 'Stadtwerke erweitern Solarpark', 'Lindau – Die Stadtwerke Lindau erweitern ihren Solarpark am Hochbühl um 12 Megawatt, genug für 3.500 Haushalte.'];
    expect(findDateline(lines, 'de', 0, 80, 1)?.place).toBe('Lindau');
    expect(findDateline(lines, 'de', 0, 80)?.place).toBe('Pressedienst');
  });
});
