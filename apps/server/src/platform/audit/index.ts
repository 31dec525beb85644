export { recordAudit, recordAuditAlone, verifyAuditChain, digestOf, type AuditEntry, type ChainReport } from './audit.ts';
export { auditLog } from './audit.tables.ts';
