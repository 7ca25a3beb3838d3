import { describe, expect, it } from 'vitest';
import { interviewRoles, parseRoleList, rolesFromText, topicPriority } from '../../src/core/roles.js';

describe('rolesFromText: the one mapping from free-text roles to ours', () => {
  it.each([
    ['Data Scientist', ['ds']],
    ['Senior data science lead', ['ds']],
    ['ML Engineer', ['mle']],
    ['Machine Learning Engineer II', ['mle']],
    ['MLOps engineer', ['mlops']],
    ['ML Platform Engineer', ['mlops']],
    ['Full-stack developer', ['fs']],
    ['full stack AI engineer', ['fs']],
    ['AI Engineer', ['fs']],
    ['Frontend engineer (AI products)', ['fs']],
    ['ML engineer / MLOps', ['mle', 'mlops']],
    ['Data scientist or ML engineer', ['ds', 'mle']],
    ['Product manager', []],
    ['', []],
  ])('%j -> %j', (text, roles) => expect(rolesFromText(text).roles).toEqual(roles));
});

describe('interviewRoles', () => {
  it.each([
    [{ role: 'ML Engineer' }, ['mle'], 'role-text'],
    [{ role: 'ML Engineer', roles: ['ds' as const] }, ['ds'], 'set'],
    [{ role: 'Product manager' }, ['ds', 'mle', 'mlops', 'fs'], 'unmatched'],
    [{}, ['ds', 'mle', 'mlops', 'fs'], 'no-role'],
  ])('%j -> %j (%s)', (iv, roles, from) => {
    const r = interviewRoles(iv);
    expect(r.roles).toEqual(roles);
    expect(r.from).toBe(from);
  });

  it('says so when nothing matched', () => expect(interviewRoles({ role: 'Wizard' }).note).toMatch(/all roles \("Wizard" names none of ds, mle, mlops, fs/));
});

describe('parseRoleList', () => {
  it.each([
    ['ds,mle', ['ds', 'mle'], []],
    [' MLE , mlops ', ['mle', 'mlops'], []],
    ['all', ['ds', 'mle', 'mlops', 'fs'], []],
    ['ds,cto', ['ds'], ['cto']],
    ['', [], ['(empty)']],
  ])('%j', (v, roles, bad) => expect(parseRoleList(v)).toEqual({ roles, bad }));
});

describe('topicPriority', () => {
  it('is the share of a topic\'s items for the roles', () => {
    const p = topicPriority([
      { topic: 'a', roles: ['ds'] }, { topic: 'a', roles: ['mle'] }, { topic: 'b', roles: ['mle', 'ds'] }, { roles: ['fs'] },
    ], ['mle']);
    expect([...p]).toEqual([['a', 0.5], ['b', 1], ['(no topic)', 0]]);
  });
});
