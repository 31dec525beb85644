import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

export type ServerOptions = {
  /** Run against this PostgreSQL database instead of an embedded PGlite in a fresh directory. */
  databaseUrl?: string;
  /** More configuration (see apps/server/src/config.ts); the defaults are a demo city, quiet logs. */
  env?: Record<string, string>;
  readyTimeoutMs?: number;
};

export type RunningServer = {
  url: string;
  dataDir: string;
  /** What the server printed so far (the tail of it), for failure messages. */
  output(): string;
  stop(): Promise<void>;
};

export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

// Whatever the caller's shell configures for Youyu must not leak into a hermetic server.
const isServerSetting = (name: string) => /^(YOUYU_|DATABASE_)/.test(name) || ['PORT', 'HOST', 'LOG_LEVEL'].includes(name);
const OUTPUT_LIMIT = 256 * 1024;

/**
 * Starts the real server process (`youyu serve`, as `npm start` does) on a free port with a fresh
 * data directory and the demo city seeded, and resolves once /readyz answers.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'youyu-server-'));
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !isServerSetting(name)));
  Object.assign(env, { PORT: String(port), HOST: '127.0.0.1', YOUYU_DATA_DIR: dataDir, YOUYU_DEMO: 'true', LOG_LEVEL: 'warn' }, options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}, options.env);
  const child = spawn(process.execPath, [path.join(root, 'apps/server/bin/youyu.mjs'), 'serve'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A test run that ends without stop() (a crash, a time-out) must not leave servers behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));

  const server: RunningServer = {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    output: () => output,
    stop: async () => {
      await stopProcess(child, exited);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitUntilReady(server.url, exited, options.readyTimeoutMs ?? 180_000);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
  return server;
}

async function waitUntilReady(url: string, exited: Promise<void>, timeoutMs: number): Promise<void> {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error('the server exited before it was ready');
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not ready within ${timeoutMs / 1000} s`);
}

/** SIGTERM lets the server close its database cleanly; SIGKILL only if it hangs. */
async function stopProcess(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
