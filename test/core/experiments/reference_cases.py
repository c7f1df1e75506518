"""Extra A/B cases from statsmodels 0.13.5 and SciPy 1.10.1 (Debian's /usr/bin/python3).

Run: /usr/bin/python3 test/core/experiments/reference_cases.py > test/core/experiments/fixtures/reference-cases.json
"""
import json

import numpy as np
from scipy import stats
from statsmodels.stats.proportion import confint_proportions_2indep, proportions_ztest

rng = np.random.default_rng(20261201)
ALT = {"two-sided": "two-sided", "greater": "larger", "less": "smaller"}
cases = []

for i in range(40):
    n1 = int(rng.integers(50, 200000))
    n2 = int(rng.integers(50, 200000))
    p = float(rng.uniform(0.005, 0.6))
    c1 = int(rng.binomial(n1, p))
    c2 = int(rng.binomial(n2, p * float(rng.uniform(0.9, 1.15))))
    alt = list(ALT)[i % 3]
    alpha = [0.05, 0.01, 0.1, 0.2][i % 4]
    z, pv = proportions_ztest([c2, c1], [n2, n1], alternative=ALT[alt])
    lo, hi = confint_proportions_2indep(c2, n2, c1, n1, method="wald", compare="diff", alpha=alpha)
    cases.append({
        "id": f"proportions-{i}", "input": {"control": {"conversions": c1, "visitors": n1},
                                            "treatment": {"conversions": c2, "visitors": n2}},
        "options": {"alpha": alpha, "alternative": alt},
        "expected": {"statistic": float(z), "pValue": float(pv), "ci": [float(lo), float(hi)]},
    })

for i in range(40):
    n1 = int(rng.integers(2, [20, 300, 1500][i % 3]))
    n2 = int(rng.integers(2, [20, 300, 1500][(i + 1) % 3]))
    scale = float(10 ** rng.uniform(-3, 4))
    c = rng.normal(100, scale, n1)
    t = rng.normal(100 + scale * float(rng.uniform(-0.5, 0.5)), scale * float(rng.uniform(0.3, 3)), n2)
    c = [float(x) for x in c]
    t = [float(x) for x in t]
    alt = list(ALT)[i % 3]
    alpha = [0.05, 0.01, 0.1][i % 3]
    r = stats.ttest_ind(t, c, equal_var=False, alternative=alt)
    v1, v2 = np.var(c, ddof=1) / n1, np.var(t, ddof=1) / n2
    df = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1))
    q = stats.t.ppf(1 - alpha / 2, df)
    d = np.mean(t) - np.mean(c)
    se = np.sqrt(v1 + v2)
    cases.append({
        "id": f"welch-{i}", "input": {"control": c, "treatment": t},
        "options": {"alpha": alpha, "alternative": alt},
        "expected": {"statistic": float(r.statistic), "pValue": float(r.pvalue), "df": float(df),
                     "ci": [float(d - q * se), float(d + q * se)]},
    })

dist = []
for df in [0.7, 1, 2.5, 5, 13, 60, 450, 7000, 100000]:
    for x in [0.001, 0.3, 1, 2, 3.5, 6, 12, 30, -1.5]:
        dist.append({"fn": "sf", "df": df, "x": x, "v": float(stats.t.sf(x, df))})
for p in [1e-12, 1e-6, 0.001, 0.025, 0.2, 0.4, 0.6, 0.9, 0.975, 0.999999]:
    dist.append({"fn": "normalPpf", "df": 0, "x": p, "v": float(stats.norm.ppf(p))})

print(json.dumps({"generatedBy": "statsmodels 0.13.5, scipy 1.10.1, numpy 1.24 (Debian python3)", "cases": cases, "dist": dist}))
