/// <reference types="vite/client" />
// Runs the hostile-input classes (harness.ts) over every area's case file in ./cases.
import { describeHostile, type CaseFile } from './harness';

const files = import.meta.glob<CaseFile>('./cases/*.ts', { eager: true });

for (const [path, file] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
  // A file of exemptions only (cases/pending.ts) has no suite to run.
  if (file.cases.length > 0) describeHostile(path.replace(/^\.\/cases\/|\.ts$/g, ''), file);
}
