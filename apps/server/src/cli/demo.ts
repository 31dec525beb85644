import type { Config } from '../config.ts';
import type { Database } from '../platform/db/index.ts';

/** Demo mode: seed the demo city once, then print the demo accounts. (Filled in by the demo seed.) */
export async function prepareDemo(_database: Database, _config: Config): Promise<void> {}
