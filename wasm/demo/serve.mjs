// A tiny static server (node built-ins only) for the demo and the browser tests.
//
//   node wasm/demo/serve.mjs [PORT]   serves the demo at http://127.0.0.1:PORT/ (default 8377)
//
// `startServer({ '/': dir, '/pkg/': dir, … })` maps URL prefixes to folders (longest prefix
// wins) and listens on 127.0.0.1 (port 0 = any free port); it resolves to { server, url }.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export function startServer(mounts, port = 0) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const prefix = prefixes.find((p) => path.startsWith(p));
      if (prefix === undefined) return send(res, 404, 'not found');
      const root = resolve(mounts[prefix]);
      let file = normalize(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'forbidden');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      send(res, 404, 'not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      ok({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** The demo's mounts: the page itself, and the web build of clusterfit-wasm at /pkg/. */
export function demoMounts() {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return { '/': here, '/pkg/': join(here, '..', 'pkg') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8377);
  const { url } = await startServer(demoMounts(), port);
  console.log(`clusterfit demo: ${url}  (Ctrl-C to stop)`);
}
