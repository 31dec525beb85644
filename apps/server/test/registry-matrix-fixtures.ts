import type { Executor } from '../src/platform/db/index.ts';
import type { ObjectStore } from '../src/platform/storage/index.ts';
import { filingMaterials, filings } from '../src/modules/filings/index.ts';
import { importJobs } from '../src/modules/imports/index.ts';
import type { TestInstitution } from '../src/modules/institutions/institutions.factory.ts';

/**
 * The authorisation matrix's records and requests for the registry's own routes: editing an
 * institution, filing, the registrars' exchange and imports. One of each record per side; every
 * write carries a revision no record has (999), so a request that passes the guard answers 409 and
 * the matrix never changes the world it probes.
 */
export type RegistryMatrixSide = {
  institution: TestInstitution;
  districtCode: string;
  cityCode: string;
  filing: { id: string; materialId: string };
  importJobId: string;
  apiKeyId: string;
};

type Place = { districtCode: string; subdistrictCode: string };

/** A draft filing with one stored material, and a finished import. */
export async function createRegistryMatrixRecords(exec: Executor, store: ObjectStore, institution: TestInstitution, place: Place) {
  const [filing] = await exec.insert(filings).values({ institutionId: institution.id, kind: 'initial', state: 'draft', ...place }).returning({ id: filings.id });
  const [material] = await exec
    .insert(filingMaterials)
    .values({ filingId: filing!.id, institutionId: institution.id, ...place, category: 'other', fileName: 'x.pdf', contentType: 'application/pdf', sizeBytes: 5, sha256: '0', storageKey: `filings/${filing!.id}/matrix` })
    .returning({ id: filingMaterials.id });
  await store.put(`filings/${filing!.id}/matrix`, Buffer.from('%PDF-'), 'application/pdf');
  // Failed, so that no runner picks it up and a commit answers 409.
  const [job] = await exec
    .insert(importJobs)
    .values({ fileName: 'matrix.csv', format: 'csv', jurisdictionCode: place.districtCode, status: 'failed', failureCode: 'IMPORT_FAILED', totalRows: 0 })
    .returning({ id: importJobs.id });
  return { filing: { id: filing!.id, materialId: material!.id }, importJobId: job!.id };
}

type Probe = { url: string; payload?: unknown };

/** Route → request reaching the record of one side; `pick` finds that side in the caller's world. */
export function registryMatrixFixtures<W, S extends string>(pick: (world: W, side: S) => RegistryMatrixSide): Record<string, (world: W, side: S) => Probe> {
  const of = (fixture: (s: RegistryMatrixSide) => Probe) => (world: W, side: S) => fixture(pick(world, side));
  const institution = (s: RegistryMatrixSide) => `/api/v1/institutions/${s.institution.id}`;
  const filing = (s: RegistryMatrixSide) => `/api/v1/filings/${s.filing.id}`;
  const standing = (s: RegistryMatrixSide) => `/api/v1/filings/institutions/${s.institution.id}`;
  const classUrl = (s: RegistryMatrixSide) => `${institution(s)}/classes/${s.institution.classIds[0]}`;
  const staffUrl = (s: RegistryMatrixSide) => `${institution(s)}/staff/${s.institution.staff[1]!.id}`;
  const stale = { revision: 999 };
  const reasons = { ...stale, items: [{ item: 'other', reason: '矩阵测试' }] };
  const because = { ...stale, reason: '矩阵测试' };
  return {
    'PATCH /api/v1/institutions/:id': of((s) => ({ url: institution(s), payload: { ...stale, contactName: '矩阵' } })),
    'GET /api/v1/institutions/:id/class-rosters': of((s) => ({ url: `${institution(s)}/class-rosters` })),
    'POST /api/v1/institutions/:id/classes': of((s) => ({ url: `${institution(s)}/classes`, payload: { name: '矩阵班', classType: 'twosClass', capacity: 5 } })),
    'PATCH /api/v1/institutions/:id/classes/:classId': of((s) => ({ url: classUrl(s), payload: { name: '矩阵班' } })),
    'DELETE /api/v1/institutions/:id/classes/:classId': of((s) => ({ url: classUrl(s) })),
    'PUT /api/v1/institutions/:id/classes/:classId/caregivers': of((s) => ({ url: `${classUrl(s)}/caregivers`, payload: { staffIds: [] } })),
    'PUT /api/v1/institutions/:id/fees': of((s) => ({ url: `${institution(s)}/fees`, payload: { items: [] } })),
    'POST /api/v1/institutions/:id/staff': of((s) => ({ url: `${institution(s)}/staff`, payload: { name: '矩阵', role: 'other', idNumber: '11010519900101123X', hiredAt: '2024-01-01' } })),
    'PATCH /api/v1/institutions/:id/staff/:staffId': of((s) => ({ url: staffUrl(s), payload: { trainingHours: 1 } })),
    'POST /api/v1/institutions/:id/staff/:staffId/leave': of((s) => ({ url: `${staffUrl(s)}/leave`, payload: { leftAt: '2025-01-01' } })),

    'GET /api/v1/filings/:id': of((s) => ({ url: filing(s) })),
    'PATCH /api/v1/filings/:id': of((s) => ({ url: filing(s), payload: stale })),
    'GET /api/v1/filings/:id/check': of((s) => ({ url: `${filing(s)}/check` })),
    'POST /api/v1/filings/:id/submit': of((s) => ({ url: `${filing(s)}/submit`, payload: { ...stale, commitment: { signerName: '矩阵', accepted: true } } })),
    'POST /api/v1/filings/:id/cancel': of((s) => ({ url: `${filing(s)}/cancel`, payload: stale })),
    'POST /api/v1/filings/:id/start-review': of((s) => ({ url: `${filing(s)}/start-review`, payload: stale })),
    'POST /api/v1/filings/:id/return': of((s) => ({ url: `${filing(s)}/return`, payload: reasons })),
    'POST /api/v1/filings/:id/file': of((s) => ({ url: `${filing(s)}/file`, payload: stale })),
    'POST /api/v1/filings/:id/refuse': of((s) => ({ url: `${filing(s)}/refuse`, payload: reasons })),
    'GET /api/v1/filings/:id/receipt.pdf': of((s) => ({ url: `${filing(s)}/receipt.pdf` })),
    'POST /api/v1/filings/:id/materials': of((s) => ({ url: `${filing(s)}/materials?category=other`, payload: {} })),
    'GET /api/v1/filings/:id/materials/:materialId': of((s) => ({ url: `${filing(s)}/materials/${s.filing.materialId}` })),
    'DELETE /api/v1/filings/:id/materials/:materialId': of((s) => ({ url: `${filing(s)}/materials/${s.filing.materialId}` })),
    'POST /api/v1/filings/institutions/:id/suspend': of((s) => ({ url: `${standing(s)}/suspend`, payload: because })),
    'POST /api/v1/filings/institutions/:id/reinstate': of((s) => ({ url: `${standing(s)}/reinstate`, payload: because })),
    'POST /api/v1/filings/institutions/:id/withdraw': of((s) => ({ url: `${standing(s)}/withdraw`, payload: because })),
    'GET /api/v1/filings/institutions/:id/history': of((s) => ({ url: `${standing(s)}/history` })),
    'GET /api/v1/filings/settings/:city': of((s) => ({ url: `/api/v1/filings/settings/${s.cityCode}` })),
    'PUT /api/v1/filings/settings/:city': of((s) => ({ url: `/api/v1/filings/settings/${s.cityCode}`, payload: { ...stale, numberFormat: '京托备{seq}', holidays: [], makeUpWorkdays: [] } })),

    // The institution is filed, so a granted caller is told there is nothing to invite it to.
    'POST /api/v1/exchange/registrations/:id/invitation': of((s) => ({ url: `/api/v1/exchange/registrations/${s.institution.id}/invitation`, payload: {} })),
    'GET /api/v1/exchange/filing-rate': of((s) => ({ url: `/api/v1/exchange/filing-rate?jurisdiction=${s.districtCode}` })),
    'POST /api/v1/exchange/api-keys/:id/revoke': of((s) => ({ url: `/api/v1/exchange/api-keys/${s.apiKeyId}/revoke`, payload: {} })),

    'GET /api/v1/imports/:id': of((s) => ({ url: `/api/v1/imports/${s.importJobId}` })),
    'GET /api/v1/imports/:id/problems': of((s) => ({ url: `/api/v1/imports/${s.importJobId}/problems` })),
    'POST /api/v1/imports/:id/commit': of((s) => ({ url: `/api/v1/imports/${s.importJobId}/commit`, payload: { mode: 'allOrNothing' } })),
  };
}
