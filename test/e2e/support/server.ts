/**
 * A static server on 127.0.0.1 for form pages (the engine's fixtures and our own support pages).
 * It records every request it sees, so a test can prove that filling submitted nothing.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

const MOUNTS: Record<string, string> = {
  '/fixtures/': join(ROOT, 'test/fixtures/forms'),
  '/support/': join(ROOT, 'test/e2e/support/pages'),
  '/demo/': join(ROOT, 'extension/demo'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface ServedRequest {
  method: string;
  url: string;
}

export interface FormServer {
  origin: string;
  requests: ServedRequest[];
  close(): Promise<void>;
}

export async function startFormServer(): Promise<FormServer> {
  const requests: ServedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', url });
    const path = decodeURIComponent(new URL(url, 'http://x').pathname);
    const mount = Object.keys(MOUNTS).find((m) => path.startsWith(m));
    if (req.method !== 'GET' || !mount) {
      res.writeHead(req.method === 'GET' ? 404 : 405).end();
      return;
    }
    const base = MOUNTS[mount]!;
    const file = normalize(join(base, path.slice(mount.length)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
