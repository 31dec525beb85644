import type { Command } from 'commander';
import { verifyAuditChain } from '../platform/audit/index.ts';
import { withDatabase } from './with-database.ts';

export function registerAudit(program: Command) {
  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description('check the hash chain: any edited, inserted or deleted entry is reported')
    .action(() =>
      withDatabase(async (database) => {
        const report = await verifyAuditChain(database.db);
        if (report.ok) console.log(`audit chain intact: ${report.checked} entries`);
        else {
          console.error(`audit chain BROKEN at entry ${report.firstBadSeq} (${report.reason}); ${report.checked} entries before it are intact`);
          process.exitCode = 2;
        }
      }),
    );
}
