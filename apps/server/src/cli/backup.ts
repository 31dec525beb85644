import type { Command } from 'commander';
import { verifyAuditChain } from '../platform/audit/index.ts';
import { BackupError, backupToFile, restoreFromFile } from '../platform/backup/index.ts';
import { systemContext } from '../platform/http/context.ts';
import { withDatabase } from './with-database.ts';

/** Operator mistakes (wrong file, other migration level) print one clear line, not a stack. */
async function reportingBackupErrors(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

export function registerBackup(program: Command) {
  program
    .command('backup')
    .argument('<file>', 'where to write the backup, e.g. youyu-2025-01-31.jsonl.gz')
    .description('write every table to a gzip\'d JSON-lines file, from one consistent snapshot (stop PGlite servers first)')
    .action((file: string) =>
      reportingBackupErrors(() =>
        withDatabase(async (database) => {
          const summary = await backupToFile(systemContext(database.db), file);
          console.log(`backup written to ${summary.file}: ${summary.tables} tables, ${summary.rows} rows, migration level ${summary.migrations}`);
        }),
      ),
    );
  program
    .command('restore')
    .argument('<file>', 'a file written by `youyu backup` at the same migration level')
    .description('REPLACE all data with a backup, in one transaction (stop the app servers first)')
    .action((file: string) =>
      reportingBackupErrors(() =>
        withDatabase(async (database) => {
          const summary = await restoreFromFile(systemContext(database.db), file);
          console.log(`restored ${summary.rows} rows into ${summary.tables} tables from ${summary.file} (backup of ${summary.backupCreatedAt})`);
          const chain = await verifyAuditChain(database.db);
          console.log(chain.ok ? `audit chain intact: ${chain.checked} entries` : `audit chain BROKEN at entry ${chain.firstBadSeq} (${chain.reason})`);
          if (!chain.ok) process.exitCode = 2;
        }),
      ),
    );
}
