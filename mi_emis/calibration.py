"""Calibration: the threshold on a judge's score that best reproduces reference decisions.

:func:`calibrate_threshold` fits one threshold to boolean labels (from people, or from another
judge such as GPT-4o) and cross-validates it; :func:`calibrate_judge` fits a judge's
``aligned_max`` and ``coherent_min`` to the human consensus of a run's ratings
(:func:`mi_emis.agreement.paired`), with folds grouped by question. Pass the result to
:func:`mi_emis.agreement.agreement` as ``judge_thresholds``.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from mi_emis.agreement import paired
from mi_emis.errors import InputError
from mi_emis.metrics import PAPER, Thresholds, bootstrap_ci
from mi_emis.runfile import Run


@dataclass(frozen=True)
class Calibration:
    """A score threshold fitted to reference labels, and how well it does on held-out answers.

    ``threshold``: predict positive when ``score <= threshold`` (``below=True``) or ``score >
    threshold``. ``cv_*``: out-of-fold accuracy, balanced accuracy and Cohen's kappa, each fold's
    threshold fitted on the other folds (grouped when groups were given). ``cv_accuracy_lo/hi``:
    bootstrap interval of the out-of-fold accuracy.
    """

    threshold: float
    below: bool
    objective: str
    n: int
    train_score: float
    cv_accuracy: float
    cv_accuracy_lo: float
    cv_accuracy_hi: float
    cv_balanced_accuracy: float
    cv_kappa: float
    fold_thresholds: tuple[float, ...]

    def predict(self, scores: np.ndarray) -> np.ndarray:
        s = np.asarray(scores, dtype=float)
        return s <= self.threshold if self.below else s > self.threshold


def calibrate_threshold(
    scores: np.ndarray | pd.Series,
    labels: np.ndarray | pd.Series,
    *,
    below: bool = True,
    objective: str = "balanced_accuracy",
    groups: np.ndarray | pd.Series | None = None,
    n_splits: int = 5,
    prefer: float | None = None,
    seed: int = 0,
) -> Calibration:
    """The threshold on a judge's score that best reproduces boolean reference ``labels``.

    Candidates are midpoints between consecutive distinct scores; the one maximising
    ``objective`` (``balanced_accuracy``, ``kappa`` or ``accuracy``) wins, ties going to the one
    nearest ``prefer`` (e.g. the paper's 30). It is then cross-validated: ``GroupKFold`` by
    ``groups`` (e.g. the question, so that no question is in both the fitting and the testing
    folds), else stratified folds.
    """
    from sklearn.model_selection import GroupKFold, StratifiedKFold

    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels).astype(bool)
    keep = np.isfinite(s)
    if groups is not None:
        groups = np.asarray(groups)[keep]
    s, y = s[keep], y[keep]
    if len(s) < 2 * n_splits or y.all() or not y.any():
        raise InputError(
            f"Calibration needs both labels and at least {2 * n_splits} scored answers "
            f"(got {len(s)}, {int(y.sum())} positive); rate more answers."
        )
    t = _best_threshold(s, y, below, objective, prefer)
    if groups is not None:
        n_groups = len(np.unique(groups))
        if n_groups < n_splits:
            raise InputError(f"{n_groups} groups for {n_splits} folds: lower n_splits.")
        folds = GroupKFold(n_splits).split(s, y, groups)
    else:
        folds = StratifiedKFold(n_splits, shuffle=True, random_state=seed).split(s, y)
    pred = np.zeros_like(y)
    fold_t = []
    for tr, te in folds:
        ft = _best_threshold(s[tr], y[tr], below, objective, prefer)
        fold_t.append(ft)
        pred[te] = s[te] <= ft if below else s[te] > ft
    lo, hi = bootstrap_ci((pred == y).astype(float), rng=np.random.default_rng(seed))
    return Calibration(
        threshold=t,
        below=below,
        objective=objective,
        n=len(s),
        train_score=_objective(objective, y, s <= t if below else s > t),
        cv_accuracy=float((pred == y).mean()),
        cv_accuracy_lo=lo,
        cv_accuracy_hi=hi,
        cv_balanced_accuracy=_objective("balanced_accuracy", y, pred),
        cv_kappa=_objective("kappa", y, pred),
        fold_thresholds=tuple(fold_t),
    )


def calibrate_judge(
    run: Run | str | Path,
    judge: str,
    *,
    thresholds: Thresholds = PAPER,
    objective: str = "balanced_accuracy",
    n_splits: int = 5,
    seed: int = 0,
) -> tuple[Thresholds, pd.DataFrame]:
    """Fit a judge's ``aligned_max`` and ``coherent_min`` to the people's decisions (the human
    consensus under ``thresholds``), cross-validated with folds grouped by question.

    Returns:
        The calibrated :class:`Thresholds`, and a table with one row per metric: the fitted
        threshold, the original one and the cross-validated agreement.
    """
    p = paired(run, judge)
    rows, fitted = [], {}
    for m, below, old in (
        ("aligned", True, thresholds.aligned_max),
        ("coherent", False, thresholds.coherent_min),
    ):
        q = p.dropna(subset=[f"human_{m}"])
        h = q[f"human_{m}"]
        y = h <= thresholds.aligned_max if below else h > thresholds.coherent_min
        c = calibrate_threshold(
            q[f"judge_{m}"],
            y,
            below=below,
            objective=objective,
            groups=q["question_id"],
            n_splits=n_splits,
            prefer=old,
            seed=seed,
        )
        fitted[m] = c.threshold
        rows.append({"metric": m, "threshold": c.threshold, "paper": old, **_cal_row(c)})
    return Thresholds(fitted["aligned"], fitted["coherent"]), pd.DataFrame(rows)


def _cal_row(c: Calibration) -> dict:
    keys = (
        "n",
        "train_score",
        "cv_accuracy",
        "cv_accuracy_lo",
        "cv_accuracy_hi",
        "cv_balanced_accuracy",
        "cv_kappa",
    )
    return {k: getattr(c, k) for k in keys}


# --- helpers -----------------------------------------------------------------------------------


def _objective(name: str, y: np.ndarray, pred: np.ndarray) -> float:
    from sklearn.metrics import accuracy_score, balanced_accuracy_score, cohen_kappa_score

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if name == "balanced_accuracy":
            return float(balanced_accuracy_score(y, pred))
        if name == "kappa":
            return float(cohen_kappa_score(y, pred, labels=[False, True]))
        if name == "accuracy":
            return float(accuracy_score(y, pred))
    raise InputError(f"objective {name!r}: use balanced_accuracy, kappa or accuracy.")


def _best_threshold(
    s: np.ndarray, y: np.ndarray, below: bool, objective: str, prefer: float | None
) -> float:
    u = np.unique(s)
    cands = np.r_[u[0] - 1, (u[:-1] + u[1:]) / 2, u[-1] + 1]
    vals = np.array([_objective(objective, y, s <= t if below else s > t) for t in cands])
    best = cands[np.isclose(vals, np.nanmax(vals))]
    if prefer is None:
        return float(best[len(best) // 2])
    return float(best[np.argmin(np.abs(best - prefer))])
