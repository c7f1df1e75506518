// Every case of the metrics area's golden files (test/golden/*.json, copied from shared/golden):
// scikit-learn 1.2.1 / NumPy for classification, regression, operational and clustering;
// sacreBLEU, rouge-score and NLTK for nlp.
import * as sx from '@sextant/core';
import { runGolden } from '../../support/golden';

const mod = sx as unknown as Record<string, unknown>;
for (const area of ['classification', 'regression', 'operational', 'clustering', 'nlp']) runGolden(area, mod);
