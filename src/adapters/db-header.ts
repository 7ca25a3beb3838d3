/**
 * What a SQLite file says about itself, read as bytes: no SQLite connection is opened, so nothing is
 * created beside the file. Opening a WAL-mode database, even read-only, makes `-wal` and `-shm` files
 * that a refused database must not be left with. (https://www.sqlite.org/fileformat2.html)
 */
import { closeSync, openSync, readSync } from 'node:fs';

export interface DbHeader {
  /** It starts with "SQLite format 3\0". */
  sqlite: boolean;
  applicationId: number;
  userVersion: number;
  /** Rows of sqlite_master on page 1 (tables, indexes…): 0 for a database nothing was ever created in. */
  objects: number;
}

export function readDbHeader(file: string): DbHeader {
  const fd = openSync(file, 'r');
  try {
    const b = Buffer.alloc(108);
    const n = readSync(fd, b, 0, b.length, 0);
    const sqlite = n >= 16 && b.toString('latin1', 0, 16) === 'SQLite format 3\u0000';
    if (!sqlite || n < 105) return { sqlite, applicationId: 0, userVersion: 0, objects: 0 };
    return { sqlite, userVersion: b.readInt32BE(60), applicationId: b.readInt32BE(68), objects: b.readUInt16BE(103) };
  } finally {
    closeSync(fd);
  }
}
