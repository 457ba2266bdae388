import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

/** Text a static host sends compressed (Pagefind's index and fragments are compressed already). */
const TEXT = new Set(['.html', '.js', '.css', '.svg', '.json', '.xml']);

/**
 * Serves a built site on loopback, as a static host would: `/x/` → `/x/index.html`, unknown paths →
 * 404.html; with `gzip`, text compressed as hosts send it (for timing on a slow network profile).
 */
export async function serveStatic(root: string, base = '/', { gzip = false } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) path = '/__missing__';
    path = normalize(`/${path.slice(base.length)}`);
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = join(root, '404.html');
    const compress = gzip && TEXT.has(extname(file));
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...(compress ? { 'content-encoding': 'gzip' } : {}) });
    if (compress) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
