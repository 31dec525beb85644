import { InvalidArgumentError, type Command } from 'commander';
import { vaultFromConfig } from '../platform/crypto/index.ts';
import { objectStoreFor } from '../platform/storage/index.ts';
import { CityAlreadySeededError, DEFAULT_SEED, demoCities, formatSeedReport, seedCity, type DemoCity } from '../demo/index.ts';
import { withDatabase } from './with-database.ts';

function parseCity(value: string): DemoCity {
  if (!(demoCities as readonly string[]).includes(value)) throw new InvalidArgumentError(`choose one of ${demoCities.join(', ')}`);
  return value as DemoCity;
}

function parseSeed(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('a whole number');
  return Number(value);
}

export function registerSeed(program: Command) {
  program
    .command('seed')
    .description('build the synthetic demo city into an empty city: jurisdictions, policy profiles, institutions, staff, children, families and one account per role (docs/DEMO.md)')
    .requiredOption('--city <city>', `the city to build: ${demoCities.join(' | ')}`, parseCity)
    .option('--seed <n>', 'seed of the generator: the same seed builds the same city', parseSeed, DEFAULT_SEED)
    .option('--allow-outside-demo', 'seed although YOUYU_DEMO is off (never in a database with real people in it)')
    .action((options: { city: DemoCity; seed: number; allowOutsideDemo?: boolean }) =>
      withDatabase(async (database, config) => {
        if (!config.isDemo && !options.allowOutsideDemo) {
          console.error('Refusing to add synthetic people outside demo mode: set YOUYU_DEMO=true, or pass --allow-outside-demo for a development database.');
          process.exitCode = 1;
          return;
        }
        const vault = vaultFromConfig(config, (message) => console.warn(`warning: ${message}`));
        try {
          console.log(formatSeedReport(await seedCity(database, { city: options.city, seed: options.seed, vault, store: objectStoreFor(config) })));
        } catch (error) {
          if (!(error instanceof CityAlreadySeededError)) throw error;
          console.error(error.message);
          process.exitCode = 1;
        }
      }),
    );
}
