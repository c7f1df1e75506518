import * as sx from '@sextant/core';
import { runGolden } from '../../support/golden';

runGolden('regression', sx as unknown as Record<string, unknown>);
