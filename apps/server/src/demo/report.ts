import { formatDemoAccounts } from './demo-accounts.ts';
import type { SeedReport } from './seed-city.ts';

const share = (part: number, whole: number) => (whole > 0 ? `${((100 * part) / whole).toFixed(1)} %` : '–');

/** What a seed built, for the operator: totals, the digest that identifies the city, the accounts. */
export function formatSeedReport(report: SeedReport): string {
  const { summary } = report;
  return [
    `Seeded ${report.city} (seed ${report.seed}): ${summary.institutions} institutions, ${summary.places} places (${share(summary.inclusive.places, summary.places)} inclusive), ` +
      `${summary.enrolled} children enrolled (${share(summary.enrolled, summary.places)} of places), ${report.staff} staff records, ${report.families} family accounts.`,
    `Demo institution: ${report.demoInstitution.name}. Digest of the generated rows: ${report.digest}`,
    formatDemoAccounts(report.accounts),
  ].join('\n');
}
