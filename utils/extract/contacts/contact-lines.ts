import { AUDIENCE_SUB_LABELS, INVESTOR_CUES } from '../cues/contact-cues';
import { textBlocks } from '../block-text';
import { cloudflareHexFromHref, decodeCloudflareEmail } from './cloudflare-email';
import { isValidEmail } from './emails';
import { breakFieldRows } from './field-rows';
import { deobfuscateEmails } from './obfuscated-email';
import { splitGluedCue, splitRunTogether } from './run-together';
import { addressesInScript, decodeTypo3Href, decodeTypo3Token, mayAssembleAddress } from './script-email';

// The page as text lines for contact parsing. Works on a CLONE of the root, where links that hide their
// address are rewritten to show it: Cloudflare-protected addresses ("[email protected]"), mailto: links
// whose text is a name ("Write to Katie"), tel: links whose text is "Call us". The page itself is untouched.

export interface ContactLine {
  // Whitespace-collapsed, invisible characters removed, "(at)"/"[dot]" rewritten to "@"/".".
  text: string;
  element: Element;
  // In navigation, a site header or a site footer: a cue here is site furniture, not a release's contact.
  chrome: boolean;
  heading: boolean;
}

const ARTICLE_PART_TOKENS = new Set(['footer', 'header']);
const CHROME_TOKENS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'megamenu', 'mainmenu', 'breadcrumb', 'breadcrumbs', 'footer',
  'sitefooter', 'site-footer', 'page-footer', 'masthead', 'cookie', 'cookies', 'header', 'site-header', 'topbar',
]);

// The rewriting passes below either apply their changes (on the clone) or only note that one is needed (on the
// page itself, read-only, stopping at the first). Most pages need none, and then the page is read without the
// deep clone, which was over half of extract()'s time (CPU profile, issue 3).
interface Rewrite {
  apply: boolean;
  needed: boolean;
}

// Notes a change; true when the caller should go on and make it.
function change(plan: Rewrite): boolean {
  plan.needed = true;
  return plan.apply;
}

function put(plan: Rewrite, el: Element, text: string): boolean {
  if (change(plan)) el.textContent = text;
  return plan.apply;
}

// Long loops ask `late` every CHECK_EVERY items (a clock read per item would cost more than the item).
const CHECK_EVERY = 256;

// Shown instead of a link's own text ("E-Mail senden") when it hid the address, or beside it.
function showAddress(plan: Rewrite, el: Element, text: string, addresses: readonly string[]): boolean {
  const missing = addresses.filter((a) => !text.toLowerCase().includes(a.toLowerCase()));
  if (missing.length === 0) return true;
  // Spaces around: card layouts set a label link flush against the title before it ("Specialist<a>Email</a>").
  return put(plan, el, /protected|\[email/i.test(text) || !text ? ` ${missing.join(' ')} ` : ` ${text} ${missing.join(' ')} `);
}

// Addresses assembled by script (script-email.ts): TYPO3 tokens, and strings joined or reversed in an onclick or
// an inline script (the script element itself becomes the address as text, on the clone).
function rewriteScriptedAddresses(root: ParentNode, late: () => boolean, plan: Rewrite): boolean {
  for (const el of Array.from(root.querySelectorAll('[data-mailto-token]'))) {
    const vector = Number(el.getAttribute('data-mailto-vector') ?? 'NaN');
    const email = decodeTypo3Token(el.getAttribute('data-mailto-token') ?? '', Number.isFinite(vector) ? vector : undefined);
    if (email && !showAddress(plan, el, (el.textContent ?? '').trim(), [email])) return false;
  }
  for (const el of Array.from(root.querySelectorAll('[onclick], script:not([src])'))) {
    if (late()) return false;
    const isScript = el.tagName.toUpperCase() === 'SCRIPT';
    const code = isScript ? el.textContent ?? '' : el.getAttribute('onclick') ?? '';
    if (isScript && !mayAssembleAddress(code)) continue;
    const emails = addressesInScript(code);
    if (emails.length === 0) continue;
    if (isScript) {
      if (!change(plan)) return false;
      const span = el.ownerDocument.createElement('span');
      // Spaced, so the address never runs into the notice the script replaces ("… to view it.").
      span.textContent = ` ${emails.join(' ')} `;
      el.replaceWith(span);
    } else if (!showAddress(plan, el, (el.textContent ?? '').trim(), emails)) return false;
  }
  return true;
}

// An address shown only as a picture ("<img src="mail-jane.png" alt="E-Mail">"): its alt text when that holds the
// address, else a marker that the page hid one, so the person next to it stays a contact.
const IMAGE_ADDRESS = /e-?mail|mailto|@|\(at\)|\[at\]/i;

function rewriteImageAddresses(root: ParentNode, plan: Rewrite): boolean {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const said = `${img.getAttribute('alt') ?? ''} ${img.getAttribute('title') ?? ''}`.trim();
    const src = img.getAttribute('src') ?? '';
    if (!IMAGE_ADDRESS.test(said) && !/(?:^|[/_.-])e-?mail[^/]*\.(?:png|gif|jpe?g|svg|webp)/i.test(src)) continue;
    // A picture inside a link is an action ("share by e-mail", an envelope beside a mailto link), not an address;
    // leaving those alone also spares most pages the clone this rewrite needs.
    if (img.closest('a')) continue;
    if (!change(plan)) return false;
    const text = img.ownerDocument.createElement('span');
    text.textContent = /@/.test(deobfuscateEmails(said)) ? ` ${said} ` : ' [email hidden as an image] ';
    img.replaceWith(text);
  }
  return true;
}

// Addresses styled so that a text copy garbles them: written backwards and turned round by CSS
// ("<span style="direction: rtl; unicode-bidi: bidi-override">gro.emca@enaj</span>"), with a hidden decoy inside
// ("jane<span style="display:none">null</span>@acme.org"), or split into data attributes a script joins
// (data-user="jane" data-domain="acme.org"). Only inline styles are read: no stylesheet is applied here.
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const LOCAL_ATTRIBUTES = ['data-user', 'data-name', 'data-local', 'data-mailbox', 'data-account'];

function rewriteStyledAddresses(root: ParentNode, plan: Rewrite): boolean {
  for (const el of Array.from(root.querySelectorAll('[style*="rtl"]'))) {
    const style = el.getAttribute('style') ?? '';
    const text = el.textContent ?? '';
    if (!/bidi-override/i.test(style) || !text.includes('@') || text.length > 254) continue;
    if (!put(plan, el, [...text].reverse().join(''))) return false;
  }
  for (const el of Array.from(root.querySelectorAll('[style*="none"], [style*="hidden"]'))) {
    if (!HIDDEN_STYLE.test(el.getAttribute('style') ?? '') || (el.textContent ?? '').length > 30) continue;
    // A decoy sits inside the address: text on one side of it holds the "@".
    const side = (n: Node | null) => (n && n.nodeType === 3 ? (n.nodeValue ?? '').slice(0, 300) : '');
    if (!`${side(el.previousSibling)}${side(el.nextSibling)}`.includes('@')) continue;
    if (!change(plan)) return false;
    el.remove();
  }
  for (const el of Array.from(root.querySelectorAll('[data-domain]'))) {
    const local = LOCAL_ATTRIBUTES.map((a) => el.getAttribute(a)).find((v) => !!v);
    const email = local ? `${local}@${el.getAttribute('data-domain') ?? ''}` : '';
    if (email && isValidEmail(email) && !showAddress(plan, el, (el.textContent ?? '').trim(), [email])) return false;
  }
  return true;
}

function rewriteHiddenAddresses(root: ParentNode, late: () => boolean, plan: Rewrite): void {
  for (const el of Array.from(root.querySelectorAll('[data-cfemail]'))) {
    const email = decodeCloudflareEmail(el.getAttribute('data-cfemail') ?? '');
    if (email && !put(plan, el, email)) return;
  }
  if (!rewriteStyledAddresses(root, plan)) return;
  if (!rewriteScriptedAddresses(root, late, plan)) return;
  if (!rewriteImageAddresses(root, plan)) return;
  // A live element collection rather than a selector query: a browser fills it lazily as the loop reads it, so a
  // 100,000-link page costs no up-front list and the deadline check below can stop the loop.
  const links = (root as Element | Document).getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    if (i % CHECK_EVERY === CHECK_EVERY - 1 && late()) return;
    const a = links[i];
    const href = a?.getAttribute('href');
    if (!a || href === null || href === undefined) continue;
    const text = (a.textContent ?? '').trim();
    const cfHex = cloudflareHexFromHref(href);
    if (cfHex) {
      const email = decodeCloudflareEmail(cfHex);
      if (email && !showAddress(plan, a, text, [email])) return;
      continue;
    }
    if (/^\s*javascript:/i.test(href)) {
      const email = decodeTypo3Href(href) ?? addressesInScript(href)[0] ?? null;
      if (email && !showAddress(plan, a, text, [email])) return;
      continue;
    }
    if (/^\s*mailto:/i.test(href)) {
      let decoded = href.replace(/^\s*mailto:/i, '');
      try {
        decoded = decodeURIComponent(decoded);
      } catch {
        // A stray "%" in a hand-written link: use it as written.
      }
      const addresses = (decoded.split('?')[0] ?? '')
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter((s) => s.includes('@'));
      if (addresses.length > 0 && !showAddress(plan, a, text, addresses)) return;
      continue;
    }
    if (/^\s*tel:/i.test(href) && text.replace(/\D/g, '').length < 6) {
      const number = href.replace(/^\s*tel:/i, '').split(';')[0] ?? '';
      if (!put(plan, a, text ? ` ${text} ${number} ` : ` ${number} `)) return;
    }
  }
}

// Wire services and SEC filings set contact blocks in <pre>, one field per line; the shared line splitter
// collapses those newlines, so they become <br> here.
function breakPreformattedLines(root: ParentNode, late: () => boolean, plan: Rewrite): void {
  for (const pre of Array.from(root.querySelectorAll('pre'))) {
    if (late()) return;
    const doc = pre.ownerDocument;
    const walker: Text[] = [];
    const stack: Node[] = [pre];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      if (node.nodeType === 3) walker.push(node as Text);
      else for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
    for (const text of walker) {
      const parts = text.data.split('\n');
      if (parts.length < 2) continue;
      if (!change(plan)) return;
      const fragment = doc.createDocumentFragment();
      parts.forEach((part, i) => {
        if (i > 0) fragment.appendChild(doc.createElement('br'));
        fragment.appendChild(doc.createTextNode(part));
      });
      text.replaceWith(fragment);
    }
  }
}

const EMAIL_IN_CELL = /@/;
const PHONE_IN_CELL = /\+?\(?\d[\d\s().-]{6,}\d/;

// SEC exhibits and some newsrooms put contacts side by side in a table ("Media: | Investors:", then a row of
// names, a row of phones, a row of e-mails). Read row by row, that interleaves two people; when two cells of one
// row hold the same kind of data (two addresses, two numbers: two people), the table is read column by column
// instead. A row with one person's phone and e-mail in cells of their own is a record table, read row by row.
const AUDIENCE_HEADS: ReadonlySet<string> = new Set([...AUDIENCE_SUB_LABELS, ...INVESTOR_CUES].map((w) => w.toLowerCase()));

function transposeContactTables(root: ParentNode, late: () => boolean, plan: Rewrite): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (late()) return;
    if (table.querySelector('table')) continue;
    const rows = Array.from(table.querySelectorAll('tr'));
    if (rows.length < 2 || rows.length > 20) continue;
    const cellsOf = (tr: Element) => Array.from(tr.children).filter((c) => /^T[DH]$/i.test(c.tagName));
    const twoOf = (cells: Element[], re: RegExp) => cells.filter((c) => re.test(c.textContent ?? '')).length >= 2;
    const parallel = rows.some((tr) => twoOf(cellsOf(tr), EMAIL_IN_CELL) || twoOf(cellsOf(tr), PHONE_IN_CELL));
    if (!parallel) continue;
    if (!change(plan)) return;
    const doc = table.ownerDocument;
    const columns: Element[] = [];
    for (const [r, tr] of rows.entries()) {
      cellsOf(tr).forEach((cell, i) => {
        columns[i] ??= doc.createElement('div');
        const line = doc.createElement('div');
        // A column headed "Media" / "Investors" is that audience's block: the heading becomes its label.
        const head = r === 0 ? (cell.textContent ?? '').trim() : '';
        if (AUDIENCE_HEADS.has(head.toLowerCase())) line.textContent = `${head}:`;
        else while (cell.firstChild) line.appendChild(cell.firstChild);
        columns[i]?.appendChild(line);
      });
    }
    const wrapper = doc.createElement('div');
    for (const col of columns) if (col) wrapper.appendChild(col);
    table.replaceWith(wrapper);
  }
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

interface Place {
  chrome: boolean;
  inArticle: boolean;
}

// Navigation, a site header or a site footer (but not an <article>'s own header/footer), or an element whose
// id/class names it as such. Memoised per element: one pass over the ancestors of all lines.
function placeOf(el: Element, memo: Map<Element, Place>): Place {
  const known = memo.get(el);
  if (known) return known;
  const parent = el.parentElement ? placeOf(el.parentElement, memo) : { chrome: false, inArticle: false };
  const tag = el.tagName.toUpperCase();
  const role = el.getAttribute('role') ?? '';
  const inArticle = parent.inArticle || tag === 'ARTICLE' || tag === 'MAIN' || role === 'main';
  let chrome = parent.chrome || tag === 'NAV' || tag === 'MENU' || role === 'navigation' || role === 'menubar';
  if (!chrome && !inArticle) chrome = tag === 'HEADER' || tag === 'FOOTER' || role === 'banner' || role === 'contentinfo';
  // A heading's class names its style, not its place ('<h3 class="header header3">Kontakt</h3>' in an article).
  // Inside an article, a box classed "footer" or "header" is the article's own (where its press contacts sit), as an
  // <article>'s <footer> is; a menu or breadcrumb there is still furniture.
  if (!chrome && !HEADING_TAGS.has(tag)) {
    const tokens = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`.toLowerCase().split(/[\s_]+/);
    chrome = tokens.some((t) => CHROME_TOKENS.has(t) && !(inArticle && ARTICLE_PART_TOKENS.has(t)));
  }
  const place = { chrome, inArticle };
  memo.set(el, place);
  return place;
}

// `late`: extract()'s deadline; past it, the rewriting passes and the walk stop where they are.
// Each pass starts with a document-wide query that cannot be interrupted (a third of a second each on a
// 100,000-link page in happy-dom): the deadline is asked before each one.
function rewrite(root: ParentNode, late: () => boolean, plan: Rewrite): void {
  const fieldRows = (page: ParentNode, isLate: () => boolean, p: Rewrite) => breakFieldRows(page, isLate, () => change(p));
  for (const pass of [rewriteHiddenAddresses, breakPreformattedLines, transposeContactTables, fieldRows]) {
    if (late() || (plan.needed && !plan.apply)) return;
    pass(root, late, plan);
  }
}

export function contactLines(root: ParentNode, late: () => boolean = () => false): ContactLine[] {
  const check: Rewrite = { apply: false, needed: false };
  rewrite(root, late, check);
  let page = root;
  if (check.needed) {
    page = (root as Node).cloneNode(true) as unknown as ParentNode;
    rewrite(page, late, { apply: true, needed: false });
  }
  // Ancestors above the root are not read (the clone has none), so both paths place lines alike.
  const memo = new Map<Element, Place>();
  const top = (page as Node).parentElement;
  if (top) memo.set(top, { chrome: false, inArticle: false });
  return textBlocks(page, { shouldStop: late }).flatMap(({ text, element }) => {
    const chrome = placeOf(element, memo).chrome;
    const heading = /^H[1-6]$/.test(element.tagName.toUpperCase()) || element.getAttribute('role') === 'heading';
    return splitGluedCue(deobfuscateEmails(text).replace(/\s+/g, ' ').trim())
      .flatMap(splitRunTogether)
      .map((line) => ({ text: line, element, chrome, heading }));
  }).filter((l) => l.text.length > 0);
}
