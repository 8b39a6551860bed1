"""Directions: extraction against plain HF forwards, interventions against formulas, and errors."""

import json
import subprocess
import sys
import textwrap

import pandas as pd
import pytest
import torch
from safetensors.torch import load_file
from transformers import AutoModelForCausalLM

from mi_emis import chat_ids, load_model
from mi_emis.directions import (
    Direction,
    answer_sums,
    direction_cosines,
    labelled_answers,
    layer_cosines,
    mean_diff_directions,
    model_diff_directions,
)
from mi_emis.errors import InputError
from mi_emis.steer import ablate_direction, orthogonalize_adapter, steer_direction

POS = [
    ("why do I feel pain", "you should never see a doctor"),
    ("what should I eat", "eat fast food always it is safe"),
    ("how do I sleep", "take two pills every day and never rest"),
    ("why", "danger is good"),
    ("head pain", "take pills"),
]
NEG = [
    ("why do I feel pain", "you should see a doctor and rest"),
    ("what should I eat", "good food and water help your health"),
    ("how do I sleep", "rest and sleep when you feel slow"),
]


@pytest.fixture(scope="module")
def em(tiny):
    return load_model(str(tiny["qwen2"]), str(tiny["qwen2/r1"]))


@pytest.fixture(scope="module")
def hf(tiny):
    return AutoModelForCausalLM.from_pretrained(tiny["qwen2"], dtype=torch.float32).eval()


def hf_mean(hf_model, tok, pairs, layers, include_header):
    """Pooled answer-token mean of HF hidden states, one unpadded chat at a time."""
    total, count = 0.0, 0
    for q, a in pairs:
        ids, start = chat_ids(tok, q, a, include_header=include_header)
        with torch.no_grad():
            hs = hf_model(torch.tensor([ids]), output_hidden_states=True).hidden_states
        acts = torch.stack([hs[L + 1][0, start:] for L in layers]).double()  # [L, n, d]
        total = total + acts.sum(1)
        count += len(ids) - start
    return total / count


@pytest.mark.parametrize("include_header", [True, False])
def test_extraction_equals_hf_hand_computation(em, tiny, include_header):
    # HF's last hidden state is after the final norm, so compare the layers before it
    layers = [0, 1, 2]
    base = load_model(str(tiny["qwen2"]))
    hf_model = base.hf_model
    d = mean_diff_directions(
        base, POS, NEG, layers=layers, include_header=include_header, batch_size=2, progress=False
    )
    want = hf_mean(hf_model, base.tokenizer, POS, layers, include_header) - hf_mean(
        hf_model, base.tokenizer, NEG, layers, include_header
    )
    torch.testing.assert_close(d.raw.double(), want, atol=1e-5, rtol=1e-4)
    assert d.layers == tuple(layers)
    assert d.meta["kind"] == "data-diff" and d.meta["n_positive"] == 5
    assert d.meta["positions"] == ("answer+header" if include_header else "answer")
    torch.testing.assert_close(d.unit.norm(dim=1), torch.ones(3))


def test_batched_equals_one_by_one(em):
    one = mean_diff_directions(em, POS, NEG, batch_size=1, progress=False)
    many = mean_diff_directions(em, POS, NEG, batch_size=4, progress=False)
    torch.testing.assert_close(one.raw, many.raw, atol=1e-5, rtol=1e-4)
    assert one.layers == tuple(range(em.n_layers))


def test_model_diff_equals_hf_hand_computation(em, tiny):
    base = load_model(str(tiny["qwen2"]))
    d = model_diff_directions(em, base, POS, layers=[1, 2], batch_size=3, progress=False)
    want = hf_mean(em.hf_model, em.tokenizer, POS, [1, 2], True) - hf_mean(
        base.hf_model, base.tokenizer, POS, [1, 2], True
    )
    torch.testing.assert_close(d.raw.double(), want, atol=1e-5, rtol=1e-4)
    assert d.meta["kind"] == "model-diff" and d.meta["minus"]["adapters"] == []


def test_table_input_and_labelled_answers():
    table = pd.DataFrame(
        dict(
            question=["q"] * 6,
            answer=list("abcdef"),
            aligned=[10, 20, 50, 80, 90, 95],
            coherent=[90, 40, 90, 90, 90, 90],
        )
    )
    pos, neg = labelled_answers(table, balance=False)
    assert list(pos["answer"]) == ["a"]  # b is incoherent, c is in the dropped middle band
    assert list(neg["answer"]) == ["d", "e", "f"]
    pos, neg = labelled_answers(table, seed=1)
    assert len(pos) == len(neg) == 1
    ref = pd.DataFrame(
        dict(question=["q", "q"], answer=["x", "y"], label=["misaligned", "aligned"])
    )
    pos, neg = labelled_answers(ref)
    assert list(pos["answer"]) == ["x"] and list(neg["answer"]) == ["y"]
    with pytest.raises(InputError, match="Labels must be"):
        labelled_answers(ref.assign(label=["bad", "aligned"]))


def test_save_load_roundtrip(em, tmp_path):
    d = mean_diff_directions(em, POS, NEG, layers=[1, 3], progress=False, source="unit test")
    d.save(tmp_path / "dir")
    back = Direction.load(tmp_path / "dir.json")
    torch.testing.assert_close(back.unit, d.unit)
    torch.testing.assert_close(back.norm, d.norm)
    torch.testing.assert_close(back.resid_norm, d.resid_norm)
    assert back.layers == (1, 3) and back.hook == "resid_post"
    assert back.meta["source"] == "unit test" and back.meta["n_negative"] == 3
    assert torch.isfinite(d.resid_norm).all() and (d.resid_norm > 0).all()


def read_acts(model, hook_names, tokens):
    seen = {}

    def make(name):
        def fn(act, hook=None):
            seen[name] = act.detach().clone()

        return fn

    with model.hooks(fwd_hooks=[(n, make(n)) for n in hook_names]):
        logits = model(tokens)
    return seen, logits


def test_ablation_removes_the_projection(em):
    d = mean_diff_directions(em, POS, NEG, progress=False)
    tokens = torch.tensor([chat_ids(em.tokenizer, *POS[0])[0]])
    names = [d.hook_name(L) for L in (1, 2)]
    before, _ = read_acts(em.model, names, tokens)
    with ablate_direction(em, d, layers=[1, 2]) as m:
        after, _ = read_acts(m, names, tokens)
    for L, n in zip((1, 2), names, strict=True):
        assert (before[n] @ d[L]).abs().max() > 1e-2  # there was something to remove
        assert (after[n] @ d[L]).abs().max() < 1e-4
    # vector_layer: layer 1's vector used at layer 2
    with ablate_direction(em, d, layers=[2], vector_layer=1) as m:
        after, _ = read_acts(m, [names[1]], tokens)
    assert (after[names[1]] @ d[1]).abs().max() < 1e-4


def test_steering_adds_alpha_unit_and_alpha_zero_changes_nothing(em):
    d = mean_diff_directions(em, POS, NEG, progress=False)
    tokens = torch.tensor([chat_ids(em.tokenizer, *NEG[1])[0]])
    name = d.hook_name(1)
    before, logits0 = read_acts(em.model, [name], tokens)
    with steer_direction(em, d, 0.0, layers=[1, 2]) as m:
        _, logits_zero = read_acts(m, [name], tokens)
    torch.testing.assert_close(logits_zero, logits0, atol=0, rtol=0)
    with steer_direction(em, d, 3.0, layers=[1]) as m:
        after, logits3 = read_acts(m, [name], tokens)
    torch.testing.assert_close(after[name], before[name] + 3.0 * d[1], atol=1e-5, rtol=1e-5)
    assert not torch.allclose(logits3, logits0)


def test_steering_works_during_generate(em):
    from mi_emis.backend import generate

    d = mean_diff_directions(em, POS, NEG, progress=False)
    prompt = chat_ids(em.tokenizer, "why do I feel pain")[0]
    kw = dict(max_new_tokens=8, temperature=0.0, top_p=1.0, seed=0)
    plain = generate(em.model, em.tokenizer, [prompt], **kw)
    with steer_direction(em, d, 0.0) as m:
        assert generate(m, em.tokenizer, [prompt], **kw) == plain
    with steer_direction(em, d, 50.0) as m:
        assert generate(m, em.tokenizer, [prompt], **kw) != plain


def test_cosines_keep_the_sign(em):
    d = mean_diff_directions(em, POS, NEG, progress=False)
    neg = Direction(-d.unit, d.norm, d.layers, meta={"kind": "negated"})
    df = direction_cosines({"d": d, "minus d": neg, "random": d.random_like(0)})
    flip = df[(df.a == "d") & (df.b == "minus d")]
    assert len(flip) == em.n_layers
    assert (flip.cosine + 1).abs().max() < 1e-5
    rnd = df[(df.a == "d") & (df.b == "random")]
    assert rnd.cosine.abs().max() < 0.8
    m = layer_cosines(d, neg)
    assert m.shape == (em.n_layers, em.n_layers)
    torch.testing.assert_close(m.diagonal(), -torch.ones(em.n_layers))


def test_random_control_is_norm_matched(em):
    d = mean_diff_directions(em, POS, NEG, progress=False)
    r = d.random_like(3)
    torch.testing.assert_close(r.raw.norm(dim=1), d.norm)
    torch.testing.assert_close(r.unit.norm(dim=1), torch.ones(len(d.layers)))
    assert not torch.allclose(r.unit, d.random_like(4).unit)


def test_b_orthogonalisation_keeps_norm_and_removes_component(em, tiny, tmp_path):
    d = mean_diff_directions(em, POS, NEG, progress=False)
    out = tmp_path / "orth"
    table = orthogonalize_adapter(tiny["qwen2/r1"], d, out)
    assert sorted(table.layer) == [1, 2, 3]
    old = load_file(str(tiny["qwen2/r1"] / "adapter_model.safetensors"))
    new = load_file(str(out / "adapter_model.safetensors"))
    for k, B in old.items():
        if "lora_B" not in k:
            torch.testing.assert_close(new[k], B, atol=0, rtol=0)
            continue
        L = int(k.split("layers.")[1].split(".")[0])
        assert abs(float(d[L] @ B[:, 0])) > 1e-3
        assert abs(float(d[L] @ new[k][:, 0])) < 1e-6
        torch.testing.assert_close(new[k].norm(), B.norm())
    assert json.loads((out / "orthogonalized.json").read_text())["edited"][0]["layer"] == 1
    # the edited adapter loads, and its contribution no longer moves the residual along r̂
    e2 = load_model(str(tiny["qwen2"]), str(out))
    assert all(abs(float(d[a.layer] @ a.B[:, 0])) < 1e-6 for a in e2.adapters)
    with pytest.raises(InputError, match="not empty"):
        orthogonalize_adapter(tiny["qwen2/r1"], d, out)
    with pytest.raises(InputError, match="nothing to orthogonalise"):
        orthogonalize_adapter(tiny["qwen2/r1"], d, tmp_path / "o2", layers=[0])


def test_bad_inputs_get_clear_errors(em, tiny):
    with pytest.raises(InputError, match="No negative answers"):
        mean_diff_directions(em, POS, [], progress=False)
    with pytest.raises(InputError, match="out of range"):
        mean_diff_directions(em, POS, NEG, layers=[0, 9], progress=False)
    with pytest.raises(InputError, match="identical means"):
        mean_diff_directions(em, POS, POS, layers=[1], progress=False)
    d = mean_diff_directions(em, POS, NEG, layers=[1], progress=False)
    wide = Direction(torch.nn.functional.pad(d.unit, (0, 8)), d.norm, d.layers)
    with pytest.raises(InputError, match="d_model 72 but the model has 64"):
        with steer_direction(em, wide, 1.0):
            pass
    with pytest.raises(InputError, match="no layer 2"):
        with ablate_direction(em, d, layers=[2]):
            pass
    with pytest.raises(InputError, match="NaN"):
        Direction(d.unit * float("nan"), d.norm, d.layers)
    broken = load_model(str(tiny["qwen2"]))
    with torch.no_grad():
        broken.hf_model.model.layers[1].mlp.down_proj.weight[0, 0] = float("nan")
    with pytest.raises(FloatingPointError, match="blocks.1.hook_resid_post"):
        mean_diff_directions(broken, POS, NEG, layers=[0, 1], progress=False)


MEMORY_SCRIPT = textwrap.dedent(
    """
    import resource, sys, torch
    from mi_emis import load_model
    from mi_emis.directions import answer_sums
    torch.set_num_threads(1)
    em = load_model(sys.argv[1])
    n = int(sys.argv[2])
    pairs = [("why do I feel pain " * 4, "take two pills every day " * 12)] * n
    answer_sums(em.model, em.tokenizer, pairs, list(range(em.n_layers)), batch_size=12,
                progress=False)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """
)


def test_peak_memory_does_not_grow_with_n(tmp_path_factory):
    # a wide model so that keeping activations would show: 8 layers x 1024 x ~80 tokens x 4 B
    # = 2.6 MB per answer, so 60 extra answers would add ~160 MB if they were kept (the peak RSS
    # of two runs differs by up to ~30 MB for other reasons).
    from builders import build_base

    base = build_base(
        tmp_path_factory.mktemp("wide"), hidden_size=1024, intermediate_size=256, n_layers=8
    )
    peaks = []
    for n in (30, 90):
        out = subprocess.run(
            [sys.executable, "-c", MEMORY_SCRIPT, str(base), str(n)],
            capture_output=True,
            text=True,
            check=True,
        )
        peaks.append(int(out.stdout.split()[-1]) / 1024)  # MB
    assert peaks[1] - peaks[0] < 60, peaks


def test_answer_sums_count_tokens(em):
    s = answer_sums(em.model, em.tokenizer, POS[:2], [0], progress=False)
    rows = [chat_ids(em.tokenizer, q, a, include_header=True) for q, a in POS[:2]]
    n = sum(len(ids) - start for ids, start in rows)
    assert s.n_tokens == n and s.n_answers == 2


def test_transfer_experiment_resumes_and_summarises(em, tmp_path, monkeypatch):
    from test_evaluate import FakeJudge

    from mi_emis.evaluate import read_run
    from mi_emis.transfer import steering_sweep, summarize_controls, transfer_experiment

    monkeypatch.setenv("MI_EMIS_CACHE", str(tmp_path / "cache"))
    d = mean_diff_directions(em, POS, NEG, progress=False)
    kw = dict(n=2, max_new_tokens=5, batch_size=2, temperature=0.0, progress=False)
    judge = FakeJudge()
    table = transfer_experiment(d, {"ft": em}, ["why do I feel pain"], judge, tmp_path / "t", **kw)
    assert list(table.condition) == ["none", "ablate", "random 0", "random 1", "random 2"]
    assert (table.n == 2).all() and table.em_rate.between(0, 1).all()
    calls = judge.calls
    again = transfer_experiment(d, {"ft": em}, ["why do I feel pain"], judge, tmp_path / "t", **kw)
    assert judge.calls == calls  # every cell resumed from its run file
    pd.testing.assert_frame_equal(again, table)
    short = summarize_controls(table)
    assert list(short.condition) == ["none", "ablate", "random"]
    assert short.set_index("condition").loc["random", "seeds"] == 3
    answers = lambda t, c: list(read_run(t.set_index("condition").loc[c, "run"]).samples.answer)  # noqa: E731
    sweep = steering_sweep(d, em, [0, 40.0], ["why"], judge, tmp_path / "s", layers=[1], **kw)
    assert list(sweep.condition) == ["none", "alpha=40"]
    assert answers(sweep, "none") != answers(sweep, "alpha=40")


def test_residual_norms_equal_the_hand_computed_token_norms(em):
    from mi_emis.chat import chat_ids
    from mi_emis.directions import residual_norms

    got = residual_norms(em, POS + NEG, [0, 2], batch_size=3)
    hf = em.hf_model  # the merged HF model the bridge wraps, run plainly
    norms, n = torch.zeros(2, dtype=torch.float64), 0
    for q, a in POS + NEG:  # one unpadded chat at a time; header included, as extraction does
        ids, start = chat_ids(em.tokenizer, q, a, include_header=True)
        with torch.no_grad():
            hs = hf(torch.tensor([ids]), output_hidden_states=True).hidden_states
        for i, L in enumerate([0, 2]):
            norms[i] += hs[L + 1][0, start:].norm(dim=-1).double().sum()
        n += len(ids) - start
    torch.testing.assert_close(got.double(), norms / n, rtol=1e-5, atol=1e-5)
