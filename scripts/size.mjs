// Prints the gzip size of the JavaScript and CSS a first visit loads (what dist/index.html
// references: the entry script, modulepreloads and stylesheets) and of the chunks loaded later.
// Fails above the budget: 100 kB of first-visit JavaScript (aim: 85 kB). Run after `npm run build`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.JS_BUDGET_KB ?? 100);
const AIM_KB = 85;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => (n / 1000).toFixed(1); // kB = 1,000 bytes, as Vite reports

let js = 0;
let css = 0;
console.log('First visit:');
for (const file of refs) {
  const size = gz(file);
  if (file.endsWith('.js')) js += size; else css += size;
  console.log(`  ${file.padEnd(44)} ${kb(size).padStart(7)} kB gzip`);
}
const later = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`).filter((f) => f.endsWith('.js') && !refs.includes(f));
if (later.length) {
  console.log('Loaded on demand:');
  for (const file of later) console.log(`  ${file.padEnd(44)} ${kb(gz(file)).padStart(7)} kB gzip`);
}
console.log(`First-visit JavaScript: ${kb(js)} kB gzip (budget ${BUDGET_KB} kB, aim ${AIM_KB} kB); CSS: ${kb(css)} kB gzip`);
if (js / 1000 > BUDGET_KB) {
  console.error(`Over budget by ${kb(js - BUDGET_KB * 1000)} kB.`);
  process.exit(1);
}
