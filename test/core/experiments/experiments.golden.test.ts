import * as sx from '@sextant/core';
import { runGolden } from '../../support/golden';

// Every public vector of test/golden/experiments.json (statsmodels / SciPy 1.10.1, rechecked with mpmath).
runGolden('experiments', sx as unknown as Record<string, unknown>);
