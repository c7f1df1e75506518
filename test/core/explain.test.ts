import * as sx from '@sextant/core';
import { DEFAULT_ERROR_MESSAGES, explainError, SextantError, validateMember } from '@sextant/core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { thrown } from '../support/errors';

const member = { id: 'kai', name: 'Kai', timeZone: 'Europe/Berlin', workHours: { start: '09:00', end: '17:00' } };

/** What core's schedule functions throw for a bad member, found by asking them. */
function memberError(m: unknown): unknown {
  return thrown(() => sx.localTimes([member, m as typeof member], 0));
}

describe('explainError', () => {
  it("says which member's time zone is unknown, with the value, and keeps the technical message", () => {
    const e = memberError({ ...member, id: 'ola', timeZone: 'Olympus/Mons' });
    const x = explainError(e);
    expect(x.sentence).toBe("One team member's time zone isn't recognised: Olympus/Mons");
    expect(x.code).toBe('UNKNOWN_TIME_ZONE');
    expect(x.root).toBe('members');
    expect(x.field).toBe('timeZone');
    expect(x.index).toBe(1);
    expect(x.technical).toBe((e as Error).message);
    expect(x.technical).toMatch(/members\[1\]/);
  });

  it('finds the field after an id that contains brackets, dots and quotes', () => {
    const e = memberError({ ...member, id: 'a).b[3].c "x"', workHours: { start: '9am', end: '17:00' } });
    const x = explainError(e);
    expect(x.field).toBe('workHours.start');
    expect(x.sentence).toBe("One team member's start of work isn't a time like 09:00: 9am");
  });

  it('drops indices from the field when choosing the sentence', () => {
    const e = memberError({ ...member, workDays: [1, 9] });
    expect(explainError(e).key).toBe('INVALID_OPTION:members.workDays');
  });

  it('falls back from root.field to field, root, code and UNKNOWN', () => {
    const mk = (code: sx.SextantErrorCode, argument?: string, value?: unknown) =>
      new SextantError(code, 'tech', { argument, value });
    expect(explainError(mk('UNKNOWN_TIME_ZONE', 'options.timeZone', 'Mars/Base')).key).toBe('UNKNOWN_TIME_ZONE:timeZone');
    expect(explainError(mk('LENGTH_MISMATCH', 'yPred')).sentence).toBe(DEFAULT_ERROR_MESSAGES.LENGTH_MISMATCH);
    expect(explainError(new TypeError('x is undefined')).key).toBe('UNKNOWN');
    expect(explainError('a string').technical).toBe('a string');
    expect(explainError(undefined).sentence).toBe(DEFAULT_ERROR_MESSAGES.UNKNOWN);
  });

  it('removes a placeholder that has no value, with its lead-in', () => {
    const x = explainError(
      new SextantError('INVALID_VALUE', 'rows[3].x must be a number', { argument: 'rows[3].x', value: { a: 1 } }),
    );
    expect(x.sentence).toBe("A value isn't valid");
    expect(x.index).toBe(3);
  });

  it('shortens a long or multi-line value to one line of at most 60 characters', () => {
    const long = 'Zone/' + 'x'.repeat(500) + '\n<script>';
    const x = explainError(new SextantError('UNKNOWN_TIME_ZONE', 'tech', { argument: 'timeZone', value: long }));
    expect(x.value?.length).toBe(60);
    expect(x.value?.endsWith('…')).toBe(true);
    expect(x.sentence).not.toContain('\n');
  });

  it('takes caller sentences and params, which may name the item', () => {
    const e = memberError({ ...member, timeZone: 'Olympus/Mons' });
    const x = explainError(e, {
      messages: { 'UNKNOWN_TIME_ZONE:members.timeZone': "{name}'s time zone isn't recognised: {value}" },
      params: { name: 'Kai' },
    });
    expect(x.sentence).toBe("Kai's time zone isn't recognised: Olympus/Mons");
  });

  it('reads a SextantError from another copy of core by its shape', () => {
    const foreign = Object.assign(new Error('m'), {
      name: 'SextantError',
      code: 'UNKNOWN_TIME_ZONE',
      argument: 'members[0] (id "a").timeZone',
      value: 'X/Y',
    });
    expect(explainError(foreign).sentence).toBe("One team member's time zone isn't recognised: X/Y");
  });

  it('ignores catalogue keys that are prototype names', () => {
    const e = new SextantError('INVALID_OPTION', 'tech', { argument: 'constructor' });
    expect(explainError(e).sentence).toBe("A setting isn't valid");
    const p = new SextantError('INVALID_OPTION', 'tech', { argument: '__proto__' });
    expect(explainError(p, { messages: { 'INVALID_OPTION:__proto__': 'proto sentence' } }).sentence).toBe('proto sentence');
  });

  it('agrees with validateMember on the field it names', () => {
    const v = validateMember({ ...member, timeZone: 'Olympus/Mons' });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.field).toBe(explainError(memberError({ ...member, timeZone: 'Olympus/Mons' })).field);
  });

  it('runs its TSDoc examples', () => {
    const src = readFileSync(fileURLToPath(new URL('../../packages/core/src/explain.ts', import.meta.url)), 'utf8');
    const blocks = [...src.matchAll(/@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g)];
    expect(blocks.length).toBe(2);
    let checks = 0;
    for (const block of blocks) {
      const lines = block[1].split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      const script: string[] = [];
      for (let i = 0; i < lines.length; i++) {
        const m = /^(.*?);\s*\/\/\s*(.+)$/.exec(lines[i]);
        const cont = /^(.*?);\s*$/.exec(lines[i]);
        if (m && !lines[i].startsWith('const')) script.push(`__check(${m[1]}, ${m[2]});`);
        else if (cont && i + 1 < lines.length && /^\/\/\s/.test(lines[i + 1]))
          script.push(`__check(${cont[1]}, ${lines[++i].replace(/^\/\/\s*/, '')});`);
        else script.push(lines[i]);
      }
      runInNewContext(script.join('\n'), {
        ...sx,
        __check: (a: unknown, b: unknown) => {
          checks++;
          expect(a).toEqual(b);
        },
      });
    }
    expect(checks).toBe(5);
  });

  it('errorText fills a frame sentence and lets the caller replace it', () => {
    expect(sx.errorText('DETAILS')).toBe('Technical details');
    expect(sx.errorText('VIEW_TITLE', { title: 'Risks' }, { VIEW_TITLE: '{title} konnte nicht angezeigt werden' })).toBe(
      'Risks konnte nicht angezeigt werden',
    );
    expect(sx.errorText('toString')).toBe('');
  });
});
