// Saves a JSON document through an <a download> on a Blob URL: no `downloads` permission needed.

export function exportFileName(at: Date): string {
  return `pressclip-log-${at.toISOString().slice(0, 10)}.json`;
}

export function downloadJson(data: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
