/**
 * The status-history editor and the CEAC paste reader (the form's third step), with their texts in
 * the page's language, loaded on demand, once: they are not needed for the first page.
 */
import { needTexts } from '../i18n';

export type HistoryModule = typeof import('./HistoryEditor');
let loading: Promise<HistoryModule> | undefined;

export function loadHistoryEditor(): Promise<HistoryModule> {
  loading ??= Promise.all([import('./HistoryEditor'), needTexts(['history'])]).then(
    ([m]) => m,
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
