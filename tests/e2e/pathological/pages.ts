// Pathological pages for the hostile-page e2e, built at request time (megabytes are not committed).
// Each is a plausible release on top, so the detector has something to find before the pathology.

const HEAD = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  `<h1>${title}</h1><p>OSLO, Norway, March 5, 2026 /PRNewswire/ -- Fjordlight AS today announced ${title.toLowerCase()}.</p>`;

const CONTACT = `<h2>Media Contact</h2><p>Kari Nordmann<br>press@fjordlight.example<br>+47 22 00 00 00</p><p>###</p>`;

type Built = { body: string };

// 5 MB of ordinary paragraphs.
export function hugeText(): Built {
  const paragraph = '<p>' + 'The facility processes recycled aluminium for the regional building industry. '.repeat(12) + '</p>\n';
  const count = Math.ceil((5 * 1024 * 1024) / paragraph.length);
  return { body: HEAD('Five Megabytes of Text') + paragraph.repeat(count) + CONTACT + '</body></html>' };
}

// The HTML parser caps nesting depth (Chromium at 512), so the 50,000-deep chain is built by a script.
// It is display:none: laid out, a chain that deep crashes Chromium's renderer on its own (seen here),
// while the DOM a content script walks is the same.
export function deepNesting(): Built {
  const build = `<script>
    let node = document.getElementById('deep');
    for (let i = 0; i < 50000; i++) { const d = document.createElement('div'); d.textContent = i % 1000 === 0 ? 'level ' + i : ''; node.appendChild(d); node = d; }
  </script>`;
  return { body: HEAD('Fifty Thousand Nested Elements') + `<div id="deep" style="display:none"></div>${build}` + CONTACT + '</body></html>' };
}

export function manyLinks(): Built {
  const links: string[] = [];
  for (let i = 0; i < 100_000; i++) links.push(`<a href="/item/${i}">Item ${i}</a>`);
  return { body: HEAD('One Hundred Thousand Links') + `<nav>${links.join(' ')}</nav>` + CONTACT + '</body></html>' };
}

// Replaces its whole article every 5 ms, forever.
export function rewriting(): Built {
  const script = `<script>
    let n = 0;
    setInterval(() => {
      n += 1;
      document.getElementById('live').innerHTML = '<p>Update ' + n + ': ' + 'The ferry schedule changed again. '.repeat(40) + '</p>';
      document.title = 'Live ' + n;
    }, 5);
  </script>`;
  return { body: HEAD('A Page That Rewrites Itself') + `<article id="live"></article>${script}` + CONTACT + '</body></html>' };
}

export const pathologicalPages = {
  '/huge-text.html': hugeText,
  '/deep-nesting.html': deepNesting,
  '/many-links.html': manyLinks,
  '/rewriting.html': rewriting,
};
