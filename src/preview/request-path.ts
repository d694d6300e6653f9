/**
 * The route a request names, or why it is refused. The server answers a fixed set of routes, so
 * traversal cannot reach the disk anyway; refusing `..`, backslashes, NUL and undecodable escapes
 * outright (400) makes an attempt visible instead of a plain 404.
 */
export type RouteResult = { ok: true; route: string } | { ok: false; status: 400; reason: string };

export function routeOf(rawUrl: string | undefined): RouteResult {
  const url = rawUrl ?? '/';
  const pathPart = url.split(/[?#]/, 1)[0] ?? '/';
  if (!pathPart.startsWith('/') || pathPart.startsWith('//')) return refuse('not an absolute path');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return refuse('a malformed %-escape');
  }
  if (decoded.includes('\0')) return refuse('a NUL byte');
  if (decoded.includes('\\')) return refuse('a backslash');
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return refuse('a dot segment');
  if (/%2f/i.test(pathPart)) return refuse('an encoded slash');
  return { ok: true, route: decoded };
}

function refuse(reason: string): RouteResult {
  return { ok: false, status: 400, reason: `bad request path: ${reason}` };
}

/** Loopback only: the page shows case data, and nothing else on the network should read it. */
export function isLoopbackHost(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost';
}

/**
 * The `Host` header must name this server by a loopback name, so a web page on another origin
 * cannot read the preview through DNS rebinding.
 */
export function isAllowedHostHeader(header: string | undefined, port: number): boolean {
  if (header === undefined) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(header.toLowerCase());
}
