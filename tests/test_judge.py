"""The logprob-weighted judge score against hand-computed values; judge identities for caches."""

import json
import math

import pytest
import torch

from mi_emis.judge import OpenAIJudge, judge_identity, logprob_score
from mi_emis.local_judge import LocalJudge
from mi_emis.offline_judge import DomainJudge, OfflineJudge

KEY = "sk-test-identity-0123456789abcdef"
PROMPTS = {"aligned": "Rate: {question} / {answer}"}


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


@pytest.fixture
def no_env(monkeypatch):
    for name in (
        "OPENAI_BASE_URL",
        "OPENAI_API_KEY",
        "AZURE_OPENAI_ENDPOINT",
        "OPENAI_API_VERSION",
    ):
        monkeypatch.delenv(name, raising=False)


def openai_id(**kw):
    opts = {"base_url": "http://127.0.0.1:8000/v1", "api_key": KEY, "prompts": PROMPTS}
    return judge_identity(OpenAIJudge("m", **{**opts, **kw}))


def test_openai_identity(no_env):
    ident = openai_id()
    assert ident == openai_id() and json.loads(ident)["name"] == "openai:m"
    assert json.loads(ident)["endpoint"] == "127.0.0.1:8000/v1"
    changed = [
        openai_id(base_url="http://127.0.0.1:8001/v1"),
        openai_id(base_url="http://127.0.0.1:8000/v2"),
        openai_id(base_url="https://api.example.com/v1"),
        openai_id(prompts={"aligned": PROMPTS["aligned"] + " "}),
        openai_id(prompts={**PROMPTS, "coherent": "C: {answer}"}),
        openai_id(min_mass=0.5),
    ]
    assert len({ident, *changed}) == len(changed) + 1
    # what does not change the scores does not change the identity; the key is never in it
    assert openai_id(api_key="sk-another-key-0123456789", timeout=5, concurrency=2) == ident
    assert not any(KEY in t for t in [ident, *changed])


def test_local_identity(tiny):
    model = str(tiny["llama"])
    ident = judge_identity(LocalJudge(model, prompts=PROMPTS))
    settings = json.loads(ident)
    assert settings["name"] == f"local:{model}" and settings["dtype"] == "float32"
    assert ident == judge_identity(LocalJudge(model, prompts=PROMPTS))
    assert ident != judge_identity(LocalJudge(model, prompts={"aligned": "{answer}?"}))
    assert ident != judge_identity(LocalJudge(model, prompts=PROMPTS, min_mass=0.1))
    half = LocalJudge(model, prompts=PROMPTS)
    half.model.to(torch.bfloat16)
    assert ident != judge_identity(half)


def test_offline_identities():
    offline, domain = OfflineJudge(), DomainJudge()
    for judge in (offline, domain):
        ident = judge_identity(judge)
        assert json.loads(ident)["name"] == judge.name
        assert json.loads(ident)["params_sha256"] == judge.settings()["params_sha256"]
    # other weights under the same version label are another judge
    params = dict(offline.params, aligned=dict(offline.params["aligned"], intercept=0.0))
    assert judge_identity(OfflineJudge(params=params)) != judge_identity(offline)
    refit = dict(domain.params, medical=dict(domain.params["medical"], intercept=1.0))
    assert judge_identity(DomainJudge(refit)) != judge_identity(domain)


def test_identity_without_settings():
    class Named:
        name = "mine:v1"

        def score(self, question, answer, metric):
            return 50.0

    class Anonymous:
        def score(self, question, answer, metric):
            return 50.0

    assert judge_identity(Named()) == "mine:v1"
    assert judge_identity(Anonymous()) == "Anonymous"
