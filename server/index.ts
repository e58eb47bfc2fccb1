import { createServer as createHttpsServer } from 'node:https'
import { join, resolve } from 'node:path'
import { serve } from '@hono/node-server'
import { WebSocketServer } from 'ws'
import { createApp } from './app'
import { loadSessionSecret } from './auth/secret'
import { importCatalog } from './catalog/import'
import type { Deps } from './context'
import { type Database, NotMigratedError, openDatabase, underStartupLock } from './db/client'
import { DataDirLockedError } from './db/lock'
import { EnvError, readEnv } from './env'
import { BlobStore } from './models/store'
import { log } from './ops/log'
import { AppMetrics, metricsEnabled } from './ops/metrics'
import { serveMetrics } from './ops/metrics-server'
import { AgentPresence } from './realtime/agent-presence'
import { LocalBus } from './realtime/bus'
import { Hub } from './realtime/hub'
import { QueuePresence } from './realtime/queue-presence'
import { issueLink, linkUrl } from './services/auth-links'
import { forgetAllSockets } from './services/presence'
import { sweepAbandoned } from './services/sessions'
import { ensureAdmin, hasUsers } from './services/users'
import { mountStatic } from './static'
import { DeliveryWorker, releaseLeases } from './webhooks/worker'

const root = resolve(import.meta.dirname, '..')

async function main() {
  const env = readEnv()
  const https = env.HTTPS || process.argv.includes('--https')
  const dataDir = resolve(env.DATA_DIR)
  const database: Database = env.DATABASE_URL
    ? await openDatabase({ kind: 'postgres', url: env.DATABASE_URL, migrate: env.MIGRATE })
    : await openDatabase({ kind: 'pglite', dataDir })
  const modelsDir = resolve(env.MODELS_DIR)
  const deps: Deps = {
    db: database.db,
    database,
    env,
    secret: loadSessionSecret(env.SESSION_SECRET, dataDir),
    modelsDir,
    hub: new Hub(
      env.DATABASE_URL
        ? await (await import('./realtime/pg-bus')).PgBus.connect(env.DATABASE_URL, database.db)
        : new LocalBus(),
    ),
    blobs: new BlobStore(join(dataDir, 'blobs')),
    secure: env.SECURE_COOKIES ?? (https || (env.PUBLIC_URL?.startsWith('https:') ?? false)),
  }
  // Instances starting together seed one after the other: the second finds the catalog current.
  await underStartupLock(database, async () => {
    if (env.SEED) {
      const report = await importCatalog(database.db, modelsDir)
      for (const p of report.problems) log.warn(`catalog: ${p}`)
      const changed = report.products.filter((p) => p.changed).length
      log.info(
        `catalog: ${report.products.length} products (${changed} updated), ${report.published.length} procedure versions published`,
      )
    }
    const admin = await ensureAdmin(database.db, env.ADMIN_EMAIL, env.ADMIN_PASSWORD)
    if (admin) log.info(`Created the admin account ${admin.email}.`)
  })
  // The first run in the browser: with no staff account, a one-time setup link (printed below once
  // the port is known) creates the first admin.
  const setup = (await hasUsers(database.db))
    ? null
    : await issueLink(database.db, deps.secret, 'setup')

  // Sessions left without an answer become abandoned after the configured idle time.
  const idleMs = env.ABANDON_AFTER_MINUTES * 60_000
  const sweep = setInterval(
    () =>
      void sweepAbandoned(database.db, idleMs, new Date(), env).catch((err) =>
        log.error({ err }, 'abandon sweep failed'),
      ),
    Math.min(60_000, idleMs),
  )
  sweep.unref()

  // A waiting customer whose socket drops keeps their place for the grace period.
  const presence = new QueuePresence(deps, env.QUEUE_GRACE_SECONDS * 1000).start()
  // Agents count as online while a console of theirs is open on some instance. On the embedded
  // database this process is the only one: consoles recorded before a crash are gone now.
  if (!env.DATABASE_URL) await forgetAllSockets(database.db)
  const agents = new AgentPresence(deps).start()

  // Webhooks and the CRM hand-off: due deliveries from the outbox, on every instance.
  // The embedded database is this process's alone: a delivery leased before it started was leased
  // by a process that died mid-send.
  if (database.kind === 'pglite') await releaseLeases(database.db)
  const deliveries = new DeliveryWorker(database.db, env).start()

  const metrics = metricsEnabled(env) ? new AppMetrics(deps) : null
  const app = createApp(deps, { logRequests: env.LOG_REQUESTS, metrics: metrics ?? undefined })
  // Metrics on a port of their own, loopback by default: never on the public port without a token.
  const metricsServer =
    metrics && env.METRICS_PORT !== undefined
      ? await serveMetrics(metrics, env.METRICS_PORT, env.METRICS_HOST)
      : null
  if (metricsServer)
    log.info(
      { metricsUrl: `http://${env.METRICS_HOST}:${metricsServer.port}/metrics` },
      `Metrics at http://${env.METRICS_HOST}:${metricsServer.port}/metrics`,
    )
  mountStatic(app, { distDir: resolve(root, env.DIST_DIR), modelsDir })

  // Loaded only for HTTPS: certificates and QR codes are code an ordinary instance never runs.
  const tlsModule = https ? await import('./tls') : null
  const tls = tlsModule ? await tlsModule.loadOrCreateCertificate(dataDir) : null
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 })
  const server = serve(
    {
      fetch: app.fetch,
      port: env.PORT,
      hostname: env.HOST,
      websocket: { server: wss },
      ...(tls ? { createServer: createHttpsServer, serverOptions: tls } : {}),
    },
    (info) => {
      const scheme = tls ? 'https' : 'http'
      const shown = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST
      // Where this process listens; PUBLIC_URL (what labels and links carry) is printed beside it.
      const url = `${scheme}://${shown}:${info.port}`
      log.info(
        { url, database: database.kind },
        `Fixpoint is running at ${url} (database: ${database.kind})`,
      )
      if (env.PUBLIC_URL) log.info(`Public URL (links and printed labels): ${env.PUBLIC_URL}`)
      if (setup) {
        const origin = env.PUBLIC_URL ?? `${scheme}://${shown}:${info.port}`
        // One line, so it reads the same as JSON and at a terminal.
        const setupUrl = linkUrl(origin, 'setup', setup.token)
        log.info(
          { setupUrl },
          `No staff account exists yet. To create the first administrator, open this link within an hour (it works once): ${setupUrl} (For scripted installs, set ADMIN_EMAIL and ADMIN_PASSWORD instead.)`,
        )
      }
      if (tlsModule) {
        deps.lanUrl = tlsModule.lanUrl(info.port)
        void announceLan(deps.lanUrl, tlsModule.terminalQr)
      }
    },
  )
  server.on('error', async (err: NodeJS.ErrnoException) => {
    log.error(
      err.code === 'EADDRINUSE'
        ? `Port ${env.PORT} is already in use. Stop the other server or set PORT to a free port.`
        : `Server error: ${err.message}`,
    )
    await database.close()
    process.exit(1)
  })

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log.info(`${signal}: finishing in-flight requests, then closing the database.`)
    const force = setTimeout(() => process.exit(1), 10_000)
    force.unref()
    const closed = new Promise<void>((done) => server.close(() => done()))
    // Idle keep-alive connections would hold the close open until they time out.
    ;(server as { closeIdleConnections?: () => void }).closeIdleConnections?.()
    clearInterval(sweep)
    presence.stop()
    agents.stop()
    await deliveries.stop()
    deps.hub.closeAll()
    wss.close()
    metricsServer?.server.close()
    await closed
    await deps.hub.close()
    await database.close()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

/** Prints the LAN URL and its QR code, so a phone on the same network can open it. */
async function announceLan(url: string | null, terminalQr: (url: string) => Promise<string>) {
  if (!url) {
    log.info('No LAN address found: this machine is not on a network a phone could reach.')
    return
  }
  log.info(
    `On a phone on this network, open ${url} (accept the one-time certificate warning):\n${await terminalQr(url)}`,
  )
}

main().catch((err: unknown) => {
  if (
    err instanceof EnvError ||
    err instanceof DataDirLockedError ||
    err instanceof NotMigratedError
  ) {
    log.fatal(err.message)
  } else {
    log.fatal({ err }, 'Fixpoint could not start')
  }
  log.flush()
  process.exit(1)
})
