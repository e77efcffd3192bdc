import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/styles.css';
import { App } from './ui/App';
import { activate, initialLocale } from './i18n';
import { registerServiceWorker } from './pwa';
import { LINK_HASH } from './ui/addressBar';
import { currentStep } from './ui/hooks';
import { decodeLink, loadResultModule } from './ui/resultModule';

const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('#root not found');

// A case link, or a reload on the result page: fetch the result page's code (and decode the link)
// before the first render, so the page renders the result at once rather than an "Opening" line
// first and the result after. A slow or failed load does not hold the page: after WAIT_MS, or on a
// failure (reported where the page asks for the code again), it renders as usual.
const WAIT_MS = 1500;
const hash = window.location.hash;
const early = LINK_HASH.test(hash)
  ? loadResultModule().then((m) => decodeLink(m, hash))
  : currentStep() === 'result' ? loadResultModule() : undefined;

// The form's first render as a transition: React renders it in short slices and lets the browser
// run in between, instead of one long task that blocks the page on a slow phone. A page that waited
// for the result's code renders in one go: slicing would only put the verdict on screen later.
const start = (sliced: boolean) => {
  const render = () => createRoot(rootEl).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  if (sliced) startTransition(render);
  else render();
};
// The page's language (its catalog is a chunk of its own) is needed for any text: it loads beside
// the rest, and a catalog that cannot be loaded falls back to English.
const language = activate(initialLocale()).catch(() => activate('en')).catch((e: unknown) => {
  rootEl.textContent = 'This page could not load its text. Reload the page to try again.';
  throw e;
});
if (early) {
  const waited = Promise.race([early, new Promise((wait) => setTimeout(wait, WAIT_MS))]).catch(() => undefined);
  void Promise.all([waited, language]).then(() => start(false));
} else void language.then(() => start(true));

registerServiceWorker();
