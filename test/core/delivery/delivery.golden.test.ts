import * as sx from '@sextant/core';
import { runGolden } from '../../support/golden';

// Every public vector of test/golden/delivery.json (API.md's definitions; NumPy 1.24 quantiles).
runGolden('delivery', sx as unknown as Record<string, unknown>);
