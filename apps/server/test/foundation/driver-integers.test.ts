import { tempDir, testDatabaseUrl } from '@humanhours/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseConfig, parseDatabaseUrl } from '../../src/config/config.js';
import type { Database } from '../../src/db/database.js';
import { exactInteger } from '../../src/db/pg-integers.js';
import { openDatabase } from '../../src/open-database.js';

// Integers come out of either driver as numbers (PostgreSQL's bigint and numeric text is parsed where rows leave
// the pool), exactly, or not at all: past 2^53 − 1 a value stays text, never a rounded number.
describe('integers read from the database', () => {
  it('parses an integer text exactly within 2^53 − 1 and leaves anything else as text', () => {
    expect(exactInteger('0')).toBe(0);
    expect(exactInteger('-42')).toBe(-42);
    expect(exactInteger('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(exactInteger('-9007199254740991')).toBe(-Number.MAX_SAFE_INTEGER);
    expect(exactInteger('9007199254740992')).toBe('9007199254740992');
    expect(exactInteger('123456789012345678901234567890')).toBe('123456789012345678901234567890');
    expect(exactInteger('1.5')).toBe('1.5');
    expect(exactInteger('NaN')).toBe('NaN');
  });

  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(parseDatabaseUrl(await testDatabaseUrl(tempDir())) as DatabaseConfig, { migrate: false });
  });
  afterAll(async () => db?.close());

  it('gives bigints, counts and sums as numbers on this database, and a sum past 2^53 − 1 unrounded', async () => {
    const row = await db.get<Record<string, unknown>>(
      `select cast(9007199254740991 as bigint) as max, count(*) as n, sum(x) as total
       from (select cast(2 as bigint) as x union all select cast(3 as bigint)) v`,
    );
    expect(row).toEqual({ max: Number.MAX_SAFE_INTEGER, n: 2, total: 5 });
    if (db.kind === 'postgresql') {
      const past = await db.get<Record<string, unknown>>('select sum(x) as total from (values (9007199254740991::int8), (1::int8)) v(x)');
      expect(past).toEqual({ total: '9007199254740992' });
    }
  });
});
