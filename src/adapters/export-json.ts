/**
 * Writes the JSON export by streaming every table row by row (one row per line) into a reused buffer,
 * so memory stays flat however long the history is.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { EXPORT_VERSION, type TableKey } from '../core/export-doc.js';
import { TABLES, rowSerializer, selectSql } from './data-tables.js';
import { sql } from './sql.js';

type DB = BetterSqlite3.Database;

export interface Sink {
  write(chunk: string): void;
}

/** Encodes strings into a 1 MB buffer and hands it on whole; `out` must use the bytes before returning. */
export class Buffered implements Sink {
  private buf: Buffer;
  private off = 0;
  constructor(private readonly out: (chunk: Buffer) => void, size = 1 << 20) {
    this.buf = Buffer.allocUnsafe(size);
  }
  write(chunk: string): void {
    if (chunk.length * 3 > this.buf.length - this.off) {
      this.flush();
      if (chunk.length * 3 > this.buf.length) return this.out(Buffer.from(chunk, 'utf8'));
    }
    this.off += this.buf.write(chunk, this.off, 'utf8');
  }
  flush(): void {
    if (!this.off) return;
    this.out(this.buf.subarray(0, this.off));
    this.off = 0;
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
    const json = rowSerializer(t);
    for (const row of sql(db, `${selectSql(t)} -- raw`).raw(true).iterate() as Iterable<unknown[]>) {
      sink.write(n ? ',\n' : '\n');
      sink.write(json(row));
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

/**
 * Write a file through a temporary name in the same folder, then rename: a failed or interrupted export
 * never leaves half a file where a good one was. `write` gets a sink; its result is returned.
 */
export function writeFileAtomically<T>(file: string, write: (sink: Buffered) => T): T {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    const sink = new Buffered((bytes) => {
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
