import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { institutions } from '../institutions/index.ts';

/** What booking and visits need of an institution: whether it operates, what it offers, where it is, whom to tell. */
export async function findInstitutionFacts(exec: Executor, id: string) {
  const [row] = await exec
    .select({
      id: institutions.id,
      name: institutions.name,
      address: institutions.address,
      isInclusive: institutions.isInclusive,
      serviceModes: institutions.serviceModes,
      filingStatus: institutions.filingStatus,
      districtCode: institutions.districtCode,
      subdistrictCode: institutions.subdistrictCode,
      contactPhone: institutions.contactPhone,
    })
    .from(institutions)
    .where(eq(institutions.id, id));
  return row ?? null;
}
export type InstitutionFacts = NonNullable<Awaited<ReturnType<typeof findInstitutionFacts>>>;
