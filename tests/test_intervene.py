"""Interventions as values: identity, serialisation, runs that record them, and sampling under
every kind equal to a plain HF model with an equivalent torch hook."""

import json
import threading

import pytest
import torch
from builders import build_adapter
from peft import PeftModel
from transformers import AutoModelForCausalLM

from mi_emis import (
    Direction,
    Intervention,
    adapter_ablation,
    adapter_steering,
    direction_ablation,
    direction_steering,
    load_model,
    steer_adapters,
)
from mi_emis.backend import foreign_hooks, generation_path
from mi_emis.chat import chat_ids, left_pad, pad_id
from mi_emis.errors import InputError
from mi_emis.evaluate import Appender, evaluate, read_run
from mi_emis.intervene import NONE, active, vector_op
from mi_emis.sample import sample

QS = ["why the patient feel pain", "how", "invest money fast now please"]
KW = dict(n=1, max_new_tokens=8, temperature=0, batch_size=3, progress=False)


@pytest.fixture(scope="module")
def world(tiny, tmp_path_factory):
    """A tiny Qwen2 base, a strong rank-1 adapter on layers 1-3, the merged model, a direction."""
    base = tiny["qwen2"]
    ad = build_adapter(base, tmp_path_factory.mktemp("iv") / "r1", layers=[1, 2, 3], b_scale=3.0)
    em = load_model(str(base), str(ad))
    g = torch.Generator().manual_seed(7)
    d_model = em.model.cfg.d_model
    unit = torch.randn(2, d_model, generator=g)
    unit = unit / unit.norm(dim=-1, keepdim=True)
    d = Direction(unit=unit, norm=torch.ones(2), layers=(1, 2), resid_norm=torch.ones(2) * 4)
    return base, ad, em, d


def hf_model(base, ad=None):
    m = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32).eval()
    return PeftModel.from_pretrained(m, ad).merge_and_unload().eval() if ad else m


def hf_greedy(model, tok, hooks):
    """Greedy tokens of a plain HF model with torch forward hooks ``[(module, fn)]``."""
    prompts = [chat_ids(tok, q)[0] for q in QS]
    ids, mask = left_pad(prompts, pad_id(tok))
    handles = [m.register_forward_hook(fn) for m, fn in hooks]
    try:
        with torch.no_grad():
            out = model.generate(ids, attention_mask=mask, max_new_tokens=KW["max_new_tokens"],
                                 do_sample=False, eos_token_id=None, pad_token_id=pad_id(tok))  # fmt: skip
    finally:
        for h in handles:
            h.remove()
    stop = tok.eos_token_id
    rows = out[:, ids.shape[1] :].tolist()
    return [r[: r.index(stop)] if stop in r else r for r in rows]


def out_hook(fn):
    """A torch forward hook applying ``fn`` to a module's output (tensor or first of a tuple)."""

    def hook(module, args, output):
        if isinstance(output, tuple):
            return (fn(output[0]), *output[1:])
        return fn(output)

    return hook


def test_spec_identity_digest_and_serialisation(world, tmp_path):
    _, _, em, d = world
    a = adapter_steering(em, {1: 2.0, 3: -1.0})
    assert a == adapter_steering(em, {"L1.down_proj": 2.0, 3: -1.0}) and hash(a) == hash(
        adapter_steering(em, {1: 2.0, 3: -1.0})
    )
    assert a != adapter_steering(em, {1: 2.5, 3: -1.0})
    assert direction_ablation(em, d) != direction_ablation(em, d.random_like(0))
    both = a + direction_ablation(em, d)
    assert len(both) == 4 and len({a, both, NONE}) == 3 and not NONE and NONE.digest == "none"
    loaded = Intervention.load(both.save(tmp_path / "spec.safetensors"))
    assert loaded == both and loaded.digest == both.digest
    json.dumps(both.describe())  # serialisable as JSON (tensors by sha256)
    tokens = torch.tensor([chat_ids(em.tokenizer, QS[0])[0]])
    with both.applied(em):
        x = em.model(tokens)
    with loaded.applied(em):
        assert torch.equal(em.model(tokens), x)
    with pytest.raises(InputError, match="finite"):
        adapter_steering(em, {1: float("nan")})


def test_context_managers_are_the_spec_applied_and_listed_while_active(world):
    _, _, em, _ = world
    tokens = torch.tensor([chat_ids(em.tokenizer, QS[2])[0]])
    spec = adapter_steering(em, {2: 3.0})
    with spec.applied(em):
        ref = em.model(tokens)
        assert active(em) == spec and foreign_hooks(em) == []
    with steer_adapters(em, {2: 3.0}):
        assert torch.equal(em.model(tokens), ref) and active(em) == spec
    assert active(em) == NONE
    with em.model.hooks(fwd_hooks=[("blocks.1.hook_resid_post", lambda x, hook: x)]):
        (stray,) = foreign_hooks(em)
        assert em.model.get_submodule(stray) is em.model.hook_dict["blocks.1.hook_resid_post"]


KINDS = ["adapter add", "adapter ablate", "adapter scale 2", "direction add", "direction ablate"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_samples_like_plain_hf_with_an_equivalent_torch_hook(world, kind):
    base, ad, em, d = world
    hf = hf_model(base, ad)
    layers = hf.model.layers
    if kind == "adapter add":
        spec = adapter_steering(em, {2: 6.0})
        B = next(a for a in em.adapters if a.layer == 2).B[:, 0]
        hooks = [(layers[2].mlp, out_hook(lambda x: x + 6.0 * B / B.norm()))]
    elif kind == "adapter ablate":
        spec, hf, hooks = adapter_ablation(em), hf_model(base), []  # the base model itself
    elif kind == "adapter scale 2":  # the contribution doubled: merged + s·B once more
        a = next(a for a in em.adapters if a.layer == 1)
        spec = adapter_steering(em, {1: 2.0}, mode="scale")
        sink = {}
        hooks = [(layers[1].mlp.down_proj, lambda m, args, out: sink.update(h=args[0]))]
        hooks.append((layers[1].mlp, out_hook(lambda x: x + a.scaling * sink["h"] @ a.A.T @ a.B.T)))
    elif kind == "direction add":
        u = d.unit[1]
        spec = direction_steering(em, d, 5.0, layers=[2])
        hooks = [(layers[2], out_hook(lambda x: x + 5.0 * u))]
    else:
        spec = direction_ablation(em, d)
        hooks = [(layers[L], out_hook(lambda x, u=d.unit[i]: x - (x @ u)[..., None] * u))
                 for i, L in enumerate(d.layers)]  # fmt: skip
    with spec.applied(em):
        assert generation_path(em.model) == "fast"  # every kind runs as plain torch hooks
    got = sample(em, QS, intervention=spec, **KW)
    assert got.attrs["intervention"] == spec.digest
    ref = hf_greedy(hf, em.tokenizer, hooks)
    assert got.answer_tokens.tolist() == ref
    plain = sample(em, QS, **KW).answer_tokens.tolist()
    assert plain != ref  # precondition: the intervention changes greedy output


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MI_EMIS_CACHE", str(tmp_path / "cache"))


def test_runs_record_the_intervention_and_refuse_another_on_resume(world, tmp_path):
    _, _, em, d = world
    kw = {**KW, "n": 2, "temperature": 1.0, "batch_size": 2}
    spec = adapter_steering(em, {1: 2.0}) + direction_ablation(em, d)
    a = evaluate(em, QS, None, tmp_path / "a.jsonl", intervention=spec, **kw)
    assert a.config["intervention"] == spec.digest and a.config["intervention_ops"] == spec.describe()
    with spec.applied(em):  # the same intervention applied around the call: the same file
        b = evaluate(em, QS, None, tmp_path / "b.jsonl", **kw)
    assert b.path.read_bytes() == a.path.read_bytes()
    evaluate(em, QS, None, tmp_path / "a.jsonl", intervention=spec, **kw)  # resume: fine
    other = adapter_steering(em, {1: 3.0}) + direction_ablation(em, d)
    with pytest.raises(InputError, match=r"only in the file: add@blocks\.1\.hook_mlp_out coef=2 "
                       r".*only now: add@blocks\.1\.hook_mlp_out coef=3"):  # fmt: skip
        evaluate(em, QS, None, tmp_path / "a.jsonl", intervention=other, **kw)
    with pytest.raises(InputError, match="intervention: file"):
        evaluate(em, QS, None, tmp_path / "a.jsonl", **kw)
    with em.model.hooks(fwd_hooks=[("blocks.1.hook_resid_post", lambda x, hook: x * 2)]):
        with pytest.raises(InputError, match="no Intervention put there"):
            evaluate(em, QS, None, tmp_path / "c.jsonl", **kw)
    handle = em.model.blocks[2].mlp.register_forward_pre_hook(lambda m, args: None)
    try:  # a plain torch hook, not a TL one: refused too
        with pytest.raises(InputError, match=r"no Intervention put there"):
            evaluate(em, QS, None, tmp_path / "c.jsonl", **kw)
    finally:
        handle.remove()


def test_readers_never_write_while_a_writer_appends(tmp_path):
    path = tmp_path / "run.jsonl"
    with Appender(path) as app:
        app.write([{"kind": "config", "version": 1, "model": "m"}])
    stop = threading.Event()
    seen, errors = [], []

    def reader():
        while not stop.is_set():
            try:
                before = path.stat().st_size
                seen.append(len(read_run(path).samples))
                assert path.stat().st_size >= before  # never cut by a reader
            except Exception as e:  # a thread cannot fail the test: re-raised below
                errors.append(e)

    row = {"kind": "sample", "batch": 0, "question_id": "q", "answer": "x" * 5000}
    t = threading.Thread(target=reader)
    t.start()
    try:
        for i in range(200):
            with Appender(path) as app:
                app.write([{**row, "sample_index": i}])
    finally:
        stop.set()
        t.join()
    if errors:
        raise errors[0]
    assert seen and seen == sorted(seen)
    assert len(read_run(path).samples) == 200
    # a kill mid-write leaves a torn tail: readers ignore it and leave it, the appender cuts it
    text = path.read_text()
    path.write_text(text + '{"kind": "sample", "batch": 0, "quest')
    torn = path.read_bytes()
    assert len(read_run(path).samples) == 200 and path.read_bytes() == torn
    with Appender(path) as app:
        app.write([{**row, "sample_index": 200}])
    assert path.read_text() == text + json.dumps({**row, "sample_index": 200}) + "\n"


@pytest.mark.parametrize("where", ["pre-hook on a decoder layer", "hook on an MLP bridge"])
def test_user_torch_hooks_fire_at_every_step_of_sampling(world, where):
    """Hooks registered some other way than an Intervention are never silently dropped: they
    act at every step, exactly like the equivalent intervention."""
    _, _, em, d = world
    u = d.unit[0]
    calls = []
    plain = sample(em, QS, **KW).answer_tokens.tolist()
    if where.startswith("pre-hook"):
        same = Intervention((vector_op("blocks.1.hook_resid_pre", "add", u, 20.0),))

        def fn(m, args, kwargs):
            calls.append(1)
            x = args[0] if args else kwargs["hidden_states"]
            x = x + 20.0 * u
            return ((x, *args[1:]), kwargs) if args else (args, {**kwargs, "hidden_states": x})

        handle = em.model.blocks[1].register_forward_pre_hook(fn, with_kwargs=True)
    else:
        same = Intervention((vector_op("blocks.1.hook_mlp_out", "add", u, 20.0),))

        def fn(m, args, out):
            calls.append(1)
            return out + 20.0 * u

        handle = em.model.blocks[1].mlp.register_forward_hook(fn)
    try:
        assert generation_path(em.model) == "bridge"
        got = sample(em, QS, **KW).answer_tokens.tolist()
    finally:
        handle.remove()
    assert len(calls) >= KW["max_new_tokens"]  # the prompt's forward and one per new token
    assert got != plain and got == sample(em, QS, intervention=same, **KW).answer_tokens.tolist()
    assert generation_path(em.model) == "fast"
