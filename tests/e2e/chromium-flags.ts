// Flags for Debian's /usr/bin/chromium on a closed-network, root, headless CI box.
// Do NOT pass another --disable-features here: Chromium keeps only the last occurrence,
// which would silently replace Playwright's own list.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
