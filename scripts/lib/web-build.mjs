import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
const webIndex = path.join(root, 'apps/web/dist/index.html');
// What the web bundle is made from: its own sources and the shared packages it imports.
const webSources = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/web/public', 'packages/contracts/src', 'packages/i18n/src'];

/** Runs a command with this terminal's output; resolves to its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function newestChange(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

/** Missing, or older than any of its sources: a stale bundle would show yesterday's pages. */
export function isWebBuildNeeded() {
  if (!fs.existsSync(webIndex)) return true;
  const builtAt = fs.statSync(webIndex).mtimeMs;
  return webSources.some((source) => newestChange(path.join(root, source)) > builtAt);
}

/** Builds the web app (apps/web/dist) when needed, streaming the build's output. */
export async function ensureWebBuild() {
  if (!isWebBuildNeeded()) return;
  console.log('Building the web app (npm run build -w @youyu/web)…');
  const code = await run('npm', ['run', 'build', '-w', '@youyu/web']);
  if (code !== 0) throw new Error(`the web build failed (exit code ${code})`);
}
