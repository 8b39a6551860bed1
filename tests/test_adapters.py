"""Adapter scalars and adapter hooks, each against an independent oracle (PEFT, HF, formulas)."""

import pytest
import torch
from builders import hf_logits, left_padded
from peft import PeftModel
from safetensors.torch import load_file, save_file
from transformers import AutoModelForCausalLM

from mi_emis import (
    ablate_adapters,
    adapter_hidden,
    adapter_scalars,
    chat_batch,
    load_model,
    steer_adapters,
)

TEXTS = ["the patient should take two pills every day", "why", "how I feel pain in my head"]
TOL = 1e-4


@pytest.fixture(scope="module", params=["qwen2", "llama"])
def setup(request, tiny):
    arch = request.param
    em = load_model(str(tiny[arch]), str(tiny[f"{arch}/r1"]))
    tokens, mask = left_padded(em.tokenizer, TEXTS)
    return arch, em, tokens, mask


def peft_with(base, adapter, zero_layers=(), b_factor=None, tmp=None):
    """PEFT model of ``adapter``, with some adapters' B zeroed or scaled (edited on disk)."""
    if zero_layers or b_factor:
        sd = load_file(str(adapter / "adapter_model.safetensors"))
        for k in sd:
            L = int(k.split("layers.")[1].split(".")[0])
            if "lora_B" in k and L in zero_layers:
                sd[k] = torch.zeros_like(sd[k])
            if "lora_B" in k and b_factor and L in b_factor:
                sd[k] = sd[k] * b_factor[L]
        (tmp / "adapter_config.json").write_text((adapter / "adapter_config.json").read_text())
        save_file(sd, str(tmp / "adapter_model.safetensors"))
        adapter = tmp
    m = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32)
    return PeftModel.from_pretrained(m, adapter).eval()


def test_scalars_equal_peft_lora_A_output(setup, tiny):
    arch, em, tokens, mask = setup
    peft = peft_with(tiny[arch], tiny[f"{arch}/r1"])
    seen, handles = {}, []
    for name, mod in peft.named_modules():
        if name.endswith("lora_A.default"):
            parent = peft.get_submodule(name.rsplit(".lora_A", 1)[0])
            layer = int(name.split("layers.")[1].split(".")[0])

            def fn(m, i, o, layer=layer, s=parent.scaling["default"]):
                seen[layer] = o[..., 0] * s

            handles.append(mod.register_forward_hook(fn))
    hf_logits(peft, tokens, mask)
    ours = adapter_scalars(em, tokens, attention_mask=mask)
    assert ours.shape == (3, tokens.shape[1], 3)
    m = mask.bool()
    for i, a in enumerate(em.adapters):
        assert seen[a.layer][m].abs().max() > 0.1
        assert (ours[:, :, i] - seen[a.layer])[m].abs().max() <= TOL
    assert (ours[~m] == 0).all()
    nw = adapter_scalars(em, tokens, attention_mask=mask, norm_weighted=True)
    norms = torch.stack([a.B.norm() for a in em.adapters])
    torch.testing.assert_close(nw, ours * norms)
    hid = adapter_hidden(em, tokens, attention_mask=mask)
    assert torch.equal(hid[..., 0], ours)


def test_scalars_batched_equal_one_by_one(setup):
    _, em, tokens, mask = setup
    batched = adapter_scalars(em, tokens, attention_mask=mask)
    for b, text in enumerate(TEXTS):
        one = adapter_scalars(em, left_padded(em.tokenizer, [text])[0])
        n = one.shape[1]
        assert (batched[b, -n:] - one[0]).abs().max() <= TOL


def test_scalars_from_text_no_double_bos(setup):
    _, em, _, _ = setup
    batch = chat_batch(em.tokenizer, ["how do I sleep"], ["rest and water"])
    text = em.tokenizer.decode(batch.tokens[0])
    s_ids = adapter_scalars(em, batch.tokens, attention_mask=batch.attention_mask)
    s_txt = adapter_scalars(em, text)
    assert s_txt.shape == s_ids.shape
    torch.testing.assert_close(s_txt, s_ids)


def test_scalars_stop_after_last_adapter_layer(setup):
    _, em, tokens, mask = setup
    fired = []
    em.model.add_hook("blocks.3.hook_mlp_out", lambda a, hook: fired.append("mlp3"))
    em.model.add_hook("ln_final.hook_normalized", lambda a, hook: fired.append("final"))
    try:
        adapter_scalars(em, tokens, attention_mask=mask, adapters=[1, 2])
        assert fired == []
        adapter_scalars(
            em, tokens, attention_mask=mask
        )  # layer 3's hook_post fires, its output not
        assert fired == []
        em.model(tokens, attention_mask=mask)
        assert fired == ["mlp3", "final"]
    finally:
        em.model.reset_hooks(including_permanent=True)


def test_ablate_all_equals_base(setup, tiny):
    arch, em, tokens, mask = setup
    base = AutoModelForCausalLM.from_pretrained(tiny[arch], dtype=torch.float32).eval()
    ref = hf_logits(base, tokens, mask)
    m = mask.bool()
    with ablate_adapters(em):
        out = em.model(tokens, attention_mask=mask)
    plain = em.model(tokens, attention_mask=mask)
    assert (plain - ref)[m].abs().max() > 1e-2
    assert (out - ref)[m].abs().max() <= TOL


@pytest.mark.parametrize("subset", [[2], [1, 3]])
def test_ablate_subset_equals_peft_with_zero_B(setup, tiny, tmp_path, subset):
    arch, em, tokens, mask = setup
    ref = hf_logits(
        peft_with(tiny[arch], tiny[f"{arch}/r1"], zero_layers=subset, tmp=tmp_path), tokens, mask
    )
    with ablate_adapters(em, subset):
        out = em.model(tokens, attention_mask=mask)
    assert (out - ref)[mask.bool()].abs().max() <= TOL


def test_scale_mode_equals_peft_with_scaled_B(setup, tiny, tmp_path):
    arch, em, tokens, mask = setup
    ref = hf_logits(
        peft_with(tiny[arch], tiny[f"{arch}/r1"], b_factor={2: 2.5, 3: -1.0}, tmp=tmp_path),
        tokens,
        mask,
    )
    with steer_adapters(em, {2: 2.5, 3: -1.0}, mode="scale"):
        out = em.model(tokens, attention_mask=mask)
    assert (out - ref)[mask.bool()].abs().max() <= TOL


def test_steer_zero_changes_nothing(setup):
    _, em, tokens, mask = setup
    plain = em.model(tokens, attention_mask=mask)
    with steer_adapters(em, {1: 0.0, 2: 0.0}):
        zero = em.model(tokens, attention_mask=mask)
    with steer_adapters(em, {1: 1.0}, mode="scale"):
        one = em.model(tokens, attention_mask=mask)
    assert torch.equal(zero, plain)
    assert (one - plain)[mask.bool()].abs().max() <= 1e-5


def test_additive_steer_equals_hf_hook(setup, tiny):
    """k·B/|B| added to down_proj's output, by a plain torch hook on the PEFT model."""
    arch, em, tokens, mask = setup
    k, a = 3.0, em.adapters[1]
    peft = peft_with(tiny[arch], tiny[f"{arch}/r1"])
    unit = a.B[:, 0] / a.B[:, 0].norm()
    down = peft.base_model.model.model.layers[a.layer].mlp.down_proj
    h = down.register_forward_hook(lambda m, i, o: o + k * unit)
    ref = hf_logits(peft, tokens, mask)
    h.remove()
    with steer_adapters(em, {a.layer: k}):
        out = em.model(tokens, attention_mask=mask)
    plain = em.model(tokens, attention_mask=mask)
    m = mask.bool()
    assert (out - plain)[m].abs().max() > 1e-2
    assert (out - ref)[m].abs().max() <= TOL


def test_hooks_apply_during_generate_and_are_removed(setup, tiny):
    """Ablating all adapters during generate gives the base model's greedy text."""
    arch, em, _, _ = setup
    ids = torch.tensor([em.tokenizer("the patient should", add_special_tokens=False)["input_ids"]])
    base = AutoModelForCausalLM.from_pretrained(tiny[arch], dtype=torch.float32).eval()
    ref = base.generate(ids, max_new_tokens=16, min_new_tokens=16, do_sample=False, pad_token_id=0)
    with ablate_adapters(em):
        ours = em.model.generate(
            ids, max_new_tokens=16, do_sample=False, stop_at_eos=False, verbose=False
        )
    assert ours[0].tolist() == ref[0].tolist()
    plain = em.model.generate(
        ids, max_new_tokens=16, do_sample=False, stop_at_eos=False, verbose=False
    )
    assert plain[0].tolist() != ref[0].tolist(), "hooks must be gone after the with block"


def test_o_proj_adapter_hidden_and_ablation(tiny):
    em = load_model(str(tiny["qwen2"]), str(tiny["qwen2/o"]))
    tokens, mask = left_padded(em.tokenizer, TEXTS)
    (a,) = em.adapters
    assert a.module == "self_attn.o_proj" and a.hook_in == "blocks.1.attn.hook_z"
    peft = peft_with(tiny["qwen2"], tiny["qwen2/o"])
    seen = {}
    lora_A = peft.base_model.model.model.layers[1].self_attn.o_proj.lora_A["default"]
    lora_A.register_forward_hook(lambda m, i, o: seen.setdefault("z", o * a.scaling))
    hf_logits(peft, tokens, mask)
    z = adapter_hidden(em, tokens, attention_mask=mask)
    m = mask.bool()
    assert (z[:, :, 0] - seen["z"])[m].abs().max() <= TOL
    base = hf_logits(AutoModelForCausalLM.from_pretrained(tiny["qwen2"]).eval(), tokens, mask)
    with ablate_adapters(em):
        out = em.model(tokens, attention_mask=mask)
    assert (out - base)[m].abs().max() <= TOL


def test_rank4_hidden_equals_formula(tiny):
    """Rank-r hidden states on down_proj equal scaling·(A@h) with h from run_with_cache."""
    em = load_model(str(tiny["qwen2"]), str(tiny["qwen2/r4all"]))
    tokens, mask = left_padded(em.tokenizer, TEXTS)
    z = adapter_hidden(em, tokens, attention_mask=mask)  # default: down_proj + o_proj adapters
    recs = [a for a in em.adapters if a.module in ("mlp.down_proj", "self_attn.o_proj")]
    assert z.shape == (3, tokens.shape[1], len(recs), 4)
    _, cache = em.model.run_with_cache(tokens, attention_mask=mask)
    m = mask.bool()
    for i, a in enumerate(recs):
        h = cache[a.hook_in]
        h = h.flatten(-2) if h.ndim == 4 else h
        assert (z[:, :, i] - a.scaling * h @ a.A.T)[m].abs().max() <= TOL


def test_hooks_apply_inside_run_with_cache(setup, tiny):
    """Ablation is visible in run_with_cache: the cached mlp_out is the base model's."""
    arch, em, tokens, mask = setup
    base = AutoModelForCausalLM.from_pretrained(tiny[arch], dtype=torch.float32).eval()
    ref = hf_logits(base, tokens, mask)
    with ablate_adapters(em):
        logits, cache = em.model.run_with_cache(tokens, attention_mask=mask)
    m = mask.bool()
    assert (logits - ref)[m].abs().max() <= TOL
    _, plain = em.model.run_with_cache(tokens, attention_mask=mask)
    a = em.adapters[0]
    s = adapter_scalars(em, tokens, attention_mask=mask)[:, :, 0]
    diff = plain[a.hook_out] - cache[a.hook_out]  # = s * B at the first adapter's layer
    assert (diff - s[..., None] * a.B[:, 0])[m].abs().max() <= TOL
