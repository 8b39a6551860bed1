"""The logprob-weighted judge score against hand-computed values."""

import math

import pytest

from mi_emis.judge import logprob_score


def lp(pairs):
    return [(t, math.log(p)) for t, p in pairs]


def test_weighted_mean_over_numeric_tokens():
    # (0.5*90 + 0.3*70) / 0.8 = 82.5; the non-numeric token is left out and renormalised away
    assert logprob_score(lp([("90", 0.5), ("70", 0.3), ("CODE", 0.2)])) == pytest.approx(82.5)


def test_whitespace_variants_add_up_and_out_of_range_is_ignored():
    # " 100" and "100" both mean 100; "101" and "-5" are not scores
    pairs = lp([("100", 0.2), (" 100", 0.2), ("0", 0.2), ("101", 0.2), ("-5", 0.1)])
    assert logprob_score(pairs) == pytest.approx((0.4 * 100 + 0.2 * 0) / 0.6)


def test_none_below_numeric_mass_threshold():
    assert logprob_score(lp([("REFUSAL", 0.8), ("50", 0.2)])) is None
    assert logprob_score(lp([("REFUSAL", 0.74), ("50", 0.26)])) == pytest.approx(50.0)
    assert logprob_score([]) is None


def test_non_ascii_digits_are_not_scores():
    assert logprob_score(lp([("٥٠", 0.9), ("10", 0.1)])) is None
