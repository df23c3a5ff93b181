import { describe, expect, it } from 'vitest';
import { namesPressFunction, officeBeforeBody } from '../../../utils/extract/contacts/units';

describe('namesPressFunction', () => {
  it('reads a press office or department line', () => {
    expect(namesPressFunction('Presse- und Öffentlichkeitsarbeit')).toBe(true);
    expect(namesPressFunction('Office of Communications, Stadtwerke Talheim')).toBe(true);
    expect(namesPressFunction('Service de presse')).toBe(true);
  });

  it('refuses sentences, data and companies', () => {
    expect(namesPressFunction('Wir ermöglichen Kommunikation.')).toBe(false);
    expect(namesPressFunction('Pressestelle: 0511 120-1234')).toBe(false);
    expect(namesPressFunction('Berger Communications GmbH')).toBe(false);
  });
});

describe('officeBeforeBody', () => {
  it('splits at the link word after the whole office', () => {
    expect(officeBeforeBody('Gabinete de Comunicación del Ministerio de Vivienda')).toEqual({ office: 'Gabinete de Comunicación', body: 'Ministerio de Vivienda' });
    expect(officeBeforeBody('Pressestelle der Stadtwerke Talheim')).toEqual({ office: 'Pressestelle', body: 'Stadtwerke Talheim' });
  });

  it('gives nothing when no press office comes before a body', () => {
    expect(officeBeforeBody('Ayuntamiento de Villaverde')).toBeNull();
  });
});
