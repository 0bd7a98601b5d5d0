#!/usr/bin/env node
// Draws the add-in's icons (16, 32, 64, 80 px) as PNGs with zlib alone: a blue ledger sheet with
// white rows and a green tick. Run `node assets/make-icons.js` after changing the drawing; the PNGs
// are committed so the build needs nothing but copying.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE = [15, 108, 189, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [16, 124, 16, 255];
const CLEAR = [0, 0, 0, 0];

function pixel(x, y, s) {
  const u = (x + 0.5) / s;
  const v = (y + 0.5) / s;
  // Rounded sheet.
  const m = 0.06, r = 0.14;
  const cx = Math.min(Math.max(u, m + r), 1 - m - r);
  const cy = Math.min(Math.max(v, m + r), 1 - m - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return CLEAR;
  // Tick in the lower right: two strokes.
  const d1 = Math.abs((v - 0.62) - (u - 0.52)) / Math.SQRT2;
  const d2 = Math.abs((v - 0.82) + (u - 0.66)) / Math.SQRT2;
  const w = Math.max(0.055, 1.2 / s);
  if ((d1 < w && u >= 0.5 && u <= 0.67 && v >= 0.6 && v <= 0.84) || (d2 < w && u >= 0.64 && u <= 0.88 && v >= 0.56 && v <= 0.84)) {
    return GREEN;
  }
  // Ledger rows: three white bars on the upper part, shorter where the tick sits.
  const line = Math.max(0.07, 1 / s);
  for (const row of [0.26, 0.42, 0.58]) {
    const end = row > 0.5 ? 0.46 : 0.8;
    if (Math.abs(v - row) < line && u > 0.2 && u < end) return WHITE;
  }
  if (Math.abs(v - 0.74) < line && u > 0.2 && u < 0.42) return WHITE;
  return BLUE;
}

for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size, pixel));
}
