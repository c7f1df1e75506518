/**
 * Test-file order for `vitest run`: the longest files first, so that on a 2-core CI machine
 * (two workers) the long ones start at once and the many short ones fill in around them,
 * instead of one long file starting last and running alone. Durations are those of CI runs
 * (December 2026); a file not listed keeps vitest's own order after the listed ones. Order
 * only: which files run, and what they assert, is unchanged.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONGEST_FIRST = [
  'test/browser/stories.test.ts',
  'test/core/hostile/hostile.test.ts',
  'test/react/hostile.test.tsx',
  'test/browser/docs.test.ts',
  'test/core/timezones.test.ts',
  'test/core/schedule/properties.test.ts',
  'test/browser/portal.test.ts',
  'test/browser/install.test.ts',
  'test/packaging/budgets.test.ts',
  'test/browser/timezone-planner.test.ts',
  'test/react/TimezonePlanner.test.tsx',
];

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const path = f.moduleId.replaceAll('\\', '/');
      const i = LONGEST_FIRST.findIndex((p) => path.endsWith(`/${p}`));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    return sorted
      .map((f, i) => ({ f, i, r: rank(f) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map((x) => x.f);
  }
}
