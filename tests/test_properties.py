"""Property tests (hypothesis) of the hook maths and of the answer-mask and padding logic."""

import string

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from transformers import AutoTokenizer

from mi_emis import hooks as H
from mi_emis.chat import chat_batch, chat_ids

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
shapes = st.tuples(st.integers(1, 3), st.integers(1, 7), st.integers(2, 48))
seeds = st.integers(0, 2**31 - 1)


def _act(shape, seed, scale=1.0):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(shape, generator=g) * scale, g


@FAST
@given(shape=shapes, seed=seeds, scale=st.floats(1e-3, 1e3))
def test_project_out_removes_the_component_and_nothing_else(shape, seed, scale):
    x, g = _act(shape, seed, scale)
    u = torch.randn(shape[-1], generator=g)
    u = u / u.norm()
    y = H.project_out(u)(x.clone())
    assert (y @ u).abs().max() <= 1e-5 * max(1.0, x.abs().max().item())
    # what was removed is exactly the component along u
    torch.testing.assert_close(x - y, (x @ u)[..., None] * u, rtol=1e-5, atol=1e-5 * scale)
    # idempotent
    torch.testing.assert_close(H.project_out(u)(y.clone()), y, rtol=1e-5, atol=1e-5 * scale)


@FAST
@given(shape=shapes, seed=seeds, dtype=st.sampled_from([torch.float32, torch.bfloat16]))
def test_steering_by_zero_is_the_identity(shape, seed, dtype):
    x, g = _act(shape, seed)
    x = x.to(dtype)
    v = torch.randn(shape[-1], generator=g)
    assert torch.equal(H.add_vector(v, 0.0)(x.clone()), x)
    # scaling a LoRA contribution by 1 changes nothing
    sink = {0: torch.randn(*shape[:-1], 1, generator=g)}
    B = torch.randn(shape[-1], 1, generator=g)
    assert torch.equal(H.scale_lora(B, sink, 0, 1.0)(x.clone()), x)


@FAST
@given(shape=shapes, seed=seeds, alpha=st.floats(-50, 50))
def test_steering_adds_alpha_times_the_vector(shape, seed, alpha):
    x, g = _act(shape, seed)
    v = torch.randn(shape[-1], generator=g)
    torch.testing.assert_close(H.add_vector(v, alpha)(x.clone()) - x, (alpha * v).expand_as(x))


@pytest.fixture(scope="module")
def tok(tiny):
    return AutoTokenizer.from_pretrained(str(tiny["qwen2"]))


text = st.text(alphabet=string.ascii_letters + string.digits + " .,!?'-", min_size=1, max_size=60)
text = text.filter(lambda s: s.strip() == s and s)  # templates may strip outer whitespace


@FAST
@given(
    pairs=st.lists(st.tuples(text, text), min_size=1, max_size=4),
    system=st.none() | text,
    header=st.booleans(),
)
def test_answer_masks_match_the_template_boundaries(tok, pairs, system, header):
    users, answers = [u for u, _ in pairs], [a for _, a in pairs]
    batch = chat_batch(tok, users, answers, system=system, include_header=header)
    n = batch.tokens.shape[1]
    for b, (u, a) in enumerate(pairs):
        ids, start = chat_ids(tok, u, a, system=system, include_header=header)
        real = batch.attention_mask[b].bool()
        # left padding: the real tokens are the unpadded chat, at the right end
        assert real.sum() == len(ids) and real[n - len(ids) :].all()
        assert batch.tokens[b, real].tolist() == ids
        mask = batch.answer_mask[b]
        assert not mask[~real].any()  # no padding in the answer
        span = mask.nonzero().flatten()
        assert span.tolist() == list(range(n - len(ids) + start, n))  # contiguous, to the end
        # the masked tokens are the template's text after the generation prompt (or its header)
        prompt = tok.apply_chat_template(
            [*([{"role": "system", "content": system}] if system is not None else []),
             {"role": "user", "content": u}],
            tokenize=False, add_generation_prompt=True,
        )  # fmt: skip
        decoded = tok.decode(batch.tokens[b, mask], skip_special_tokens=False)
        after = decoded.split("assistant\n", 1)[1] if header else decoded
        assert after.startswith(a)
        before = tok.decode(batch.tokens[b, real & ~mask], skip_special_tokens=False)
        assert prompt.startswith(before) and (header or before == prompt)
