import type { Page } from 'playwright-core';

// The popup opens on a read-only card; its form (what the tests fill in) shows after "Edit". Does nothing when the
// form is already open.
export async function editRecord(popup: Page): Promise<void> {
  const toggle = popup.locator('button.edit-toggle');
  await toggle.waitFor();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await popup.locator('.record-form').waitFor();
}
