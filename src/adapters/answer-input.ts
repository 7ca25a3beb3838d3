/**
 * Where `prep score` reads the answer from: a file, or stdin (`-`, or nothing when stdin is not a terminal).
 * Capped while reading (never read a device to the end), and decoded as strict UTF-8 text.
 */
import { open } from 'node:fs/promises';
import type { IO } from '../context.js';
import { PrepError } from '../errors.js';

export const MAX_ANSWER_BYTES = 64 * 1024;

const tooLong = (what: string) =>
  new PrepError('invalid-input', `the answer in ${what} is longer than ${MAX_ANSWER_BYTES / 1024} KiB`, { hint: 'An interview answer fits in a few paragraphs: score the part you would say.' });

async function readFileCapped(path: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'it does not exist' : err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.code === 'EISDIR' ? 'it is a folder' : (err.code ?? err.message);
    throw new PrepError('invalid-input', `cannot read the answer file ${path}: ${why}`, { hint: 'Pass a text file with --answer-file, or - to read stdin.' });
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.alloc(16 * 1024);
      const { bytesRead } = await handle.read(buf, 0, buf.length, null).catch((e: NodeJS.ErrnoException) => {
        throw new PrepError('invalid-input', `cannot read the answer file ${path}: ${e.code === 'EISDIR' ? 'it is a folder' : (e.code ?? e.message)}`);
      });
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_ANSWER_BYTES) throw tooLong(path);
      chunks.push(buf.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}

function readStdinCapped(stdin: IO['stdin']): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (c: Buffer | string) => {
      const b = typeof c === 'string' ? Buffer.from(c) : c;
      total += b.length;
      if (total > MAX_ANSWER_BYTES) {
        cleanup();
        (stdin as unknown as { pause?: () => void }).pause?.();
        reject(tooLong('stdin'));
        return;
      }
      chunks.push(b);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    const onError = (e: Error) => {
      cleanup();
      reject(new PrepError('invalid-input', `cannot read the answer from stdin: ${e.message}`));
    };
    const cleanup = () => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.off('error', onError);
    };
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.on('error', onError);
  });
}

/** Text, or a usage error: binary (a NUL byte or invalid UTF-8), empty, too long. */
export function decodeAnswer(bytes: Buffer, what: string): string {
  if (bytes.includes(0)) throw new PrepError('invalid-input', `the answer in ${what} is binary, not text`, { hint: 'Save the answer as a UTF-8 text file.' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PrepError('invalid-input', `the answer in ${what} is not UTF-8 text`, { hint: 'Save the answer as a UTF-8 text file.' });
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new PrepError('invalid-input', `the answer in ${what} is empty`, { hint: 'Write the answer you would give, then score it.' });
  return text;
}

export async function readAnswerSource(source: string | undefined, io: IO): Promise<string> {
  if (source !== undefined && source !== '-') return decodeAnswer(await readFileCapped(source), source);
  if (source === undefined && io.stdin.isTTY) {
    throw new PrepError('usage', 'prep score needs an answer: --answer-file FILE, or - to read stdin', { hint: 'e.g. prep score ml-bias-variance --answer-file answer.txt, or echo "..." | prep score ml-bias-variance -' });
  }
  return decodeAnswer(await readStdinCapped(io.stdin), 'stdin');
}
