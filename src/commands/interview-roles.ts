/**
 * The roles of an interview (`--roles` on `prep interview add|edit`). The free
 * text of `--role` is mapped to our roles in one place, core/roles.ts; `--roles ds,mle` overrides it and
 * `--roles auto` goes back to the mapping.
 */
import { PrepError } from '../errors.js';
import { interviewRoles, parseRoleList } from '../core/roles.js';
import { sanitize } from '../core/sanitize.js';
import type { Role } from '../core/types.js';

/** `--roles ds,mle` (or `all`); `auto` (only where allowed) clears the override. Bad words exit 2 naming the roles. */
export function parseRolesFlag(value: string | undefined, allowAuto = false): Role[] | null | undefined {
  if (value === undefined) return undefined;
  if (allowAuto && value.trim().toLowerCase() === 'auto') return null;
  const { roles, bad } = parseRoleList(value);
  if (bad.length) {
    throw new PrepError('usage', `--roles: ${bad.map((b) => `"${b}"`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not a role`, {
      hint: `Use a comma list of ds, mle, mlops, fs (or all${allowAuto ? '; auto reads them from --role again' : ''}), e.g. --roles mle,mlops`,
    });
  }
  return roles;
}

/** The line add, edit and show print about the roles. */
export const rolesLine = (iv: { role?: string; roles?: Role[] }) => `Roles: ${sanitize(interviewRoles(iv).note)}`;
