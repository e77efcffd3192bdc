// Writes the app icons (public/icon-192.png, public/icon-512.png) without any image tool:
// a navy square with a white page and a ring, matching public/icon.svg. Run: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const u = x / size, v = y / size;
      let rgb = [0x0b, 0x3d, 0x6b]; // navy
      const inPage = u > 0.26 && u < 0.74 && v > 0.18 && v < 0.82;
      if (inPage) rgb = [0xff, 0xff, 0xff];
      const lines = inPage && u > 0.33 && u < 0.67 && [0.3, 0.4, 0.5].some((l) => v > l && v < l + 0.04);
      if (lines) rgb = [0x0b, 0x3d, 0x6b];
      const d = Math.hypot(u - 0.62, v - 0.68);
      if (d < 0.14 && d > 0.09) rgb = [0xf5, 0xa6, 0x23];
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = rgb[0]; raw[o + 1] = rgb[1]; raw[o + 2] = rgb[2]; raw[o + 3] = 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
for (const size of [192, 512]) writeFileSync(`public/icon-${size}.png`, png(size));
console.log('wrote public/icon-192.png and public/icon-512.png');
