import { describe, expect, it } from 'vitest';
import { percentile, ratio, renderReport, type Measurement } from './report.ts';

const floor: Measurement = { label: 'GET /healthz', role: null, rps: 20_000, mean: 0.5, p50: 1, p95: 2, p99: 4, failures: 0 };

describe('benchmark report', () => {
  it('gives ratios to the floor, and none to a zero floor', () => {
    expect(ratio(5_000, 20_000)).toBe('0.25');
    expect(ratio(3, 0)).toBe('—');
  });

  it('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 200 }, (_, i) => i + 1);
    expect([50, 95, 99].map((p) => percentile(sorted, p))).toEqual([100, 190, 198]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });

  it('renders the facts and one row per endpoint, flagging failures', () => {
    const text = renderReport(
      { date: new Date('2025-01-31T08:00:00Z'), machine: '2 × Test CPU, 4.0 GiB', node: 'v20.19.0', engine: 'PGlite', load: '10 connections', note: 'shared machine' },
      floor,
      [{ label: 'GET /api/v1/meta', role: 'regulator', rps: 10_000.4, mean: 1.25, p50: 2, p95: 5.04, p99: 9, failures: 3 }],
    );
    expect(text).toContain('- Date: 2025-01-31 08:00 UTC');
    expect(text).toContain('- Note: shared machine');
    expect(text).toContain('| `GET /healthz` (floor) | — | 20000 | 0.50 | 1.0 | 2.0 | 4.0 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 0 |');
    expect(text).toContain('| `GET /api/v1/meta` | regulator | 10000 | 1.25 | 2.0 | 5.0 | 9.0 | 0.50 | 2.50 | 2.00 | 2.52 | 2.25 | ⚠ 3 |');
  });
});
