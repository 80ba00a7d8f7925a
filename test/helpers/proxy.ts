// A small HTTP proxy on loopback that counts what goes through it: CONNECT
// tunnels (undici's ProxyAgent tunnels http:// URLs too) and absolute-URI
// requests (pip forwards http:// URLs that way). Real sockets both ways.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Every request that went through, as 'CONNECT host:port' or 'GET http://host:port/path'. */
  seen: string[];
  /** How many went to host:port, by either way. */
  to(hostPort: string): number;
  close(): Promise<void>;
}

/**
 * `hosts` sends the proxy's connections for a host elsewhere (e.g. [::1] to
 * 127.0.0.1): a client given a URL whose host has nothing listening reaches
 * it through the proxy or not at all.
 */
export async function startProxy(options: { hosts?: Record<string, string> } = {}): Promise<CountingProxy> {
  const resolve = (host: string): string => options.hosts?.[host.toLowerCase()] ?? host;
  const seen: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      return void res.writeHead(400).end('absolute URI expected');
    }
    const upstream = http.request({
      host: resolve(target.hostname).replace(/^\[(.*)\]$/, '$1'), port: target.port || 80, path: `${target.pathname}${target.search}`,
      method: req.method, headers: { ...req.headers, host: target.host },
    }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`);
    const target = new URL(`http://${req.url ?? ''}`);
    const upstream = net.connect(Number(target.port || 80), resolve(target.hostname).replace(/^\[(.*)\]$/, '$1'), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    to: (hostPort) => seen.filter((s) => s === `CONNECT ${hostPort}` || s.includes(`//${hostPort}/`)).length,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
