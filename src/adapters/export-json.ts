/**
 * Writes the JSON export by streaming every table row by row (one row per line), so memory stays flat
 * and 100k reviews take about a second. Also reads the database back as a document (for merges and tests).
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { EXPORT_VERSION, TABLE_KEYS, type ExportDoc, type TableKey } from '../core/export-doc.js';
import { TABLES, selectSql, toDoc } from './data-tables.js';
import { sql } from './sql.js';

type DB = BetterSqlite3.Database;

export interface Sink {
  write(chunk: string): void;
}

/** Collects small strings and hands them on in chunks of about 1 MB. */
export class Buffered implements Sink {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly out: (chunk: string) => void, private readonly limit = 1 << 20) {}
  write(chunk: string): void {
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size >= this.limit) this.flush();
  }
  flush(): void {
    if (!this.size) return;
    this.out(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

export interface ExportMeta {
  exportedAt: string;
  prep: string;
  schema: number;
  config: string | null;
}

export function rowCounts(db: DB): Record<TableKey, number> {
  const out = {} as Record<TableKey, number>;
  for (const t of TABLES) out[t.key] = (sql(db, `SELECT count(*) AS n FROM ${t.table}`).get() as { n: number }).n;
  return out;
}

/** Stream the whole document into `sink`; `onRow` hears the running count of rows written. */
export function writeExport(db: DB, sink: Sink, meta: ExportMeta, onRow: (done: number) => void = () => undefined): Record<TableKey, number> {
  const counts = {} as Record<TableKey, number>;
  sink.write(`{"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(meta.exportedAt)},"prep":${JSON.stringify(meta.prep)},"schema":${meta.schema},"config":${JSON.stringify(meta.config)},`);
  let done = 0;
  TABLES.forEach((t, i) => {
    sink.write(`\n${JSON.stringify(t.key)}:[`);
    let n = 0;
    for (const row of sql(db, selectSql(t)).iterate() as Iterable<Record<string, unknown>>) {
      sink.write(`${n ? ',' : ''}\n${JSON.stringify(toDoc(t, row))}`);
      n++;
      if (++done % 1000 === 0) onRow(done);
    }
    counts[t.key] = n;
    sink.write(`${n ? '\n' : ''}]${i < TABLES.length - 1 ? ',' : ''}`);
  });
  sink.write('\n}\n');
  onRow(done);
  return counts;
}

/** The database as an export document, in memory (merges read the current data this way). */
export function readDocument(db: DB, meta: ExportMeta): ExportDoc {
  const doc: Record<string, unknown> = { version: EXPORT_VERSION, exportedAt: meta.exportedAt, prep: meta.prep, schema: meta.schema, config: meta.config };
  for (const key of TABLE_KEYS) {
    const t = TABLES.find((x) => x.key === key)!;
    doc[key] = (sql(db, selectSql(t)).all() as Record<string, unknown>[]).map((r) => toDoc(t, r));
  }
  return doc as unknown as ExportDoc;
}

/**
 * Write a file through a temporary name in the same folder, then rename: a failed or interrupted export
 * never leaves half a file where a good one was. `write` gets a sink; its result is returned.
 */
export function writeFileAtomically<T>(file: string, write: (sink: Buffered) => T): T {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    const sink = new Buffered((chunk) => {
      const bytes = Buffer.from(chunk, 'utf8');
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
    });
    const result = write(sink);
    sink.flush();
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, file);
    return result;
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(tmp, { force: true });
    throw e;
  }
}
