#!/usr/bin/env node
// `npm test`: every vitest project in turn (unit, pglite, postgres, e2e), each with the readable
// reporter and a JSON report, then one last line summed over all of them:
// `N passed, N failed[, N skipped]`. Extra arguments go to every vitest run (e.g. a path filter).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ensureWebBuild, root, run } from './lib/web-build.mjs';

const isCI = ['true', '1', 'yes'].includes(String(process.env.CI).toLowerCase());
const postgresUrl = process.env.YOUYU_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const extraArgs = process.argv.slice(2);
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'youyu-test-reports-'));

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function redact(url) {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

function loudly(message) {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\n${message}\n${bar}\n`);
}

async function postgresProblem() {
  const pg = createRequire(path.join(root, 'apps/server/package.json'))('pg');
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error.message || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Counts from vitest's JSON report; a file that failed before any test ran counts as one failure. */
function countReport(file) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const brokenFiles = report.testResults.filter((r) => r.status === 'failed' && !r.assertionResults.some((a) => a.status === 'failed')).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

async function runProject(name) {
  const reportFile = path.join(reportDir, `${name}.json`);
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const code = await run(process.execPath, [vitest, 'run', '--project', name, '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...extraArgs]);
  let counts = { passed: 0, failed: 0, skipped: 0 };
  if (fs.existsSync(reportFile)) counts = countReport(reportFile);
  // A run that failed without a failed test (global setup, unhandled error) still failed.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  record(name, counts, `${((Date.now() - started) / 1000).toFixed(1)} s${code !== 0 ? `, vitest exit code ${code}` : ''}`);
  return counts;
}

function record(name, counts, note) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  lines.push(`  ${name.padEnd(9)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${note})`);
}

await runProject('unit');
const pglite = await runProject('pglite');

const problem = await postgresProblem();
if (!problem) {
  await runProject('postgres');
} else if (isCI) {
  loudly(`PostgreSQL is not reachable at ${redact(postgresUrl)}: ${problem}\nWith CI set, the postgres project must run: counted as a failure.`);
  record('postgres', { passed: 0, failed: 1, skipped: 0 }, 'PostgreSQL unreachable');
} else {
  loudly(`PostgreSQL is not reachable at ${redact(postgresUrl)}: ${problem}\nThe postgres project is SKIPPED. Start PostgreSQL or set YOUYU_TEST_DATABASE_URL to run it.`);
  // The postgres project runs the very files of the pglite project: that many tests were skipped.
  record('postgres', { passed: 0, failed: 0, skipped: Math.max(1, pglite.passed + pglite.failed + pglite.skipped) }, 'PostgreSQL unreachable');
}

try {
  await ensureWebBuild();
  await runProject('e2e');
} catch (error) {
  loudly(`e2e: ${error.message}`);
  record('e2e', { passed: 0, failed: 1, skipped: 0 }, 'no web build');
}

fs.rmSync(reportDir, { recursive: true, force: true });
console.log(`\n${lines.join('\n')}\n`);
const nothingRan = totals.passed + totals.failed === 0;
if (nothingRan) console.error('No test ran.');
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 || nothingRan ? 1 : 0);
