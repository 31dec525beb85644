/** One endpoint's numbers under load. Latencies in milliseconds. */
export type Measurement = { label: string; role: string | null; rps: number; mean: number; p50: number; p95: number; p99: number; failures: number };
export type RunFacts = { date: Date; machine: string; node: string; engine: string; load: string; note?: string };

/** The p-th percentile (nearest rank) of latencies sorted in ascending order; 0 without any. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** a ÷ b with two decimals; a floor of 0 (nothing measured) has no ratio. */
export const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '—');

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** docs/benchmarks.md: how it was measured, then each endpoint against the /healthz floor. */
export function renderReport(facts: RunFacts, floor: Measurement, measurements: Measurement[]): string {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts); do not edit by hand — run it again. Endpoints are listed in',
    '`bench/endpoints.ts`. `/healthz` answers without touching the database: it is the floor, what the',
    'framework and the machine cost; each ratio says how far an endpoint is from it (req/s ÷ floor: higher is',
    'better; latency ÷ floor: lower is better). "failed" counts non-2xx answers, errors and time-outs: a row',
    'with failures measures the failure, not the endpoint. Latencies (mean, p50, p95, p99: nearest rank) are',
    'taken over the successful answers (and a scenario’s expected refusals, where it says so), each timed to a',
    'fraction of a millisecond.',
    '',
    `- Date: ${facts.date.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `- Machine: ${facts.machine}`,
    `- Node.js: ${facts.node}`,
    `- Database: ${facts.engine}`,
    `- Load: ${facts.load}`,
    ...(facts.note ? [`- Note: ${facts.note}`] : []),
    '',
    ...renderTable(floor, measurements),
  ];
  return `${lines.join('\n')}\n`;
}

/** The measurements against the floor, as markdown table lines. */
export function renderTable(floor: Measurement, measurements: Measurement[]): string[] {
  const lines = [
    row(['endpoint', 'signed in as', 'req/s', 'mean ms', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s ÷ floor', 'mean ÷ floor', 'p50 ÷ floor', 'p95 ÷ floor', 'p99 ÷ floor', 'failed']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  for (const m of [floor, ...measurements]) {
    lines.push(
      row([
        m === floor ? `\`${m.label}\` (floor)` : `\`${m.label}\``,
        m.role ?? '—',
        Math.round(m.rps),
        m.mean.toFixed(2),
        m.p50.toFixed(1),
        m.p95.toFixed(1),
        m.p99.toFixed(1),
        ratio(m.rps, floor.rps),
        ratio(m.mean, floor.mean),
        ratio(m.p50, floor.p50),
        ratio(m.p95, floor.p95),
        ratio(m.p99, floor.p99),
        m.failures > 0 ? `⚠ ${m.failures}` : 0,
      ]),
    );
  }
  return lines;
}
