/** A `vite preview` of dist/ in the test process, on its own port and base path, that a test can stop. */
import { preview, type PreviewServer } from 'vite';

export async function startPreview(port: number, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    base,
    preview: { host: '127.0.0.1', port, strictPort: true },
    logLevel: 'silent',
  });
  return { url: `http://127.0.0.1:${port}${base}`, close: () => server.close() };
}
