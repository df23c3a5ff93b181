import { chromium, type Browser } from 'playwright-core';

// HTML → PDF with Chromium's own print to PDF (the path a ministry's "Save as PDF" takes), so the fixtures
// and the bench read PDFs as a browser writes them, with real fonts, columns and running headers.

export interface PrintOptions {
  // Running header and footer printed on every page, as many offices' templates do.
  header?: string;
  footer?: string;
}

export async function openPrinter(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
}

// The templates are our own fixed strings, never file content: Chromium renders them as HTML.
const band = (text: string) => `<div style="font-size:8pt;width:100%;text-align:center;font-family:'DejaVu Sans',sans-serif">${text}</div>`;

export async function printPdf(browser: Browser, html: string, options: PrintOptions = {}): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const withBands = options.header !== undefined || options.footer !== undefined;
    return await page.pdf({
      format: 'A4',
      margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' },
      displayHeaderFooter: withBands,
      headerTemplate: band(options.header ?? ''),
      footerTemplate: band(options.footer ?? ''),
      printBackground: true,
    });
  } finally {
    await page.close();
  }
}
