/**
 * A checkbox list that saves each toggle the moment it is made (`onToggle`), so Ctrl-C never loses a
 * tick the screen showed. @inquirer/prompts' checkbox reports only on Enter, hence this small one.
 */
import { createPrompt, isDownKey, isEnterKey, isSpaceKey, isUpKey, useKeypress, usePagination, useState } from '@inquirer/core';

export interface ToggleConfig {
  message: string;
  choices: { name: string; value: string; checked: boolean }[];
  pageSize: number;
  /** Called on every toggle; a throw leaves the box as it was and shows the error. */
  onToggle: (value: string, on: boolean) => void;
}

export const togglePrompt = createPrompt<string[], ToggleConfig>((config, done) => {
  const { choices } = config;
  const [active, setActive] = useState(0);
  const [checked, setChecked] = useState<string[]>(choices.filter((c) => c.checked).map((c) => c.value));
  const [error, setError] = useState('');
  const [finished, setFinished] = useState(false);
  useKeypress((key) => {
    if (isEnterKey(key)) {
      setFinished(true);
      done(checked);
    } else if (isUpKey(key)) setActive(Math.max(0, active - 1));
    else if (isDownKey(key)) setActive(Math.min(choices.length - 1, active + 1));
    else if (isSpaceKey(key)) {
      const v = choices[active]!.value;
      const on = !checked.includes(v);
      try {
        config.onToggle(v, on);
        setChecked(on ? [...checked, v] : checked.filter((x) => x !== v));
        setError('');
      } catch (e) {
        setError(`not saved: ${(e as Error).message}`);
      }
    }
  });
  const page = usePagination({
    items: choices,
    active,
    pageSize: config.pageSize,
    loop: false,
    renderItem: ({ item, isActive }) => `${isActive ? '❯' : ' '} ${checked.includes(item.value) ? '◉' : '◯'} ${item.name}`,
  });
  if (finished) return `${config.message}: ${checked.length} ticked`;
  return `${config.message}\n${page}\n${error ? `${error}\n` : ''}↑↓ move · space ticks (saved at once) · enter: done`;
});
