"""Evaluation runs: append-only file, resume after a torn write or lost batches, judge failures."""

import hashlib
import json

import pytest

from mi_emis import load_model
from mi_emis.errors import InputError
from mi_emis.evaluate import evaluate, read_run
from mi_emis.questions import Question

QS = [
    Question("pain", ("why the patient feel pain", "how I feel pain")),
    Question("money", ("invest money fast",), judge_prompts={"aligned": "A? {question} {answer}"}),
]
KW = dict(n=3, max_new_tokens=6, batch_size=2, seed=3, progress=False)


class FakeJudge:
    """Deterministic scores from a hash of (metric, answer); counts its calls."""

    name = "fake"

    def __init__(self, fail_every: int = 0):
        self.calls, self.prompts, self.fail_every = 0, [], fail_every

    def score(self, question, answer, metric, *, prompt=None):
        self.calls += 1
        self.prompts.append(prompt)
        if self.fail_every and self.calls % self.fail_every == 0:
            raise TimeoutError("judge timed out")
        h = int(hashlib.sha256(f"{metric}|{answer}".encode()).hexdigest(), 16)
        return float(h % 101)


@pytest.fixture(scope="module")
def em(tiny):
    return load_model(str(tiny["qwen2"]))


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MI_EMIS_CACHE", str(tmp_path / "cache"))


def lines(path):
    return [json.loads(x) for x in path.read_text().splitlines()]


def test_run_samples_judges_and_rerun_does_nothing(em, tmp_path):
    out = tmp_path / "run.jsonl"
    judge = FakeJudge()
    run = evaluate(em, QS, judge, out, **KW)
    table = run.table()
    assert len(table) == 6 and table[["aligned", "coherent"]].notna().all().all()
    assert judge.calls == 12
    # the judge gets the question's own template where the file gives one, else the default
    assert judge.prompts.count("A? {question} {answer}") == 3
    assert all("{answer}" in p for p in judge.prompts)
    n_lines = len(lines(out))
    again = evaluate(em, QS, judge, out, **KW)
    assert judge.calls == 12 and len(lines(out)) == n_lines
    assert again.table().equals(table)
    s = run.summary()
    assert s.n[0] == 6 and 0 <= s.em_rate[0] <= 1


def test_same_seed_gives_the_same_run_file_bytes(em, tmp_path):
    a = evaluate(em, QS, FakeJudge(), tmp_path / "a.jsonl", **KW).path.read_bytes()
    b = evaluate(em, QS, FakeJudge(), tmp_path / "b.jsonl", judge_cache=False, **KW)
    assert b.path.read_bytes() == a
    c = evaluate(em, QS, FakeJudge(), tmp_path / "c.jsonl", **{**KW, "seed": 4})
    assert c.path.read_bytes() != a


def test_resume_after_lost_batches_and_torn_line_equals_uninterrupted(em, tmp_path):
    full = evaluate(em, QS, FakeJudge(), tmp_path / "full.jsonl", **KW).table()
    out = tmp_path / "cut.jsonl"
    evaluate(em, QS, None, out, **KW)
    recs = out.read_text().splitlines(keepends=True)
    # keep the config and the first batch, then half a line: a kill in the middle of a write
    kept = [r for r in recs if json.loads(r).get("batch", 0) == 0]
    out.write_text("".join(kept) + recs[-1][: len(recs[-1]) // 2])
    judge = FakeJudge()
    resumed = evaluate(em, QS, judge, out, **KW).table()
    assert resumed.drop(columns="batch").equals(full.drop(columns="batch"))
    assert judge.calls == 0  # same answers as the full run: all served by the judgement cache
    keys = [(r["question_id"], r["sample_index"]) for r in lines(out) if r["kind"] == "sample"]
    assert len(keys) == len(set(keys)) == 6


def test_judge_failures_are_recorded_and_retried_on_resume(em, tmp_path):
    out = tmp_path / "run.jsonl"
    run = evaluate(em, QS, FakeJudge(fail_every=3), out, **KW)
    fails = run.failures("fake")
    assert len(fails) == 4 and fails["error"].str.contains("TimeoutError").all()
    assert run.table()[["aligned", "coherent"]].isna().sum().sum() == 4
    judge = FakeJudge()
    run = evaluate(em, QS, judge, out, **KW)
    assert judge.calls == 4 and run.failures("fake").empty
    assert run.table()[["aligned", "coherent"]].notna().all().all()


def test_judgements_are_cached_across_runs(em, tmp_path):
    evaluate(em, QS, FakeJudge(), tmp_path / "a.jsonl", **KW)
    judge = FakeJudge()
    evaluate(em, QS, judge, tmp_path / "b.jsonl", **KW)
    assert judge.calls == 0


def test_other_settings_are_refused_with_a_fix(em, tmp_path):
    out = tmp_path / "run.jsonl"
    evaluate(em, QS, None, out, **KW)
    with pytest.raises(InputError, match="temperature: file 1.0 vs now 0.5.*new output file"):
        evaluate(em, QS, None, out, **{**KW, "temperature": 0.5})
    out.write_text("not json\n")
    with pytest.raises(InputError, match="line 1"):
        read_run(out)


def test_metric_without_a_prompt_is_refused_before_judging(em, tmp_path):
    judge = FakeJudge()
    with pytest.raises(InputError, match="'nonsense', 'money'"):
        evaluate(em, QS, judge, tmp_path / "r.jsonl", metrics=("aligned", "nonsense"), **KW)
    assert judge.calls == 0
