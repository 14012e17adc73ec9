/** A database as an older version of the pipeline left it: the migrations up to a number replayed, nothing else. */
import Database from 'better-sqlite3';
import { migrations } from '../../src/db/open.js';

/** Creates `file` with migrations 1..`last` applied (user_version = last) and returns it open. */
export function databaseAtMigration(file: string, last: number): Database.Database {
  const db = new Database(file);
  for (const migration of migrations().filter((m) => m.number <= last)) {
    db.exec(migration.sql);
    db.pragma(`user_version = ${migration.number}`);
  }
  return db;
}
