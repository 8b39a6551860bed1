"""Sampling: greedy equals plain HF generate, batching and seeds, hooks active during sampling."""

import pytest
import torch
from builders import build_adapter
from transformers import AutoModelForCausalLM

from mi_emis import ablate_adapters, load_model, steer_adapters
from mi_emis.backend import cut_at_stop, decode
from mi_emis.chat import chat_ids, left_pad, pad_id
from mi_emis.errors import InputError
from mi_emis.questions import Question
from mi_emis.sample import answer_batch, plan_jobs, sample

QS = [
    "why the patient feel pain",
    "how",
    Question(id="money", paraphrases=("invest money fast", "what risk when we invest money")),
]


@pytest.fixture(scope="module")
def strong(tiny, tmp_path_factory):
    """A tiny Qwen2 base plus an adapter strong enough to change greedy continuations."""
    ad = build_adapter(
        tiny["qwen2"], tmp_path_factory.mktemp("strong") / "r1", layers=[1, 2, 3], b_scale=3.0
    )
    return tiny["qwen2"], ad


def hf_greedy(base_dir, tok, question, n_new):
    hf = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32).eval()
    ids = torch.tensor([chat_ids(tok, question)[0]])
    with torch.no_grad():
        out = hf.generate(
            ids,
            max_new_tokens=n_new,
            do_sample=False,
            eos_token_id=None,
            pad_token_id=tok.pad_token_id,
        )
    return out[0, ids.shape[1] :].tolist()


@pytest.mark.parametrize("arch", ["qwen2", "llama"])
def test_greedy_batched_left_padded_equals_plain_hf(tiny, arch):
    em = load_model(str(tiny[arch]))
    df = sample(em, QS, n=2, max_new_tokens=12, temperature=0, batch_size=4, progress=False)
    assert len(df) == 6 and df.question_id.tolist() == ["q0", "q0", "q1", "q1", "money", "money"]
    # sample 1 of "money" uses the second paraphrase
    assert df.question.tolist()[4:] == list(QS[2].paraphrases)
    for row in df.itertuples():
        ref = hf_greedy(tiny[arch], em.tokenizer, row.question, 12)
        stop = em.tokenizer.eos_token_id
        ref = ref[: ref.index(stop)] if stop in ref else ref
        assert row.answer_tokens == ref, row.question
        assert row.finish_reason == ("eos" if len(ref) < 12 else "length")


def test_seeded_sampling_is_reproducible_and_seed_matters(tiny):
    em = load_model(str(tiny["qwen2"]))
    kw = dict(n=3, max_new_tokens=10, batch_size=2, progress=False)
    a = sample(em, QS[:2], seed=5, **kw)
    b = sample(em, QS[:2], seed=5, **kw)
    c = sample(em, QS[:2], seed=6, **kw)
    assert a.answer_tokens.tolist() == b.answer_tokens.tolist()
    assert a.answer_tokens.tolist() != c.answer_tokens.tolist()
    # the caller's RNG stream is left as it was
    torch.manual_seed(0)
    x = torch.rand(1)
    torch.manual_seed(0)
    sample(em, QS[:1], seed=5, **kw)
    assert torch.equal(torch.rand(1), x)


def test_sampling_with_all_adapters_ablated_equals_base(strong):
    base, ad = strong
    kw = dict(n=1, max_new_tokens=10, temperature=0, batch_size=3, progress=False)
    ref = sample(load_model(str(base)), QS, **kw).answer_tokens.tolist()
    em = load_model(str(base), str(ad))
    tuned = sample(em, QS, **kw).answer_tokens.tolist()
    assert tuned != ref  # precondition: the adapter changes greedy output
    with ablate_adapters(em):
        assert sample(em, QS, **kw).answer_tokens.tolist() == ref
    with steer_adapters(em, {a.name: 0.0 for a in em.adapters}, mode="add"):
        assert sample(em, QS, **kw).answer_tokens.tolist() == tuned  # alpha 0 changes nothing
    with steer_adapters(em, {em.adapters[0].name: 8.0}, mode="add"):
        assert sample(em, QS, **kw).answer_tokens.tolist() != tuned


def test_answer_batch_masks_cover_the_answer(tiny):
    em = load_model(str(tiny["qwen2"]))
    df = sample(em, QS, n=1, max_new_tokens=8, temperature=0, progress=False)
    df = df[df.n_tokens > 0]
    cb = answer_batch(em.tokenizer, df)
    for b, row in enumerate(df.itertuples()):
        text = em.tokenizer.decode(cb.tokens[b][cb.answer_mask[b]], skip_special_tokens=True)
        assert text.strip() == row.answer


def test_cut_at_first_stop_token():
    assert cut_at_stop([5, 6, 2, 7, 2], {2}) == ([5, 6], "eos")
    assert cut_at_stop([5, 6], {2}) == ([5, 6], "length")
    assert cut_at_stop([2], {2, 9}) == ([], "eos")


def test_bad_settings_are_refused(tiny):
    em = load_model(str(tiny["qwen2"]))
    for kw in (
        dict(n=0),
        dict(top_p=0.0),
        dict(temperature=-1),
        dict(max_new_tokens=0),
        dict(batch_size=0),
    ):
        with pytest.raises(InputError):
            sample(em, QS, progress=False, **{"max_new_tokens": 4, **kw})
    with pytest.raises(InputError, match="Duplicate question ids"):
        plan_jobs([Question("a", ("x",)), Question("a", ("y",))], 1)


def test_plain_layers_swap_only_hook_free_blocks_and_restore(tiny):
    from mi_emis.backend import plain_layers

    em = load_model(str(tiny["qwen2"]))
    layers = em.hf_model.model.layers
    before = list(layers)
    seen = []
    with em.model.hooks(fwd_hooks=[("blocks.2.hook_resid_post", lambda x, hook: seen.append(1))]):
        with plain_layers(em.model):
            kinds = [type(m).__name__ for m in layers]
            em.hf_model(torch.tensor([[5, 6, 7]]))
    assert kinds[2] == "BlockBridge" and kinds.count("BlockBridge") == 1
    assert seen == [1]  # the hooked block still fires
    assert list(layers) == before  # restored
    # the plain layers share the bridge's weight tensors (no copy)
    plain = em.model._mi_emis_plain_layers
    assert plain[0].mlp.down_proj.weight.data_ptr() == before[0].mlp.down_proj.weight.data_ptr()


def test_temperature_and_top_p_are_applied(strong):
    """A tiny top_p keeps only the most likely token, so sampling at T = 1 gives the greedy text;
    with top_p = 1 the same seeds give other text, and a very high temperature more so."""
    em = load_model(str(strong[0]), str(strong[1]))
    kw = dict(n=3, max_new_tokens=12, seed=4, progress=False)
    greedy = sample(em, QS, temperature=0, **kw)["answer"].tolist()
    nucleus = sample(em, QS, temperature=1.0, top_p=1e-6, **kw)["answer"].tolist()
    assert nucleus == greedy
    free = sample(em, QS, temperature=1.0, **kw)["answer"].tolist()
    hot = sample(em, QS, temperature=50.0, **kw)["answer"].tolist()
    assert sum(a != b for a, b in zip(free, greedy, strict=True)) >= 3
    assert sum(a != b for a, b in zip(hot, greedy, strict=True)) == len(greedy)
    assert hot != free


def _left_padded(tok, questions):
    return left_pad([chat_ids(tok, q)[0] for q in questions], pad_id(tok))


@pytest.mark.parametrize("arch", ["qwen2", "llama"])
def test_finished_rows_leave_the_batch_and_the_others_are_unchanged(tiny, arch):
    """A row that draws a stop token is dropped from every later forward; every row's tokens
    equal plain HF generate's (greedy, left-padded, the same stop token)."""
    hf = AutoModelForCausalLM.from_pretrained(tiny[arch], dtype=torch.float32).eval()
    tok = load_model(str(tiny[arch])).tokenizer
    tokens, mask = _left_padded(tok, ["why the patient feel pain", "how", "invest money fast"])
    n_new, pad = 10, pad_id(tok)
    with torch.no_grad():
        free = hf.generate(tokens, attention_mask=mask, max_new_tokens=n_new, do_sample=False,
                           eos_token_id=None, pad_token_id=pad)[:, tokens.shape[1]:].tolist()  # fmt: skip
    def ends(stop):  # per row: the index of its first `stop` token, None if it never draws one
        return [f.index(stop) if stop in f else None for f in free]

    # a stop token that ends some rows before the last step and never appears in the others
    stop = next(t for f in free for t in f if None in ends(t) and min(e for e in ends(t) if e is not None) < n_new - 1)  # fmt: skip
    with torch.no_grad():
        ref = hf.generate(tokens, attention_mask=mask, max_new_tokens=n_new, do_sample=False,
                          eos_token_id=stop, pad_token_id=pad)[:, tokens.shape[1]:].tolist()  # fmt: skip
    ref = [r[: e + 1] if e is not None else r for r, e in zip(ref, ends(stop), strict=True)]
    sizes = []
    handle = hf.get_input_embeddings().register_forward_pre_hook(
        lambda m, args: sizes.append(args[0].shape[0])
    )
    try:
        with torch.no_grad():
            got = decode(hf, tokens, mask, max_new_tokens=n_new, temperature=0, top_p=1.0,
                         stops={stop})  # fmt: skip
    finally:
        handle.remove()
    assert got == ref
    # the prefill, then one forward per later step holding only the rows still going
    alive = [sum(e is None or e >= step for e in ends(stop)) for step in range(1, n_new)]
    assert sizes == [3, *alive] and min(sizes) < 3


def test_sampling_draws_what_hf_generate_draws(tiny):
    """With no row finished, temperature and top-p sampling consume the RNG as HF generate does."""
    hf = AutoModelForCausalLM.from_pretrained(tiny["qwen2"], dtype=torch.float32).eval()
    tok = load_model(str(tiny["qwen2"])).tokenizer
    tokens, mask = _left_padded(tok, ["why the patient feel pain", "how", "invest money fast"])
    with torch.no_grad():
        torch.manual_seed(11)
        ref = hf.generate(tokens, attention_mask=mask, max_new_tokens=12, do_sample=True,
                          temperature=0.8, top_p=0.9, top_k=0, eos_token_id=None,
                          pad_token_id=pad_id(tok))[:, tokens.shape[1]:].tolist()  # fmt: skip
        torch.manual_seed(11)
        got = decode(hf, tokens, mask, max_new_tokens=12, temperature=0.8, top_p=0.9, stops=set())
    assert got == ref
