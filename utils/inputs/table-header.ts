// A contacts table's header row ("Name | Role | E-mail | Phone") is no contact: it holds no digit and no "@"
// while the rows under it do. Dropped from converted tables (a PDF's, a Word document's), so the cue above the
// table ("Media contacts") leads straight to the first person.
const DETAILS = /[\d@]/;

export function isHeaderRow(first: readonly string[], rest: readonly (readonly string[])[]): boolean {
  return first.length > 0 && !first.some((cell) => DETAILS.test(cell)) && rest.some((row) => row.some((cell) => DETAILS.test(cell)));
}
