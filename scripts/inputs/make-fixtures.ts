import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { FORWARDED_TEXT, NEWSROOM_HTML, NEWSROOM_TEXT, SENDER_ONLY_TEXT } from '../../tests/fixtures-inputs/sources/emails';
import { openPrinter, printPdf } from './print-pdf';
import { storedZip } from './stored-zip';

// npx tsx scripts/inputs/make-fixtures.ts — writes the input fixtures under tests/fixtures-inputs/<slug>/:
// PDFs printed by Chromium from the HTML in tests/fixtures-inputs/sources/ (a two-column release with running
// header and footer on two pages, a release with a contacts table, a "scan" without text, the table release
// encrypted with qpdf), e-mails (multipart/alternative in quoted-printable with a forwarded release and a PDF
// attached; an HTML newsletter release; a text-only mail whose body names no contact; one cut off), a .docx with
// a contacts table (the docx package), a zip renamed to .docx and an Outlook .msg. The files are committed; run
// this again only to change them, then refresh expected.json with UPDATE_FIXTURES=1. With slugs as arguments only
// those are written (Chromium stamps each PDF with its creation time: the others would change for nothing).

const ROOT = join(import.meta.dirname, '../../tests/fixtures-inputs');
const source = (name: string) => readFileSync(join(ROOT, 'sources', name), 'utf8');

const only = new Set(process.argv.slice(2));

function put(slug: string, file: string, bytes: Buffer | string): void {
  if (only.size > 0 && !only.has(slug)) return;
  mkdirSync(join(ROOT, slug), { recursive: true });
  writeFileSync(join(ROOT, slug, file), bytes);
}

// Quoted-printable (RFC 2045 6.7): UTF-8 bytes, "=XX" for non-ASCII and "=", soft breaks before 76 columns.
function quotedPrintable(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      let width = 0;
      for (const byte of Buffer.from(line, 'utf8')) {
        const ch = String.fromCharCode(byte);
        const piece = byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x09) ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : ch;
        if (width + piece.length > 75) {
          out += '=\r\n';
          width = 0;
        }
        out += piece;
        width += piece.length;
      }
      return out.replace(/ $/, '=20');
    })
    .join('\r\n');
}

const base64Lines = (bytes: Buffer) => bytes.toString('base64').replace(/.{76}/g, '$&\r\n');
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

function forwardedEmail(attachment: Buffer): string {
  const html = `<div dir="ltr">Hi, this one looks good for Thursday's page. -- M.<br><br><div class="gmail_quote">${FORWARDED_TEXT.split('---------- Forwarded message ---------')[1]!
    .trim()
    .split(/\n\n/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p>`)
    .join('\n')}</div></div>`;
  return crlf(`From: Marco Ruiz <m.ruiz@newsroom.example>
To: desk@newsroom.example
Subject: Fwd: Press release: Rhine ferry =?UTF-8?Q?Kaub=E2=80=93Engelsburg?= returns to service after flood repairs
Date: Mon, 9 Mar 2026 09:02:11 +0100
Message-ID: <fwd-rhine-ferry-20260309@newsroom.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="mixed-7f3a"

--mixed-7f3a
Content-Type: multipart/alternative; boundary="alt-51c2"

--alt-51c2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

${quotedPrintable(FORWARDED_TEXT)}
--alt-51c2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

${quotedPrintable(html)}
--alt-51c2--

--mixed-7f3a
Content-Type: application/pdf; name="faehre-kaub.pdf"
Content-Disposition: attachment; filename="faehre-kaub.pdf"
Content-Transfer-Encoding: base64

${base64Lines(attachment)}
--mixed-7f3a--
`);
}

function newsroomEmail(): string {
  return crlf(`From: =?UTF-8?Q?Pressestelle_Stadt_G=C3=B6rlitz?= <presse@goerlitz-stadt.example>
To: redaktion@zeitung.example
Subject: =?UTF-8?Q?Pressemitteilung:_Stadtbibliothek_G=C3=B6rlitz_=C3=B6ffnet_sonntags?=
Date: Thu, 2 Apr 2026 10:30:00 +0200
Message-ID: <pm-2026-04-02-bibliothek@goerlitz-stadt.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_alt"

--b1_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

${quotedPrintable(NEWSROOM_TEXT)}
--b1_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

${quotedPrintable(NEWSROOM_HTML)}
--b1_alt--
`);
}

function senderOnlyEmail(): string {
  return crlf(`From: Carla Mendes <carla.mendes@harbourcitymarathon.example>
To: sports@daily.example
Subject: Harbour City Marathon moves to October
Date: Tue, 12 May 2026 07:45:00 -0400
Message-ID: <marathon-october@harbourcitymarathon.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

${SENDER_ONLY_TEXT}`);
}

// The release comes as an attachment; the mail itself is a cover note two lines long.
function attachedReleaseEmail(docx: Buffer): string {
  return crlf(`From: Lakeside University Media <media@lakeside-uni.example>
To: science@paper.example
Subject: MEDIA RELEASE: Bushfire smoke research chamber opens
Date: Tue, 19 May 2026 16:05:00 +1000
Message-ID: <smoke-chamber-20260519@lakeside-uni.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="cover-1"

--cover-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear editors,

please find attached our media release (embargoed until 00:01 AEST, 20 May).

Lakeside University Media Office

--cover-1
Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="smoke-chamber.docx"
Content-Disposition: attachment; filename="smoke-chamber.docx"
Content-Transfer-Encoding: base64

${base64Lines(docx)}
--cover-1--
`);
}

async function contactsDocx(): Promise<Buffer> {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const row = (cells: string[], bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'MEDIA RELEASE', bold: true })] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Lakeside University opens Australia’s first bushfire smoke research chamber')] }),
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun('Embargoed until 00:01 AEST, Wednesday 20 May 2026')] }),
          p('BALLARAT, 19 May 2026 – Lakeside University today opened a research chamber in which scientists can recreate the smoke of a bushfire and measure how it affects the lungs, the heart and the brain. The chamber, funded with 9.5 million dollars from the Australian Research Council, is the first of its kind in the country.'),
          p('“Every summer millions of Australians breathe bushfire smoke, yet we still know little about what a week of it does to a child or to someone with asthma,” said Professor Maya Lindqvist, who leads the project.'),
          p('The first study will follow 120 volunteers over three years. Results will be shared with state health departments to improve smoke alerts.'),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Media contacts')] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              row(['Name', 'Role', 'Email', 'Phone'], true),
              row(['Sam Whitaker', 'Media Manager', 's.whitaker@lakeside-uni.example', '+61 3 5327 9012']),
              row(['Priya Nair', 'Senior Media Advisor', 'p.nair@lakeside-uni.example', '+61 412 555 019']),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function main(): Promise<void> {
  const browser = await openPrinter();
  let tablePdf: Buffer;
  try {
    put('pdf-ministry-two-column', 'page.pdf', await printPdf(browser, source('ministry-two-column.html'), {
      header: 'Ministry of Water Resources · Press Office',
      footer: 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    }));
    tablePdf = await printPdf(browser, source('company-contacts-table.html'));
    put('pdf-company-contacts-table', 'page.pdf', tablePdf);
    put('pdf-scan-no-text', 'page.pdf', await printPdf(browser, source('scan.html')));
  } finally {
    await browser.close();
  }
  // RC4-free AES-256 with a user password: pdf.js asks for the password, which is what a journalist meets.
  mkdirSync(join(ROOT, 'pdf-encrypted'), { recursive: true });
  if (only.size === 0 || only.has('pdf-encrypted')) execFileSync('qpdf', ['--encrypt', 'reader-secret', 'owner-secret', '256', '--', join(ROOT, 'pdf-company-contacts-table', 'page.pdf'), join(ROOT, 'pdf-encrypted', 'page.pdf')]);

  put('eml-forwarded-release', 'page.eml', forwardedEmail(tablePdf));
  const newsroom = newsroomEmail();
  put('eml-newsroom-html', 'page.eml', newsroom);
  put('eml-sender-is-contact', 'page.eml', senderOnlyEmail());
  put('eml-truncated', 'page.eml', newsroom.slice(0, Math.floor(newsroom.length * 0.6)));

  const docx = await contactsDocx();
  put('docx-contacts-table', 'page.docx', docx);
  put('eml-release-attached', 'page.eml', attachedReleaseEmail(docx));
  put('docx-zip-renamed', 'page.docx', storedZip({ 'readme.txt': 'Photos of the press conference, see folder.\n' }));
  // The first bytes of an Outlook message: an OLE compound file, as .msg files are.
  put('msg-outlook', 'page.msg', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
}

await main();
