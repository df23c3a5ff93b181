// Interview-request templates: "{{headline}}", "{{contact.name}}" and friends replaced by plain text.
// One pass over the template, so a value that itself contains "{{...}}" (a hostile headline) is never expanded.
// A placeholder we do not know stays visible ("{{contact.nmae}}"), so a typo shows up in the draft instead of
// silently dropping words from an email to a stranger.

export type TemplateValues = Readonly<Record<string, string | null | undefined>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w.-]*)\s*\}\}/g;

// C0/C1 controls other than newline and tab have no place in an email a person reads; a page could use them
// to hide or reorder text (bidi overrides included).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function plainText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

// A value for a one-line slot (subject, name): a page may not smuggle extra lines into it.
export function singleLine(value: string): string {
  return plainText(value).replace(/\s*\n\s*/g, ' ').trim();
}

export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

// Known keys with an empty value render as a readable gap marker rather than nothing, so
// "Dear ," never goes out unnoticed.
export function fillTemplate(template: string, values: TemplateValues, options: { multiline: boolean }): string {
  const filled = template.replace(PLACEHOLDER, (whole, key: string) => {
    if (!Object.hasOwn(values, key)) return whole;
    const value = values[key];
    if (value === null || value === undefined || value.trim() === '') return `[${key}]`;
    return options.multiline ? plainText(value) : singleLine(value);
  });
  return options.multiline ? plainText(filled) : singleLine(filled);
}
