// A tiny static server for the demo page, bound to 127.0.0.1, that sends a strict Content Security
// Policy: scripts only from this origin, no inline script, no eval or new Function, no plugins.
// Usage: node examples/web/build.mjs && node examples/web/serve.mjs   (PORT=0 picks a free port)
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The policy sent with every response. There is no 'unsafe-eval' and no 'unsafe-inline' anywhere. */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

function send(response, status, type, body) {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

/** Starts the server on 127.0.0.1 and resolves with it and its URL once it listens. */
export function startServer(port = 8080) {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(response, 400, 'text/plain; charset=utf-8', 'Bad request');
    }
    // A folder's page is its index.html: / is the demo, /vendor/govuk/ its GOV.UK version (node examples/web/build.mjs writes it).
    const relative = normalize(pathname.endsWith('/') ? `${pathname.slice(1)}index.html` : pathname.slice(1));
    const type = TYPES[extname(relative)];
    if (type === undefined || relative.startsWith('..') || relative.split(sep).some((part) => part.startsWith('.'))) {
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    readFile(join(root, relative)).then(
      (body) => send(response, 200, type, request.method === 'HEAD' ? undefined : body),
      () => send(response, 404, 'text/plain; charset=utf-8', 'Not found'),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : port}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer(process.env.PORT === undefined ? 8080 : Number(process.env.PORT));
  process.stdout.write(`cse-screening demo on ${url}\n`);
}
