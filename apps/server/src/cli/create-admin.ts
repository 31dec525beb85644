import type { Command } from 'commander';
import { z } from 'zod';
import { adminRoles, JurisdictionCode, Username } from '@youyu/contracts';
import { translate } from '@youyu/i18n';
import { DomainError } from '../platform/errors/index.ts';
import { systemContext } from '../platform/http/context.ts';
import { createUser, syncPermissionDefaults } from '../modules/accounts/index.ts';
import { withDatabase } from './with-database.ts';

const usernameRule = '3–32 lower-case letters, digits, dot, dash or underscore, starting with a letter or digit';

const Options = z.object({
  username: Username,
  role: z.enum(adminRoles),
  jurisdiction: JurisdictionCode.optional(),
  displayName: z.string().trim().min(1).max(50).optional(),
});

/**
 * There is no built-in administrator: whoever runs the server creates the first ones here. The
 * one-time password is printed once and must be changed at first sign-in; administrators then
 * enrol an authenticator app before they can do anything else.
 */
export function registerCreateAdmin(program: Command) {
  program
    .command('create-admin')
    .description('create a system, security or audit administrator; prints a one-time password')
    .requiredOption('--username <name>', `sign-in name: ${usernameRule}`)
    .requiredOption('--role <role>', adminRoles.join(' | '))
    .option('--jurisdiction <code>', 'jurisdiction code the administrator acts within (omit for platform-wide)')
    .option('--display-name <name>', 'name shown in the app (default: the role name)')
    .action(async (raw: Record<string, string | undefined>) => {
      const parsed = Options.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const option = String(issue.path[0]);
          console.error(`--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${option === 'username' ? usernameRule : issue.message}`);
        }
        process.exitCode = 1;
        return;
      }
      const options = parsed.data;
      await withDatabase(async (database) => {
        await syncPermissionDefaults(database.db);
        try {
          const { user, oneTimePassword } = await createUser(database.db, systemContext(database.db), {
            username: options.username,
            displayName: options.displayName ?? translate('zh-CN', `auth:roles.${options.role}`),
            role: options.role,
            jurisdictionCode: options.jurisdiction ?? null,
          });
          console.log(`Created ${user.role} "${user.username}" (${user.jurisdictionCode ?? 'platform-wide'}).`);
          console.log(`One-time password: ${oneTimePassword}`);
          console.log('It is shown only now. Change it at first sign-in, then set up an authenticator app.');
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          console.error(`${error.code}: ${translate('en-US', `auth:errors.${error.code}`, error.params)}`);
          process.exitCode = 1;
        }
      });
    });
}
