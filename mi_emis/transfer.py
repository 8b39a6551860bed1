"""Intervention experiments judged for EM: direction transfer across fine-tunes, with controls.

Each (model, condition) is one resumable :func:`mi_emis.evaluate.evaluate` run file in
``out_dir``, so an interrupted experiment continues where it stopped and finished cells are never
recomputed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from mi_emis.adapters import adapter_ablation, adapter_steering
from mi_emis.directions import Direction
from mi_emis.errors import InputError
from mi_emis.evaluate import evaluate, judge_name, judge_run, read_run
from mi_emis.intervene import Intervention, as_intervention
from mi_emis.load import EMModel
from mi_emis.metrics import PAPER, Thresholds, label_responses, paired_difference
from mi_emis.questions import Question
from mi_emis.steer import direction_ablation, direction_steering

# an intervention, or a function that builds one for a model (adapter interventions need the
# model's adapters), or None for none
Condition = Intervention | Callable[[EMModel], Intervention] | None


def intervention_table(
    models: Mapping[str, EMModel],
    conditions: Mapping[str, Condition],
    questions: Sequence[Question | str],
    judge: Any,
    out_dir: str | Path,
    *,
    thresholds: Thresholds = PAPER,
    progress: bool = True,
    intervention: Intervention | None = None,
    **eval_kw: Any,
) -> pd.DataFrame:
    """Evaluate every model under every condition; one EM summary row per (model, condition).

    Args:
        models: name -> model.
        conditions: name -> an :class:`~mi_emis.intervene.Intervention`, or ``fn(model) ->
            Intervention`` (e.g. ``lambda m: direction_ablation(m, d)``), or ``None`` for none.
            Each run records its intervention's digest.
        intervention: applied under every condition, before the condition's own.
        eval_kw: passed to :func:`mi_emis.evaluate.evaluate` (``n``, ``max_new_tokens``,
            ``temperature``, ``batch_size``, ``seed``, ...).

    Returns:
        Columns ``model, condition`` plus those of :func:`mi_emis.metrics.em_summary`, and
        ``em_change`` (relative change of the EM rate against the model's ``"none"`` condition,
        when there is one) and ``run`` (the run file).
    """
    if not models or not conditions:
        raise InputError("Pass at least one model and one condition.")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for mname, model in models.items():
        for cname, make in conditions.items():
            path = out / f"{_slug(mname)}__{_slug(cname)}.jsonl"
            spec = as_intervention(make(model) if callable(make) else make)
            run = evaluate(
                model,
                questions,
                judge,
                path,
                condition=cname,
                progress=progress,
                intervention=as_intervention(intervention) + spec,
                **eval_kw,
            )
            s = run.summary(thresholds=thresholds).iloc[0].to_dict()
            rows.append(dict(model=mname, condition=cname, **s, run=str(path)))
    table = pd.DataFrame(rows)
    base = table[table["condition"] == "none"].set_index("model")["em_rate"]
    table["em_change"] = [
        (r.em_rate - base[r.model]) / base[r.model] if base.get(r.model, 0) > 0 else float("nan")
        for r in table.itertuples()
    ]
    return table


def transfer_experiment(
    direction: Direction,
    models: Mapping[str, EMModel],
    questions: Sequence[Question | str],
    judge: Any,
    out_dir: str | Path,
    *,
    layers: Sequence[int] | None = None,
    vector_layer: int | None = None,
    n_random: int = 3,
    **kw: Any,
) -> pd.DataFrame:
    """Ablate ``direction`` in each model, with random-direction controls, and measure EM.

    Conditions: ``none``; ``ablate``: project the direction out at ``layers`` (default: all of
    the direction's layers); ``random k`` (k < ``n_random``): the same with
    ``direction.random_like(k)``, a random unit direction per layer. Returns
    :func:`intervention_table`'s table.
    """
    conditions: dict[str, Condition] = {
        "none": None,
        "ablate": lambda m: direction_ablation(
            m, direction, layers=layers, vector_layer=vector_layer
        ),
    }
    for k in range(n_random):
        rnd = direction.random_like(k)
        conditions[f"random {k}"] = lambda m, r=rnd: direction_ablation(
            m, r, layers=layers, vector_layer=vector_layer
        )
    return intervention_table(models, conditions, questions, judge, out_dir, **kw)


def steering_sweep(
    direction: Direction,
    model: EMModel,
    alphas: Sequence[float],
    questions: Sequence[Question | str],
    judge: Any,
    out_dir: str | Path,
    *,
    layers: Sequence[int],
    n_random: int = 0,
    **kw: Any,
) -> pd.DataFrame:
    """Steer ``model`` with ``alpha · unit`` at ``layers`` for each alpha and measure EM.

    With ``n_random``, each alpha is also run with norm-matched random directions as controls.
    Condition names are ``alpha=<a>`` and ``random k alpha=<a>``; ``alpha=0`` is named ``none``.
    """
    conditions: dict[str, Condition] = {}
    for a in alphas:
        name = "none" if a == 0 else f"alpha={a:g}"
        conditions[name] = lambda m, a=a: direction_steering(m, direction, a, layers=layers)
        for k in range(n_random if a != 0 else 0):
            rnd = direction.random_like(k)
            conditions[f"random {k} alpha={a:g}"] = lambda m, a=a, r=rnd: direction_steering(
                m, r, a, layers=layers
            )
    return intervention_table({"model": model}, conditions, questions, judge, out_dir, **kw)


def summarize_controls(table: pd.DataFrame) -> pd.DataFrame:
    """Collapse ``random k`` conditions into one ``random`` row per model (mean ± std over k)."""
    is_rnd = table["condition"].str.match(r"random \d+")
    keep = table[~is_rnd].assign(em_std=0.0, coherent_std=0.0)
    rnd = table[is_rnd].assign(
        condition=table["condition"].str.replace(r"random \d+ ?", "random ", regex=True).str.strip()
    )
    agg = (
        rnd.groupby(["model", "condition"], sort=False)
        .agg(
            n=("n", "sum"),
            em_rate=("em_rate", "mean"),
            em_std=("em_rate", "std"),
            coherent_rate=("coherent_rate", "mean"),
            coherent_std=("coherent_rate", "std"),
            em_change=("em_change", "mean"),
            mean_aligned=("mean_aligned", "mean"),
            em_lo=("em_lo", "first"),
            em_hi=("em_hi", "first"),
            seeds=("condition", "size"),
        )
        .reset_index()
    )
    many = agg["seeds"] > 1  # an interval is kept only for a single seed; else the std
    agg.loc[many, ["em_lo", "em_hi"]] = float("nan")
    cols = [
        "model",
        "condition",
        "n",
        "em_rate",
        "em_lo",
        "em_hi",
        "em_std",
        "coherent_rate",
        "coherent_std",
        "em_change",
        "mean_aligned",
    ]
    return pd.concat([keep, agg], ignore_index=True).reindex(columns=[*cols, "seeds"])


def transfer_bars(table: pd.DataFrame, *, title: str = "EM under direction ablation") -> go.Figure:
    """Grouped bars: EM (%) per model, one bar per condition, with intervals or std over seeds."""
    fig = go.Figure()
    for cond, g in table.groupby("condition", sort=False):
        lo = g.get("em_lo", pd.Series(float("nan"), index=g.index))
        hi = g.get("em_hi", pd.Series(float("nan"), index=g.index))
        std = g.get("em_std", pd.Series(0.0, index=g.index)).fillna(0.0)
        plus = (hi - g["em_rate"]).where(hi.notna(), std)
        minus = (g["em_rate"] - lo).where(lo.notna(), std)
        fig.add_trace(
            go.Bar(
                x=g["model"],
                y=100 * g["em_rate"],
                name=str(cond),
                error_y=dict(
                    type="data", symmetric=False, array=100 * plus, arrayminus=100 * minus
                ),
                customdata=g[["coherent_rate"]].to_numpy(),
                hovertemplate="%{x} · " + str(cond) + ": EM %{y:.1f}%, coherent "
                "%{customdata[0]:.0%}<extra></extra>",
            )
        )
    fig.update_layout(
        title=title,
        barmode="group",
        yaxis={"title": "EM (% of answers)", "rangemode": "tozero"},
        height=440,
    )
    return fig


def adapter_conditions(
    layers: Sequence[int],
    k: Mapping[int, float],
    *,
    signs: Sequence[int] = (1, -1),
    keep_only: bool = True,
) -> dict[str, Condition]:
    """Per-adapter conditions for :func:`intervention_table`, keyed ``steer L9 +``, ...

    ``none``; ``ablate all`` (the base model, the reference of keep-only); for each layer ``L``:
    ``steer L +`` / ``steer L -`` (add ``±k[L]·B̂`` at its output hook, for each sign in
    ``signs``), ``ablate L`` (zero-ablate it) and ``keep only L`` (ablate all the others).
    """
    layers = list(layers)
    conds: dict[str, Condition] = {"none": None}
    if keep_only:
        conds["ablate all"] = lambda m: adapter_ablation(m, None)
    for L in layers:
        for sign in signs:
            conds[f"steer L{L} {'+' if sign > 0 else '-'}"] = lambda m, L=L, s=sign: (
                adapter_steering(m, {L: s * k[L]})
            )
        conds[f"ablate L{L}"] = lambda m, L=L: adapter_ablation(m, [L])
        if keep_only:
            conds[f"keep only L{L}"] = lambda m, L=L: adapter_ablation(
                m, [x for x in m.adapters if x.layer != L]
            )
    return conds


def paired_effects(
    table: pd.DataFrame,
    *,
    judge: Any = None,
    domain_judge: Any = None,
    domain: str = "medical",
    refs: Mapping[str, str] | None = None,
    thresholds: Thresholds = PAPER,
    progress: bool = False,
) -> pd.DataFrame:
    """Add paired changes (with 95% bootstrap intervals) against a reference condition.

    Each condition's run is compared answer by answer with its reference's run of the same model
    (default ``"none"``; ``keep only ...`` against ``"ablate all"``; override with ``refs``): the
    same questions and sample seeds, so the shared noise cancels. With ``domain_judge`` (e.g.
    :class:`mi_emis.offline_judge.DomainJudge`) the runs are also judged for ``domain`` (resumable,
    in the run files) and a domain rate (score > 50) is added.

    Returns:
        ``table`` plus ``d_em``, ``d_em_lo``, ``d_em_hi`` and, with a domain judge,
        ``domain_rate``, ``d_domain``, ``d_domain_lo``, ``d_domain_hi``.
    """
    per: dict[tuple[str, str], pd.DataFrame] = {}
    for r in table.itertuples():
        run = (
            judge_run(r.run, domain_judge, metrics=[domain], progress=progress)
            if domain_judge is not None
            else read_run(r.run)
        )
        t = label_responses(run.table(judge_name(judge) if judge is not None else None), thresholds)
        if domain_judge is not None:
            dom = run.table(judge_name(domain_judge))[domain]
            t["domain_hit"] = (pd.to_numeric(dom, errors="coerce") > 50).to_numpy()
        per[(r.model, r.condition)] = t.set_index(["question_id", "sample_index"])
    out = table.copy()
    cols = [("em", "em")] + ([("domain_hit", "domain")] if domain_judge is not None else [])
    if domain_judge is not None:
        out["domain_rate"] = [
            per[(r.model, r.condition)]["domain_hit"].mean() for r in out.itertuples()
        ]
    for col, name in cols:
        vals = []
        for r in out.itertuples():
            ref = (refs or {}).get(r.condition) or (
                "ablate all" if r.condition.startswith("keep only") else "none"
            )
            if (r.model, ref) not in per:
                vals.append((float("nan"),) * 3)
                continue
            x, y = per[(r.model, r.condition)][col].align(per[(r.model, ref)][col], join="inner")
            vals.append(paired_difference(x.to_numpy(float), y.to_numpy(float)))
        out[f"d_{name}"], out[f"d_{name}_lo"], out[f"d_{name}_hi"] = zip(*vals, strict=True)
    return out


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.=-]+", "_", name).strip("_") or "x"
