import { extensionOf } from '../../utils/inputs/convert-file';

// The files that are not web pages or text (the converters of utils/inputs/ read them), as the CLI, the eval and
// their worker pool tell them apart by name.
export const BINARY_INPUTS = new Set(['.pdf', '.eml', '.docx', '.doc', '.msg']);

export const isBinaryInput = (file: string) => BINARY_INPUTS.has(extensionOf(file));
