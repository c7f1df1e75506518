/**
 * Demo data for the model-quality, drift and fairness stories: seeded, so every screenshot
 * is the same. Labels and scores are simulated the way the real models behave — a fraud
 * model with 4 % positives, an intent classifier whose refund and cancel intents blur, an
 * image classifier whose vehicle and animal classes confuse within their family, a
 * 200-class product categoriser whose errors stay inside a department.
 */

/** mulberry32: a small seeded generator for demo data (core's is internal). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A normal draw (Box–Muller). */
function normal(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/**
 * Predictions for `yTrue`: right with probability `accuracy[c]`, otherwise one of the class's
 * look-alikes (70 %) or any class.
 */
function predict(
  rand: () => number,
  yTrue: string[],
  classes: string[],
  accuracy: (c: string) => number,
  confusable: (c: string) => string[],
): string[] {
  return yTrue.map((c) => {
    if (rand() < accuracy(c)) return c;
    const near = confusable(c);
    if (near.length > 0 && rand() < 0.7) return near[Math.floor(rand() * near.length)];
    return classes[Math.floor(rand() * classes.length)];
  });
}

function draw(rand: () => number, classes: string[], weights: number[], n: number): string[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return Array.from({ length: n }, () => {
    let r = rand() * total;
    for (let i = 0; i < classes.length; i++) {
      r -= weights[i];
      if (r <= 0) return classes[i];
    }
    return classes[classes.length - 1];
  });
}

// ---------------------------------------------------------------- intent classifier ----

export const intents = [
  'billing question',
  'cancel subscription',
  'change plan',
  'greeting',
  'refund request',
  'report outage',
  'reset password',
  'talk to human',
];

const intentNear: Record<string, string[]> = {
  'billing question': ['refund request', 'change plan'],
  'cancel subscription': ['refund request', 'change plan'],
  'change plan': ['billing question', 'cancel subscription'],
  greeting: ['talk to human'],
  'refund request': ['cancel subscription', 'billing question'],
  'report outage': ['talk to human', 'reset password'],
  'reset password': ['report outage'],
  'talk to human': ['greeting', 'report outage'],
};

/** 2,400 support-chat messages, true intent and the classifier's prediction. */
export function intentClassifier(): { yTrue: string[]; yPred: string[] } {
  const rand = seeded(9);
  const yTrue = draw(rand, intents, [18, 9, 7, 12, 11, 6, 14, 8], 2400);
  const acc: Record<string, number> = {
    'billing question': 0.86,
    'cancel subscription': 0.74,
    'change plan': 0.78,
    greeting: 0.97,
    'refund request': 0.71,
    'report outage': 0.9,
    'reset password': 0.95,
    'talk to human': 0.83,
  };
  return {
    yTrue,
    yPred: predict(
      rand,
      yTrue,
      intents,
      (c) => acc[c],
      (c) => intentNear[c],
    ),
  };
}

// ---------------------------------------------------------------- fraud model ----------

/** 3,000 card transactions, 4 % fraud: a gradient-boosted model and a logistic baseline. */
export function fraudScores(): { yTrue: number[]; boosted: number[]; logistic: number[]; rules: number[] } {
  const rand = seeded(21);
  const n = 3000;
  const yTrue = Array.from({ length: n }, () => (rand() < 0.04 ? 1 : 0));
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const boosted = yTrue.map((y) => round(sigmoid(y ? 1.6 + 1.3 * normal(rand) : -3.2 + 1.3 * normal(rand))));
  const logistic = yTrue.map((y) => round(sigmoid(y ? 0.6 + 1.5 * normal(rand) : -2.4 + 1.5 * normal(rand))));
  // A rules engine scores in steps of 0.1: many ties.
  const rules = yTrue.map((y) =>
    Math.min(1, Math.max(0, Math.round((y ? 0.55 + 0.25 * normal(rand) : 0.25 + 0.2 * normal(rand)) * 10) / 10)),
  );
  return { yTrue, boosted, logistic, rules };
}

/** Fraud labels at a 0.5 threshold, for the binary confusion matrix. */
export function fraudLabels(): { yTrue: string[]; yPred: string[] } {
  const { yTrue, boosted } = fraudScores();
  return {
    yTrue: yTrue.map((y) => (y ? 'fraud' : 'legitimate')),
    yPred: boosted.map((s) => (s >= 0.5 ? 'fraud' : 'legitimate')),
  };
}

// ---------------------------------------------------------------- image classifier -----

/** CIFAR-100's 20 superclasses. */
export const imageClasses = [
  'aquatic mammals',
  'fish',
  'flowers',
  'food containers',
  'fruit and vegetables',
  'household electrical devices',
  'household furniture',
  'insects',
  'large carnivores',
  'large man-made outdoor things',
  'large natural outdoor scenes',
  'large omnivores and herbivores',
  'medium-sized mammals',
  'non-insect invertebrates',
  'people',
  'reptiles',
  'small mammals',
  'trees',
  'vehicles 1',
  'vehicles 2',
];

const animals = [0, 1, 7, 8, 11, 12, 13, 15, 16].map((i) => imageClasses[i]);
const objects = [3, 5, 6, 9].map((i) => imageClasses[i]);
const scenes = [2, 4, 10, 17].map((i) => imageClasses[i]);

/** 6,000 test images of a ResNet-style classifier at ~78 % accuracy. */
export function imageClassifier(): { yTrue: string[]; yPred: string[] } {
  const rand = seeded(33);
  const yTrue = draw(
    rand,
    imageClasses,
    imageClasses.map(() => 1),
    6000,
  );
  const family = (c: string) =>
    c.startsWith('vehicles')
      ? ['vehicles 1', 'vehicles 2'].filter((v) => v !== c)
      : animals.includes(c)
        ? animals.filter((v) => v !== c)
        : objects.includes(c)
          ? objects.filter((v) => v !== c)
          : scenes.filter((v) => v !== c);
  return { yTrue, yPred: predict(rand, yTrue, imageClasses, (c) => (c === 'people' ? 0.9 : 0.7 + (c.length % 7) / 40), family) };
}

// ---------------------------------------------------------------- product categoriser --

const departments = [
  'Home & Kitchen',
  'Electronics',
  'Sports & Outdoors',
  'Beauty',
  'Toys & Games',
  'Garden',
  'Books',
  'Pet Supplies',
];
const leaves = [
  'Cookware',
  'Storage',
  'Lighting',
  'Bedding',
  'Cables',
  'Headphones',
  'Chargers',
  'Cameras',
  'Tents',
  'Bikes',
  'Yoga',
  'Running',
  'Skin care',
  'Hair care',
  'Fragrance',
  'Makeup',
  'Puzzles',
  'Board games',
  'Dolls',
  'Building sets',
  'Seeds',
  'Tools',
  'Planters',
  'Hoses',
  'Fiction',
];

/** The 200 leaf categories of a product taxonomy ("Department › Leaf n"). */
export const productCategories: string[] = Array.from({ length: 200 }, (_, i) => {
  const d = departments[i % departments.length];
  return `${d} › ${leaves[(i * 7) % leaves.length]} ${Math.floor(i / departments.length) + 1}`;
});

/** A precomputed 200 × 200 matrix of a product categoriser: most errors stay inside the department. */
export function productCategoriser(): { labels: string[]; matrix: number[][] } {
  const rand = seeded(44);
  const k = productCategories.length;
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    const support = 40 + Math.floor(rand() * 400);
    const acc = 0.6 + 0.35 * rand();
    matrix[i][i] = Math.round(support * acc);
    let rest = support - matrix[i][i];
    while (rest > 0) {
      const same = rand() < 0.8;
      const j = same
        ? ((i % departments.length) + departments.length * Math.floor(rand() * (k / departments.length))) % k
        : Math.floor(rand() * k);
      const take = Math.min(rest, 1 + Math.floor(rand() * 6));
      matrix[i][j] += take;
      rest -= take;
    }
  }
  return { labels: productCategories, matrix };
}

/**
 * The first 48 leaves of a warehouse taxonomy exported with machine names
 * (`product_category_001` …): every name shares its first 17 characters, so labels cut at
 * their end all read alike. Most errors go to a neighbouring leaf.
 */
export function taxonomyCategoriser(k = 48): { labels: string[]; matrix: number[][] } {
  const rand = seeded(45);
  const labels = Array.from({ length: k }, (_, i) => `product_category_${String(i + 1).padStart(3, '0')}`);
  const matrix = labels.map((_, i) => {
    const row = new Array<number>(k).fill(0);
    const support = 30 + Math.floor(rand() * 170);
    row[i] = Math.round(support * (0.65 + 0.3 * rand()));
    for (let rest = support - row[i]; rest > 0;) {
      const j = rand() < 0.7 ? Math.min(k - 1, Math.max(0, i + (rand() < 0.5 ? -1 : 1))) : Math.floor(rand() * k);
      const take = Math.min(rest, 1 + Math.floor(rand() * 4));
      row[j] += take;
      rest -= take;
    }
    return row;
  });
  return { labels, matrix };
}

// ---------------------------------------------------------------- hostile labels -------

/** Labels that break naive widgets: prototype keys, markup, RTL text, 200 characters. */
export const hostileLabels = [
  '__proto__',
  'constructor',
  '<script>alert("x")</script>',
  'طلب استرداد الأموال',
  `${'very long class name '.repeat(9)}end`.slice(0, 200),
];

export function hostileMatrix(): { labels: string[]; matrix: number[][] } {
  return {
    labels: hostileLabels,
    matrix: [
      [41, 3, 0, 1, 2],
      [5, 37, 2, 0, 0],
      [0, 1, 29, 4, 0],
      [2, 0, 6, 33, 1],
      [1, 0, 0, 2, 18],
    ],
  };
}

// ---------------------------------------------------------------- churn model ----------

/** 5,000 subscribers, 18 % churned within 90 days: this quarter's model and last quarter's. */
export function churnScores(): { yTrue: number[]; current: number[]; previous: number[] } {
  const rand = seeded(55);
  const yTrue = Array.from({ length: 5000 }, () => (rand() < 0.18 ? 1 : 0));
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return {
    yTrue,
    current: yTrue.map((y) => round(sigmoid(y ? 0.4 + 1.1 * normal(rand) : -1.9 + 1.1 * normal(rand)))),
    previous: yTrue.map((y) => round(sigmoid(y ? -0.1 + 1.2 * normal(rand) : -1.6 + 1.2 * normal(rand)))),
  };
}

// ---------------------------------------------------------------- NLP drift ------------

/** A day as an ISO date, `d` days after 2026-07-01 (Q3). */
const dayOf = (d: number) => new Date(Date.UTC(2026, 6, 1 + d)).toISOString();

/**
 * An NLP assistant's inputs over a quarter: 90 daily batches against the training sample.
 * Prompt length creeps up after a product launch on day 40 and falls back on day 70;
 * language shifts towards Spanish for two weeks from day 55; toxicity stays put.
 */
export function nlpDrift(): {
  reference: Record<string, (number | string | null)[]>;
  batches: { at: string; columns: Record<string, (number | string | null)[]> }[];
} {
  const rand = seeded(77);
  const langs = ['en', 'es', 'de', 'fr'];
  const column = (n: number, lengthShift: number, es: number) => ({
    prompt_tokens: Array.from({ length: n }, () => Math.round(Math.exp(4 + lengthShift + 0.5 * normal(rand)))),
    toxicity: Array.from({ length: n }, () =>
      rand() < 0.02 ? null : Math.round(Math.max(0, 0.05 + 0.03 * normal(rand)) * 1000) / 1000,
    ),
    language: Array.from({ length: n }, () => {
      const r = rand();
      return r < 0.6 - es ? langs[0] : r < 0.75 ? langs[1] : r < 0.88 ? langs[2] : langs[3];
    }),
  });
  const reference = column(1500, 0, 0);
  const batches = Array.from({ length: 90 }, (_, d) => ({
    at: dayOf(d),
    columns: column(1200, d >= 40 && d < 70 ? 0.25 + (d - 40) * 0.004 : 0, d >= 55 && d < 69 ? 0.15 : 0),
  }));
  return { reference, batches };
}

/** A minute-level drift series of 100,000 points (a streaming monitor), as a driftOverTime result. */
/**
 * The same history as columns, as a monitoring store returns it: epoch milliseconds and scores
 * in typed arrays, no object per minute (DriftChart reads either form).
 */
export function minuteDriftColumns(n = 100_000) {
  const rows = minuteDrift(n);
  const points = rows.series.embedding;
  return {
    ...rows,
    series: {
      embedding: {
        at: Float64Array.from(points, (p) => Date.parse(p.at)),
        score: Float64Array.from(points, (p) => p.score),
        drifted: Uint8Array.from(points, (p) => (p.drifted ? 1 : 0)),
      },
    },
  };
}

export function minuteDrift(n = 100_000) {
  const rand = seeded(88);
  const start = Date.UTC(2026, 8, 1);
  let level = 0.04;
  const series = Array.from({ length: n }, (_, i) => {
    level = Math.max(
      0,
      level + 0.002 * normal(rand) + (i > 60_000 && i < 64_000 ? 0.00006 : i > 64_000 && i < 68_000 ? -0.00006 : 0),
    );
    const score = Math.round((level + 0.01 * Math.abs(normal(rand))) * 1e5) / 1e5;
    return { at: new Date(start + i * 60_000).toISOString(), score, drifted: score >= 0.1 };
  });
  const alerts: { at: string; feature: string; kind: 'start' | 'end'; score: number }[] = [];
  for (let i = 1; i < n; i++) {
    if (series[i].drifted !== series[i - 1].drifted)
      alerts.push({ at: series[i].at, feature: 'embedding', kind: series[i].drifted ? 'start' : 'end', score: series[i].score });
  }
  return {
    series: { embedding: series },
    alerts,
    dataset: [],
    features: [
      {
        name: 'embedding',
        kind: 'numeric' as const,
        method: 'wasserstein' as const,
        threshold: 0.1,
        scoreType: 'distance' as const,
        reason: 'streaming monitor',
      },
    ],
  };
}

// ---------------------------------------------------------------- credit model fairness -

/**
 * 6,000 credit applications: true repayment, the model's approval, applicant's age band and
 * region. Under-25s and over-65s are approved less often at the same repayment rate; the
 * small "65+" band gets wide intervals.
 */
export function creditApprovals(): { yTrue: number[]; yPred: number[]; ageBand: string[]; region: string[] } {
  const rand = seeded(99);
  const bands = ['18–24', '25–34', '35–44', '45–54', '55–64', '65+'];
  const bandWeights = [12, 26, 24, 18, 13, 7];
  const penalty: Record<string, number> = { '18–24': 0.14, '25–34': 0.02, '35–44': 0, '45–54': 0, '55–64': 0.03, '65+': 0.1 };
  const regions = ['North', 'South', 'East', 'West', 'Islands'];
  const regionPenalty: Record<string, number> = { North: 0, South: 0.05, East: 0.01, West: 0, Islands: 0.08 };
  const ageBand = draw(rand, bands, bandWeights, 6000);
  const region = draw(rand, regions, [30, 25, 20, 20, 5], 6000);
  const yTrue = ageBand.map(() => (rand() < 0.78 ? 1 : 0));
  const yPred = yTrue.map((y, i) => (rand() < (y ? 0.86 : 0.25) - penalty[ageBand[i]] - regionPenalty[region[i]] ? 1 : 0));
  return { yTrue, yPred, ageBand, region };
}

// ---------------------------------------------------------------- experiment runs ------

/** Experiment runs of a text classifier: model, dataset, macro F1, AUC, log loss, p95 latency, cost. */
export function experimentRuns(n = 14): Record<string, string | number | null>[] {
  const rand = seeded(111);
  const models = ['distilbert-base', 'deberta-v3-small', 'roberta-base', 'logreg-tfidf', 'xgboost-embeddings', 'llama-3-8b-lora'];
  const datasets = ['tickets-2026-q2', 'tickets-2026-q3', 'tickets-multilingual'];
  return Array.from({ length: n }, (_, i) => {
    const m = models[i % models.length];
    const big = m.includes('llama')
      ? 0.06
      : m.includes('deberta') || m.includes('roberta')
        ? 0.04
        : m.includes('logreg')
          ? -0.05
          : 0;
    const f1 = Math.round((0.82 + big + 0.03 * normal(rand)) * 1e4) / 1e4;
    return {
      run: `run-${String(1000 + i)}`,
      model: m,
      dataset: datasets[Math.floor(rand() * datasets.length)],
      f1,
      auc: Math.round(Math.min(0.999, f1 + 0.08 + 0.01 * normal(rand)) * 1e4) / 1e4,
      logLoss: rand() < 0.05 ? null : Math.round((0.55 - big * 2 + 0.05 * normal(rand)) * 1e4) / 1e4,
      p95: Math.round(
        (m.includes('llama') ? 420 : m.includes('logreg') ? 6 : m.includes('xgboost') ? 14 : 48) *
          (1 + 0.15 * Math.abs(normal(rand))),
      ),
      cost: Math.round((m.includes('llama') ? 3.2 : m.includes('logreg') ? 0.01 : 0.4) * (1 + 0.2 * rand()) * 100) / 100,
    };
  });
}

export const experimentColumns = [
  { id: 'run', header: 'Run' },
  { id: 'model', header: 'Model' },
  { id: 'dataset', header: 'Dataset' },
  { id: 'f1', header: 'Macro F1', direction: 'higher' as const },
  { id: 'auc', header: 'ROC AUC', direction: 'higher' as const },
  { id: 'logLoss', header: 'Log loss', direction: 'lower' as const },
  { id: 'p95', header: 'p95 latency', direction: 'lower' as const, format: 'milliseconds' as const },
  {
    id: 'cost',
    header: 'Cost / 1k req',
    direction: 'lower' as const,
    format: { style: 'currency', currency: 'USD' } as Intl.NumberFormatOptions,
  },
];
