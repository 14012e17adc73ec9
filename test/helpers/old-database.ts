/** A database as an earlier version wrote it: the migrations up to `last` only, with one run row. */
import Database from 'better-sqlite3';
import { migrations } from '../../src/db/open.js';

/** Creates `file` at migration `last` (PRAGMA user_version) with run 1 recorded; the caller adds rows and closes it. */
export function databaseAtMigration(file: string, last: number): Database.Database {
  const db = new Database(file);
  for (const migration of migrations().filter((m) => m.number <= last)) {
    db.exec(migration.sql);
    db.pragma(`user_version = ${migration.number}`);
  }
  db.prepare("INSERT INTO run (id, started_at, input, options, versions) VALUES (1, '2026-01-01T00:00:00Z', 'in', '{}', '{}')").run();
  return db;
}
