import { z } from 'zod';

/** Domain vocabularies of the institution registry (names from the glossary). */
export const legalNatures = ['forProfit', 'nonProfit'] as const;
export const LegalNature = z.enum(legalNatures);
export type LegalNature = z.infer<typeof LegalNature>;

/** Where the institution is legally registered (登记机关). */
export const registrars = ['civilAffairs', 'marketRegulation', 'staffingOffice', 'education'] as const;
export const Registrar = z.enum(registrars);
export type Registrar = z.infer<typeof Registrar>;

export const institutionKinds = ['kindergartenClass', 'communityPoint', 'employerPoint', 'socialCapital', 'familyPoint', 'districtCentre'] as const;
export const InstitutionKind = z.enum(institutionKinds);
export type InstitutionKind = z.infer<typeof InstitutionKind>;

export const ownerships = ['public', 'publicBuiltPrivateRun', 'privateWithPublicAid', 'private'] as const;
export const Ownership = z.enum(ownerships);
export type Ownership = z.infer<typeof Ownership>;

export const serviceModes = ['fullDay', 'halfDay', 'hourly', 'temporary'] as const;
export const ServiceMode = z.enum(serviceModes);
export type ServiceMode = z.infer<typeof ServiceMode>;

/**
 * Where the institution stands with its filing (备案): `registered` = registered with its
 * registrar, no filing yet; then the filing's own path; `withdrawn` once it closes.
 */
export const filingStatuses = ['registered', 'draft', 'submitted', 'underReview', 'returned', 'filed', 'refused', 'suspended', 'withdrawn'] as const;
export const FilingStatus = z.enum(filingStatuses);
export type FilingStatus = z.infer<typeof FilingStatus>;

export const grades = ['A', 'B', 'C', 'D'] as const;
export const Grade = z.enum(grades);
export type Grade = z.infer<typeof Grade>;

export const premisesTenures = ['owned', 'leased'] as const;
export const PremisesTenure = z.enum(premisesTenures);
export type PremisesTenure = z.infer<typeof PremisesTenure>;

export const classTypes = ['infantClass', 'toddlerClass', 'twosClass', 'mixedClass'] as const;
export const ClassType = z.enum(classTypes);
export type ClassType = z.infer<typeof ClassType>;

export const staffMemberRoles = ['director', 'caregiver', 'healthStaff', 'other'] as const;
export const StaffMemberRole = z.enum(staffMemberRoles);
export type StaffMemberRole = z.infer<typeof StaffMemberRole>;

export const staffStatuses = ['active', 'left'] as const;
export const StaffStatus = z.enum(staffStatuses);
export type StaffStatus = z.infer<typeof StaffStatus>;

export const certificateKinds = ['infantCareWorkerCert', 'nurseryCaregiverCert'] as const;
export const CertificateKind = z.enum(certificateKinds);
export type CertificateKind = z.infer<typeof CertificateKind>;

/** National vocational qualification levels, 五级/初级工 (level5) up to 一级/高级技师 (level1). */
export const certificateLevels = ['level5', 'level4', 'level3', 'level2', 'level1'] as const;
export const CertificateLevel = z.enum(certificateLevels);
export type CertificateLevel = z.infer<typeof CertificateLevel>;

export const Certificate = z.object({ kind: CertificateKind, level: CertificateLevel });
export type Certificate = z.infer<typeof Certificate>;

export const sexes = ['male', 'female'] as const;
export const Sex = z.enum(sexes);
export type Sex = z.infer<typeof Sex>;

/** A child known to the registry: waiting for a place, enrolled in a class, or gone. */
export const childStatuses = ['notEnrolled', 'enrolled', 'left'] as const;
export const ChildStatus = z.enum(childStatuses);
export type ChildStatus = z.infer<typeof ChildStatus>;
