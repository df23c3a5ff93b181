import { Window } from 'happy-dom';
import { parse, type DefaultTreeAdapterTypes as P } from 'parse5';

// One HTML parser for the CLI, the eval, the bench AND the fixture tests. parse5 builds the tree: it follows the
// HTML standard's parsing algorithm, as browsers do. happy-dom holds it: its DOM behaves closest to a browser's for
// what the extractor uses (selectors, :scope, TreeWalker, lang/attributes), and it is already the unit-test
// environment. happy-dom's own parser is not the standard's: on markup browsers read fine (inline SVG, stray end
// tags) it dropped most of a page's text or pulled script text into the body, so the CLI read pages the extension
// never sees. Scripts never run and nothing is fetched: pages are hostile.

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

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XLINK = 'http://www.w3.org/1999/xlink';
const XML = 'http://www.w3.org/XML/1998/namespace';
const ATTRIBUTE_NAMESPACES: Record<string, string> = { xmlns: XMLNS, xlink: XLINK, xml: XML };

function copyElement(doc: Document, node: P.Element): Element {
  const el = doc.createElementNS(node.namespaceURI, node.tagName);
  for (const attr of node.attrs) {
    try {
      if (attr.namespace) el.setAttributeNS(ATTRIBUTE_NAMESPACES[attr.prefix ?? ''] ?? attr.namespace, attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
      else el.setAttribute(attr.name, attr.value);
    } catch {
      // A name the DOM refuses ('<div "onclick=…>' gives the attribute '"onclick'): a browser keeps it, but the
      // extractor reads no such attribute.
    }
  }
  return el;
}

// Copies parse5's tree into the document, without recursion and top down (each node joins the document alone, as
// happy-dom connects a subtree recursively): hostile pages nest elements thousands deep.
function copyTree(doc: Document, root: P.Element): void {
  doc.documentElement.remove();
  const top = doc.appendChild(copyElement(doc, root));
  const stack: { from: P.ParentNode; into: Node }[] = [{ from: root, into: top }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    for (const child of item.from.childNodes) {
      if (child.nodeName === '#text') item.into.appendChild(doc.createTextNode((child as P.TextNode).value));
      else if (child.nodeName === '#comment') item.into.appendChild(doc.createComment((child as P.CommentNode).data));
      else if ('tagName' in child) {
        const el = item.into.appendChild(copyElement(doc, child));
        const content = (child as P.Template).content;
        stack.push(content ? { from: content, into: (el as HTMLTemplateElement).content } : { from: child, into: el });
      }
    }
  }
}

export function parseHtml(html: string): Document {
  const tree = parse(html);
  const doc = new (sharedWindow().DOMParser)().parseFromString('<!doctype html><html></html>', 'text/html') as unknown as Document;
  const root = tree.childNodes.find((n): n is P.Element => n.nodeName === 'html');
  if (!root) return doc;
  copyTree(doc, root);
  return doc;
}

// The same window's DOMImplementation, for text-to-document.
export function htmlDocumentFactory(): () => Document {
  return () => parseHtml('<!doctype html><html><head></head><body></body></html>');
}
