import { Window } from 'happy-dom';

// One HTML parser for the CLI, the eval, the bench AND the fixture tests: happy-dom, because its DOM behaves
// closest to a browser's for what the extractor uses (selectors, :scope, TreeWalker, lang/attributes), and it is
// already the unit-test environment. Scripts never run and nothing is fetched: pages are hostile.

let win: Window | null = null;

function sharedWindow(): Window {
  win ??= new Window({
    url: 'https://example.test/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  return win;
}

export function parseHtml(html: string): Document {
  const w = sharedWindow();
  const parser = new w.DOMParser();
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}

// The same window's DOMImplementation, for text-to-document.
export function htmlDocumentFactory(): () => Document {
  return () => parseHtml('<!doctype html><html><head></head><body></body></html>');
}
