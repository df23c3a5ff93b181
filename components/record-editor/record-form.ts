import type { z } from 'zod';
import type { PressRelease } from '../../utils/schema/record';
import { createContactEditor } from './contact-editor';
import { createField, orNull, type Field } from './field';
import { describeIssue, nearestPath } from './issue-text';
import { instantToLocalInput, localInputToInstant, localZoneName } from '../../utils/display/local-datetime';

// The whole record as an editable form. `read()` returns the record as typed (unvalidated: the
// caller validates with zod and hands the issues back to `showIssues`).

export interface RecordForm {
  element: HTMLElement;
  read(): unknown;
  // Returns the messages that have no field on screen (shown by the caller at the top).
  showIssues(issues: readonly z.core.$ZodIssue[]): string[];
}

export function createRecordForm(record: PressRelease): RecordForm {
  const element = document.createElement('div');
  element.className = 'record-form';

  const headline = createField('Headline', 'headline', record.headline ?? '', { multiline: true });
  const issuer = createField('Issuer', 'issuer', record.issuer ?? '');
  const releaseDate = createField('Release date', 'releaseDate', record.releaseDate ?? '', { type: 'date' });
  const place = createField('Dateline place', 'datelinePlace', record.datelinePlace ?? '');
  // Edited in the journalist's own zone, named in the label; an untouched value keeps the page's own offset.
  const initialUntil = record.embargo?.until ?? null;
  const initialLocal = initialUntil === null ? '' : instantToLocalInput(initialUntil);
  const embargoUntil = createField(`Embargo until (${localZoneName()})`, 'embargo.until', initialLocal, { type: 'datetime-local' });
  const embargoText = createField('Embargo notice', 'embargo.text', record.embargo?.text ?? '');
  const summary = createField('Summary', 'summary', record.summary ?? '', { multiline: true });
  const language = createField('Language', 'language', record.language ?? '', { placeholder: 'en' });
  const url = createField('URL', 'url', record.url, { type: 'url' });
  const canonicalUrl = createField('Canonical URL', 'canonicalUrl', record.canonicalUrl ?? '', { type: 'url' });
  const contacts = createContactEditor(record.contacts);

  const main: Field[] = [headline, issuer, releaseDate, place, embargoUntil, embargoText, summary, language, url, canonicalUrl];
  element.append(...main.map((f) => f.element), contacts.element);

  const allFields = () => [...main, ...contacts.fields()];

  return {
    element,
    read() {
      const local = embargoUntil.read().trim();
      const until = local === initialLocal ? initialUntil : local === '' ? null : (localInputToInstant(local) ?? local);
      const notice = embargoText.read().trim();
      return {
        isPressRelease: record.isPressRelease,
        confidence: record.confidence,
        signals: record.signals,
        url: url.read().trim(),
        canonicalUrl: orNull(canonicalUrl.read()),
        language: orNull(language.read()),
        headline: orNull(headline.read()),
        issuer: orNull(issuer.read()),
        releaseDate: orNull(releaseDate.read()),
        datelinePlace: orNull(place.read()),
        // An embargo is kept when either its time or its wording is filled in.
        embargo: until === null && notice === '' ? null : { until, text: notice },
        summary: orNull(summary.read()),
        contacts: contacts.read(),
      };
    },
    showIssues(issues) {
      const fields = allFields();
      for (const f of fields) f.showError(null);
      const byPath = new Map(fields.map((f) => [f.path, f]));
      const messages = new Map<Field, string[]>();
      const unplaced: string[] = [];
      for (const issue of issues) {
        const text = describeIssue(issue);
        const at = nearestPath(issue.path, (p) => byPath.has(p));
        const field = at === null ? undefined : byPath.get(at);
        if (field) messages.set(field, [...(messages.get(field) ?? []), text]);
        else unplaced.push(text);
      }
      for (const [field, texts] of messages) field.showError(texts.join('; '));
      return unplaced;
    },
  };
}
