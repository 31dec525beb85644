import { defineErrors } from '../../platform/errors/index.ts';

export const ImportErrors = defineErrors('imports', {
  /** The request carried no file (multipart/form-data with a `file` part). */
  UPLOAD_REQUIRED: 400,
  /** Neither CSV nor Excel 2007+ (.xlsx). */
  UNSUPPORTED_TABLE_FORMAT: 415,
  TABLE_UNREADABLE: 400,
  TABLE_EMPTY: 400,
  TABLE_COLUMNS_MISSING: 400,
  TABLE_COLUMN_DUPLICATED: 400,
  TABLE_TOO_LARGE: 413,
  /** Imports write within the importer's jurisdiction; an account without one cannot import. */
  IMPORT_JURISDICTION_REQUIRED: 400,
  /** Writing needs a finished validation, and happens once. */
  IMPORT_NOT_READY: 409,
  /** All-or-nothing was asked for and some rows fail. */
  IMPORT_HAS_ERRORS: 409,
  IMPORT_NOTHING_TO_IMPORT: 409,
  /** Since validation, the registry took some of the file's credit codes or filing numbers. */
  IMPORT_ROWS_CHANGED: 409,
});
