import { z } from 'zod';
import { PressReleaseSchema, type PressRelease } from '../../utils/schema/record';
import { ReleaseBodySchema, type ReleaseBody } from '../../utils/body/schema';
import { isExtractRefusal } from '../../utils/page/safe-extract';

// Runs the full extractor in a tab and checks what comes back. The answer comes out of a hostile page
// (a page can rewrite the DOM the extractor reads), so it is validated like any other untrusted input.

export const EXTRACT_TIMEOUT_MS = 15_000;

export class ExtractError extends Error {}

// Browsers refuse to script their own pages, the extension stores and their PDF viewer; their
// messages differ ("Cannot access a chrome:// URL", "Missing host permission for the tab",
// "The extensions gallery cannot be scripted"), so the popup gets one plain explanation.
function explainInjectionFailure(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `PressClip can't read this page (browser pages, extension stores and PDFs are off limits, and the popup must be opened on the tab). Browser said: ${detail}`;
}

export async function extractInTab(
  tabId: number,
  inject: (tabId: number) => Promise<unknown>,
  timeoutMs = EXTRACT_TIMEOUT_MS,
): Promise<{ record: PressRelease; body: ReleaseBody | null }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ExtractError(`The page took longer than ${Math.round(timeoutMs / 1000)} s to analyse.`)),
      timeoutMs,
    );
  });
  let raw: unknown;
  try {
    raw = await Promise.race([
      inject(tabId).catch((error: unknown) => {
        throw error instanceof ExtractError ? error : new ExtractError(explainInjectionFailure(error));
      }),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
  if (raw === undefined || raw === null) {
    throw new ExtractError('The extractor returned nothing (it may have crashed on this page).');
  }
  if (isExtractRefusal(raw)) {
    throw new ExtractError(`PressClip could not analyse this page: ${raw.pressclipRefusal.slice(0, 200)}.`);
  }
  const parsed = PressReleaseSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ExtractError(`The extracted record is not valid: ${z.prettifyError(parsed.error)}`);
  }
  // The release text rides beside the record (entrypoints/extractor.ts). One the allowlist check refuses is
  // dropped, not the clip: the record is still worth keeping.
  const body = ReleaseBodySchema.nullable().safeParse((raw as { releaseBody?: unknown }).releaseBody ?? null);
  return { record: parsed.data, body: body.success ? body.data : null };
}
