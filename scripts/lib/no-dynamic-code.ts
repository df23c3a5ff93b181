import type { Plugin } from 'vite';

// Extension pages forbid generated code by CSP, and the build check (tests/e2e/build-output.test.ts) refuses it in
// what we ship. Some dependencies carry it for speed or old environments: pdf.js compiles PostScript functions with
// `new Function` when it may (it probes with `new Function("")`), underscore (through mammoth) has `_.template`,
// zod probes for its JIT, setImmediate's polyfill accepts a string. None of it is needed: PressClip passes pdf.js
// isEvalSupported: false and zod runs jitless. This rewrite makes each such call throw an EvalError at the spot
// (every probe then answers "not supported"), and turns the `Function("return this")()` global lookup into
// globalThis, so the bundles hold no Function constructor at all instead of one the CSP would stop at run time.
const FUNCTION_CALL = /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\((?!\s*\))/g;
const GLOBAL_THIS = /\bFunction\s*\(\s*(['"`])return this\1\s*\)\s*\(\s*\)/g;
const THROWS = "((..._args) => { throw new EvalError('PressClip runs no generated code'); })(";

export function noDynamicCode(): Plugin {
  return {
    name: 'pressclip:no-dynamic-code',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/node_modules/') || !/\.[cm]?js$/.test(id.split('?')[0] ?? '')) return null;
      if (!code.includes('Function')) return null;
      const next = code.replace(GLOBAL_THIS, 'globalThis').replace(FUNCTION_CALL, THROWS);
      return next === code ? null : { code: next, map: null };
    },
  };
}
