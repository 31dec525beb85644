import { InvalidArgumentError, type Command } from 'commander';
import { seedLoadTestInstitutions } from '../demo/load-test-city.ts';
import { withDatabase } from './with-database.ts';

function parseCount(value: string): number {
  if (!/^\d{1,7}$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('a whole number from 1 to 9999999');
  return Number(value);
}

export function registerLoadTest(program: Command) {
  program
    .command('seed-load-test')
    .description('fill an empty database with synthetic filed institutions in Beijing (classes, fees, enrolled children; no accounts) for benchmarks such as the map search')
    .requiredOption('--institutions <n>', 'how many institutions', parseCount)
    .action((options: { institutions: number }) =>
      withDatabase(async (database) => {
        const started = Date.now();
        await seedLoadTestInstitutions(database, options.institutions);
        console.log(`${options.institutions} institutions in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      }),
    );
}
