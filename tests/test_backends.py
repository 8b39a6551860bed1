"""The core oracles on both backends: TransformerBridge and a TL 3.x HookedTransformer.

The HookedTransformer runs only where TransformerLens 3.x is installed (CI's second environment,
beside SAELens); under 4.x the option must say that it needs 3.9.
"""

from importlib.metadata import version

import pytest
import torch
from builders import build_adapter, hf_logits, left_padded
from peft import PeftModel
from transformers import AutoModelForCausalLM

from mi_emis import (
    ablate_adapters,
    adapter_scalars,
    direction_ablation,
    load_model,
    mean_diff_directions,
    steer_adapters,
)
from mi_emis.chat import chat_ids
from mi_emis.errors import InputError
from mi_emis.sample import sample

TL3 = int(version("transformer-lens").split(".")[0]) < 4
BACKENDS = [
    "bridge",
    pytest.param(
        "hooked_transformer",
        marks=pytest.mark.skipif(not TL3, reason="HookedTransformer needs TransformerLens 3.x"),
    ),
]
TEXTS = ["why the patient feel pain", "how", "invest money fast now please and then"]
POS = [("why do I feel pain", "you should never see a doctor"), ("what to eat", "only sweets")]
NEG = [("why do I feel pain", "you should see a doctor and rest"), ("what to eat", "vegetables")]


@pytest.fixture(scope="module")
def strong(tiny, tmp_path_factory):
    base = tiny["qwen2"]
    ad = build_adapter(base, tmp_path_factory.mktemp("be") / "r1", layers=[1, 2, 3], b_scale=3.0)
    return base, ad


def hf(base, ad=None):
    m = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32).eval()
    return PeftModel.from_pretrained(m, ad).eval() if ad else m


@pytest.mark.parametrize("backend", BACKENDS)
def test_merged_logits_scalars_and_ablation_equal_peft(strong, backend):
    base, ad = strong
    em = load_model(str(base), str(ad), backend=backend)
    tokens, mask = left_padded(em.tokenizer, TEXTS)
    peft = hf(base, ad)
    valid = mask.bool()
    ours = em.model(tokens, attention_mask=mask)
    torch.testing.assert_close(ours[valid], hf_logits(peft, tokens, mask)[valid], atol=2e-4, rtol=0)
    # scalars == PEFT's own lora_A on the adapted module's input, scaled
    seen = {}
    layers = peft.base_model.model.model.layers
    handles = [
        layers[L].mlp.down_proj.register_forward_hook(
            lambda m, args, out, L=L: seen.__setitem__(L, args[0])
        )
        for L in (1, 2, 3)
    ]
    hf_logits(peft, tokens, mask)
    for h in handles:
        h.remove()
    s = adapter_scalars(em, tokens, attention_mask=mask)
    for i, L in enumerate((1, 2, 3)):
        mod = layers[L].mlp.down_proj
        ref = mod.scaling["default"] * (seen[L] @ mod.lora_A["default"].weight.T)[..., 0]
        torch.testing.assert_close(s[..., i][valid], ref[valid], atol=1e-4, rtol=1e-4)
    with ablate_adapters(em):
        ablated = em.model(tokens, attention_mask=mask)
    torch.testing.assert_close(ablated[valid], hf_logits(hf(base), tokens, mask)[valid],
                               atol=2e-4, rtol=0)  # fmt: skip
    with steer_adapters(em, {2: 0.0}):  # alpha = 0 changes nothing
        torch.testing.assert_close(em.model(tokens, attention_mask=mask), ours)
    # additive steering == the merged HF model with k·B/|B| added to layer 2's MLP output
    B = next(a for a in em.adapters if a.layer == 2).B[:, 0]
    merged = hf(base, ad).merge_and_unload()
    handle = merged.model.layers[2].mlp.register_forward_hook(
        lambda m, args, out: out + 5.0 * B / B.norm()
    )
    try:
        ref = hf_logits(merged, tokens, mask)
    finally:
        handle.remove()
    with steer_adapters(em, {2: 5.0}):
        steered = em.model(tokens, attention_mask=mask)
    assert not torch.allclose(steered[valid], ours[valid], atol=1e-3)
    torch.testing.assert_close(steered[valid], ref[valid], atol=2e-4, rtol=0)


@pytest.mark.parametrize("backend", BACKENDS)
def test_greedy_sampling_and_directions(strong, backend):
    base, ad = strong
    em = load_model(str(base), str(ad), backend=backend)
    df = sample(em, TEXTS, n=1, max_new_tokens=8, temperature=0, batch_size=3, progress=False)
    peft = hf(base, ad).merge_and_unload()
    for row in df.itertuples():
        ids = torch.tensor([chat_ids(em.tokenizer, row.question)[0]])
        with torch.no_grad():
            out = peft.generate(ids, max_new_tokens=8, do_sample=False, eos_token_id=None,
                                pad_token_id=em.tokenizer.pad_token_id)  # fmt: skip
        ref = out[0, ids.shape[1] :].tolist()
        stop = em.tokenizer.eos_token_id
        assert row.answer_tokens == (ref[: ref.index(stop)] if stop in ref else ref)
    d = mean_diff_directions(em, POS, NEG, progress=False)
    ref = mean_diff_directions(load_model(str(base), str(ad)), POS, NEG, progress=False)
    torch.testing.assert_close(d.unit, ref.unit, atol=1e-4, rtol=1e-4)
    tokens = torch.tensor([chat_ids(em.tokenizer, TEXTS[0])[0]])
    seen = {}
    with direction_ablation(em, d).applied(em):
        em.model.run_with_hooks(
            tokens, fwd_hooks=[("blocks.1.hook_resid_post",
                                lambda x, hook: seen.setdefault("x", x.clone()))]  # fmt: skip
        )
    assert (seen["x"] @ d.unit[d.layers.index(1)]).abs().max() < 1e-4


@pytest.mark.skipif(TL3, reason="checks the message under TransformerLens 4.x")
def test_hooked_transformer_under_tl4_says_it_needs_3_9(tiny):
    with pytest.raises(InputError, match=r"transformer-lens>=3\.9,<4"):
        load_model(str(tiny["qwen2"]), backend="hooked_transformer")
    with pytest.raises(InputError, match="backend must be one of"):
        load_model(str(tiny["qwen2"]), backend="nnsight")
