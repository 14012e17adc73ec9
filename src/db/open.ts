/** Opening the results database: WAL, foreign keys, and migrations counted in PRAGMA user_version. */
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type DB = Database.Database;

/** The error better-sqlite3 throws for a failed statement (locked, full, I/O). */
export const SqliteError = Database.SqliteError;

const here = dirname(fileURLToPath(import.meta.url));
const migrationsDir = join(here, 'migrations');

/** The migrations in order: [number, sql]. File names are `NNNN-name.sql`. */
export function migrations(): Array<{ number: number; name: string; sql: string }> {
  return readdirSync(migrationsDir)
    .filter((name) => /^\d{4}-.*\.sql$/.test(name))
    .sort()
    .map((name) => ({ number: Number(name.slice(0, 4)), name, sql: readFileSync(join(migrationsDir, name), 'utf8') }));
}

/** The text of `schema.sql`, the readable whole schema. */
export function schemaSql(): string {
  return readFileSync(join(here, 'schema.sql'), 'utf8');
}

/** Applies every migration newer than the database's user_version, each in its own transaction. */
export function migrate(db: DB): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations()) {
    if (migration.number <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.number}`);
    }).immediate();
  }
}

/** Opens (creating if needed) the database at `file` and brings its schema up to date. */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): DB {
  if (!options.readonly) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma('foreign_keys = ON');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('journal_size_limit = 16000000');
    migrate(db);
  }
  return db;
}
