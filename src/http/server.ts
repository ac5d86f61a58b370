import { once } from 'node:events';
import http from 'node:http';
import { setImmediate } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import * as z from '../zod-chinese.ts';
import { IsoDate } from '../obligation.ts';
import type { Logger } from '../service/logger.ts';
import { renderUnitCalendar, type AlarmPolicy, type FeedItem } from './calendar.ts';
import { isValidCalendarToken, sameSecret } from './calendar-token.ts';
import type { HealthReport } from './health.ts';
import { renderLedgerCsv, type LedgerRow } from './ledger-csv.ts';

/** What the HTTP server serves, supplied by the service that owns the database and the rules. */
export interface HttpEndpoints {
  health(): HealthReport;
  /** The canonical name of a unit written as `unit` (an alias, or itself): the name its calendar token signs. */
  canonicalUnit(unit: string): string;
  /** A unit's canonical name and the obligations that reach it, as of `generatedAt`; null when nothing reaches it. */
  unitFeed(unit: string): { unit: string; items: FeedItem[]; generatedAt: Date } | null;
  /** The ledger's rows in the order they are listed, a chunk at a time. */
  ledger(filter: LedgerQuery): Iterable<LedgerRow[]>;
  alarms: AlarmPolicy;
  /** When set, each unit's feed needs `?token=` (see calendar-token.ts). */
  calendarSecret?: string;
  /** Opens /obligations.csv (as `Authorization: Bearer` or `?token=`); unset, the export is off. */
  ledgerToken?: string;
}

/** The query of /obligations.csv. */
export const LedgerQuery = z
  .object({
    unit: z.string().trim().min(1, 'unit: 应为单位名称').optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
  })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, 'from: 应为不晚于 to 的日期');
export type LedgerQuery = z.infer<typeof LedgerQuery>;

interface Reply {
  status: number;
  type: string;
  /** The whole body, or chunks written as they come (chunked transfer, for a large export). */
  body: string | Iterable<string>;
  headers?: Record<string, string>;
}

const text = (status: number, body: string): Reply => ({ status, type: 'text/plain; charset=utf-8', body: `${body}\n` });

/** The token of a request: `Authorization: Bearer …`, else `?token=…`. */
function requestToken(headers: http.IncomingHttpHeaders, url: URL): string | null {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return bearer?.[1] ?? url.searchParams.get('token');
}

function route(endpoints: HttpEndpoints, url: URL, headers: http.IncomingHttpHeaders): Reply {
  if (url.pathname === '/healthz') {
    const { healthy, body } = endpoints.health();
    return { status: healthy ? 200 : 503, type: 'application/json; charset=utf-8', body: JSON.stringify(body), headers: { 'cache-control': 'no-store' } };
  }

  const calendar = /^\/calendar\/([^/]+)\.ics$/.exec(url.pathname);
  if (calendar) {
    let unit: string;
    try {
      unit = decodeURIComponent(calendar[1]).trim();
    } catch {
      return text(400, '路径中的单位名称不是有效的百分号编码(percent-encoding)');
    }
    // Checked against the canonical name so every alias of a unit takes the same token, and before
    // the feed is built: a stranger learns nothing of which units exist and costs no query.
    if (endpoints.calendarSecret !== undefined && !isValidCalendarToken(endpoints.calendarSecret, endpoints.canonicalUnit(unit), url.searchParams.get('token'))) {
      return text(403, '这个日历需要本单位的令牌:?token=…(用 shixian calendar-url 单位名 取得订阅地址)');
    }
    const feed = endpoints.unitFeed(unit);
    if (feed === null) return text(404, `没有任何事项涉及单位“${unit}”`);
    return {
      status: 200,
      type: 'text/calendar; charset=utf-8',
      body: renderUnitCalendar({ unit: feed.unit, items: feed.items, alarms: endpoints.alarms, generatedAt: feed.generatedAt }),
      headers: { 'content-disposition': `inline; filename="calendar.ics"; filename*=UTF-8''${encodeURIComponent(`${feed.unit}.ics`)}` },
    };
  }

  if (url.pathname === '/obligations.csv') {
    if (endpoints.ledgerToken === undefined) {
      return text(403, '台账导出未开启:服务端设置 LEDGER_TOKEN 后,以 Authorization: Bearer <令牌> 或 ?token=<令牌> 访问。');
    }
    if (!sameSecret(endpoints.ledgerToken, requestToken(headers, url))) {
      return { ...text(401, '台账导出需要令牌:Authorization: Bearer <令牌> 或 ?token=<令牌>。'), headers: { 'www-authenticate': 'Bearer realm="shixian"' } };
    }
    const { token: _checkedAbove, ...filter } = Object.fromEntries(url.searchParams);
    const query = LedgerQuery.safeParse(filter);
    if (!query.success) {
      return text(400, query.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('\n'));
    }
    return {
      status: 200,
      type: 'text/csv; charset=utf-8',
      body: renderLedgerCsv(endpoints.ledger(query.data)),
      headers: { 'content-disposition': `attachment; filename="obligations.csv"; filename*=UTF-8''${encodeURIComponent('台账.csv')}` },
    };
  }

  return text(404, '找不到:可访问 /healthz、/calendar/<单位>.ics 或 /obligations.csv');
}

/**
 * Writes chunks as they come, waiting when the client reads slowly and letting other work (a
 * scheduler pass, /healthz) run between chunks. Stops if the client goes away.
 */
async function writeChunks(res: http.ServerResponse, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (res.destroyed) return;
    if (res.write(chunk)) {
      await setImmediate();
      continue;
    }
    const waiting = new AbortController();
    await Promise.race([once(res, 'drain', { signal: waiting.signal }), once(res, 'close', { signal: waiting.signal })]).finally(() => waiting.abort());
  }
  res.end();
}

export interface RunningHttpServer {
  port: number;
  url: string;
  /** Stops accepting, lets requests in flight finish for up to `graceMs`, then drops what is left. */
  close(graceMs?: number): Promise<void>;
}

/** The Telegram bot's webhook, when it runs in webhook mode: POSTs to `path` go to `handle`. */
export interface WebhookRoute {
  path: string;
  handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void>;
}

export async function startHttpServer(options: {
  endpoints: HttpEndpoints;
  port: number;
  host?: string;
  logger: Logger;
  webhook?: WebhookRoute;
}): Promise<RunningHttpServer> {
  const { endpoints, logger, webhook } = options;
  const server = http.createServer((req, res) => {
    // Whatever a request holds, it answers: a fault in one request must never stop the server.
    try {
      serveRequest(req, res);
    } catch (err) {
      logger.error({ err, method: req.method }, 'HTTP 请求处理出错,已回复 500,服务照常运行');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end();
    }
  });
  function serveRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
    const started = process.hrtime.bigint();
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      // `GET //[` and the like: Node's parser lets them through, the URL parser refuses them.
      const body = Buffer.from('请求有误:路径不是有效的 URL\n', 'utf8');
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length });
      res.end(body);
      logger.info({ method: req.method, status: 400 }, 'HTTP 请求的路径不是有效的 URL,已回复 400');
      return;
    }
    if (webhook && req.method === 'POST' && url.pathname === webhook.path) {
      webhook.handle(req, res).catch((err: unknown) => {
        logger.error({ err }, 'Telegram webhook 更新处理出错,已回复 500(Telegram 会再次投递)');
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    let reply: Reply;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      reply = { ...text(405, '只接受 GET 和 HEAD 请求'), headers: { allow: 'GET, HEAD' } };
    } else {
      try {
        reply = route(endpoints, url, req.headers);
      } catch (err) {
        logger.error({ err, path: url.pathname }, 'HTTP 请求处理出错,已回复 500,服务照常运行');
        reply = text(500, '内部错误:请查看服务日志');
      }
    }
    const entry = () => ({ method: req.method, path: url.pathname, status: reply.status, ms: Number(process.hrtime.bigint() - started) / 1e6 });
    const logged = () => {
      // The path only: a calendar URL's query carries its token.
      if (url.pathname === '/healthz' && reply.status === 200) logger.debug(entry(), 'HTTP 请求');
      else logger.info(entry(), 'HTTP 请求');
    };
    if (typeof reply.body === 'string') {
      const body = Buffer.from(reply.body, 'utf8');
      res.writeHead(reply.status, { 'content-type': reply.type, 'content-length': body.length, ...reply.headers });
      res.end(req.method === 'HEAD' ? undefined : body);
      logged();
      return;
    }
    res.writeHead(reply.status, { 'content-type': reply.type, ...reply.headers });
    if (req.method === 'HEAD') {
      res.end();
      logged();
      return;
    }
    writeChunks(res, reply.body).then(logged, (err: unknown) => {
      logger.error({ err, path: url.pathname }, 'HTTP 响应中途出错,已断开这个连接');
      res.destroy();
    });
  }
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '[::]' || host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
  logger.info({ port: address.port, address: address.address, url }, 'HTTP 服务已开始监听');

  return {
    port: address.port,
    url,
    close: (graceMs = 2_000) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
