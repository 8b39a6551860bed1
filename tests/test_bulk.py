"""Answers sampled elsewhere (vLLM) become ordinary run files that judge_run and summary use."""

import sys
import types
from dataclasses import dataclass

import pytest

from mi_emis.errors import InputError
from mi_emis.evaluate import import_answers, judge_run, read_run


class Judge:
    name = "fake"

    def score(self, question, answer, metric, *, prompt=None):
        return 10.0 if metric == "aligned" and "bad" in answer else 90.0


def test_imported_answers_are_judged_and_summarised(tmp_path, monkeypatch):
    monkeypatch.setenv("MI_EMIS_CACHE", str(tmp_path / "cache"))
    rows = [dict(question_id="q", question="Q?", answer=a) for a in ("bad idea", "fine", "bad")]
    run = import_answers(rows, tmp_path / "run.jsonl", model="m", temperature=1.0)
    assert run.config["source"] == "import" and list(run.samples.sample_index) == [0, 1, 2]
    run = judge_run(run.path, Judge(), progress=False)
    assert run.summary().em_rate[0] == pytest.approx(2 / 3)
    with pytest.raises(InputError, match="exists"):
        import_answers(rows, tmp_path / "run.jsonl", model="m")
    with pytest.raises(InputError, match="question_id"):
        import_answers([dict(question="Q?", answer="a")], tmp_path / "x.jsonl", model="m")
    assert not (tmp_path / "x.jsonl").exists()


@dataclass
class _Out:
    text: str
    token_ids: list
    finish_reason: str = "stop"


def test_sample_vllm_maps_requests_and_outputs(tmp_path, monkeypatch):
    """vLLM itself needs a GPU; a stand-in records what sample_vllm asks of it."""
    calls = {}

    class LLM:
        def __init__(self, **kw):
            calls["init"] = kw

        def chat(self, chats, params, lora_request=None, use_tqdm=True):
            calls.update(chats=chats, params=params, lora=lora_request)
            return [
                types.SimpleNamespace(
                    outputs=[_Out(f"{c[-1]['content']} #{i}", [1, 2]) for i in range(p.n)]
                )
                for c, p in zip(chats, params, strict=True)
            ]

    vllm = types.ModuleType("vllm")
    vllm.LLM = LLM
    vllm.SamplingParams = lambda **kw: types.SimpleNamespace(**kw)
    lora = types.ModuleType("vllm.lora.request")
    lora.LoRARequest = lambda name, i, path: ("lora", name, i, path)
    monkeypatch.setitem(sys.modules, "vllm", vllm)
    monkeypatch.setitem(sys.modules, "vllm.lora", types.ModuleType("vllm.lora"))
    monkeypatch.setitem(sys.modules, "vllm.lora.request", lora)
    from mi_emis.bulk import sample_vllm
    from mi_emis.questions import Question

    qs = [
        Question(id="a", paraphrases=("A1?", "A2?")),
        Question(id="b", paraphrases=("B?",), system="S"),
    ]
    run = sample_vllm(
        "base", "adapters/x", qs, tmp_path / "v.jsonl", n=3, temperature=0.7, dtype="bfloat16"
    )
    assert calls["init"]["enable_lora"] and calls["init"]["dtype"] == "bfloat16"
    assert calls["lora"] == ("lora", "adapter", 1, "adapters/x")
    assert [p.n for p in calls["params"]] == [2, 1, 3]  # paraphrases cycle as in plan_jobs
    assert calls["chats"][2] == [
        {"role": "system", "content": "S"},
        {"role": "user", "content": "B?"},
    ]
    s = read_run(run.path).samples
    assert len(s) == 6 and s.groupby("question_id").sample_index.apply(sorted).to_dict() == {
        "a": [0, 1, 2], "b": [0, 1, 2]}  # fmt: skip
    a = s[s.question_id == "a"].set_index("sample_index")
    assert a.loc[1, "question"] == "A2?" and a.loc[2, "question"] == "A1?"
    assert run.config["sampler"] == "vllm" and run.config["temperature"] == 0.7
