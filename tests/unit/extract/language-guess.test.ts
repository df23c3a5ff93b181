import { describe, expect, it } from 'vitest';
import { guessLanguage, resolveLanguage } from '../../../utils/extract/language';

// The text's language decides how dates and national phone numbers are read, so a one-line lede (a pasted text, a
// selection, an e-mail) must be enough, and a long page of foreign names must not fool it.
describe('guessLanguage', () => {
  it.each([
    ['Energía Solar Ibérica S.A. ha inaugurado hoy su mayor planta fotovoltaica en Badajoz.', 'es'],
    ['A Energia Solar Portuguesa inaugurou hoje a sua maior central fotovoltaica no Alentejo.', 'pt'],
    ['La Métropole de Lyon lance un nouveau service de vélos en libre-service.', 'fr'],
    ['Harbour Ferries Ltd. today announced night crossings between Galway and the islands.', 'en'],
    ['Die Stadtwerke Kiel senken zum 1. Juli den Strompreis in der Grundversorgung.', 'de'],
    ['De gemeente Zwolle opent op 1 juni een nieuwe fietsenstalling bij het station.', 'nl'],
    ['Aarhus Kommune åbner i dag en ny cykelparkering ved banegården, siger rådmanden.', 'da'],
    ['Miasto Gdańsk otwiera nowy parking rowerowy przy dworcu głównym w czerwcu.', 'pl'],
  ])('reads one line: %s', (text, lang) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it('gives no language for a word or two', () => {
    expect(guessLanguage('Acme')).toBeNull();
    expect(guessLanguage('')).toBeNull();
  });

  it('keeps English for an English page full of Finnish names, which franc alone calls Finnish', () => {
    const text =
      'The member is on the Ulkoasiainvaliokunta and the Puolustusvaliokunta and the Suuri valiokunta, and she is on the ' +
      'Tarkastusvaliokunta and the Sivistysvaliokunta of the Eduskunta, and is a member of the Kansallinen Kokoomus, ' +
      'Perussuomalaiset, Suomen Keskusta and the Vihreä liitto, with the Vasemmistoliitto and the Kristillisdemokraatit.';
    expect(guessLanguage(text)).toBe('en');
  });

  it('reads Japanese and Chinese by their scripts', () => {
    expect(guessLanguage('株式会社サンプルは本日、新製品を発表しました。')).toBe('ja');
    expect(guessLanguage('示例科技有限公司今日宣布推出新一代人工智能芯片产品系列')).toBe('zh');
  });

  it('lets a long text overrule a declared language it clearly is not', () => {
    const german = 'Die Stadtwerke Kiel senken zum 1. Juli den Strompreis in der Grundversorgung. '.repeat(10);
    expect(resolveLanguage('en', german)).toBe('de');
    expect(resolveLanguage('en', 'Die Stadtwerke Kiel senken den Preis.')).toBe('en');
  });

  it('tells a short Danish lede from Norwegian by the spellings that differ', () => {
    const danish = 'Aarhus, 3. marts 2026 – Aarhus Havn har i dag indgået aftale om en ny færgeterminal, der skal stå færdig i 2028. Investeringen er på 300 mio. kr.';
    const norwegian = 'Bergen, 3. mars 2026 – Bergen Havn har i dag signert avtale om en ny ferjeterminal som skal stå ferdig i 2028. Investeringen er på 400 millioner kroner.';
    expect(guessLanguage(danish)).toBe('da');
    expect(guessLanguage(norwegian)).toBe('no');
  });
});
