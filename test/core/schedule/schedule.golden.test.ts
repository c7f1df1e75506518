import * as sx from '@sextant/core';
import { runGolden } from '../../support/golden';

// Every case of test/golden/schedule.json (Python zoneinfo, tzdata 2025b).
runGolden('schedule', sx as Record<string, unknown>);
