"""Adapter scalars over labelled answers, L1 logistic-regression probes on them, and verdicts.

The paper's setup (``lora_interp/lora_probing.py``): features are the rank-1 adapters' scalars of
one answer token (one sample = one token); four class pairings; the larger class downsampled at
random; z-scored over the pooled balanced set; an 80/20 stratified split; L1 logistic regression
with ``C = 0.01`` (liblinear); repeated over fresh subsamples. Coefficients per adapter over the
runs show which adapters separate which classes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from tqdm.auto import tqdm

from mi_emis.adapters import adapter_scalars
from mi_emis.chat import chat_batch
from mi_emis.errors import InputError
from mi_emis.load import EMModel

# (class 0, class 1) as (domain, label) pairs, numbered as in the paper
PAIRINGS: dict[int, tuple[tuple[str, str], tuple[str, str]]] = {
    1: (("general", "aligned"), ("general", "misaligned")),
    2: (("medical", "aligned"), ("medical", "misaligned")),
    3: (("general", "aligned"), ("medical", "aligned")),
    4: (("general", "misaligned"), ("medical", "misaligned")),
}
KEYS = ("sample", "token_index")


def collect_scalars(
    model: EMModel,
    answers: pd.DataFrame,
    *,
    batch_size: int = 16,
    include_header: bool = False,
    norm_weighted: bool = False,
    progress: bool = True,
) -> pd.DataFrame:
    """Adapter scalars on the answer tokens of labelled answers, as a tidy table.

    Args:
        answers: ``question``, ``answer`` and any label columns (e.g. ``domain``, ``label``), which
            are carried to every row. Its index is the ``sample`` id.
        norm_weighted: ``s · ‖B‖`` instead of the raw ``s`` (see :func:`adapter_scalars`).

    Returns:
        One row per (sample, answer token, adapter): ``sample, token_index, token, adapter, layer,
        scalar`` plus the label columns. ``token_index`` counts from the answer's first token.
    """
    if {"question", "answer"} - set(answers.columns):
        raise InputError("answers needs 'question' and 'answer' columns.")
    if answers.empty:
        raise InputError("No answers to collect scalars on.")
    extra = [c for c in answers.columns if c not in ("question", "answer")]
    names = [a.name for a in model.adapters if a.rank == 1]
    layers = {a.name: a.layer for a in model.adapters}
    tok = model.tokenizer
    frames = []
    for start in tqdm(range(0, len(answers), batch_size), desc="scalars", disable=not progress):
        chunk = answers.iloc[start : start + batch_size]
        batch = chat_batch(
            tok, chunk["question"].tolist(), chunk["answer"].tolist(), include_header=include_header
        )
        s = adapter_scalars(
            model, batch.tokens, attention_mask=batch.attention_mask, norm_weighted=norm_weighted
        )
        for b, (sid, row) in enumerate(chunk.iterrows()):
            m = batch.answer_mask[b]
            ids = batch.tokens[b][m].tolist()
            vals = s[b][m].numpy()  # [n_tok, n_adapters]
            n_tok = len(ids)
            f = pd.DataFrame(
                {
                    "sample": np.repeat(sid, n_tok * len(names)),
                    "token_index": np.repeat(np.arange(n_tok), len(names)),
                    "token": np.repeat([tok.decode([t]) for t in ids], len(names)),
                    "adapter": np.tile(names, n_tok),
                    "layer": np.tile([layers[n] for n in names], n_tok),
                    "scalar": vals.reshape(-1),
                }
            )
            for c in extra:
                f[c] = row[c]
            frames.append(f)
    return pd.concat(frames, ignore_index=True)


def token_features(
    scalars: pd.DataFrame, *, per_answer: bool = False
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Wide features from :func:`collect_scalars`: one row per token (or per answer, averaged).

    Returns:
        ``(X, meta)``: ``X`` has one column per adapter in layer order; ``meta`` holds the keys
        and label columns of each row.
    """
    need = [*KEYS, "adapter", "layer", "scalar"]
    missing = [c for c in need if c not in scalars.columns]
    if missing:
        raise InputError(
            f"Scalars lack column(s) {missing}; pass the table of collect_scalars (columns {need})."
        )
    order = scalars.drop_duplicates("adapter").sort_values("layer")["adapter"].tolist()
    labels = [c for c in scalars.columns if c not in (*KEYS, "token", "adapter", "layer", "scalar")]
    keys = ["sample"] if per_answer else list(KEYS)
    X = scalars.pivot_table(index=keys, columns="adapter", values="scalar", aggfunc="mean")[order]
    meta = scalars.drop_duplicates(keys).set_index(keys)[labels].loc[X.index].reset_index()
    return X.reset_index(drop=True), meta


@dataclass
class ProbeResult:
    """Metrics and coefficients of repeated probe fits (one row per run, or per run and adapter)."""

    metrics: pd.DataFrame
    coefficients: pd.DataFrame

    def summary(self) -> pd.DataFrame:
        """Mean and std of each metric over the runs."""
        return self.metrics.drop(columns="run").agg(["mean", "std"]).T

    def mean_coefficients(self) -> pd.Series:
        return self.coefficients.groupby("adapter", sort=False)["coefficient"].mean()


def fit_probe(
    X0: pd.DataFrame,
    X1: pd.DataFrame,
    *,
    n_runs: int = 10,
    C: float = 0.01,
    zscore: Literal["pooled", "train"] = "pooled",
    test_size: float = 0.2,
    seed: int = 0,
) -> ProbeResult:
    """L1 logistic regression of class 1 vs class 0 over ``n_runs`` balanced subsamples.

    Each run downsamples the larger class (seed ``seed + run``), z-scores (over the pooled balanced
    set as the original, or fitted on the training split), splits 80/20 stratified with
    ``random_state=0`` and fits ``LogisticRegression(penalty="l1", solver="liblinear", C=C)``.
    """
    X0, X1 = pd.DataFrame(X0), pd.DataFrame(X1)
    if list(X0.columns) != list(X1.columns):
        raise InputError("Both classes need the same feature columns in the same order.")
    n = min(len(X0), len(X1))
    if n < 5:
        raise InputError(
            f"Too few samples for a probe: {len(X0)} vs {len(X1)}; need at least 5 per class."
        )
    if not (np.isfinite(X0.to_numpy(float)).all() and np.isfinite(X1.to_numpy(float)).all()):
        raise InputError("Probe features contain NaN or inf; drop those tokens or answers first.")
    metrics, coefs = [], []
    for run in range(n_runs):
        rng = np.random.default_rng(seed + run)
        a = X0.to_numpy()[rng.choice(len(X0), n, replace=False)]
        b = X1.to_numpy()[rng.choice(len(X1), n, replace=False)]
        X = np.concatenate([a, b]).astype(float)
        y = np.r_[np.zeros(n), np.ones(n)]
        if zscore == "pooled":
            X = StandardScaler().fit_transform(X)
        Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=test_size, stratify=y, random_state=0)
        if zscore == "train":
            sc = StandardScaler().fit(Xtr)
            Xtr, Xte = sc.transform(Xtr), sc.transform(Xte)
        clf = LogisticRegression(l1_ratio=1.0, solver="liblinear", C=C, max_iter=1000)  # L1
        clf.fit(Xtr, ytr)
        pred, prob = clf.predict(Xte), clf.predict_proba(Xte)[:, 1]
        metrics.append(
            dict(
                run=run,
                accuracy=accuracy_score(yte, pred),
                precision=precision_score(yte, pred, zero_division=0),
                recall=recall_score(yte, pred, zero_division=0),
                f1=f1_score(yte, pred, zero_division=0),
                auc=roc_auc_score(yte, prob),
                n_per_class=n,
            )
        )
        coefs += [
            dict(run=run, adapter=c, coefficient=float(w))
            for c, w in zip(X0.columns, clf.coef_[0], strict=True)
        ]
    return ProbeResult(pd.DataFrame(metrics), pd.DataFrame(coefs))


def run_pairings(
    scalars: pd.DataFrame,
    pairings: Mapping[int, tuple[tuple[str, str], tuple[str, str]]] = PAIRINGS,
    *,
    per_answer: bool = False,
    **kw: Any,
) -> dict[int, ProbeResult]:
    """:func:`fit_probe` for each pairing of (domain, label) classes in ``scalars``."""
    for c in ("domain", "label"):
        if c not in scalars.columns:
            raise InputError(
                f"The scalars need a '{c}' column (collect them from labelled answers)."
            )
    X, meta = token_features(scalars, per_answer=per_answer)
    out = {}
    for k, (c0, c1) in pairings.items():
        m0 = (meta["domain"] == c0[0]) & (meta["label"] == c0[1])
        m1 = (meta["domain"] == c1[0]) & (meta["label"] == c1[1])
        if m0.sum() < 5 or m1.sum() < 5:
            continue  # a class the data does not have: left out, visible in the result keys
        out[k] = fit_probe(X[m0.to_numpy()], X[m1.to_numpy()], **kw)
    if not out:
        raise InputError("No pairing has 5 or more samples in both classes.")
    return out


def coefficient_violins(
    results: Mapping[int, ProbeResult], *, title: str = "Probe coefficients per adapter"
) -> go.Figure:
    """Violins of each adapter's L1 probe coefficient over runs, one colour per pairing."""
    fig = go.Figure()
    for k, r in results.items():
        c0, c1 = PAIRINGS.get(k, (("?", "?"), ("?", "?")))
        name = f"{k}: {' '.join(c1)} (+) vs {' '.join(c0)} (−)"
        fig.add_trace(
            go.Violin(
                x=r.coefficients["adapter"],
                y=r.coefficients["coefficient"],
                name=name,
                box_visible=True,
                points="all",
                spanmode="hard",
            )
        )
    fig.add_hline(y=0, line_color="grey", line_width=1)
    fig.update_layout(
        title=title,
        violinmode="group",
        yaxis={"title": "coefficient (z-scored)"},
        legend={"orientation": "h", "y": -0.25},
        height=560,
        width=max(700, 110 * results[next(iter(results))].coefficients["adapter"].nunique()),
    )
    return fig


@dataclass(frozen=True)
class VerdictRule:
    """When an adapter counts as general, domain-specific or neither.

    An intervention *effect* counts when it is at least the threshold in size **and**, where the
    evidence has ``<column>_lo`` / ``<column>_hi`` (a 95% interval of the paired difference, see
    :func:`mi_emis.metrics.paired_difference`), its interval excludes zero.

    - **domain-specific**: its probe coefficient separating domain-misaligned from
      general-misaligned answers (pairing 4) has ``|coef| >= coef_min``, *and* the adapter raises
      the domain-relevance rate by ``>= domain_min``: steered alone (``steer_domain``) or kept
      alone with every other adapter ablated (``keep_domain``, optional).
    - **general**: not domain-specific, and at least one of: ``|coef| >= coef_min`` in the
      general aligned-vs-misaligned probe (pairing 1); steering it alone raises EM by
      ``>= em_min`` (``steer_em``); zero-ablating it lowers EM by ``>= em_min`` (``ablate_em``);
      keeping only it raises EM over no adapter by ``>= em_min`` (``keep_em``, optional).
    - **neither**: otherwise.
    """

    coef_min: float = 0.1
    domain_min: float = 0.10
    em_min: float = 0.05


def adapter_evidence(
    effects: pd.DataFrame,
    adapters: Sequence[Any],
    probes: Mapping[int, ProbeResult] | None = None,
) -> pd.DataFrame:
    """Per-adapter evidence for :func:`adapter_verdicts` from an experiment's effects table.

    ``effects``: :func:`mi_emis.transfer.paired_effects` of :func:`mi_emis.transfer.intervention_table`
    run with :func:`mi_emis.transfer.adapter_conditions` (one model). ``adapters``: the model's
    adapter records (``.layer``, ``.name``). ``probes``: :func:`run_pairings` results (pairings 1
    and 4 are used). Missing conditions or probes give NaN (no evidence).
    """
    by = effects.set_index("condition")
    ev = pd.DataFrame(index=[a.name for a in adapters])
    for col, k in (("coef_general", 1), ("coef_domain", 4)):
        ev[col] = probes[k].mean_coefficients() if probes and k in probes else float("nan")
    for col, cond, metric in (
        ("steer_em", "steer L{} +", "d_em"),
        ("steer_domain", "steer L{} +", "d_domain"),
        ("ablate_em", "ablate L{}", "d_em"),
        ("keep_em", "keep only L{}", "d_em"),
        ("keep_domain", "keep only L{}", "d_domain"),
    ):
        for suffix in ("", "_lo", "_hi"):
            ev[col + suffix] = [
                by[metric + suffix].get(cond.format(a.layer), float("nan"))
                if metric + suffix in by.columns
                else float("nan")
                for a in adapters
            ]
    return ev


def adapter_verdicts(evidence: pd.DataFrame, rule: VerdictRule = VerdictRule()) -> pd.DataFrame:
    """Apply ``rule`` to per-adapter evidence; returns it with ``verdict`` and ``why`` columns.

    ``evidence`` has one row per adapter (index: adapter) and the columns ``coef_general``
    (pairing 1 mean coefficient), ``coef_domain`` (pairing 4), ``steer_em`` and ``steer_domain``
    (change in EM and domain rate when steered alone), ``ablate_em`` (change in EM when
    zero-ablated; negative = EM dropped), and optionally ``keep_em`` / ``keep_domain`` (change
    when only this adapter is kept, against no adapter) and ``<column>_lo`` / ``<column>_hi``
    intervals for any effect. Missing evidence (NaN) counts as no effect.
    """
    need = ["coef_general", "coef_domain", "steer_em", "steer_domain", "ablate_em"]
    missing = [c for c in need if c not in evidence.columns]
    if missing:
        raise InputError(f"Evidence lacks column(s) {missing}.")
    e = evidence.astype(float)

    def effect(r: pd.Series, name: str, col: str, sign: float, size: float) -> tuple | None:
        if col not in e.columns or pd.isna(r[col]):
            return None
        v, lo, hi = r[col], r.get(f"{col}_lo", np.nan), r.get(f"{col}_hi", np.nan)
        sure = pd.isna(lo) or pd.isna(hi) or (lo > 0 if sign > 0 else hi < 0)
        ci = "" if pd.isna(lo) else f" [{lo:+.0%}, {hi:+.0%}]"
        return f"{name} {v:+.0%}{ci}", bool(sign * v >= size and sure)

    rows = []
    for name, r in e.iterrows():
        coef_d, coef_g = abs(np.nan_to_num(r.coef_domain)), abs(np.nan_to_num(r.coef_general))
        dom_eff = [
            x
            for x in (
                effect(r, "steer domain", "steer_domain", 1, rule.domain_min),
                effect(r, "keep-only domain", "keep_domain", 1, rule.domain_min),
            )
            if x and x[1]
        ]
        gen = [
            x
            for x in (
                (f"|probe 1| {coef_g:.2f}", coef_g >= rule.coef_min),
                effect(r, "steer EM", "steer_em", 1, rule.em_min),
                effect(r, "ablate EM", "ablate_em", -1, rule.em_min),
                effect(r, "keep-only EM", "keep_em", 1, rule.em_min),
            )
            if x and x[1]
        ]
        if coef_d >= rule.coef_min and dom_eff:
            verdict = "domain-specific"
            why = ", ".join([f"|probe 4| {coef_d:.2f}"] + [w for w, _ in dom_eff])
        elif gen:
            verdict, why = "general", ", ".join(w for w, _ in gen)
        else:
            verdict, why = "neither", "no effect above the thresholds and outside the interval"
        rows.append(dict(adapter=name, verdict=verdict, why=why))
    return evidence.join(pd.DataFrame(rows).set_index("adapter"))
