import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractContacts } from '../../../utils/extract/contacts';
import { guessLanguage } from '../../../utils/extract/language';
import { textToDocument } from '../../../utils/extract/text-to-document';
import { ContactSchema } from '../../../utils/schema/record';

// The contact fixtures (tests/fixtures/contacts-*), run through extractContacts alone so that a contact
// regression shows here even while detection or issuer extraction change. The issuer is what the page names
// itself; the whole-record loop test covers the wired-in path.

const FIXTURES = join(__dirname, '../../fixtures');
const ISSUERS: Record<string, string> = {
  'contacts-ngo-interview-footer': 'Rural Health Access Coalition',
  'contacts-es-prose-request': 'Fundación Horizonte',
  'contacts-obfuscated-script-style': 'Riverbend Council',
  'contacts-multi-cards-no-heading': 'Northfield University',
  'contacts-ep-press-officers': 'European Parliament',
  'contacts-hidden-address-text': 'Riverside Food Bank',
  'contacts-typo3-mailto-de': 'Landesmuseum Nordhessen',
  'contacts-runtogether-multi': 'Northwind Logistics SE',
  'contacts-kontakt-cells-de': 'Stadtwerke Musterstadt',
  'contacts-es-lowercase-role': 'Fundación Vivienda Digna',
  'contacts-names-forms-en': 'Harbor Institute',
  'contacts-multi-prose-en': 'Tidewater Trust',
  'contacts-multi-prose-de': 'Stiftung Waldzukunft',
  'contacts-multi-prose-fr': 'Fondation Littoral',
  'contacts-multi-org-headings': 'Kestrel Robotics',
  'contacts-multi-record-table': 'Northfield University',
  'contacts-inline-field-spans': 'Olvera Caballero Group',
  'contacts-title-line-under-linked-name': 'Ferrante Energia S.p.A.',
  'contacts-saluted-surname': 'Stadtwerke Talheim GmbH',
  'contacts-multi-runtogether-issuer': 'Kestrel Robotics',
  'contacts-ja-kouhou': 'ミドリ電機株式会社',
  'contacts-de-gender-inclusive': 'Stadt Lindenau',
  'contacts-article-footer-box': 'Harborview Hospital',
  'contacts-text-glued-label-multi': 'Kestrel Robotics',
  'contacts-cloudflare-names-inline': 'Kestrel Robotics',
  'contacts-rank-before-name': "Pine County Sheriff's Office",
  'contacts-cards-inline-fields': 'Northbay Water',
  'contacts-es-roles-after-names': 'Gobierno de Aragón',
  'contacts-titled-initial-name': 'Hafenwerke Nordstadt GmbH',
  'contacts-de-compound-titles': 'Verkehrsverbund Mittelland',
  'contacts-table-audience-columns': 'Northpeak Foods Inc.',
  'contacts-prose-press-sentences-en': 'Saguaro Water Inc.',
  'contacts-prose-request-later-es': 'Ayuntamiento de Villaverde',
  'contacts-label-names-audience-it': 'Comune di Castelnuovo',
  'contacts-de-press-unit-role': 'Universität Oberhain',
  'contacts-dash-separated-orgs-en': 'Juniper Dental',
  'contacts-distributor-form-fields': 'Juniper Dental',
  'contacts-heading-is-role': 'Landesverband Erneuerbare Energien',
  'contacts-de-visdp-signature': 'Gewerkschaft Verkehr und Dienste',
  'contacts-ja-company-unit-line': 'ヒカリ精機株式会社',
  'contacts-pl-role-own-line': 'Urząd Miasta Redłowa',
};

const slugs = readdirSync(FIXTURES).filter((s) => s.startsWith('contacts-'));

describe('contact fixtures', () => {
  it('exist', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(8);
  });

  it.each(slugs)('%s', (slug) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as { contacts: unknown[] };
    const text = ['page.md', 'page.txt'].map((n) => join(FIXTURES, slug, n)).find((f) => existsSync(f));
    const doc = text
      ? textToDocument(readFileSync(text, 'utf8'), () => document.implementation.createHTMLDocument(''))
      : new DOMParser().parseFromString(readFileSync(join(FIXTURES, slug, 'page.html'), 'utf8'), 'text/html');
    const before = doc.documentElement.outerHTML;
    const contacts = extractContacts(doc, {
      url: `https://example.test/${slug}`,
      // A text fixture has no lang attribute: its language is guessed from its words, as extract() does.
      language: doc.documentElement.getAttribute('lang') ?? guessLanguage(doc.body.textContent ?? '') ?? 'en',
      issuer: ISSUERS[slug] ?? null,
    });
    expect(contacts).toEqual(expected.contacts);
    for (const c of contacts) expect(ContactSchema.safeParse(c).success).toBe(true);
    // The page is read, never changed (Cloudflare spans and mailto links are rewritten on a clone only).
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
