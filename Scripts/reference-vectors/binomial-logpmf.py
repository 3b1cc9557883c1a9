#!/usr/bin/env python3
"""60-digit log P(X = k), X ~ B(n, p), for BinomialDistributionTests.logProbabilityMatchesHighPrecision.

p is taken as the exact binary value of the Double, as the Swift code sees it; k is the count
nearest n p + offset * sd. Requires mpmath (pip install mpmath). Run: python3 binomial-logpmf.py
"""
import math

from mpmath import log, log1p, loggamma, mp, mpf

mp.dps = 60
CASES = [
    (2**53, 0.3, 0), (2**53, 0.3, 3), (2**53, 0.3, -7.5), (2**53, 0.001, 5),
    (10**9, 0.6, 2), (1000, 0.3, 4), (1000, 0.3, -20.0), (10**6, 0.02, 9),
]
for n, p, offset in CASES:
    k = int(round(n * p + offset * math.sqrt(n * p * (1 - p))))
    q = mpf(p)
    value = loggamma(n + 1) - loggamma(k + 1) - loggamma(n - k + 1) + k * log(q) + (n - k) * log1p(-q)
    print(f"({n}, {p}, {k}, {float(value)!r}),")
