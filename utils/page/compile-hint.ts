// V8's explicit compile hint (Chrome 136+): as the first line of a script, it asks V8 to compile all of the
// script's functions eagerly, with the script, instead of skimming each one and parsing it again when first
// called. Only worth it where nearly every function runs: wxt.config.ts puts it on the every-page script.
export const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';
