import os from 'node:os';

/**
 * Who ran a backup or restore, for its audit entry: the command line has no signed-in actor, so
 * the operating-system account stands in (a uid where the account has no name).
 */
export function operatorName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return `uid ${process.getuid?.() ?? 'unknown'}`;
  }
}
