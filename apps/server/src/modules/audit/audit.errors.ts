import { defineErrors } from '../../platform/errors/index.ts';

export const AuditErrors = defineErrors('audit', {
  AUDIT_RANGE_INVALID: 400,
});
