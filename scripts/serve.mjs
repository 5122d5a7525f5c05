#!/usr/bin/env node
// A dependency-free static server for the built site: `node scripts/serve.mjs [folder] [--port N]`.
// Plain JavaScript on purpose: the offline edition ships it, to run with nothing but Node.
// Pagefind needs the site served over http (it does not work from file://).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/**
 * Reads the headers a Netlify/Cloudflare-style `_headers` file gives for every path (`/*`).
 * Only the catch-all block is read: it is the policy the site ships. A header named on several
 * lines is sent once with the values joined by commas, as those hosts do.
 */
export function readHeaders(root) {
  const file = join(root, '_headers');
  const headers = {};
  if (!existsSync(file)) return headers;
  let inCatchAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inCatchAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (!inCatchAll || colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** Starts a server for `root`; resolves with the server and its origin once it listens. */
export function serve(root, { port = 0, host = '127.0.0.1', headers = readHeaders(root) } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    let path;
    let pathname;
    try {
      ({ pathname } = new URL(request.url ?? '/', 'http://localhost'));
      path = decodeURIComponent(pathname);
    } catch {
      response.writeHead(400, { 'Content-Type': TYPES['.txt'], ...headers }).end('Bad request');
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403, { 'Content-Type': TYPES['.txt'], ...headers }).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        // The still-encoded path, with one leading slash: "//host" would send the reader to another host.
        response.writeHead(301, { Location: `/${pathname.replace(/^\/+/, '')}/`, ...headers }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    // Hosts read _headers as configuration and never serve it.
    const found = file !== join(base, '_headers') && existsSync(file) && statSync(file).isFile();
    const target = found ? file : join(base, '404.html');
    const status = found ? 200 : 404;
    if (!existsSync(target)) {
      response.writeHead(404, { 'Content-Type': TYPES['.txt'], ...headers }).end('Not found');
      return;
    }
    response.writeHead(status, {
      'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...headers,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(target).pipe(response);
  });
  return new Promise((resolveListen) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolveListen({ server, origin: `http://${host}:${address.port}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portFlag = args.indexOf('--port');
  const port = portFlag >= 0 ? Number(args[portFlag + 1]) : 4321;
  const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? 'dist';
  const { origin } = await serve(folder, { port });
  console.log(`Serving ${resolve(folder)} at ${origin}/ (Ctrl+C to stop)`);
}
