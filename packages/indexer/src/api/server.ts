/**
 * `startIndexer`: the indexer plus its HTTP server (fastify): the API of API.md under /api/v1, OpenAPI
 * at /openapi.json and /docs, live updates over WebSocket at /api/v1/ws, and optionally a static
 * explorer build at / (single-page app: unknown non-API paths answer index.html).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import { openDb, type Db } from '../db/db.js';
import { IndexerError } from '../errors.js';
import { Indexer } from '../indexer.js';
import { silentLogger, type Logger } from '../logger.js';
import type { ApiErrorBody, LiveMessage } from './types.js';
import { blockObject, registerRoutes, subnetObjects } from './routes.js';

export interface StartIndexerOptions {
  /** ws:// endpoint of the node. */
  readonly nodeUrl: string;
  /** SQLite file path, ':memory:', or a postgres:// connection string. */
  readonly database: string;
  /** HTTP port; 0 = a free port. */
  readonly port: number;
  readonly host?: string;
  /** A built explorer (directory with index.html) served at /. */
  readonly explorerDist?: string;
  readonly logger?: Logger;
}

export interface RunningIndexer {
  readonly url: string;
  readonly port: number;
  readonly indexer: Indexer;
  readonly db: Db;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
  '.woff': 'font/woff', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json', '.webp': 'image/webp',
};

/** Builds the fastify app over an indexer and its database (no listening). */
export async function buildServer(db: Db, indexer: Indexer, opts: { explorerDist?: string; logger?: Logger } = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, useDefaults: true, allErrors: false } } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Tensorium indexer API', version: '1.0.0', description: 'Indexed history of a Tensorium (subtensor) chain. Amounts are rao strings; see packages/indexer/API.md.' },
      tags: ['network', 'blocks', 'extrinsics', 'events', 'accounts', 'subnets', 'metagraph', 'validators'].map((name) => ({ name })),
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(websocket);

  app.setErrorHandler((err: FastifyError | IndexerError, _req, reply) => {
    if (err instanceof IndexerError) {
      const status = err.code === 'NOT_FOUND' ? 404 : err.code === 'BAD_REQUEST' ? 400 : 500;
      return reply.status(status).send({ error: { code: err.code, message: err.message, details: err.details } } satisfies ApiErrorBody);
    }
    if ((err as FastifyError).validation) {
      return reply.status(400).send({ error: { code: 'BAD_REQUEST', message: err.message, details: { validation: (err as FastifyError).validation } } } satisfies ApiErrorBody);
    }
    const status = (err as FastifyError).statusCode ?? 500;
    if (status >= 500) opts.logger?.error({ err: err.message }, 'api: internal error');
    return reply.status(status).send({ error: { code: status >= 500 ? 'INTERNAL' : 'BAD_REQUEST', message: err.message, details: {} } } satisfies ApiErrorBody);
  });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // live updates
  const sockets = new Set<{ send(data: string): void; readyState: number }>();
  app.register(async (scope) => {
    scope.get('/api/v1/ws', { websocket: true, schema: { hide: true } }, (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => sockets.delete(socket));
    });
  });
  const broadcast = (msg: LiveMessage): void => {
    const text = JSON.stringify(msg);
    for (const s of sockets) if (s.readyState === 1) s.send(text);
  };
  let chain = Promise.resolve();
  const off = indexer.onBlock((e) => {
    if (sockets.size === 0) return;
    chain = chain
      .then(async () => {
        const b = await blockObject(db, indexer, e.blockNumber);
        if (b) broadcast({ type: 'block', data: b });
        broadcast({ type: 'subnets', data: await subnetObjects(db) });
        for (const netuid of e.epochs) broadcast({ type: 'metagraph', data: { netuid, block_number: e.blockNumber } });
      })
      .catch((err: unknown) => opts.logger?.warn({ err: (err as Error).message }, 'api: live update failed'));
  });
  app.addHook('onClose', async () => {
    off();
    for (const s of sockets) (s as unknown as { close(): void }).close();
  });

  registerRoutes(app, db, indexer);

  const dist = opts.explorerDist ? resolve(opts.explorerDist) : undefined;
  app.setNotFoundHandler(async (req, reply) => {
    const path = decodeURIComponent(req.url.split('?')[0]);
    if (!dist || path.startsWith('/api/') || req.method !== 'GET') {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no route ${req.method} ${path}`, details: { path } } } satisfies ApiErrorBody);
    }
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist + sep) && file !== dist) file = join(dist, 'index.html');
    const st = await stat(file).catch(() => undefined);
    if (!st || st.isDirectory()) {
      const idx = st?.isDirectory() ? join(file, 'index.html') : undefined;
      file = idx && (await stat(idx).catch(() => undefined)) ? idx : join(dist, 'index.html');
    }
    const body = await readFile(file).catch(() => undefined);
    if (!body) return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'explorer build not found', details: { dist } } } satisfies ApiErrorBody);
    return reply.type(MIME[extname(file)] ?? 'application/octet-stream').send(body);
  });
  return app;
}

/** Opens the database, starts following the node and serves the API. */
export async function startIndexer(opts: StartIndexerOptions): Promise<RunningIndexer> {
  const log = opts.logger ?? silentLogger;
  const db = await openDb(opts.database);
  const indexer = new Indexer({ nodeUrl: opts.nodeUrl, db, logger: log });
  try {
    await indexer.start();
  } catch (e) {
    await db.close();
    throw e;
  }
  const app = await buildServer(db, indexer, { explorerDist: opts.explorerDist, logger: log });
  const host = opts.host ?? '127.0.0.1';
  try {
    await app.listen({ port: opts.port, host });
  } catch (e) {
    await indexer.stop();
    await db.close();
    throw e;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log.info({ url, node: opts.nodeUrl }, 'indexer: API listening');
  let closed = false;
  return {
    url,
    port,
    indexer,
    db,
    app,
    async close() {
      if (closed) return;
      closed = true;
      await indexer.stop();
      await app.close();
      await db.close();
    },
  };
}
