/**
 * `prep star new [--template T]`: a guided interview for one STAR story. The draft (including the
 * field being typed) is saved as the candidate types, so Ctrl-C or a closed terminal loses nothing;
 * the next `prep star new` offers it back.
 */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { isPromptExit, promptContext } from '../adapters/prompts.js';
import { ExitCode, PrepError } from '../errors.js';
import { emptyEditor, type EditorState } from '../core/editor.js';
import { lintStory, slugify, spokenSeconds, type Story } from '../core/star.js';
import type { StarTemplate } from '../core/schema.js';
import { mmss, sanitize } from '../format/text.js';
import { formatFindings } from '../format/star-view.js';
import { painter } from '../format/paint.js';
import { loadTaxonomy, loadTemplates } from '../adapters/content-files.js';
import { textPrompt } from '../adapters/text-prompt.js';
import { repoOf } from './interview.js';
import { NO_TTY_HINT } from './drill.js';

type Field = 'title' | 'situation' | 'task' | 'action' | 'result' | 'before' | 'after' | 'reflection';
const FIELDS: Field[] = ['title', 'situation', 'task', 'action', 'result', 'before', 'after', 'reflection'];

export interface Draft {
  template: string;
  values: Partial<Record<Field, string>>;
  field: Field;
  editor: EditorState;
}

const editorFor = (text: string | undefined): EditorState => {
  const lines = (text ?? '').split('\n');
  return { lines, row: lines.length - 1, col: lines[lines.length - 1]!.length };
};

function fieldSpec(f: Field, t: StarTemplate): { label: string; guide: string; multiline: boolean; target?: number } {
  switch (f) {
    case 'title': return { label: 'Title', guide: 'A short name you will recognise, e.g. "Churn model rescue".', multiline: false };
    case 'before': return { label: 'Before (a number)', guide: t.metrics_prompt, multiline: false };
    case 'after': return { label: 'After (a number)', guide: 'The same measure after your work.', multiline: false };
    case 'reflection': return { label: 'Reflection', guide: t.reflection_prompt, multiline: true };
    default: return { label: f[0]!.toUpperCase() + f.slice(1), guide: t.parts[f].guide, multiline: true, target: t.parts[f].seconds };
  }
}

async function inquirer(ctx: Ctx) {
  const prompts = await import('@inquirer/prompts');
  const context = promptContext(ctx.io);
  return { prompts, context };
}

export async function starNew(ctx: Ctx, opts: { template?: string }): Promise<Outcome> {
  const templates = await loadTemplates(ctx.contentDir);
  if (opts.template && !templates.has(opts.template)) throw new PrepError('usage', `unknown template "${opts.template}"`, { hint: `Templates: ${[...templates.keys()].join(', ')}` });
  // Flags first: a typo in a script is named before the missing terminal.
  if (!ctx.interactive) throw new PrepError('no-tty', 'prep star new needs an interactive terminal', { hint: `Write stories in YAML and run \`prep star import FILE\`. ${NO_TTY_HINT}` });
  const [taxonomy, repo, paint] = await Promise.all([loadTaxonomy(ctx.contentDir), repoOf(ctx), painter(ctx)]);
  const { prompts, context } = await inquirer(ctx);
  const say = (s: string) => ctx.io.stdout.write(`${s}\n`);
  let draft: Draft | undefined;
  try {
    const saved = repo.draft();
    if (saved) {
      // Never dropped silently: starting over asks again, naming the draft; until a new draft is
      // saved (after the template is chosen) the old one is kept, so Ctrl-C loses nothing.
      const d = saved.data as Draft;
      const name = sanitize(d.values.title || d.template);
      const choice = await prompts.select({
        message: `You have a draft "${name}" (last typed ${saved.updatedAt.slice(0, 16).replace('T', ' ')} UTC, at ${d.field})`,
        choices: [{ name: `Resume your draft "${name}"`, value: 'resume' }, { name: 'Start over (discard the draft)', value: 'over' }],
      }, context);
      const discard = choice === 'over' && (await prompts.confirm({ message: `Discard the draft "${name}" for good?`, default: false }, context));
      if (!discard) draft = d;
    }
    if (!draft) {
      const template = opts.template ?? (await prompts.select({ message: 'Which kind of story?', choices: [...templates.values()].map((t) => ({ name: t.title, value: t.id, description: t.parts.situation.guide })), pageSize: 12 }, context));
      draft = { template, values: {}, field: 'title', editor: emptyEditor() };
      repo.saveDraft(draft, ctx.now());
    }
  } catch (e) {
    if (isPromptExit(e)) return { text: 'Stopped; nothing was changed.', exitCode: ExitCode.interrupted };
    throw e;
  }
  const t = templates.get(draft.template)!;
  say(paint('bold', t.title) + paint('dim', `  · target ${mmss(Object.values(t.parts).reduce((a, p) => a + p.seconds, 0))} told aloud`));
  // On resume, recap what is already written so the candidate picks up the thread.
  for (const f of FIELDS.slice(0, FIELDS.indexOf(draft.field))) {
    if (draft.values[f]) say(`${paint('dim', `${fieldSpec(f, t).label}:`)} ${sanitize(draft.values[f]!).split('\n').join('\n  ')}`);
  }
  // Throttled saving: at most every 300 ms while typing, and always when a field ends or on Ctrl-C.
  let pending: ReturnType<typeof setTimeout> | undefined;
  let saveError: unknown;
  const flush = () => {
    if (pending) clearTimeout(pending);
    pending = undefined;
    repo.saveDraft(draft, ctx.now());
  };
  // A save that fails in the background (database locked or full) is reported when the field ends.
  const flushLater = () => {
    try {
      flush();
    } catch (e) {
      saveError ??= e;
    }
  };
  for (let i = FIELDS.indexOf(draft.field); i < FIELDS.length; ) {
    const f = FIELDS[i]!;
    const spec = fieldSpec(f, t);
    draft.field = f;
    const initial = draft.editor.lines.join('') !== '' ? draft.editor : editorFor(draft.values[f]);
    const r = await textPrompt(ctx.io, {
      label: spec.label,
      guide: spec.guide,
      multiline: spec.multiline,
      initial,
      paint,
      ...(spec.target ? { note: (text: string) => `about ${mmss(spokenSeconds(text))} aloud · target ${mmss(spec.target!)}` } : {}),
      onChange: (editor) => {
        draft!.editor = editor;
        pending ??= setTimeout(flushLater, 300);
      },
    });
    draft.editor = r.editor;
    if (saveError) throw saveError;
    if (r.kind === 'cancel') {
      flush();
      return { text: `Draft saved (at ${spec.label}). Run \`prep star new\` to pick it up.`, exitCode: ExitCode.interrupted };
    }
    draft.values[f] = r.kind === 'done' ? r.text : r.editor.lines.join('\n');
    draft.editor = emptyEditor();
    i = r.kind === 'back' ? Math.max(0, i - 1) : i + 1;
    if (r.kind === 'back') draft.editor = editorFor(draft.values[FIELDS[i]!]);
    draft.field = FIELDS[Math.min(i, FIELDS.length - 1)]!;
    flush();
  }
  let themes: string[];
  try {
    themes = await prompts.checkbox({ message: 'Which questions can this story answer? (space toggles)', choices: taxonomy.star_themes.map((th) => ({ name: templates.get(th.id)?.title ?? th.id, value: th.id, checked: th.id === t.id })), pageSize: 12 }, context);
  } catch (e) {
    if (isPromptExit(e)) return { text: 'Draft saved. Run `prep star new` to pick it up.', exitCode: ExitCode.interrupted };
    throw e;
  }
  const v = draft.values;
  const taken = new Set(repo.stories().map((s) => s.id));
  const story: Story = {
    id: slugify(v.title || t.title, taken), title: v.title || t.title, template: t.id, themes: [...new Set([t.id, ...themes])],
    situation: v.situation ?? '', task: v.task ?? '', action: v.action ?? '', result: v.result ?? '',
    ...(v.before || v.after ? { metrics: { ...(v.before ? { before: v.before } : {}), ...(v.after ? { after: v.after } : {}) } } : {}),
    ...(v.reflection ? { reflection: v.reflection } : {}),
  };
  const now = ctx.now();
  repo.saveStory(story, now);
  repo.clearDraft();
  const findings = lintStory(story, t);
  return {
    json: { version: 1, story, findings },
    text: [`Saved story ${paint('bold', story.id)}.`, ...(findings.length ? [formatFindings(findings, Math.min(ctx.io.stdout.columns || 80, 100))] : []), 'Rehearse it with `prep star practice ' + story.id + '`; `prep star edit ' + story.id + '` to improve it.'].join('\n'),
  };
}
