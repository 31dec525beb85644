import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  ClassType,
  ContactPhone,
  InstitutionKind,
  IsoDate,
  LegalNature,
  Ownership,
  PremisesTenure,
  Registrar,
  ServiceMode,
  classTypes,
  filingStatuses,
  importableFilingStatuses,
  institutionKinds,
  legalNatures,
  ownerships,
  premisesTenures,
  registrars,
  serviceModes,
  type FilingStatus,
  type InstitutionImportField,
} from '@youyu/contracts';
import type { RegistryRows } from '../institutions/index.ts';
import { cellReaders, readNumber, vocabulary, type CellReader } from './cells.ts';

const readClassType = vocabulary(classTypes, (c) => c.classTypes);
const readFilingStatus = vocabulary(filingStatuses, (c) => c.filingStatuses);

/** `向日葵班:托大班:20; 月亮班:托小班:15`, or without names (`托大班:20`): one class per part. */
export function readClasses(text: string): { name: string; classType: ClassType; capacity: number }[] | null {
  const parts = text
    .normalize('NFKC')
    .split(/[;\n]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const classes = parts.map((part, index) => {
    const fields = part.split(':').map((f) => f.trim());
    const [name, typeText, capacityText] = fields.length === 3 ? fields : [null, fields[0], fields[1]];
    const classType = typeText ? readClassType(typeText) : null;
    const capacity = capacityText ? readNumber(capacityText) : null;
    if (fields.length < 2 || fields.length > 3 || !classType || capacity === null) return null;
    return { name: name || `${index + 1}班`, classType, capacity };
  });
  return classes.length > 0 && classes.every((c) => c !== null) ? classes : null;
}

export const readers = {
  creditCode: cellReaders.code(),
  name: cellReaders.text(),
  legalNature: cellReaders.oneOf(vocabulary(legalNatures, (c) => c.legalNatures)),
  registrar: cellReaders.oneOf(vocabulary(registrars, (c) => c.registrars)),
  registrationDate: cellReaders.date(),
  kind: cellReaders.oneOf(vocabulary(institutionKinds, (c) => c.kinds)),
  ownership: cellReaders.oneOf(vocabulary(ownerships, (c) => c.ownerships)),
  isInclusive: cellReaders.boolean(),
  brand: cellReaders.text(),
  address: cellReaders.text(),
  lat: cellReaders.number(),
  lng: cellReaders.number(),
  subdistrictCode: cellReaders.code(),
  contactName: cellReaders.text(),
  contactPhone: cellReaders.code(),
  openingHours: cellReaders.text(),
  serviceModes: cellReaders.listOf(vocabulary(serviceModes, (c) => c.serviceModes)),
  premises: cellReaders.oneOf(vocabulary(premisesTenures, (c) => c.premisesTenures)),
  leaseEndDate: cellReaders.date(),
  floorAreaM2: cellReaders.number(),
  hasMeals: cellReaders.boolean(),
  classes: ((text) => (text === '' ? { value: undefined } : (readClasses(text) ? { value: readClasses(text) } : { code: 'invalidClasses' }))) as CellReader,
  filingStatus: ((text) => {
    if (text === '') return { value: undefined };
    const status = readFilingStatus(text);
    if (!status) return { code: 'unknownOption' };
    return (importableFilingStatuses as readonly FilingStatus[]).includes(status) ? { value: status } : { code: 'filingStatusNotImportable' };
  }) as CellReader,
  filingNumber: cellReaders.text(),
  filedAt: cellReaders.date(),
} satisfies Record<InstitutionImportField, CellReader>;

/** The shape of one import row once read; the same limits the registry's tables hold. */
export const ImportRow = z.object({
  creditCode: z.string(),
  name: z.string().min(2).max(100),
  legalNature: LegalNature,
  registrar: Registrar,
  registrationDate: IsoDate.optional(),
  kind: InstitutionKind,
  ownership: Ownership,
  isInclusive: z.boolean(),
  brand: z.string().max(100).optional(),
  address: z.string().min(1).max(200),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  subdistrictCode: z.string().regex(/^\d{9}$/),
  contactName: z.string().min(1).max(50),
  contactPhone: ContactPhone,
  openingHours: z.string().min(1).max(100),
  serviceModes: z.array(ServiceMode).min(1),
  premises: PremisesTenure,
  leaseEndDate: IsoDate.optional(),
  floorAreaM2: z.number().positive().max(1_000_000),
  hasMeals: z.boolean(),
  classes: z
    .array(z.object({ name: z.string().min(1).max(50), classType: ClassType, capacity: z.number().int().positive().max(1000) }))
    .min(1)
    .max(60),
  filingStatus: z.enum(importableFilingStatuses),
  filingNumber: z.string().max(50).optional(),
  filedAt: IsoDate.optional(),
});
export type ImportRow = z.infer<typeof ImportRow>;

type Rows = Pick<RegistryRows, 'institutions' | 'classes'> & { registrations: { institutionId: string; creditCode: string; registrar: ImportRow['registrar']; registrationDate: string | null; facts: Record<string, unknown>; source: 'import'; districtCode: string; subdistrictCode: string }[] };

/** The registry rows of one valid import row: the institution, its classes, its registration. */
export function registryRowsOf(row: ImportRow, creditCode: string, districtCode: string, into: Rows): void {
  const id = randomUUID();
  const place = { districtCode, subdistrictCode: row.subdistrictCode };
  const isStanding = row.filingStatus !== 'registered';
  into.institutions.push({
    id,
    name: row.name,
    creditCode,
    legalNature: row.legalNature,
    registrar: row.registrar,
    kind: row.kind,
    ownership: row.ownership,
    isInclusive: row.isInclusive,
    brand: row.brand ?? null,
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    ...place,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    openingHours: row.openingHours,
    serviceModes: row.serviceModes,
    isPremisesOwned: row.premises === 'owned',
    leaseEndDate: row.premises === 'leased' ? row.leaseEndDate! : null,
    floorAreaM2: row.floorAreaM2,
    hasMeals: row.hasMeals,
    filingStatus: row.filingStatus,
    filingNumber: isStanding ? (row.filingNumber ?? null) : null,
    // A filing day, as the old system recorded it: the start of that day in China.
    filedAt: isStanding && row.filedAt ? new Date(`${row.filedAt}T00:00:00+08:00`) : null,
  });
  for (const c of row.classes) into.classes.push({ institutionId: id, name: c.name, classType: c.classType, capacity: c.capacity, ...place });
  into.registrations.push({
    institutionId: id,
    creditCode,
    registrar: row.registrar,
    registrationDate: row.registrationDate ?? null,
    facts: { creditCode, name: row.name, legalNature: row.legalNature, registrar: row.registrar, registrationDate: row.registrationDate, address: row.address, contactName: row.contactName, contactPhone: row.contactPhone, kind: row.kind },
    source: 'import',
    ...place,
  });
}

export type { Rows as ImportRegistryRows };
