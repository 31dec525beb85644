import type { ChildStatus, EnrolledChild, StaffMember, StaffMemberRole, StaffStatus } from '@youyu/contracts';
import { recordAudit } from '../../platform/audit/index.ts';
import { maskName, maskPhone, type Vault } from '../../platform/crypto/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { InstitutionErrors } from './institutions.errors.ts';
import { canSeeChildIdentity } from './institutions.policy.ts';
import { findChildIdNumber, findStaffIdNumber, listChildRows, listStaffRows } from './people.repository.ts';

type PageQuery = { page: number; pageSize: number };

export async function listStaff(ctx: RequestContext, institutionId: string, query: PageQuery & { status?: StaffStatus; role?: StaffMemberRole }): Promise<{ items: StaffMember[]; total: number }> {
  return listStaffRows(ctx.db, institutionId, query);
}

export async function listChildren(ctx: RequestContext, institutionId: string, query: PageQuery & { status?: ChildStatus; classId?: string }): Promise<{ items: EnrolledChild[]; total: number }> {
  const page = await listChildRows(ctx.db, institutionId, query);
  if (canSeeChildIdentity(ctx.actor, institutionId)) return page;
  return {
    total: page.total,
    items: page.items.map((c) => ({ ...c, name: maskName(c.name), guardianName: maskName(c.guardianName), guardianPhone: maskPhone(c.guardianPhone) })),
  };
}

type UnmaskInput = { institutionId: string; personId: string; reason?: string | undefined };
type Person = { cipher: string | null; subdistrictCode: string | null };

/**
 * Reveals one full ID number. The audit entry (personalData.unmask) is written in the same
 * transaction as the read, so no number is shown without its record.
 */
async function unmask(ctx: RequestContext, vault: Vault, entityType: 'staff' | 'child', input: UnmaskInput, find: (exec: Executor) => Promise<Person | null>) {
  return ctx.db.transaction(async (tx) => {
    const person = await find(tx);
    if (!person) throw notFound();
    if (!person.cipher) throw new DomainError(InstitutionErrors.ID_NUMBER_NOT_RECORDED);
    const idNumber = vault.decrypt(person.cipher);
    await recordAudit(tx, ctx, {
      action: 'personalData.unmask',
      entityType,
      entityId: input.personId,
      jurisdictionCode: person.subdistrictCode,
      details: { field: 'idNumber', institutionId: input.institutionId, ...(input.reason ? { reason: input.reason } : {}) },
    });
    return { idNumber };
  });
}

export function unmaskStaffIdNumber(ctx: RequestContext, vault: Vault, input: UnmaskInput) {
  return unmask(ctx, vault, 'staff', input, (tx) => findStaffIdNumber(tx, input.institutionId, input.personId));
}

export function unmaskChildIdNumber(ctx: RequestContext, vault: Vault, input: UnmaskInput) {
  return unmask(ctx, vault, 'child', input, (tx) => findChildIdNumber(tx, input.institutionId, input.personId));
}
