/** The address bar: case links in the fragment, and the user's own case following edits. */
import type { LinkState } from './state';

/*
 * Case links and the address bar.
 * A fragment starting "#v" (a digit, a dot or nothing after it: also a cut-off link) is a case link,
 * opened read-only on its own page. Any other fragment (#main-content, ...) is left alone.
 *
 * The address bar also carries the user's own case, from the first time its result is shown (so the
 * first pass through the questions loads nothing extra) until the case is cleared: its link replaces
 * the fragment (history.replaceState, 300 ms after the last change: no history entry per keystroke),
 * so what the address bar shows always opens this case, and follows every later change. A reload
 * must not then turn the user's own case into a read-only link page, so a link counts as the user's
 * own case, and the app opens as usual, when it is the fragment this tab last wrote (kept in
 * sessionStorage, which also covers a reload inside the 300 ms) or when it decodes to the same facts
 * as the case saved here. A link with other facts opens read-only and never touches the saved case;
 * leaving its page (Edit these facts, or back to the saved case) removes it from the address bar.
 */
export const LINK_HASH = /^#v(\d|\.|$)/;
const OWN_LINK_KEY = 'refusal-explainer.own-link';

export function ownLink(): string {
  try {
    return window.sessionStorage.getItem(OWN_LINK_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Replaces the fragment (or removes it, for '') without a history entry. */
export function writeHash(fragment: string): void {
  try {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${fragment}`);
    window.sessionStorage.setItem(OWN_LINK_KEY, fragment);
  } catch {
    // not fatal: the address bar just does not follow
  }
}

export function linkFromHash(): LinkState | null {
  const h = window.location.hash;
  return LINK_HASH.test(h) && h !== ownLink() ? { kind: 'opening', fragment: h } : null;
}

