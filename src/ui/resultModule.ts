/**
 * The result page's code (the rules, the link decoder, the result and link pages), loaded on demand,
 * and a case link decoded once. A page opened on a case link starts both before React's first render
 * (src/main.tsx), so it renders the link's result at once instead of an "Opening" line first.
 */
import { needTexts } from '../i18n';
import type { CaseFile } from '../rules/types';
import type { AppEvent } from './state';

export type ResultModule = typeof import('./Result');
type Decoded = Awaited<ReturnType<ResultModule['decodeCaseLink']>>;

let loading: Promise<ResultModule> | undefined;
let loaded: ResultModule | null = null;
let decoding: { fragment: string; result: Promise<Decoded>; done?: Decoded } | undefined;

/**
 * Starts loading it, once, with its texts in the page's language: later calls share the same
 * promise. A load that failed may be tried again.
 */
export function loadResultModule(): Promise<ResultModule> {
  loading ??= Promise.all([import('./Result'), needTexts(['result', 'rules'])]).then(
    ([m]) => (loaded = m),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/** The module when it has already arrived (a page that asked for it early renders it at once). */
export const resultModuleIfLoaded = (): ResultModule | null => loaded;

/** Decodes a link's fragment; the same fragment again gets the same answer (decoding never throws). */
export function decodeLink(m: ResultModule, fragment: string): Promise<Decoded> {
  if (decoding?.fragment !== fragment) {
    const entry: NonNullable<typeof decoding> = { fragment, result: m.decodeCaseLink(fragment) };
    entry.result = entry.result.then((r) => (entry.done = r));
    decoding = entry;
  }
  return decoding.result;
}

/** The decoded link when it is ready (see `decodeLink`). */
export const decodedIfReady = (fragment: string): Decoded | undefined =>
  decoding?.fragment === fragment ? decoding.done : undefined;

/**
 * What opening a decoded link does: the user's own case (a reload, or their own copied link) opens
 * the app as usual, on the result unless a step was asked for; any other link opens on its own page.
 */
export function linkOpenedEvent(
  m: ResultModule, fragment: string, r: Decoded, ownCase: CaseFile | undefined, stepAsked: boolean,
): AppEvent {
  if (r.ok && ownCase && m.sameCase(ownCase, r.caseFile)) return { type: 'ownLinkOpened', showResult: !stepAsked };
  return {
    type: 'linkDecoded',
    link: r.ok ? { kind: 'open', fragment, caseFile: r.caseFile, warnings: r.warnings } : { kind: 'broken', fragment, error: r.error, reason: r.kind },
  };
}
