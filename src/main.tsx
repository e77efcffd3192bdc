import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/styles.css';
import { App } from './ui/App';
import { registerServiceWorker } from './pwa';

const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('#root not found');

// The first render as a transition: React renders it in short slices and lets the browser run in
// between, instead of one long task that blocks the page on a slow phone.
startTransition(() => {
  createRoot(rootEl).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

registerServiceWorker();
