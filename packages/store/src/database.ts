/** The driver-neutral Drizzle handle the repositories take, and small helpers shared by them. */
import { getTableName, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

/** A PGlite or node-postgres Drizzle database, or a transaction on either. */
export type Database = PgDatabase<PgQueryResultHKT, Record<string, never>>;

/** Runs raw SQL; both drivers return `{ rows }`, though their result types differ. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Splits rows into groups of `size`, so one INSERT never carries more than `size` rows. */
export function chunks<T>(items: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * `"table"."column"`: Drizzle leaves columns unqualified in single-table selects, where a
 * correlated subquery would bind a bare `"id"` to its own tables instead.
 */
export function qualified(column: PgColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
