#!/usr/bin/env node
// `npm start`: build the web app if needed, then run the server in demo mode (unless YOUYU_DEMO
// says otherwise), with settings from .env when there is one. Signals go to the server once;
// its exit code is ours.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { ensureWebBuild, root } from './lib/web-build.mjs';

const envFile = path.join(root, '.env');
// The shell's environment wins over .env, as with every dotenv tool.
const env = { ...(fs.existsSync(envFile) ? parseEnv(fs.readFileSync(envFile, 'utf8')) : {}), ...process.env };
env.YOUYU_DEMO ??= 'true';

try {
  if (!env.YOUYU_WEB_DIST) await ensureWebBuild();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

// Its own process group, so a Ctrl-C reaches the server once (from us), not also from the terminal.
const server = spawn(process.execPath, [path.join(root, 'apps/server/bin/youyu.mjs'), 'serve'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });

const lastForwarded = new Map();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // npm forwards the terminal's Ctrl-C as well: one press arrives twice within milliseconds.
    const now = Date.now();
    if (now - (lastForwarded.get(signal) ?? 0) < 1000) return;
    lastForwarded.set(signal, now);
    server.kill(signal);
  });
}
// Should we die without a signal handler running, take the server down with us.
process.on('exit', () => {
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
});

server.on('error', (error) => {
  console.error(`could not start the server: ${error.message}`);
  process.exit(1);
});
server.on('exit', (code, signal) => {
  process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0));
});
