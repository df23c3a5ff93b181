import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

// Writes PressClip's toolbar/store icons (public/icon/{16,32,48,128}.png; WXT puts them in the manifest):
// a navy rounded square with a white sheet and a yellow clip. Drawn per pixel so no image tool is needed.
// Run: npx tsx scripts/icons.ts

type Rgba = [number, number, number, number];
const NAVY: Rgba = [24, 52, 92, 255];
const WHITE: Rgba = [250, 250, 247, 255];
const LINE: Rgba = [150, 165, 185, 255];
const CLIP: Rgba = [245, 184, 36, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

function pixel(x: number, y: number): Rgba {
  // Unit coordinates, 0..1.
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  const inSheet = x > 0.26 && x < 0.74 && y > 0.2 && y < 0.84;
  const inClip = x > 0.4 && x < 0.6 && y > 0.12 && y < 0.3;
  if (inClip) return CLIP;
  if (inSheet) {
    const line = [0.42, 0.54, 0.66, 0.76].some((ly) => Math.abs(y - ly) < 0.025) && x > 0.33 && x < 0.67;
    return line ? LINE : WHITE;
  }
  return NAVY;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  // 4x4 supersampling keeps the small sizes from looking jagged.
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          for (let i = 0; i < 4; i++) sum[i]! += i < 3 ? p[i]! * p[3] : p[3];
        }
      }
      const a = sum[3]! / 16;
      for (let i = 0; i < 3; i++) row[1 + x * 4 + i] = a === 0 ? 0 : Math.round(sum[i]! / sum[3]!);
      row[1 + x * 4 + 3] = Math.round(a);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = join(import.meta.dirname, '..', 'public', 'icon');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(join(dir, `${size}.png`), png(size));
