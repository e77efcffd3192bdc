// After `lingui extract`: the English catalogs take the English texts written in the code.
// Lingui keeps a source-language catalog's existing text when a message's default text changes in
// the code; the rules (src/rules) and the labels write their English beside the code (`/*i18n*/ {
// id, message }`), so this copies each such message's current English into src/locales/en/. Texts
// named by id only (the page's own, whose English lives in the catalog) are left as they are.
import { getConfig } from '@lingui/conf';
import { getCatalogs } from '@lingui/cli/api';

const config = getConfig();
let changed = 0;
for (const catalog of await getCatalogs(config)) {
  const extracted = await catalog.collect();
  if (!extracted) throw new Error(`Could not collect the messages of ${catalog.path}`);
  const english = await catalog.read(config.sourceLocale);
  for (const [id, m] of Object.entries(extracted)) {
    if (m.message === undefined || !english[id]) continue;
    if (english[id].translation !== m.message) {
      english[id] = { ...english[id], translation: m.message };
      changed += 1;
    }
  }
  await catalog.write(config.sourceLocale, english);
}
console.log(`English catalogs: ${changed} text(s) taken from the code.`);
