import { eq, sql } from 'drizzle-orm';
import type { FilingStatus, InstitutionKind, Ownership, Registrar, RegistrationFacts, RegistrationOutcome, RegistrationSource, ServiceMode } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { children, classes, fees, institutions, staff } from './institutions.tables.ts';
import { registrations } from './registrations.tables.ts';

export type RegistrationPlace = { districtCode: string; subdistrictCode: string; lat: number; lng: number };

/** A registration checked by its caller: credit code normalised, kind implied, place resolved. */
export type RegistrationToApply = {
  facts: RegistrationFacts;
  kind: InstitutionKind;
  place: RegistrationPlace;
  source: RegistrationSource;
  /** When the registrar says it happened; null for imports, which have no order to keep. */
  eventAt: Date | null;
};

export type AppliedRegistration = { outcome: RegistrationOutcome; registrationId: string; institutionId: string; filingStatus: FilingStatus };

/**
 * The facts a filing declares and a registration does not carry. The institution row needs a value
 * for each; the director's filing replaces them all before anything is published.
 */
const UNDECLARED = { isInclusive: false, openingHours: '', serviceModes: [] as ServiceMode[], isPremisesOwned: true, floorAreaM2: 1, hasMeals: false };

/** Staffing-office registrations are public institutions (事业单位); anything else is assumed private until filed. */
const assumedOwnership = (registrar: Registrar): Ownership => (registrar === 'staffingOffice' ? 'public' : 'private');

function registrarFacts(r: RegistrationToApply) {
  const f = r.facts;
  return {
    name: f.name,
    legalNature: f.legalNature,
    registrar: f.registrar,
    kind: r.kind,
    address: f.address,
    contactName: f.contactName,
    contactPhone: f.contactPhone,
    ...r.place,
  };
}

function registrationRow(r: RegistrationToApply) {
  return {
    registrar: r.facts.registrar,
    registrationDate: r.facts.registrationDate,
    facts: r.facts,
    districtCode: r.place.districtCode,
    subdistrictCode: r.place.subdistrictCode,
    lastEventAt: r.eventAt,
    updatedAt: new Date(),
  };
}

async function lockRegistration(tx: Executor, creditCode: string) {
  const [row] = await tx.select().from(registrations).where(eq(registrations.creditCode, creditCode)).for('update');
  return row;
}

async function lockInstitution(tx: Executor, creditCode: string) {
  const [row] = await tx.select({ id: institutions.id, filingStatus: institutions.filingStatus }).from(institutions).where(eq(institutions.creditCode, creditCode)).for('update');
  return row;
}

/**
 * An institution that has not begun its filing takes the registrar's facts; once a filing exists,
 * the filing is the record and changes go through a change filing. Rows that carry the place move
 * with it, so scope filters stay true.
 */
async function refreshUnfiledInstitution(tx: Executor, institutionId: string, filingStatus: FilingStatus, r: RegistrationToApply): Promise<void> {
  if (filingStatus !== 'registered') return;
  await tx
    .update(institutions)
    .set({ ...registrarFacts(r), updatedAt: new Date(), revision: sql`${institutions.revision} + 1` })
    .where(eq(institutions.id, institutionId));
  const place = { districtCode: r.place.districtCode, subdistrictCode: r.place.subdistrictCode };
  for (const table of [classes, fees, staff, children]) await tx.update(table).set(place).where(eq(table.institutionId, institutionId));
}

/**
 * Creates or updates the registration of one institution, keyed by its credit code, and the
 * institution row with it (filing status `registered` when new). An event older than the last one
 * applied changes nothing (`stale`). Safe under concurrency: the credit code's unique indexes make
 * a second writer wait for the first and then update what the first created. Run it in a transaction.
 */
export async function applyRegistration(tx: Executor, r: RegistrationToApply): Promise<AppliedRegistration> {
  const creditCode = r.facts.creditCode;
  const existing = await lockRegistration(tx, creditCode);
  if (existing) {
    const [institution] = await tx.select({ filingStatus: institutions.filingStatus }).from(institutions).where(eq(institutions.id, existing.institutionId)).for('update');
    const filingStatus = institution!.filingStatus;
    const result = { registrationId: existing.id, institutionId: existing.institutionId, filingStatus };
    if (r.eventAt && existing.lastEventAt && r.eventAt.getTime() <= existing.lastEventAt.getTime()) return { outcome: 'stale', ...result };
    await tx.update(registrations).set(registrationRow(r)).where(eq(registrations.id, existing.id));
    await refreshUnfiledInstitution(tx, existing.institutionId, filingStatus, r);
    return { outcome: 'updated', ...result };
  }

  let institution = await lockInstitution(tx, creditCode);
  if (!institution) {
    const [inserted] = await tx
      .insert(institutions)
      .values({ ...UNDECLARED, ...registrarFacts(r), creditCode, ownership: assumedOwnership(r.facts.registrar), filingStatus: 'registered' })
      .onConflictDoNothing({ target: institutions.creditCode })
      .returning({ id: institutions.id, filingStatus: institutions.filingStatus });
    institution = inserted ?? (await lockInstitution(tx, creditCode));
  } else {
    await refreshUnfiledInstitution(tx, institution.id, institution.filingStatus, r);
  }
  const [registration] = await tx
    .insert(registrations)
    .values({ ...registrationRow(r), institutionId: institution!.id, creditCode, source: r.source })
    .onConflictDoNothing({ target: registrations.creditCode })
    .returning({ id: registrations.id });
  // Another writer registered the same code meanwhile: this event is now an update of theirs.
  if (!registration) return applyRegistration(tx, r);
  return { outcome: 'created', registrationId: registration.id, institutionId: institution!.id, filingStatus: institution!.filingStatus };
}

/** Notes that the invitation to file went out. */
export async function markInvited(exec: Executor, registrationId: string, at: Date = new Date()): Promise<void> {
  await exec.update(registrations).set({ invitedAt: at }).where(eq(registrations.id, registrationId));
}
