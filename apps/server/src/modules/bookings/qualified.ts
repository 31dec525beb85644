import { getTableName, sql, type Column, type SQL } from 'drizzle-orm';

/**
 * `"table"."column"`, always. Drizzle leaves columns unqualified in a select from one table, and
 * inside a correlated subquery an unqualified outer column would bind to the inner table.
 */
export const qualified = (column: Column): SQL => sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
