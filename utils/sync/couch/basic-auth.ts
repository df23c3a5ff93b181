// The Authorization header for CouchDB's basic auth. `btoa` takes Latin-1 only, and a journalist's
// password may be "Müller-2026" or in Cyrillic: CouchDB reads the credentials as UTF-8.
export function basicAuthHeader(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
