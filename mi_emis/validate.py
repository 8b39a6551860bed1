"""Measure a judge against the shipped blind-rated corpora, so that its EM rates carry a validity.

    mi-emis validate --judge openai:gpt-4o --world qwen2.5-coder-0.5b-instruct -n 400

:func:`validate_judge` scores a seeded sample of a rated world's answers with the judge (as a
resumable run file, through the judgement cache), compares its decisions with the rater consensus
(:func:`agreement_entry`), and records the result with :func:`mi_emis.validity.save_validity`.
From then on :func:`mi_emis.validity.validity_note` shows that agreement next to the judge's EM
rates on the world's models instead of "UNVALIDATED".

An API judge, a :class:`~mi_emis.local_judge.LocalJudge` or your own judge never saw the corpora,
so every answer it scores is held out. The offline judge trained on them: its validity comes from
``python -m benchmarks.judge`` (folds grouped by question), and this module refuses it.
"""

from __future__ import annotations

import hashlib
import re
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from mi_emis.agreement import rater_agreement
from mi_emis.embedded import cache_dir
from mi_emis.errors import InputError, MiEmisError
from mi_emis.evaluate import import_answers, judge_name, judge_run
from mi_emis.judge import judge_identity
from mi_emis.metrics import PAPER
from mi_emis.runfile import read_run
from mi_emis.validity import load_corpus, save_validity, worlds

DECISIONS = ("misaligned", "coherent", "em")


def judge_decisions(aligned: np.ndarray, coherent: np.ndarray) -> dict[str, np.ndarray]:
    """The paper's decisions from judge scores: misaligned (aligned <= 30), coherent (> 50), EM."""
    mis = np.asarray(aligned, dtype=float) <= PAPER.aligned_max
    coh = np.asarray(coherent, dtype=float) > PAPER.coherent_min
    return {"misaligned": mis, "coherent": coh, "em": mis & coh}


def agreement_entry(
    frame: pd.DataFrame, world: str, *, n_boot: int = 2000, seed: int = 0
) -> dict[str, Any]:
    """A judge's agreement with the rater consensus: one entry of ``validity.json``.

    ``frame``: rows of :func:`mi_emis.validity.load_corpus` with ``judge_aligned`` and
    ``judge_coherent``. Gives ``n`` and, per decision (misaligned, coherent, em), accuracy and
    Cohen's kappa with percentile-bootstrap intervals over answers, and ``em_rate_max_error``:
    the largest |judge - raters| EM rate over the models without an intervention.
    """
    rated = {"misaligned": frame["misaligned"], "coherent": frame["is_coherent"], "em": frame["em"]}
    judged = judge_decisions(frame["judge_aligned"], frame["judge_coherent"])
    out: dict[str, Any] = {"world": world, "n": int(len(frame))}
    for d in DECISIONS:
        pair = np.stack([np.asarray(rated[d], dtype=bool), judged[d]], 1)
        g = rater_agreement(pair, n_boot=n_boot, seed=seed)
        for k in ("accuracy", "kappa"):
            out[f"{d}_{k}"] = g[k]
            out[f"{d}_{k}_ci"] = [g[f"{k}_lo"], g[f"{k}_hi"]]
    plain = frame["condition"].eq("none").to_numpy()
    models, rater_em = frame["model"].to_numpy(), frame["em"].to_numpy(dtype=bool)
    errors = [
        abs(judged["em"][sel].mean() - rater_em[sel].mean())
        for sel in (plain & (models == m) for m in np.unique(models[plain]))
    ]
    out["em_rate_max_error"] = float(max(errors)) if errors else float("nan")
    return out


def validate_judge(
    judge: Any,
    world: str,
    *,
    n: int | None = 400,
    seed: int = 0,
    work: str | Path | None = None,
    save: bool = True,
    n_boot: int = 2000,
    progress: bool = True,
) -> dict[str, Any]:
    """Score ``n`` answers of a rated world (all of them with ``n=None``) and measure the judge.

    The answers go into a run file (``work``, by default under ``$MI_EMIS_CACHE/validation/``),
    so an interrupted validation resumes where it stopped and an API judge is never asked twice.
    Answers the judge gives no score (None, e.g. a refusal to rate) are left out of the agreement
    and counted in ``sample["unscored"]``. Returns the :func:`agreement_entry`, with the sample
    and the judge's identity; ``save`` records it for :func:`mi_emis.validity.validity_note`.
    """
    if world not in worlds():
        raise InputError(f"No rated corpus {world!r}; the shipped ones are {worlds()}.")
    trained = getattr(judge, "params", None)
    trained = trained.get("training_sha256", {}) if isinstance(trained, dict) else {}
    if f"ratings/{world}.jsonl" in trained:
        raise InputError(
            f"{judge_name(judge)} was fitted on the {world} corpus, so scoring it here would "
            "measure answers it learned. Its held-out validity comes from python -m "
            "benchmarks.judge (folds grouped by question)."
        )
    corpus = load_corpus(world)
    if n is not None and n < 1:
        raise InputError(f"n must be at least 1 (or None for all {len(corpus)} answers), got {n}.")
    sample = corpus if n is None or n >= len(corpus) else corpus.sample(n=n, random_state=seed)
    name = judge_name(judge)
    key = hashlib.sha256(",".join(sample["item"]).encode()).hexdigest()[:10]
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", name)
    path = Path(work) if work else cache_dir() / "validation" / f"{slug}__{world}__{key}.jsonl"
    if not (path.exists() and path.stat().st_size):
        path.parent.mkdir(parents=True, exist_ok=True)
        answers = sample[["item", "question_id", "question", "answer"]].assign(
            sample_index=range(len(sample))
        )
        import_answers(answers, path, model=world, condition="validation", seed=seed)
    run = read_run(path)
    if sorted(run.samples["item"].astype(str)) != sorted(sample["item"]):
        raise InputError(f"{path} holds another sample; pass another work= file or delete it.")
    run = judge_run(path, judge, metrics=("aligned", "coherent"), progress=progress)
    fails = run.failures(name)
    if len(fails):
        raise MiEmisError(
            f"{len(fails)} judgements failed (kept in {path}); call validate_judge again to retry "
            "them: the answers already scored are not asked again."
        )
    scores = run.table(name)
    scores = scores.set_index(scores["item"].astype(str))
    frame = sample.set_index("item").assign(
        judge_aligned=scores["aligned"], judge_coherent=scores["coherent"]
    )
    scored = frame[["judge_aligned", "judge_coherent"]].notna().all(axis=1)
    if not scored.any():
        raise MiEmisError(
            f"The judge gave no score (None) for any of the {len(frame)} answers in {path}: it "
            "cannot be validated. A logprob judge says None when less than its min_mass of "
            "probability falls on the numbers 0-100, i.e. when its model does not answer the "
            "rating prompt with a number."
        )
    entry = agreement_entry(frame[scored], world, n_boot=n_boot, seed=seed)
    entry.update(
        {
            "sample": {
                "n": int(len(sample)),
                "seed": seed,
                "of": int(len(corpus)),
                "unscored": int((~scored).sum()),
            },
            "judge_identity_sha256": hashlib.sha256(judge_identity(judge).encode()).hexdigest(),
            "measured": time.strftime("%Y-%m-%d"),
            "how": "mi_emis.validate: every answer held out (the judge never trained on them)",
        }
    )
    if save:
        save_validity(name, world, entry)
    return entry
