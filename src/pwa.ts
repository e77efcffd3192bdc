/**
 * Service-worker registration (built site only; the worker is generated at build time).
 * The worker serves the page network-first, so a new version loads on the next visit; when the new
 * worker takes over a page that an older one controlled, listeners hear "updated".
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let updated = false;

export function onAppUpdated(listener: Listener): () => void {
  listeners.add(listener);
  if (updated) listener();
  return () => listeners.delete(listener);
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  const hadController = sw.controller !== null;
  sw.addEventListener('controllerchange', () => {
    if (!hadController || updated) return;
    updated = true;
    for (const l of listeners) l();
  });
  const register = () => {
    sw.register('./sw.js').catch(() => {
      // Offline support is an extra: the app works without it.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
