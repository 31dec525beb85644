import { z } from 'zod';

/**
 * A column of an uploaded table (CSV or Excel): the key the server reads it into, the Chinese
 * header the template carries, and other headers accepted for it (English, common variants).
 * Headers are part of the file format, so they live here rather than in the UI catalogues.
 */
export type TableColumn<K extends string = string> = { key: K; header: string; aliases: readonly string[]; isRequired: boolean };

/** Files the upload routes accept, by extension. */
export const tableFormats = ['csv', 'xlsx'] as const;
export const TableFormat = z.enum(tableFormats);
export type TableFormat = z.infer<typeof TableFormat>;

/** One problem with one row: `row` is the spreadsheet row number (the header is row 1); `field` null for the row as a whole. */
export const RowProblem = z
  .object({
    row: z.number().int(),
    field: z.string().nullable(),
    code: z.string(),
    message: z.string(),
  })
  .meta({ id: 'RowProblem' });
export type RowProblem = z.infer<typeof RowProblem>;

/** What to do when some rows fail: write nothing, or write the rows that passed. */
export const commitModes = ['allOrNothing', 'validRowsOnly'] as const;
export const CommitMode = z.enum(commitModes);
export type CommitMode = z.infer<typeof CommitMode>;

/** Mobile numbers, or landlines with an area code (010-12345678). */
export const ContactPhone = z.string().trim().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, { message: 'phone' });
