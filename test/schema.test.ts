/** The results database: schema.sql and the migrations describe the same schema, and opening is idempotent. */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { migrations, openDatabase, schemaSql, type DB } from '../src/db/open.js';
import { tempFolders } from './helpers/cli.js';

const temp = tempFolders('inspection-miner-schema-');
afterAll(() => temp.removeAll());

/** SQL without comments, with whitespace collapsed and dropped next to punctuation, lower-cased. */
function normaliseSql(sql: string): string {
  let out = '';
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i]!;
    if (char === "'" || char === '"') {
      // Copy a quoted string or identifier whole ('' and "" escape themselves).
      const end = sql.indexOf(char, i + 1);
      const stop = end === -1 ? sql.length : end;
      out += sql.slice(i, stop + 1);
      i = stop;
    } else if (sql.startsWith('--', i)) {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end - 1;
      out += ' ';
    } else if (sql.startsWith('/*', i)) {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? sql.length : end + 1;
      out += ' ';
    } else out += char;
  }
  return out.replace(/\s+/g, ' ').replace(/ ?([(),;=<>+*/-]) ?/g, '$1').trim().toLowerCase();
}

/** The CHECK constraints of a CREATE TABLE statement, normalised and sorted (no pragma lists them). */
function checkConstraints(sql: string): string[] {
  const text = normaliseSql(sql);
  const checks: string[] = [];
  for (const match of text.matchAll(/\bcheck\(/g)) {
    let depth = 0;
    let end = match.index + 'check'.length;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    checks.push(text.slice(match.index, end + 1));
  }
  return checks.sort();
}

type Row = Record<string, unknown>;

function indexesOf(db: DB, table: string): Row[] {
  const sqlOf = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?").pluck();
  return (db.pragma(`index_list("${table}")`) as Row[])
    .map(({ name, unique, origin, partial }) => ({
      name, unique, origin, partial,
      // Explicit indexes keep their SQL (a partial index's WHERE matters); autoindexes have none.
      sql: (sqlOf.get(name) as string | null | undefined) == null ? null : normaliseSql(sqlOf.get(name) as string),
      columns: (db.pragma(`index_xinfo("${String(name)}")`) as Row[]).map(({ seqno, cid, name: column, desc, coll, key }) => ({ seqno, cid, column, desc, coll, key })),
    }))
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

/**
 * Everything about a schema that matters to its users, as plain data for `toEqual`: tables with
 * columns (table_xinfo), foreign keys, indexes (index_xinfo) and CHECK constraints; views with
 * columns and definition; triggers; virtual tables by name and columns only; their shadow tables
 * by name only (their layout belongs to SQLite). Column collations are not compared (no pragma
 * reports them).
 */
function describeSchema(db: DB): Row {
  const objects = (db.pragma('table_list') as Row[])
    .filter((row) => row.schema === 'main' && !String(row.name).startsWith('sqlite_'))
    .sort((a, b) => String(a.name).localeCompare(String(b.name)));
  const sqlOf = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck();
  const columns = (name: unknown) =>
    (db.pragma(`table_xinfo("${String(name)}")`) as Row[]).map(({ cid, name: column, type, notnull, dflt_value, pk, hidden }) => ({ cid, column, type, notnull, dflt_value, pk, hidden }));
  const description: Row = {};
  for (const { name, type, wr, strict } of objects) {
    const key = `${String(type)} ${String(name)}`;
    if (type === 'shadow') description[key] = true;
    else if (type === 'virtual') description[key] = { columns: columns(name).map((column) => column.column) };
    else if (type === 'view') description[key] = { columns: columns(name), sql: normaliseSql(String(sqlOf.get(name))) };
    else {
      description[key] = {
        withoutRowid: wr, strict, columns: columns(name),
        foreignKeys: (db.pragma(`foreign_key_list("${String(name)}")`) as Row[]).map(({ id, seq, table, from, to, on_update, on_delete, match }) => ({ id, seq, table, from, to, on_update, on_delete, match })),
        indexes: indexesOf(db, String(name)),
        checks: checkConstraints(String(sqlOf.get(name))),
      };
    }
  }
  const triggers = db.prepare("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all() as Row[];
  for (const { name, tbl_name, sql } of triggers) description[`trigger ${String(name)}`] = { table: tbl_name, sql: normaliseSql(String(sql)) };
  return description;
}

function fromSchemaSql(): DB {
  const db = new Database(':memory:');
  db.exec(schemaSql());
  return db;
}

/** A database built by replaying every migration in order. */
function fromMigrations(): DB {
  const db = new Database(':memory:');
  for (const migration of migrations()) {
    db.exec(migration.sql);
    db.pragma(`user_version = ${migration.number}`);
  }
  return db;
}

function withDb<T>(db: DB, use: (db: DB) => T): T {
  try {
    return use(db);
  } finally {
    db.close();
  }
}

describe('schema.sql and the migrations', () => {
  it('are numbered 1, 2, 3, ... with NNNN-name.sql file names', () => {
    const list = migrations();
    expect(list.length).toBeGreaterThan(0);
    expect(list.map((migration) => migration.number)).toEqual(list.map((_, index) => index + 1));
  });

  it('describe the same schema', () => {
    const expected = withDb(fromSchemaSql(), describeSchema);
    const replayed = withDb(fromMigrations(), describeSchema);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(replayed).toEqual(expected);
  });

  it('include the tables the pipeline writes', () => {
    const tables = Object.keys(withDb(fromSchemaSql(), describeSchema));
    for (const table of ['run', 'document', 'file', 'page', 'message']) expect(tables).toContain(`table ${table}`);
  });
});

describe('openDatabase', () => {
  const last = migrations().at(-1)!.number;

  it('brings a fresh file to the last migration, with the schema of schema.sql', async () => {
    const file = join(await temp.make(), 'nested', 'results.sqlite');
    withDb(openDatabase(file), (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(last);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(describeSchema(db)).toEqual(withDb(fromSchemaSql(), describeSchema));
    });
  });

  it('is idempotent: opening again changes neither the schema nor the data', async () => {
    const file = join(await temp.make(), 'results.sqlite');
    const before = withDb(openDatabase(file), (db) => {
      db.prepare("INSERT INTO run (started_at, input, options, versions) VALUES ('2026-01-01T00:00:00Z', 'in', '{}', '{}')").run();
      return describeSchema(db);
    });
    for (let time = 0; time < 2; time++) {
      withDb(openDatabase(file), (db) => {
        expect(db.pragma('user_version', { simple: true })).toBe(last);
        expect(describeSchema(db)).toEqual(before);
        expect(db.prepare('SELECT count(*) FROM run').pluck().get()).toBe(1);
      });
    }
  });

  it('applies only the missing migrations to an older database', async () => {
    const expected = withDb(fromSchemaSql(), describeSchema);
    for (let count = 0; count < migrations().length; count++) {
      const file = join(await temp.make(), 'results.sqlite');
      withDb(new Database(file), (db) => {
        for (const migration of migrations().slice(0, count)) {
          db.exec(migration.sql);
          db.pragma(`user_version = ${migration.number}`);
        }
      });
      withDb(openDatabase(file), (db) => {
        expect(db.pragma('user_version', { simple: true })).toBe(last);
        expect(describeSchema(db)).toEqual(expected);
      });
    }
  });
});
