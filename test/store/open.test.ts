import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'checkwright-open-'));

describe('openStore refuses what it cannot open, as a value, writing nothing', () => {
  it.each([
    ['', 'bad_url'],
    ['sqlite:', 'bad_url'],
    ['mysql://localhost/db', 'bad_url'],
    ['postgres://[broken', 'bad_url'],
    ['postgres:///db', 'bad_url'],
    ['postgres://u@localhost/db?schema=a;drop', 'bad_url'],
  ])('%j is %s', async (url, code) => {
    expect(await openStore(url)).toMatchObject({ ok: false, error: { code } });
  });

  it('a value that is not a string', async () => {
    expect(await openStore(42 as never)).toMatchObject({ ok: false, error: { code: 'bad_url' } });
  });

  it('a file that is not a database, untouched', async () => {
    const file = path.join(dir, 'words.txt');
    writeFileSync(file, 'just words\n'.repeat(500));
    const before = readFileSync(file);
    expect(await openStore(`sqlite:${file}`)).toMatchObject({ ok: false, error: { code: 'not_a_store' } });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('an SQLite database of another application, untouched', async () => {
    const file = path.join(dir, 'other.db');
    const db = new Database(file);
    db.exec('CREATE TABLE customers (id INTEGER)');
    db.close();
    const before = readFileSync(file);
    expect(await openStore(`sqlite:${file}`)).toMatchObject({ ok: false, error: { code: 'not_a_store' } });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a store of a newer schema version', async () => {
    const file = path.join(dir, 'newer.db');
    const first = await openStore(`sqlite:${file}`);
    if (first.ok) await first.value.close();
    const db = new Database(file);
    db.exec('INSERT INTO cw_schema_version (version) VALUES (99)');
    db.close();
    expect(await openStore(`sqlite:${file}`)).toMatchObject({ ok: false, error: { code: 'not_a_store' } });
  });

  it('a folder that does not exist, and a database server that is down', async () => {
    expect(await openStore(`sqlite:${path.join(dir, 'no', 'such', 'folder', 'x.db')}`)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const down = await openStore('postgres://someone:secret@127.0.0.1:1/db');
    expect(down).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(!down.ok && down.error.message).not.toContain('secret');
  });
});

describe('the browser runtime bundle', () => {
  it('holds nothing of the store', async () => {
    const result = await esbuild.build({
      entryPoints: ['src/runtime/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(5);
    expect(inputs.filter((input) => input.includes('src/store/') || input.includes('better-sqlite3') || input.includes('node_modules/pg'))).toEqual([]);
  });
});
