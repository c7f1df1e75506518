import * as sx from '@sextant/core';
import { runGolden } from '../../support/golden';

runGolden('clustering', sx as Record<string, unknown>);
