import * as sx from '@sextant/core';
import { runGolden } from '../../support/golden';

runGolden('nlp', sx as Record<string, unknown>);
