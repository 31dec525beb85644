import { registrars, type Registrar } from '@youyu/contracts';
import type { Actor } from '../../platform/auth/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { ExchangeErrors } from './exchange.errors.ts';

const isRegistrar = (department: string | null): department is Registrar => (registrars as readonly string[]).includes(department ?? '');

/**
 * A batch of registrations comes from the registrar itself: an account of civil affairs, market
 * regulation, the staffing office or education, and only for places within its jurisdiction.
 */
export function batchUploaderOf(actor: Actor | null): { registrar: Registrar; jurisdictionCode: string; userId: string } {
  if (!actor || !isRegistrar(actor.department) || !actor.jurisdictionCode) throw new DomainError(ExchangeErrors.NOT_A_REGISTRAR);
  return { registrar: actor.department, jurisdictionCode: actor.jurisdictionCode, userId: actor.userId };
}
