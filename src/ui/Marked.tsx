/**
 * A translated text with CEAC's own words in it (its status names and "Case Last Updated", which stay
 * English on purpose): each is marked `lang="en"`, so that a screen reader reads it in English. On an
 * English page the text is shown as it is.
 */
import { useLingui } from '@lingui/react';
import { CEAC_STATUSES } from '../rules/types';

const CEAC_WORDS = [...CEAC_STATUSES, 'Case Last Updated', 'Return to NVC'].sort((a, b) => b.length - a.length);
const SPLIT = new RegExp(`\\b(${CEAC_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);

export function Marked({ text }: { text: string }) {
  const { i18n } = useLingui();
  if (i18n.locale === 'en') return <>{text}</>;
  const parts = text.split(SPLIT);
  return <>{parts.map((p, i) => (i % 2 === 1 ? <span key={i} lang="en">{p}</span> : p))}</>;
}
