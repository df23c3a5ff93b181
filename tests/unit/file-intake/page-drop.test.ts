import { afterEach, describe, expect, it } from 'vitest';
import { listenForReleases } from '../../../components/file-intake/page-drop';
import type { IntakePanel } from '../../../components/file-intake/intake-panel';

// The log page's drop and paste routing: text pasted outside a field becomes a release, text pasted into a field
// stays the field's, dropped files go to the intake panel, a dragged link is left to the browser.

function fakeIntake() {
  const got: { files: string[]; texts: string[] } = { files: [], texts: [] };
  const intake: IntakePanel = {
    element: document.createElement('section'),
    addFiles: (files) => void got.files.push(...files.map((f) => f.name)),
    addText: (text) => void got.texts.push(text),
  };
  return { intake, got };
}

function paste(target: EventTarget, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

afterEach(() => document.body.replaceChildren());

describe('drop and paste on the log page', () => {
  it('takes text pasted outside a text field as a release, and leaves a field its paste', () => {
    const doc = document.implementation.createHTMLDocument('');
    const { intake, got } = fakeIntake();
    listenForReleases(doc, intake);
    expect(paste(doc.body, 'FOR IMMEDIATE RELEASE\nAcme opens a plant')).toBe(true);
    const field = doc.createElement('input');
    doc.body.append(field);
    expect(paste(field, 'a search word')).toBe(false);
    expect(paste(doc.body, '   ')).toBe(false);
    expect(got.texts).toEqual(['FOR IMMEDIATE RELEASE\nAcme opens a plant']);
  });

  it('hands dropped files to the intake panel', () => {
    const doc = document.implementation.createHTMLDocument('');
    const { intake, got } = fakeIntake();
    listenForReleases(doc, intake);
    const data = new DataTransfer();
    data.items.add(new File(['%PDF-1.7'], 'release.pdf', { type: 'application/pdf' }));
    // happy-dom's DragEvent drops `dataTransfer` from its init; the property is set as a browser's drop has it.
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: data });
    doc.body.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(got.files).toEqual(['release.pdf']);
  });
});
