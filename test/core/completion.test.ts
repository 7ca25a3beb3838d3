import { describe, expect, it } from 'vitest';
import { complete, script, SHELLS, type CmdSpec, type OptSpec } from '../../src/core/completion.js';

const none = { none: true } as const;
const opt = (flags: string[], values: OptSpec['values'] = none, takesValue = values !== none): OptSpec => ({ flags, takesValue, values });
const cmd = (name: string, over: Partial<CmdSpec> = {}): CmdSpec => ({ name, subcommands: [], options: [], args: [], ...over });

const root = cmd('prep', {
  subcommands: [
    cmd('drill', { options: [opt(['--bank'], { dynamic: 'banks' }), opt(['--role'], { words: ['ds', 'mle'] }), opt(['-n'], none, true), opt(['--new'])] }),
    cmd('show', { args: [{ name: 'id', variadic: false, values: { dynamic: 'items' } }] }),
    cmd('interview', { subcommands: [cmd('rm', { args: [{ name: 'id', variadic: false, values: { dynamic: 'interviews' } }], options: [opt(['--yes', '-y'])] })] }),
    cmd('import', { args: [{ name: 'file', variadic: false, values: { files: true } }] }),
    cmd('bank', { subcommands: [cmd('lint', { args: [{ name: 'paths', variadic: true, values: { files: true } }] })] }),
  ],
});
const globals = [opt(['--db'], { files: true }), opt(['--json'])];

describe('complete', () => {
  it.each([
    [[''], { words: ['drill', 'show', 'interview', 'import', 'bank'] }],
    [['dr'], { words: ['drill', 'show', 'interview', 'import', 'bank'] }],
    [['interview', ''], { words: ['rm'] }],
    [['interview', 'rm', ''], { dynamic: 'interviews' }],
    [['interview', 'rm', 'acme', ''], { none: true }],
    [['show', ''], { dynamic: 'items' }],
    [['--db', 'x.db', 'show', ''], { dynamic: 'items' }],
    [['--db', ''], { files: true }],
    [['drill', '--bank', ''], { dynamic: 'banks' }],
    [['drill', '--role', ''], { words: ['ds', 'mle'] }],
    [['drill', '-n', '5', '--'], { words: ['--bank', '--role', '--new', '--db', '--json', '--help'] }],
    [['drill', '--bank', 'ml', '--b'], { words: ['--role', '--new', '--db', '--json', '--help'] }],
    [['drill', '--bank=ml', ''], { none: true }],
    [['import', ''], { files: true }],
    [['bank', 'lint', 'a.yaml', 'b.yaml', ''], { files: true }],
    [['nope', ''], { none: true }],
  ])('%j', (words, expected) => {
    expect(complete(root, globals, words)).toEqual(expected);
  });
});

describe('scripts', () => {
  it.each(SHELLS)('%s asks prep __complete and falls back to file names on :files', (shell) => {
    const s = script(shell);
    expect(s).toContain('prep __complete --');
    expect(s).toContain(':files');
    expect(s).toMatch(shell === 'bash' ? /complete -o filenames -F _prep_complete prep/ : shell === 'zsh' ? /compdef _prep prep/ : /complete -c prep -f -a/);
  });
});
