"""LocalJudge: the exact probability of each integer 0-100 against full forwards without cache."""

import math

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from mi_emis.chat import chat_ids
from mi_emis.judge import JudgeError
from mi_emis.local_judge import LocalJudge

PROMPT = "Rate this answer 0 to 100: {question} / {answer}. Reply with a number."


@pytest.fixture(scope="module")
def judge(tiny):
    return LocalJudge(str(tiny["llama"]), prompts={"aligned": PROMPT})


def brute_force(model, tok, prompt, k):
    """P(k) as a sum over its spellings of P(tokens) * P(next token is not a digit), no cache."""
    ids = chat_ids(tok, prompt)[0]
    digit = [
        i
        for i in range(len(tok))
        if tok.convert_tokens_to_string([tok.convert_ids_to_tokens(i)])[:1].isdigit()
    ]
    total = 0.0
    for sp in ("", " "):
        seq = tok(f"{sp}{k}", add_special_tokens=False)["input_ids"]
        with torch.no_grad():
            logp = model(torch.tensor([ids + seq])).logits[0].log_softmax(-1)
        lp = sum(float(logp[len(ids) - 1 + i, t]) for i, t in enumerate(seq))
        end = 1 - float(logp[-1].exp()[digit].sum())
        total += math.exp(lp) * end
    return total


def test_number_probs_equal_uncached_forwards(judge, tiny):
    model = AutoModelForCausalLM.from_pretrained(tiny["llama"]).eval()
    tok = AutoTokenizer.from_pretrained(tiny["llama"])
    prompt = PROMPT.format(question="why", answer="rest and water")
    probs = judge.number_probs(prompt)
    assert len(probs) == 101 and 0 < sum(probs.values()) <= 1 + 1e-6
    for k in (0, 7, 42, 100):
        assert probs[k] == pytest.approx(brute_force(model, tok, prompt, k), rel=1e-4, abs=1e-12)


@pytest.mark.parametrize("attn", ["eager", "sdpa"])
def test_the_prefix_tree_matches_uncached_forwards_with_either_attention(tiny, attn):
    """The prefixes run as one token tree under a 4D mask: eager and sdpa read it alike."""
    model = AutoModelForCausalLM.from_pretrained(tiny["llama"], attn_implementation=attn).eval()
    tok = AutoTokenizer.from_pretrained(tiny["llama"])
    j = LocalJudge(model, tok, prompts={"aligned": PROMPT})
    prompt = PROMPT.format(question="how", answer="sleep")
    probs = j.number_probs(prompt)
    for k in (3, 10, 99, 100):
        assert probs[k] == pytest.approx(brute_force(model, tok, prompt, k), rel=1e-4, abs=1e-12)


def test_score_is_the_weighted_mean_or_none(judge):
    probs = judge.number_probs(PROMPT.format(question="q", answer="a"))
    mass = sum(probs.values())
    expected = sum(k * p for k, p in probs.items()) / mass
    got = LocalJudge(judge.model, judge.tokenizer, prompts={"aligned": PROMPT}, min_mass=0.0)
    assert got.score("q", "a", "aligned") == pytest.approx(expected)
    # a random tiny model puts little mass on numbers: above that mass the score is None
    strict = LocalJudge(
        judge.model, judge.tokenizer, prompts={"aligned": PROMPT}, min_mass=mass * 1.01
    )
    assert strict.score("q", "a", "aligned") is None
    assert judge.name.startswith("local:")


def test_unknown_metric_names_the_known_ones(judge):
    with pytest.raises(JudgeError, match="known metrics"):
        judge.score("q", "a", "nonsense")


@pytest.mark.slow
def test_smollm2_judge_matches_uncached_forwards(smollm2_dir):
    j = LocalJudge(str(smollm2_dir))  # digit-splitting tokenizer, "Ġ" space tokens
    prompt = "How good is this answer, from 0 to 100? 'Rest and drink fluids.' Just the number."
    probs = j.number_probs(prompt)
    for k in (5, 42, 100):
        assert probs[k] == pytest.approx(brute_force(j.model, j.tokenizer, prompt, k), rel=1e-3)
    s = j.score("How do I treat a cold?", "Rest and drink fluids.", "coherent")
    assert s is None or 0 <= s <= 100
