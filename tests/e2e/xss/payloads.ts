// XSS payloads for the hostile-page e2e. Each one, if it ever ran or became an element in an extension
// page, would set window.__pwned, change document.title and/or ask the test server for /pwned?n=<its number>.
// The mutation-XSS strings are the classics DOMPurify's own tests and advisories list (namespace confusion
// through <math>/<svg>/<style>, <noscript> re-parsing, nested forms).

export function payloads(origin: string): string[] {
  const beacon = (n: number) => `${origin}/pwned?n=${n}`;
  const act = (n: number) => `window.__pwned=${n};document.title='pwned';fetch('${beacon(n)}')`;
  return [
    `<img src=x onerror="${act(0)}">`,
    `<svg onload="${act(1)}">`,
    `<svg><script>${act(2)}</script></svg>`,
    `<img src="${beacon(3)}">`,
    `"><img src=x onerror="${act(4)}">`,
    `<a href="javascript:${act(5)}">press kit</a>`,
    `<iframe srcdoc="<script>parent.${act(6)}</script>"></iframe>`,
    `<math><mtext><table><mglyph><style><img src=x onerror="${act(7)}">`,
    `<noscript><p title="</noscript><img src=x onerror=\\"${act(8)}\\">">`,
    `<svg></p><style><a id="</style><img src=1 onerror=\\"${act(9)}\\">">`,
    `<form><math><mtext></form><form><mglyph><style></math><img src onerror="${act(10)}">`,
    `<details open ontoggle="${act(11)}">`,
    `<input autofocus onfocus="${act(12)}">`,
    `<style>@import '${beacon(13)}';</style>`,
    `<object data="javascript:${act(14)}"></object>`,
    `<body onload="${act(15)}">`,
    `<video><source onerror="${act(16)}"></video>`,
    `<link rel=stylesheet href="${beacon(17)}">`,
    `{{constructor.constructor('${act(18)}')()}}`,
    `<div style="background:url(${beacon(19)})">x</div>`,
  ];
}

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// A wire-style release carrying the payloads as text (headline, lead, contact name and role, JSON-LD),
// and raw in its markup too. Served with a CSP that stops the page's own scripts, frames and images,
// so a beacon or marker can only come from PressClip's pages or scripts.
export function xssRelease(origin: string): { body: string; headers: Record<string, string> } {
  const list = payloads(origin);
  const text = list.map(escapeHtml);
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: `Quillon Systems ${list[1]} Opens Lab`,
    description: `Quillon Systems opened a lab. ${list[7]} ${list[9]}`,
    datePublished: '2026-03-05',
    author: { '@type': 'Organization', name: `Quillon ${list[10]} Systems` },
    url: `javascript:${list[5]}`,
  }).replace(/</g, '\\u003c');
  const body = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Quillon Systems ${text[0]} Opens Battery Lab in Leipzig</title>
  <meta name="description" content="${text[3]} Quillon Systems opens a battery lab.">
  <link rel="canonical" href="javascript:window.__pwned=99">
  <script type="application/ld+json">${jsonLd}</script>
</head>
<body>
  <main>
    <article>
      <h1>Quillon Systems ${text[0]} Opens Battery Lab ${text[4]} in Leipzig</h1>
      <p>LEIPZIG, Germany, March 5, 2026 /PRNewswire/ -- Quillon Systems GmbH ${text[1]} today opened a battery test
        laboratory ${text[2]} ${text[6]} where carmakers can age cells ${text[7]} ${text[8]} under controlled heat.</p>
      <p>The lab ${text[9]} ${text[10]} ${text[11]} holds 400 test channels. ${text[12]} ${text[13]} ${text[14]}</p>
      <p>${list.slice(15).join(' ')} Trials start in May.</p>
      <p>Raw in the release text: ${list.slice(0, 7).join(' ')} ${list[11]}</details> ${list[12]} ${list[14]} ${list[16]}
        <a href="vbscript:msgbox(1)">a vbscript link</a> <a href="data:text/html,&lt;script&gt;parent.__pwned=30&lt;/script&gt;">a data link</a>
        <span onclick="window.__pwned=31">and a handler</span>, all kept out.</p>
      <h2>About Quillon Systems</h2>
      <p>Quillon Systems GmbH builds battery test equipment. ${text[15]} ${text[16]} ${text[17]} ${text[18]} ${text[19]}</p>
      <h2>Media Contact</h2>
      <p>Ada ${text[0]} Brandt<br>Head of Press ${text[5]}, Quillon ${text[1]} Systems<br>
        <a href="mailto:press@quillon.example">press@quillon.example</a><br>
        ${list[5]}<br>
        +49 341 555 0100</p>
      <p>###</p>
    </article>
  </main>
</body>
</html>`;
  return {
    body,
    headers: { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" },
  };
}
