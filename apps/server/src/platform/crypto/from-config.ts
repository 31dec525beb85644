import type { Config } from '../../config.ts';
import { resolveSecretKey, type SecretKeyWarning } from './secret-key.ts';
import { createVault, type Vault } from './vault.ts';

/** The vault for this process's configuration; throws ConfigError when no key may be used. */
export function vaultFromConfig(config: Pick<Config, 'secretKey' | 'isDemo'>, warn: SecretKeyWarning): Vault {
  return createVault(resolveSecretKey(config, warn));
}
