/**
 * Shell completion. The scripts for bash, zsh and fish are thin: on Tab they run the hidden
 * `prep __complete -- WORDS…` and offer what it prints, one candidate a line (`:files` asks the shell
 * for file names). What to offer is decided here, from a plain description of the command tree, so one
 * tested function serves every shell and ids are always current (banks, items, interviews, stories). Pure.
 */

/** Ids that only the running program knows. */
export type DynamicKind = 'items' | 'banks' | 'topics' | 'interviews' | 'stories' | 'checklist' | 'templates';
export type Values = { words: readonly string[] } | { dynamic: DynamicKind } | { files: true } | { none: true };

export interface OptSpec {
  flags: string[];
  takesValue: boolean;
  values: Values;
}

export interface CmdSpec {
  name: string;
  subcommands: CmdSpec[];
  options: OptSpec[];
  args: { name: string; variadic: boolean; values: Values }[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const findOpt = (opts: readonly OptSpec[], word: string) => opts.find((o) => o.flags.includes(word.split('=')[0]!));

/** What to offer for the last word of `words` (the words after `prep`; the last one may be empty). */
export function complete(root: CmdSpec, globals: readonly OptSpec[], words: readonly string[]): Values {
  let cmd = root;
  let positional = 0;
  let pending: OptSpec | undefined;
  let afterDashes = false;
  for (const w of words.slice(0, -1)) {
    if (pending) {
      pending = undefined;
      continue;
    }
    if (w === '--') afterDashes = true;
    else if (w.startsWith('-') && !afterDashes) {
      const opt = findOpt([...cmd.options, ...globals], w);
      if (opt?.takesValue && !w.includes('=')) pending = opt;
    } else {
      const sub = positional === 0 ? cmd.subcommands.find((c) => c.name === w) : undefined;
      if (sub) cmd = sub;
      else positional++;
    }
  }
  if (pending) return pending.values;
  const current = words[words.length - 1] ?? '';
  if (current.startsWith('-') && !afterDashes) {
    const used = new Set(words.slice(0, -1));
    const flags = [...cmd.options, ...globals].flatMap((o) => o.flags.filter((f) => f.startsWith('--')).slice(0, 1)).filter((f) => !used.has(f));
    return { words: [...flags, '--help'] };
  }
  if (positional === 0 && cmd.subcommands.length) return { words: cmd.subcommands.map((c) => c.name) };
  const arg = cmd.args[Math.min(positional, cmd.args.length - 1)];
  if (!arg || (positional >= cmd.args.length && !arg.variadic)) return { none: true };
  return arg.values;
}

/** The script for a shell: it asks `prep __complete` on every Tab. */
export function script(shell: Shell): string {
  if (shell === 'bash') {
    return `# prep completion for bash: add to ~/.bashrc:  source <(prep completion bash)
_prep_complete() {
  local cur=\${COMP_WORDS[COMP_CWORD]} IFS=$'\\n' out
  out=$(prep __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
  if [[ $out == ":files" ]]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$out" -- "$cur"))
  fi
}
complete -o filenames -F _prep_complete prep
`;
  }
  if (shell === 'zsh') {
    return `#compdef prep
# prep completion for zsh: add to ~/.zshrc (after compinit):  source <(prep completion zsh)
_prep() {
  local -a candidates
  local out
  out=$(prep __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null) || return 1
  if [[ $out == ":files" ]]; then
    _files
  else
    candidates=("\${(@f)out}")
    compadd -a candidates
  fi
}
compdef _prep prep
`;
  }
  return `# prep completion for fish: prep completion fish > ~/.config/fish/completions/prep.fish
function __prep_complete
  set -l cur (commandline -ct)
  set -l words (commandline -opc)[2..-1] "$cur"
  set -l out (prep __complete -- $words 2>/dev/null)
  if test "$out" = ":files"
    __fish_complete_path (commandline -ct)
  else
    printf '%s\\n' $out
  end
end
complete -c prep -f -a '(__prep_complete)'
`;
}
