import { describe, expect, it } from 'vitest';
import { nodePdfjs } from '../../../scripts/lib/load-input';
import { convertFile } from '../../../utils/inputs/convert-file';
import { checkSize, MAX_INPUT_BYTES } from '../../../utils/inputs/input-error';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('convertFile', () => {
  it('refuses a file over the cap before reading it, naming the cap', () => {
    expect(() => checkSize(200 * 1024 * 1024, 'video.pdf')).toThrow('video.pdf is 200.0 MB: PressClip reads files up to 25 MB.');
    expect(() => checkSize(MAX_INPUT_BYTES, 'release.pdf')).not.toThrow();
  });

  it('says what is wrong with a file that is not what its name says', async () => {
    await expect(convertFile('release.pdf', bytes('hello'), nodePdfjs)).rejects.toThrow('release.pdf is named .pdf but is not a PDF.');
    await expect(convertFile('release.docx', bytes('hello'), nodePdfjs)).rejects.toThrow('not even a zip archive');
    await expect(convertFile('release.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), nodePdfjs)).rejects.toThrow('old Word (.doc)');
    await expect(convertFile('photo.jpg', bytes('x'), nodePdfjs)).rejects.toThrow('PressClip reads .pdf, .eml, .docx, .txt, .md');
    await expect(convertFile('empty.eml', new Uint8Array(), nodePdfjs)).rejects.toThrow('empty.eml is empty.');
  });

  it('reads a damaged PDF as damaged, not as a crash', async () => {
    await expect(convertFile('cut.pdf', bytes('%PDF-1.7\n1 0 obj\n<<'), nodePdfjs)).rejects.toThrow(/not a readable PDF|no text layer/);
  });

  it('reads a text file as a document, and a PDF by its bytes whatever its name', async () => {
    await expect(convertFile('release.md', bytes('# Title\n\nBody'), nodePdfjs)).resolves.toEqual({ kind: 'document-text', text: '# Title\n\nBody' });
    await expect(convertFile('note.txt', bytes('%PDF-1.4 junk'), nodePdfjs)).rejects.toThrow();
  });
});
