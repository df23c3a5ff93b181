// A file PressClip cannot read, with the reason in words a journalist can act on ("this PDF has no text layer:
// it is a scan"). Converters throw it; the log page, the popup and the CLI show its message as it is.
export class InputError extends Error {
  override name = 'InputError';
}

// Bigger files are refused before a byte is parsed: a press release, even a 40-page PDF with photos, stays far
// below this, and the log page must not spend a minute and a gigabyte on a 200 MB video dropped by mistake.
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

export function checkSize(bytes: number, name: string): void {
  if (bytes > MAX_INPUT_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    throw new InputError(`${name} is ${mb} MB: PressClip reads files up to ${MAX_INPUT_BYTES / 1024 / 1024} MB.`);
  }
}
