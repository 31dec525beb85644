/** One endpoint's numbers under load. Latencies in milliseconds. */
export type Measurement = { label: string; role: string | null; rps: number; mean: number; p50: number; p99: number; failures: number };
export type RunFacts = { date: Date; machine: string; node: string; engine: string; load: string };

/** a ÷ b with two decimals; a floor of 0 ms (below the clock's resolution) has no ratio. */
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
    'with failures measures the failure, not the endpoint. autocannon counts whole milliseconds: a p50 of 0',
    'means under 1 ms and has no ratio; the mean keeps the fractions.',
    '',
    `- Date: ${facts.date.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `- Machine: ${facts.machine}`,
    `- Node.js: ${facts.node}`,
    `- Database: ${facts.engine}`,
    `- Load: ${facts.load}`,
    '',
    ...renderTable(floor, measurements),
  ];
  return `${lines.join('\n')}\n`;
}

/** The measurements against the floor, as markdown table lines. */
export function renderTable(floor: Measurement, measurements: Measurement[]): string[] {
  const lines = [
    row(['endpoint', 'signed in as', 'req/s', 'mean ms', 'p50 ms', 'p99 ms', 'req/s ÷ floor', 'mean ÷ floor', 'p50 ÷ floor', 'p99 ÷ floor', 'failed']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  for (const m of [floor, ...measurements]) {
    lines.push(
      row([
        m === floor ? `\`${m.label}\` (floor)` : `\`${m.label}\``,
        m.role ?? '—',
        Math.round(m.rps),
        m.mean.toFixed(2),
        m.p50,
        m.p99,
        ratio(m.rps, floor.rps),
        ratio(m.mean, floor.mean),
        ratio(m.p50, floor.p50),
        ratio(m.p99, floor.p99),
        m.failures > 0 ? `⚠ ${m.failures}` : 0,
      ]),
    );
  }
  return lines;
}
