/** Typed errors: every failure carries a stable code, an exit code and a hint that says how to fix it. */
export const ExitCode = {
  ok: 0,
  nothingDue: 1,
  /** A negative answer, grep-style (nothing to undo, no match): the report is still printed. */
  negative: 1,
  usage: 2,
  refused: 3,
  internal: 70,
  cantWrite: 74,
  interrupted: 130,
} as const;

export type ErrorCode =
  | 'usage'
  | 'invalid-input'
  | 'unknown-id'
  | 'no-tty'
  | 'bank-invalid'
  | 'config-invalid'
  | 'db-refused'
  | 'db-newer'
  | 'db-locked'
  | 'cant-write'
  | 'interrupted'
  | 'internal';

const exitFor: Record<ErrorCode, number> = {
  usage: ExitCode.usage,
  'invalid-input': ExitCode.usage,
  'unknown-id': ExitCode.usage,
  'no-tty': ExitCode.usage,
  'bank-invalid': ExitCode.usage,
  'config-invalid': ExitCode.usage,
  'db-refused': ExitCode.refused,
  'db-newer': ExitCode.refused,
  'db-locked': ExitCode.refused,
  'cant-write': ExitCode.cantWrite,
  interrupted: ExitCode.interrupted,
  internal: ExitCode.internal,
};

export class PrepError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  readonly hint: string | undefined;
  /** Extra lines printed under the message (e.g. every `file:line:col` finding of a lint run). */
  readonly details: string[];

  constructor(code: ErrorCode, message: string, opts: { hint?: string; details?: string[]; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'PrepError';
    this.code = code;
    this.exitCode = exitFor[code];
    this.hint = opts.hint;
    this.details = opts.details ?? [];
  }
}

