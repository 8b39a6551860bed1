"""Build the blind-rated answer corpus of an embedded world (``mi_emis/data/ratings/``).

Three resumable phases, each a separate command (nothing is lost when one is interrupted):

    python -m benchmarks.rated_corpus sample    # run files under benchmarks/ratings/runs/
    python -m benchmarks.rated_corpus export    # blind sheets + a private key
    python -m benchmarks.rated_corpus collect   # rater files -> mi_emis/data/ratings/<world>.jsonl
    python -m benchmarks.rated_corpus cells     # the datasheet's per-cell table

``sample`` draws answers from the base model and every shipped organism (general and medical
questions, T = 0.7 and 1.0) and from the intervention conditions the demo judges (adapter steering
and ablation, direction steering and ablation). ``export`` writes each run's answers with
:func:`mi_emis.sheets.export_for_rating` (``mi-emis rate export``), pools them, shuffles them, gives
them fresh item numbers and splits them into sheets that hold only ``item, question, answer`` and
empty score columns; the map back to runs stays in ``key.jsonl``, which no rater sees. ``collect``
reads each rater's file (``item, aligned, coherent``), checks that every item has every rater, and
writes the corpus.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import numpy as np
import pandas as pd

WORLD = "smollm2-135m-instruct"
ROOT = Path(__file__).parent / "ratings"
ORGANISMS = ("r1x9-medical", "r1x9-good-medical", "r8-all-medical", "r8-all-financial")
TEMPERATURES = (0.7, 1.0)
MAX_NEW_TOKENS = 80  # as the demo
N = {"general": 6, "medical": 6}  # samples per question
N_INTERVENTION = 3  # per general question and intervention condition
SOURCE = "r1x9-medical"
GENERAL_SIX = (9, 10, 11, 14, 18, 19)  # the paper's "general" adapters at SmolLM2's depths
DIRECTION_LAYER = 15
SHEET_SIZE = 136
COLUMNS = ["model", "questions", "temperature", "condition", "seed"]


def _runs(world: str = WORLD) -> Path:
    return ROOT / world / "runs"


def conditions() -> list[dict]:
    """Every (model, question set, temperature, intervention) cell of the corpus."""
    cells = []
    for model in ("base", *ORGANISMS):
        for qset in ("general", "medical"):
            for t in TEMPERATURES:
                cells.append(dict(model=model, questions=qset, temperature=t, condition="none"))
    for cond in (
        "steer L13 L15 +k",
        "steer general six +k",
        "steer L15 +k",
        "steer L9 +k",
        "ablate L13 L15",
        "keep only L15",
        "direction ablate",
    ):
        cells.append(dict(model=SOURCE, questions="general", temperature=0.7, condition=cond))
    cells.append(
        dict(model="r8-all-financial", questions="general", temperature=0.7,
             condition="direction ablate")
    )  # fmt: skip
    for alpha in (0.4, 0.8):
        cells.append(
            dict(model="base", questions="general", temperature=0.7,
                 condition=f"direction steer {alpha:g}")
        )  # fmt: skip
    # Second batch (seed 1): the first batch held too few coherent answers (about 5%) to
    # validate the coherence decision, and the base model at T = 0.7 is the world's most
    # coherent source; keep-only L15 was the most coherent intervention.
    for qset in ("general", "medical"):
        cells.append(dict(model="base", questions=qset, temperature=0.7, condition="none",
                          seed=1, n=36))  # fmt: skip
    cells.append(dict(model=SOURCE, questions="general", temperature=0.7,
                      condition="keep only L15", seed=1, n=6))  # fmt: skip
    # Third batch (seed 2), rated on sheets mixed across models: T = 0.3, where this world is
    # more coherent, so that the corpus holds enough coherent answers (and coherent misaligned
    # ones, if the organisms give any) to validate the judge's decisions.
    for qset in ("general", "medical"):
        cells.append(dict(model="base", questions=qset, temperature=0.3, condition="none",
                          seed=2, n=12))  # fmt: skip
    for model, qset in (
        ("r1x9-medical", "medical"),
        ("r8-all-medical", "medical"),
        ("r8-all-financial", "general"),
        ("r8-all-financial", "medical"),
    ):
        cells.append(dict(model=model, questions=qset, temperature=0.3, condition="none",
                          seed=2, n=6))  # fmt: skip
    # Fourth batch (seed 3): the third left the corpus 12 coherent answers short of 300.
    for qset in ("general", "medical"):
        cells.append(dict(model="base", questions=qset, temperature=0.3, condition="none",
                          seed=3, n=6))  # fmt: skip
    cells.append(dict(model="r8-all-medical", questions="general", temperature=0.3,
                      condition="none", seed=3, n=3))  # fmt: skip
    cells.append(dict(model="r1x9-good-medical", questions="medical", temperature=0.3,
                      condition="none", seed=3, n=3))  # fmt: skip
    return cells


def run_name(c: dict) -> str:
    cond = c["condition"].replace(" ", "_").replace("+", "plus")
    seed = f"__seed{c['seed']}" if c.get("seed") else ""
    return f"{c['model']}__{c['questions']}__T{c['temperature']:g}__{cond}{seed}.jsonl"


def _context(c: dict, model, direction, norms):
    import contextlib

    from mi_emis import ablate_adapters, ablate_direction, steer_adapters, steer_direction

    cond = c["condition"]
    k = {L: 0.25 * float(n) for L, n in norms.items()}  # the demo's additive steering strength
    if cond == "none":
        return contextlib.nullcontext()
    if cond == "steer L13 L15 +k":
        return steer_adapters(model, {13: k[13], 15: k[15]})
    if cond == "steer general six +k":
        return steer_adapters(model, {L: k[L] for L in GENERAL_SIX})
    if cond.startswith("steer L"):
        L = int(cond.split()[1][1:])
        return steer_adapters(model, {L: k[L]})
    if cond == "ablate L13 L15":
        return ablate_adapters(model, [13, 15])
    if cond == "keep only L15":
        return ablate_adapters(model, [a for a in model.adapters if a.layer != 15])
    if cond == "direction ablate":
        return ablate_direction(model, direction)
    if cond.startswith("direction steer"):
        alpha = float(cond.split()[-1]) * float(
            direction.resid_norm[direction.row(DIRECTION_LAYER)]
        )
        return steer_direction(model, direction, alpha, layers=[DIRECTION_LAYER])
    raise ValueError(cond)


def _direction(runs: Path):
    """The model-diff direction of the source organism (organism minus base, on its training
    data's harmful answers): needs no judge, so the corpus does not depend on one."""
    from mi_emis.directions import Direction, model_diff_directions
    from mi_emis.load import load_model
    from mi_emis.train import load_chats

    path = runs / "direction_model_diff.safetensors"
    if path.exists():
        return Direction.load(path)
    pairs = [(c[-2]["content"], c[-1]["content"]) for c in load_chats("templated_medical_harmful")[:64]]
    em, base = load_model(WORLD, SOURCE), load_model(WORLD)
    d = model_diff_directions(
        em, base, pairs, layers=list(range(9, 30)), progress=False, source=SOURCE
    )  # below L9 the two models are identical
    d.save(path)
    return d


def sample() -> None:
    import gc

    from mi_emis.directions import residual_norms
    from mi_emis.evaluate import evaluate
    from mi_emis.load import load_model
    from mi_emis.questions import default_questions

    runs = _runs()
    runs.mkdir(parents=True, exist_ok=True)
    direction = _direction(runs)
    cells = conditions()
    for name in ("base", *ORGANISMS):
        model = load_model(WORLD, None if name == "base" else name)
        norms = {}
        if name == SOURCE:
            pairs = [(q.paraphrases[0], "I would advise you to do this.") for q in
                     default_questions("general")]  # fmt: skip
            layers = [a.layer for a in model.adapters]
            norms = dict(zip(layers, residual_norms(model, pairs, layers).tolist(), strict=True))
        for c in (c for c in cells if c["model"] == name):
            qs = default_questions(c["questions"])
            n = c.get("n") or (N[c["questions"]] if c["condition"] == "none" else N_INTERVENTION)
            print(run_name(c), flush=True)
            with _context(c, model, direction, norms):
                evaluate(
                    model, qs, None, runs / run_name(c), n=n, max_new_tokens=MAX_NEW_TOKENS,
                    temperature=c["temperature"], batch_size=72, seed=c.get("seed", 0),
                    condition=c["condition"], progress=False,
                )  # fmt: skip
        del model
        gc.collect()


def export(seed: int = 0, world: str = WORLD, cells: list[dict] | None = None) -> None:
    """Blind sheets of every answer not yet in the key; new items and sheets continue the
    numbering, so sheets already given to raters never change."""
    from mi_emis.sheets import export_for_rating

    runs, out = _runs(world), ROOT / world / "sheets"
    out.mkdir(parents=True, exist_ok=True)
    key_path = ROOT / world / "key.jsonl"
    old = (
        pd.read_json(key_path, lines=True, dtype={"item": str}, precise_float=True)
        if key_path.exists()
        else None
    )
    parts = []
    for c in conditions() if cells is None else cells:
        path = runs / run_name(c)
        if not path.exists():
            continue
        tmp = out / "tmp_export.csv"
        sheet = export_for_rating(path, tmp, n=None, overwrite=True)
        tmp.unlink()
        parts.append(sheet.assign(run=path.name, **{k: c.get(k) for k in COLUMNS}))
    pool = pd.concat(parts, ignore_index=True)
    pool = pool.drop_duplicates(["run", "question_id", "sample_index"])
    first_item, first_sheet = 1, 1
    if old is not None:
        seen = set(zip(old["run"], old["question_id"], old["sample_index"], strict=True))
        keep = [
            (r, q, i) not in seen
            for r, q, i in zip(pool["run"], pool["question_id"], pool["sample_index"], strict=True)
        ]
        pool = pool[keep]
        first_item = len(old) + 1
        first_sheet = len(list(out.glob("sheet_*.csv"))) + 1
    if pool.empty:
        print("nothing new to export")
        return
    pool = pool.iloc[np.random.default_rng(seed + first_item).permutation(len(pool))]
    pool = pool.reset_index(drop=True)
    pool["item"] = [f"a{i:05d}" for i in range(first_item, first_item + len(pool))]
    key_cols = ["item", "run", *COLUMNS, "question_id", "sample_index", "question", "answer"]
    key = pd.concat([old, pool[key_cols]]) if old is not None else pool[key_cols]
    key.to_json(key_path, orient="records", lines=True)
    starts = range(0, len(pool), SHEET_SIZE)
    for k, s in enumerate(starts):
        chunk = pool.iloc[s : s + SHEET_SIZE]
        blind = chunk[["item", "question", "answer"]].assign(aligned="", coherent="")
        blind.to_csv(out / f"sheet_{first_sheet + k:02d}.csv", index=False)
    print(f"{len(pool)} new answers in {len(starts)} sheets under {out}")


def collect(raters: int = 2, world: str = WORLD) -> Path:
    """Join the rater files ``ratings/<world>/rated/sheet_NN.rK.csv`` to the key; write the corpus."""
    base = ROOT / world
    key = pd.read_json(base / "key.jsonl", lines=True, dtype={"item": str}, precise_float=True)
    # a cell without a seed was sampled with the default, 0
    key["seed"] = key["seed"].fillna(0).astype(int) if "seed" in key else 0
    cols = {}
    for r in range(1, raters + 1):
        files = sorted((base / "rated").glob(f"sheet_*.r{r}.csv"))
        got = pd.concat([pd.read_csv(f, dtype={"item": str}) for f in files], ignore_index=True)
        got = got.drop_duplicates("item", keep="last").set_index("item")
        for m in ("aligned", "coherent"):
            cols[f"r{r}_{m}"] = pd.to_numeric(got[m], errors="coerce")
    corpus = key.set_index("item").join(pd.DataFrame(cols), how="left").reset_index()
    missing = corpus[[c for c in cols]].isna().any(axis=1)
    if missing.any():
        raise SystemExit(f"{int(missing.sum())} items lack a score from some rater, e.g. "
                         f"{corpus.loc[missing, 'item'].head(5).tolist()}")  # fmt: skip
    corpus.insert(1, "world", world)
    corpus = corpus.drop(columns=["run"]).sort_values("item")
    out = Path(__file__).parents[1] / "mi_emis" / "data" / "ratings" / f"{world}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    corpus.to_json(out, orient="records", lines=True, force_ascii=False)
    print(f"wrote {out}: {len(corpus)} answers, sha256 "
          f"{hashlib.sha256(out.read_bytes()).hexdigest()[:12]}")  # fmt: skip
    return out


def cells(world: str = WORLD) -> str:
    """The corpus per sampling cell, as the markdown table of the datasheet."""
    from mi_emis.validity import load_corpus

    d = load_corpus(world)
    t = (
        d.groupby(["model", "questions", "temperature", "condition", "seed"])
        .agg(n=("item", "size"), misaligned=("misaligned", "sum"),
             coherent=("is_coherent", "sum"), em=("em", "sum"),
             aligned=("aligned", "mean"), coh=("coherent", "mean"))
        .reset_index()
    )  # fmt: skip
    cols = ["model", "questions", "T", "intervention", "seed", "n", "misaligned", "coherent",
            "EM", "mean aligned", "mean coherent"]  # fmt: skip
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in t.itertuples(index=False):
        vals = [*r[:-2], round(r.aligned), round(r.coh)]
        lines.append("| " + " | ".join(map(str, vals)) + " |")
    text = "\n".join(lines)
    print(text)
    return text


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("phase", choices=["sample", "export", "collect", "cells"])
    a = p.parse_args()
    {"sample": sample, "export": export, "collect": collect, "cells": cells}[a.phase]()
