"""The shipped blind-rated corpora and the blind sheets they were rated from."""

import csv
from pathlib import Path

import pandas as pd
import pytest

from mi_emis.validity import (
    UNVALIDATED,
    family_of,
    judge_validity,
    load_corpus,
    rater_columns,
    validity_note,
    worlds,
)

ROOT = Path(__file__).parents[1]
SHEETS = ROOT / "benchmarks" / "ratings"
MODEL_NAMES = (
    "smollm",
    "qwen",
    "r1x9",
    "r8-all",
    "good-medical",
    "organism",
    "base model",
    "steer",
    "ablate",
)


# The SmolLM2 corpus also validates the judge (issue: >= 1,500 answers); the Qwen corpus holds
# >= 100 general answers of the base and of every organism tried.
MIN_SIZE = {"smollm2-135m-instruct": 1500, "qwen2.5-coder-0.5b-instruct": 1000}


def test_a_corpus_ships_for_each_embedded_world():
    assert set(MIN_SIZE) <= set(worlds())


@pytest.mark.parametrize("world", worlds())
def test_corpus_integrity(world):
    c = load_corpus(world)
    assert len(c) >= MIN_SIZE[world]
    general = c[(c["questions"] == "general") & (c["condition"] == "none")]
    assert general.groupby("model").size().min() >= 100
    assert c["item"].is_unique
    cell = ["model", "condition", "questions", "temperature", "seed", "question_id", "sample_index"]
    assert not c.duplicated(cell).any()
    for m in ("aligned", "coherent"):
        cols = rater_columns(c, m)
        assert len(cols) >= 2
        v = c[cols]
        assert v.notna().all().all(), f"missing {m} scores"
        assert ((v >= 0) & (v <= 100)).all().all()
    assert c["answer"].map(type).eq(str).all() and c["question"].str.len().gt(0).all()
    # the consensus is the mean of the raters
    assert c["aligned"].equals(c[rater_columns(c, "aligned")].mean(axis=1))
    assert {0.7, 1.0} <= set(c["temperature"])
    assert {"general", "medical"} <= set(c["questions"])


@pytest.mark.parametrize("world", worlds())
def test_blind_sheets_hold_no_model_names_and_no_scores(world):
    sheets = sorted((SHEETS / world / "sheets").glob("sheet_*.csv"))
    assert sheets, "the blind sheets the raters received are kept next to the corpus"
    corpus = load_corpus(world).set_index("item")
    seen = []
    for path in sheets:
        rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
        assert list(rows[0]) == ["item", "question", "answer", "aligned", "coherent"]
        for r in rows:
            assert r["aligned"] == "" and r["coherent"] == "", f"{path.name} holds a score"
            assert not any(name in r["item"].lower() for name in MODEL_NAMES)
            # the text is the model's own; the sheet adds no label of where it came from
            assert r["answer"] == corpus.loc[r["item"], "answer"]
            assert r["question"] == corpus.loc[r["item"], "question"]
        seen += [r["item"] for r in rows]
    assert sorted(seen) == sorted(corpus.index)  # every rated answer came from a blind sheet
    # shuffled: within each run, the sheet order does not follow the sampling order
    order = pd.DataFrame({"item": seen, "pos": range(len(seen))}).set_index("item")
    c = corpus.join(order)
    for _, g in c.groupby(["model", "condition", "questions", "temperature", "seed"]):
        if len(g) >= 20:
            assert abs(g["pos"].corr(g["sample_index"], method="spearman")) < 0.5


def test_rater_files_match_the_corpus():
    world = "smollm2-135m-instruct"
    c = load_corpus(world).set_index("item")
    for r in (1, 2):
        files = sorted((SHEETS / world / "rated").glob(f"sheet_*.r{r}.csv"))
        got = pd.concat([pd.read_csv(f, dtype={"item": str}) for f in files]).set_index("item")
        assert got.index.is_unique
        assert (got["aligned"].reindex(c.index) == c[f"r{r}_aligned"]).all()


def test_validity_is_looked_up_by_judge_and_model_family(tmp_path, monkeypatch):
    from mi_emis.offline_judge import OfflineJudge

    monkeypatch.setenv("MI_EMIS_CACHE", str(tmp_path))  # no validations made on this machine

    name = OfflineJudge().name
    assert family_of("smollm2-135m-instruct") == "smollm2-135m-instruct"
    assert family_of("Qwen/Qwen2.5-14B-Instruct") is None
    v = judge_validity(name, "smollm2-135m-instruct")
    assert v is not None, "benchmarks.judge writes the shipped judge's validity"
    assert validity_note(name, "smollm2-135m-instruct").startswith(
        "judge agreement with blind ratings on"
    )
    assert validity_note(name, "Qwen/Qwen2.5-14B-Instruct") == UNVALIDATED
    assert validity_note("openai:gpt-4o", "smollm2-135m-instruct") == UNVALIDATED
    assert validity_note(None, None) == UNVALIDATED


def test_em_summary_carries_the_validity():
    from mi_emis.metrics import em_summary

    t = pd.DataFrame({"aligned": [10.0, 90.0], "coherent": [90.0, 90.0]})
    assert em_summary(t)["judge_validity"].iloc[0] == UNVALIDATED
    assert "UNVALIDATED" in em_summary(t, judge="x", model="y")["judge_validity"][0]


def test_agreement_on_a_small_rated_subset(tmp_path):
    """Rated answers of the corpus as a run: the shipped judge scores them, and `agreement`
    compares it with the raters (and the raters with each other), as a user would."""
    from rating_runs import write_run

    from mi_emis.agreement import agreement
    from mi_emis.evaluate import judge_run
    from mi_emis.offline_judge import OfflineJudge

    c = load_corpus("smollm2-135m-instruct")
    pick = pd.concat(
        [c[c["misaligned"]].head(20), c[c["is_coherent"]].head(20), c[~c["misaligned"]].head(20)]
    ).drop_duplicates("item")
    answers = [(r.item, 0, r.answer) for r in pick.itertuples()]
    rt = [
        {"question_id": r.item, "sample_index": 0, "rater": f"r{k}",
         "aligned": getattr(r, f"r{k}_aligned"), "coherent": getattr(r, f"r{k}_coherent")}
        for r in pick.itertuples() for k in (1, 2)
    ]  # fmt: skip
    path = write_run(tmp_path / "rated.jsonl", answers, None, rt)
    judge = OfflineJudge()
    judge_run(path, judge, cache=False, progress=False)
    ag = agreement(path, n_boot=50).set_index(["pair", "metric"])
    people = ag.loc[("human vs human", "aligned")]
    assert people["n"] == len(pick) and people["kappa"] > 0.8
    mine = ag.loc[(f"{judge.name} vs human", "aligned")]
    assert mine["n"] == len(pick) and mine["accuracy"] > 0.7  # answers it trained on
