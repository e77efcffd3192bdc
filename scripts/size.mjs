// Prints the gzip size of the JavaScript and CSS a first visit loads (what dist/index.html
// references: the entry script, modulepreloads and stylesheets, and the first page's catalogs in the
// visitor's language: assets/app.<lang>-*.js and assets/form.<lang>-*.js) and of the chunks loaded
// later. Fails when a first visit in any language is above the budget: 100 kB of JavaScript (aim:
// 85 kB). Run after `npm run build`.
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

const LANGUAGES = { en: 'English', es: 'Spanish', zh: 'Chinese' };
const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
const catalogsOf = (lang) => assets.filter((f) => new RegExp(`^assets/(app|form)\\.${lang}-[\\w-]+\\.js$`).test(f));

let js = 0;
let css = 0;
console.log('First visit, in every language:');
for (const file of refs) {
  const size = gz(file);
  if (file.endsWith('.js')) js += size; else css += size;
  console.log(`  ${file.padEnd(44)} ${kb(size).padStart(7)} kB gzip`);
}
const firstVisit = {};
for (const [lang, name] of Object.entries(LANGUAGES)) {
  const files = catalogsOf(lang);
  if (files.length !== 2) throw new Error(`Expected the app and form catalogs of ${lang} in dist/assets, found ${files.length}`);
  console.log(`First visit in ${name}, its catalogs:`);
  let size = js;
  for (const file of files) {
    const n = gz(file);
    size += n;
    console.log(`  ${file.padEnd(44)} ${kb(n).padStart(7)} kB gzip`);
  }
  firstVisit[lang] = size;
}
const firstLoad = new Set([...refs, ...Object.keys(LANGUAGES).flatMap(catalogsOf)]);
const later = assets.filter((f) => f.endsWith('.js') && !firstLoad.has(f));
if (later.length) {
  console.log('Loaded on demand:');
  for (const file of later) console.log(`  ${file.padEnd(44)} ${kb(gz(file)).padStart(7)} kB gzip`);
}
for (const [lang, name] of Object.entries(LANGUAGES)) {
  console.log(`First-visit JavaScript in ${name}: ${kb(firstVisit[lang])} kB gzip (budget ${BUDGET_KB} kB, aim ${AIM_KB} kB)`);
}
console.log(`First-visit CSS: ${kb(css)} kB gzip`);
const worst = Math.max(...Object.values(firstVisit));
if (worst / 1000 > BUDGET_KB) {
  console.error(`Over budget by ${kb(worst - BUDGET_KB * 1000)} kB.`);
  process.exit(1);
}
