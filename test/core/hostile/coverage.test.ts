/// <reference types="vite/client" />
// Every function that @sextant/core exports has a hostile-input case (./cases/<area>.ts) or
// an exemption with a reason there: a new module cannot skip the suite (issue 15, item 8).
import { describe, expect, it } from 'vitest';
import * as core from '@sextant/core';
import type { CaseFile } from './harness';

const files = import.meta.glob<CaseFile>('./cases/*.ts', { eager: true });

/** Value exports that are not functions a caller feeds data to. */
const NOT_FUNCTIONS = new Set(['SextantError']);

describe('hostile-input coverage', () => {
  const covered = new Map<string, string>();
  const exempt = new Map<string, string>();
  for (const [path, file] of Object.entries(files)) {
    for (const c of file.cases) covered.set(c.name, path);
    for (const [name, why] of Object.entries(file.exempt ?? {})) exempt.set(name, why);
  }
  const functions = Object.entries(core)
    .filter(([name, v]) => typeof v === 'function' && !NOT_FUNCTIONS.has(name))
    .map(([name]) => name)
    .sort();

  it('every exemption gives a reason and names a real export without a case', () => {
    for (const [name, why] of exempt) {
      expect(why.trim().length, `exemption of ${name} needs a reason`).toBeGreaterThan(10);
      expect(functions, `exempted ${name} is not an export`).toContain(name);
      expect(covered.has(name), `${name} has a case and an exemption`).toBe(false);
    }
  });

  it('every case names a function that @sextant/core exports', () => {
    for (const [name, path] of covered) expect(functions, `${path}: ${name}`).toContain(name);
  });

  it('every exported function has a hostile case or a reasoned exemption', () => {
    const missing = functions.filter((f) => !covered.has(f) && !exempt.has(f));
    expect(missing, `no hostile case (add one to test/core/hostile/cases/<area>.ts): ${missing.join(', ')}`).toEqual([]);
  });
});
