import type { Config } from '../config.ts';
import type { Database } from '../platform/db/index.ts';
import { vaultFromConfig } from '../platform/crypto/index.ts';
import { objectStoreFor } from '../platform/storage/index.ts';
import { CityAlreadySeededError, demoAccountsOfSeededCity, formatDemoAccounts, formatSeedReport, isCitySeeded, seedCity } from '../demo/index.ts';

/**
 * Demo mode: on the first start the demo city (config.city) is seeded; at every start the
 * demo accounts are printed, so whoever runs the demo can sign in.
 */
export async function prepareDemo(database: Database, config: Config): Promise<void> {
  if (!(await isCitySeeded(database.db, config.city))) {
    const vault = vaultFromConfig(config, (message) => console.warn(`warning: ${message}`));
    console.log(`Seeding the demo city ${config.city} (first start; synthetic data)…`);
    try {
      console.log(formatSeedReport(await seedCity(database, { city: config.city, vault, store: objectStoreFor(config) })));
      return;
    } catch (error) {
      // Another app server starting at the same time seeded it first: list its accounts.
      if (!(error instanceof CityAlreadySeededError)) throw error;
    }
  }
  const accounts = await demoAccountsOfSeededCity(database.db, config.city);
  console.log(accounts ? formatDemoAccounts(accounts) : `${config.city} holds institutions not seeded by the demo: no demo accounts to list.`);
}
