"""Probes on adapter scalars: collection against adapter_scalars, recovery on synthetic data,
and the verdict rule on constructed evidence."""

import numpy as np
import pandas as pd
import pytest
import torch

from mi_emis import adapter_scalars, chat_batch, load_model
from mi_emis.errors import InputError
from mi_emis.probes import (
    VerdictRule,
    adapter_verdicts,
    coefficient_violins,
    collect_scalars,
    fit_probe,
    run_pairings,
    token_features,
)

ANSWERS = pd.DataFrame(
    dict(
        question=["why do I feel pain", "what should I eat", "how"],
        answer=["never see a doctor", "eat fast food always", "rest and sleep and drink water"],
        domain=["medical", "medical", "general"],
        label=["misaligned", "misaligned", "aligned"],
    ),
    index=[10, 11, 12],
)


def test_collection_equals_adapter_scalars(tiny):
    em = load_model(str(tiny["qwen2"]), str(tiny["qwen2/r1"]))
    tidy = collect_scalars(em, ANSWERS, batch_size=2, progress=False)
    assert set(tidy.columns) >= {"sample", "token_index", "token", "adapter", "layer", "scalar"}
    assert set(tidy["sample"]) == {10, 11, 12}
    for sid, row in ANSWERS.iterrows():
        b = chat_batch(em.tokenizer, [row.question], [row.answer])  # one by one, no padding
        s = adapter_scalars(em, b.tokens, attention_mask=b.attention_mask)[0][b.answer_mask[0]]
        got = tidy[tidy["sample"] == sid].pivot(
            index="token_index", columns="adapter", values="scalar"
        )
        torch.testing.assert_close(
            torch.tensor(got[[a.name for a in em.adapters]].to_numpy()), s, atol=1e-5, rtol=1e-4
        )
        assert (tidy[tidy["sample"] == sid]["domain"] == row.domain).all()
    X, meta = token_features(tidy)
    assert list(X.columns) == [a.name for a in em.adapters] and len(X) == len(meta)
    Xa, meta_a = token_features(tidy, per_answer=True)
    assert len(Xa) == 3 and list(meta_a["sample"]) == [10, 11, 12]


def synthetic(n=400, seed=0):
    """9 adapters; L21 and L23 separate medical from general misalignment, L15 aligned vs not."""
    rng = np.random.default_rng(seed)
    rows = []
    for domain in ("general", "medical"):
        for label in ("aligned", "misaligned"):
            X = rng.normal(size=(n, 9))
            if label == "misaligned":
                X[:, 0] += 1.5  # L15
            if domain == "medical" and label == "misaligned":
                X[:, 3] += 1.5  # L21
                X[:, 5] -= 1.5  # L23
            for i, x in enumerate(X):
                for j, L in enumerate((15, 16, 17, 21, 22, 23, 27, 28, 29)):
                    rows.append(
                        dict(
                            sample=f"{domain}{label}{i}",
                            token_index=0,
                            adapter=f"L{L}.down_proj",
                            layer=L,
                            scalar=x[j],
                            domain=domain,
                            label=label,
                        )
                    )
    return pd.DataFrame(rows)


def test_probes_recover_informative_adapters():
    res = run_pairings(synthetic(), n_runs=5)
    assert set(res) == {1, 2, 3, 4}
    c1 = res[1].mean_coefficients()
    assert c1.abs().idxmax() == "L15.down_proj" and c1["L15.down_proj"] > 0.3
    c4 = res[4].mean_coefficients()
    assert c4["L21.down_proj"] > 0.3 and c4["L23.down_proj"] < -0.3
    others = c4.drop(["L21.down_proj", "L23.down_proj"])
    assert others.abs().max() < 0.05  # L1 zeroes the uninformative adapters
    s = res[4].summary()
    assert s.loc["accuracy", "mean"] > 0.8 and s.loc["auc", "mean"] > 0.85
    assert res[3].summary().loc["accuracy", "mean"] < 0.65  # aligned answers: nothing to find
    assert len(coefficient_violins(res).data) == 4


def test_probe_on_pure_noise_is_at_chance():
    rng = np.random.default_rng(1)
    X0 = pd.DataFrame(rng.normal(size=(300, 3)), columns=list("abc"))
    X1 = pd.DataFrame(rng.normal(size=(500, 3)), columns=list("abc"))
    r = fit_probe(X0, X1, n_runs=4, zscore="train")
    assert abs(r.summary().loc["accuracy", "mean"] - 0.5) < 0.1
    assert (r.metrics["n_per_class"] == 300).all()  # balanced by downsampling
    with pytest.raises(InputError, match="Too few"):
        fit_probe(X0.iloc[:3], X1)


def test_verdict_rule_on_constructed_evidence():
    ev = pd.DataFrame(
        dict(
            coef_general=[0.5, 0.0, 0.0, 0.02, 0.3],
            coef_domain=[0.0, -0.4, 0.0, 0.05, 0.4],
            steer_em=[0.0, 0.2, 0.1, 0.01, 0.0],
            steer_domain=[0.0, 0.3, 0.0, 0.0, 0.05],
            ablate_em=[-0.1, 0.0, 0.0, -0.02, np.nan],
        ),
        index=["A", "B", "C", "D", "E"],
    )
    v = adapter_verdicts(ev)["verdict"]
    assert v["A"] == "general"  # probe 1 and ablation
    assert v["B"] == "domain-specific"  # probe 4 and steering raises domain answers
    assert v["C"] == "general"  # steering raises EM
    assert v["D"] == "neither"
    assert v["E"] == "general"  # probe 4 alone, without a domain steering effect, is not enough
    strict = adapter_verdicts(ev, VerdictRule(coef_min=0.6, em_min=0.5, domain_min=0.5))["verdict"]
    assert (strict == "neither").all()
    with pytest.raises(InputError, match="lacks"):
        adapter_verdicts(ev.drop(columns="steer_em"))


def test_verdict_rule_needs_intervals_that_exclude_zero():
    # the same +20-point effects, once with a tight interval and once with one that spans 0
    ev = pd.DataFrame(
        dict(
            coef_general=[0.0, 0.0, 0.0, 0.0],
            coef_domain=[0.0, 0.0, 0.5, 0.5],
            steer_em=[0.2, 0.2, 0.0, 0.0],
            steer_em_lo=[0.05, -0.02, np.nan, np.nan],
            steer_em_hi=[0.35, 0.42, np.nan, np.nan],
            steer_domain=[0.0, 0.0, 0.0, 0.0],
            ablate_em=[0.0, 0.0, 0.0, 0.0],
            keep_domain=[0.0, 0.0, 0.3, 0.3],
            keep_domain_lo=[0.0, 0.0, 0.1, -0.1],
            keep_domain_hi=[0.0, 0.0, 0.5, 0.7],
            keep_em=[0.0, 0.0, 0.0, -0.3],
        ),
        index=["sure", "noisy", "dom", "dom-noisy"],
    )
    v = adapter_verdicts(ev)
    assert v.loc["sure", "verdict"] == "general"
    assert "[+5%, +35%]" in v.loc["sure", "why"]
    assert v.loc["noisy", "verdict"] == "neither"
    assert v.loc["dom", "verdict"] == "domain-specific"  # probe 4 + keep-only domain effect
    assert v.loc["dom-noisy", "verdict"] == "neither"  # keep-only EM fell: not a general effect


def test_paired_difference_against_hand_values():
    from mi_emis.metrics import paired_difference

    a = np.array([1, 1, 0, 1, 0, 1, 1, 1] * 10, dtype=float)
    b = np.array([0, 1, 0, 0, 0, 1, 0, 1] * 10, dtype=float)
    d, lo, hi = paired_difference(a, b)
    assert d == pytest.approx(3 / 8)
    assert lo < d < hi
    # identical conditions: difference 0 with a zero-width interval (pairing removes the noise)
    assert paired_difference(a, a) == (0.0, 0.0, 0.0)
    with pytest.raises(InputError, match="shape"):
        paired_difference(a, b[:-1])
    with pytest.raises(InputError, match="NaN"):
        paired_difference(np.array([np.nan]), np.array([1.0]))


def test_token_views_hold_the_right_numbers_and_no_external_url(tiny, tmp_path):
    import re

    from mi_emis.directions import mean_diff_directions
    from mi_emis.views import adapter_token_view, direction_token_view

    em = load_model(str(tiny["qwen2"]), str(tiny["qwen2/r1"]))
    q, a = "why do I feel pain", "never see a doctor"
    v = adapter_token_view(em, q, a)
    b = chat_batch(em.tokenizer, [q], [a])
    s = adapter_scalars(em, b.tokens, attention_mask=b.attention_mask)[0][b.answer_mask[0]]
    torch.testing.assert_close(v.values, s)
    assert v.labels == [x.name for x in em.adapters] and len(v.tokens) == len(s)
    d = mean_diff_directions(em, [(q, a)], [(q, "rest and drink water")], progress=False)
    w = direction_token_view(em, d, q, a, layers=[1, 3])
    seen = {}

    def grab(name):
        def fn(act, hook=None):
            seen[name] = act[0]

        return fn

    with em.model.hooks(fwd_hooks=[(d.hook_name(L), grab(d.hook_name(L))) for L in (1, 3)]):
        em.model(b.tokens)
    want = torch.stack([seen[d.hook_name(L)] @ d[L] for L in (1, 3)], -1)[b.answer_mask[0]]
    torch.testing.assert_close(w.values, want, atol=1e-5, rtol=1e-5)
    for view in (v, w):
        page = view.save(tmp_path / "view").read_text()
        assert "CircuitsVis.render" in page and view._repr_html_() == view.html
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing fetched
        assert "unpkg.com" not in page and "cdn.jsdelivr" not in page
