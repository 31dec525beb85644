import { InvalidArgumentError, type Command } from 'commander';
import { cityCodes, type CityKey } from '@youyu/contracts';
import { installShippedPolicyDocuments, reindexPolicyDocuments } from '../modules/policy-library/index.ts';
import { withDatabase } from './with-database.ts';

function parseCity(value: string): CityKey {
  if (!(value in cityCodes)) throw new InvalidArgumentError(`choose one of ${Object.keys(cityCodes).join(', ')}`);
  return value as CityKey;
}

export function registerPolicyLibrary(program: Command) {
  const library = program.command('policy-library').description('the policy library (托育政策查询)');
  library
    .command('install')
    .description('add the shipped policy documents a library lacks, published: the national ones and the city’s plans (idempotent; untouched ones take a newer shipped text, documents changed by people are left alone)')
    .option('--city <city>', `the city whose plans to add: ${Object.keys(cityCodes).join(' | ')} (default: YOUYU_CITY)`, parseCity)
    .action((options: { city?: CityKey }) =>
      withDatabase(async (database, config) => {
        const { installed, refreshed } = await installShippedPolicyDocuments(database.db, options.city ?? config.city);
        if (installed.length > 0) console.log(`installed ${installed.length} policy documents: ${installed.join(', ')}`);
        if (refreshed.length > 0) console.log(`updated the shipped text of ${refreshed.length} untouched policy documents: ${refreshed.join(', ')}`);
        if (installed.length + refreshed.length === 0) console.log('the policy library already holds every shipped document');
      }),
    );
  library
    .command('reindex')
    .description('recompute the search words of every document (after an upgrade that changes how Chinese text is cut into words)')
    .action(() =>
      withDatabase(async (database) => {
        console.log(`reindexed ${await reindexPolicyDocuments(database.db)} policy documents`);
      }),
    );
}
