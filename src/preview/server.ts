/**
 * The preview server (SPEC §7.5): a fixed set of routes on a loopback address. The page and the
 * runtime bundle are static; `/api/checklist` and `/api/case` give the current checklist and case;
 * `/events` (server-sent events) says when the checklist changed, so the page fetches it again
 * and keeps its answers. Every response carries a strict Content-Security-Policy.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadAssets, type Asset } from './assets.js';
import { readCase, readChecklist, type ChecklistFile, type ChecklistPayload } from './checklist-source.js';
import { isAllowedHostHeader, isLoopbackHost, routeOf } from './request-path.js';
import { watchFolders } from './watch.js';

export interface PreviewOptions {
  readonly checklist: ChecklistFile;
  /** The `--case` file, absolute, and as named. */
  readonly caseFile?: { readonly absolute: string; readonly display: string };
  /** Default 127.0.0.1; anything but a loopback address is refused. */
  readonly host?: string;
  /** 0 or absent: a free port. */
  readonly port?: number;
}

export interface PreviewServer {
  readonly url: string;
  close(): Promise<void>;
}

export type StartResult = { ok: true; server: PreviewServer } | { ok: false; message: string };

const HEADERS = {
  'Content-Security-Policy': "default-src 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};
const KEEPALIVE_MS = 15_000;

export async function startPreview(options: PreviewOptions): Promise<StartResult> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) return { ok: false, message: `preview serves on a loopback address only (127.0.0.1, ::1, localhost), not ${host}` };
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, message: `--port must be an integer from 0 to 65535, not ${String(port)}` };
  const loaded = loadAssets();
  if (!loaded.ok) return loaded;

  let current = snapshot(readChecklist(options.checklist), 1);
  const listeners = new Set<ServerResponse>();
  const refresh = (): void => {
    const next = snapshot(readChecklist(options.checklist), current.version + 1);
    if (next.json === current.json) return;
    current = next;
    for (const listener of listeners) listener.write(`event: checklist\ndata: ${current.version}\n\n`);
  };
  const watcher = watchFolders([options.checklist.absolute], refresh);
  const keepalive = setInterval(() => listeners.forEach((listener) => listener.write(': keepalive\n\n')), KEEPALIVE_MS);
  keepalive.unref();

  let boundPort = port;
  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      send(response, 500, 'text/plain; charset=utf-8', `internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  });
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    if (!isAllowedHostHeader(request.headers.host, boundPort)) return send(response, 400, 'text/plain; charset=utf-8', 'unexpected Host header\n');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return send(response, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    }
    const route = routeOf(request.url);
    if (!route.ok) return send(response, route.status, 'text/plain; charset=utf-8', `${route.reason}\n`);
    const asset: Asset | undefined = loaded.assets.get(route.route);
    if (asset !== undefined) return send(response, 200, asset.type, asset.body, request.method === 'HEAD');
    switch (route.route) {
      case '/api/checklist':
        return send(response, 200, 'application/json; charset=utf-8', current.json);
      case '/api/case': {
        const caseFile = options.caseFile;
        return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(readCase(caseFile?.absolute, caseFile?.display ?? '')));
      }
      case '/favicon.ico':
        return send(response, 204, 'image/x-icon', '');
      case '/events':
        response.writeHead(200, { ...HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
        response.write(`event: hello\ndata: ${current.version}\n\n`);
        listeners.add(response);
        request.on('close', () => listeners.delete(response));
        return;
      default:
        return send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
    }
  };

  const listening = await new Promise<{ ok: true } | { ok: false; message: string }>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? `port ${port} is in use` : error.message;
      resolve({ ok: false, message: `cannot listen on ${host}:${port}: ${reason}` });
    });
    server.listen(port, host, () => resolve({ ok: true }));
  });
  if (!listening.ok) {
    watcher.close();
    clearInterval(keepalive);
    return listening;
  }
  boundPort = (server.address() as AddressInfo).port;
  const urlHost = host === '::1' ? '[::1]' : host;
  return {
    ok: true,
    server: {
      url: `http://${urlHost}:${boundPort}/`,
      close: () =>
        new Promise<void>((resolve) => {
          watcher.close();
          clearInterval(keepalive);
          for (const listener of listeners) listener.end();
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    },
  };
}

function snapshot(payload: ChecklistPayload, version: number): { json: string; version: number } {
  return { json: JSON.stringify(payload), version };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headOnly = false): void {
  response.writeHead(status, { ...HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(headOnly ? undefined : body);
}
