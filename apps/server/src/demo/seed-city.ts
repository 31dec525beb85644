import { sql } from 'drizzle-orm';
import type { InstitutionSummary } from '@youyu/contracts';
import { recordAudit } from '../platform/audit/index.ts';
import type { Vault } from '../platform/crypto/index.ts';
import type { Database, Executor } from '../platform/db/index.ts';
import { systemContext } from '../platform/http/context.ts';
import { ensureUser } from '../modules/accounts/index.ts';
import { getJurisdiction, importJurisdictions, listDistrictBoundaries, listDistricts, listSubdistricts } from '../modules/jurisdictions/index.ts';
import { installShippedProfiles } from '../modules/policies/index.ts';
import { installShippedPolicyDocuments } from '../modules/policy-library/index.ts';
import { hasInstitutionsWithin, insertRegistryRows, summaryOf } from '../modules/institutions/index.ts';
import { cityPlans, type CityPlan, type DemoCity } from './city-plans.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoAccountsFor, type DemoAccount } from './demo-accounts.ts';
import { digestOfCity } from './digest.ts';
import { insertFamilyAccounts } from './family-accounts.ts';
import { seedPrepaymentsAndClosure } from './prepayments.ts';
import { seedDemoFilings } from '../modules/filings/index.ts';
import { seedDemoFeedback } from '../modules/cases/index.ts';
import { seedDemoBookings } from '../modules/bookings/index.ts';
import type { ObjectStore } from '../platform/storage/index.ts';
import { generateCity } from './generate.ts';
import { placeable, squareAround } from './geo.ts';
import { loadDemoRules } from './rules.ts';
import { toRegistryRows } from './storage.ts';
import type { DistrictInput, GeneratedCity } from './types.ts';

/** The seed every demo starts from unless told otherwise, so every demo shows the same city. */
export const DEFAULT_SEED = 1;
// Serialises seeding across app servers that start together on one PostgreSQL.
const SEED_LOCK = 7301003;

export class CityAlreadySeededError extends Error {
  constructor(readonly city: DemoCity) {
    super(`${city} already has institutions in this database: the demo city is seeded only into an empty city (use a fresh database).`);
    this.name = 'CityAlreadySeededError';
  }
}

export type SeedReport = {
  city: DemoCity;
  seed: number;
  summary: InstitutionSummary;
  staff: number;
  children: number;
  families: number;
  /** SHA-256 of the generated rows: the same seed gives the same digest everywhere. */
  digest: string;
  demoInstitution: { id: string; name: string };
  accounts: DemoAccount[];
};

/** Districts with population, income, boundary and subdistricts, as the jurisdictions module has them. */
async function loadDistrictInputs(exec: Executor, plan: CityPlan): Promise<DistrictInput[]> {
  // One query at a time: inside a transaction they share one connection.
  const districts = await listDistricts(exec, plan.cityCode);
  const boundaries = await listDistrictBoundaries(exec, plan.cityCode);
  const shapes = new Map(boundaries.map((b) => [b.code, placeable(b.boundary)]));
  const known = districts.map((d) => d.population).filter((p): p is number => !!p && p > 0);
  const meanPopulation = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const inputs: DistrictInput[] = [];
  for (const d of districts) {
    const centre = plan.centresWithoutBoundary?.[d.code];
    const shape = shapes.get(d.code) ?? (centre ? squareAround(centre) : undefined);
    if (!shape) throw new Error(`District ${d.code} ${d.nameZh} has no boundary and no centre in the demo plan: the demo places institutions inside districts`);
    const subdistricts = (await listSubdistricts(exec, d.code)).map((s) => ({ code: s.code, name: s.nameZh }));
    inputs.push({ code: d.code, name: d.nameZh, population: d.population && d.population > 0 ? d.population : meanPopulation, householdIncomeFen: d.householdIncomeFen, shape, subdistricts });
  }
  return inputs;
}

/** Loads the inputs and generates the city without storing it (the determinism test uses this). */
export async function generateDemoCity(exec: Executor, city: DemoCity, seed: number = DEFAULT_SEED): Promise<GeneratedCity> {
  const plan = cityPlans[city];
  return generateCity({ plan, seed, districts: await loadDistrictInputs(exec, plan), rules: await loadDemoRules(exec, plan.cityCode) });
}

/** The demo accounts of a city whose demo institution is known. */
export async function demoAccountsOf(exec: Executor, plan: CityPlan, institution: { id: string; name: string }): Promise<DemoAccount[]> {
  const nameOf = async (code: string) => (await getJurisdiction(exec, code)).nameZh;
  const names = { city: await nameOf(plan.cityCode), district: await nameOf(plan.demo.districtCode), subdistrict: await nameOf(plan.demo.subdistrictCode), institution: institution.name };
  return demoAccountsFor(plan, names, institution.id);
}

/**
 * Builds the demo city in one transaction: its jurisdictions and policy profiles, ~600
 * institutions for Beijing with classes, fees, staff, children and family accounts, and one
 * account per role with the documented password, and filings part-way through review (their sample
 * materials go to `store`; without one, the filings have no files). Refuses a city that already
 * has institutions.
 */
export async function seedCity(database: Database, options: { city: DemoCity; seed?: number; vault: Vault; store?: ObjectStore }): Promise<SeedReport> {
  const { city, seed = DEFAULT_SEED, vault } = options;
  const plan = cityPlans[city];
  const ctx = systemContext(database.db);
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    if (await hasInstitutionsWithin(tx, plan.cityCode)) throw new CityAlreadySeededError(city);
    await importJurisdictions(tx, city, ctx);
    await installShippedProfiles(tx, city);
    await installShippedPolicyDocuments(tx, city);
    const generated = await generateDemoCity(tx, city, seed);
    await insertRegistryRows(tx, toRegistryRows(generated, vault));
    await insertFamilyAccounts(tx, generated.families);
    await seedPrepaymentsAndClosure(tx, generated, plan);
    await seedDemoFilings(tx, { jurisdictionCode: plan.cityCode, store: options.store ?? null });
    await seedDemoFeedback(tx, { districtCode: plan.demo.districtCode, demoInstitutionId: generated.demoInstitutionId });
    // The demo family (the first) keeps a clean slate to book with; the next ones have asked already.
    await seedDemoBookings(tx, { institutionId: generated.demoInstitutionId, families: generated.families.slice(1, 6) });
    const demoInstitution = { id: generated.demoInstitutionId, name: generated.institutions[0]!.name! };
    const accounts = await demoAccountsOf(tx, plan, demoInstitution);
    for (const account of accounts) {
      if (account.role === 'family') continue; // created with the other families
      await ensureUser(tx, ctx, { ...account, password: DEMO_PASSWORD, mustChangePassword: false, totpSecret: account.hasTotp ? DEMO_TOTP_SECRET : null });
    }
    const summary = await summaryOf(tx, plan.cityCode);
    const report: SeedReport = {
      city,
      seed,
      summary,
      staff: generated.staff.length,
      children: generated.children.length,
      families: generated.families.length,
      digest: digestOfCity(generated),
      demoInstitution,
      accounts,
    };
    await recordAudit(tx, ctx, {
      action: 'demo.seed',
      entityType: 'city',
      entityId: plan.cityCode,
      jurisdictionCode: plan.cityCode,
      // The demo institution is how later starts find the accounts to print (seeded-city.ts).
      details: { seed, demoInstitutionId: demoInstitution.id, institutions: summary.institutions, places: summary.places, staff: report.staff, children: report.children, families: report.families, digest: report.digest },
    });
    return report;
  });
}
