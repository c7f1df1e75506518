import * as sx from '@sextant/core';
import { runGolden } from '../../support/golden';

// Every public vector of test/golden/drift.json (SciPy 1.10.1; PSI and chi-square epsilon rule per API.md).
runGolden('drift', sx as unknown as Record<string, unknown>);
