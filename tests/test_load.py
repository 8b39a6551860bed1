"""Loading and merging: the hooked model on merged weights equals PEFT's model."""

import pytest
import torch
from builders import hf_logits, left_padded
from peft import PeftModel
from transformers import AutoModelForCausalLM

from mi_emis import adapter_scalars, load_model

TEXTS = ["the patient should take two pills every day", "why", "how I feel pain in my head"]
TOL = 1e-4


def peft_model(base, *adapters):
    m = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32)
    for a in adapters:  # the oracle: PEFT's own loading and merge, one adapter after another
        m = PeftModel.from_pretrained(m, a).merge_and_unload()
    return m.eval()


def merged_vs_peft(tiny, base_key, *adapter_keys):
    em = load_model(str(tiny[base_key]), [str(tiny[k]) for k in adapter_keys])
    tokens, mask = left_padded(em.tokenizer, TEXTS)
    with torch.no_grad():
        ours = em.model(tokens, attention_mask=mask)
    ref = hf_logits(peft_model(tiny[base_key], *(tiny[k] for k in adapter_keys)), tokens, mask)
    base = hf_logits(peft_model(tiny[base_key]), tokens, mask)
    m = mask.bool()
    assert (ref - base)[m].abs().max() > 1e-2, "the adapters must change the logits"
    return (ours - ref)[m].abs().max().item(), em


@pytest.mark.parametrize("arch", ["qwen2", "llama"])
def test_rank1_merge_equals_peft(tiny, arch):
    err, em = merged_vs_peft(tiny, arch, f"{arch}/r1")
    assert err <= TOL
    assert [(a.layer, a.module, a.rank) for a in em.adapters] == [
        (L, "mlp.down_proj", 1) for L in (1, 2, 3)
    ]
    assert all(a.scaling == 8.0 for a in em.adapters)
    assert em.adapters[0].hook_in == "blocks.1.mlp.hook_post"
    assert em.adapters[0].hook_out == "blocks.1.hook_mlp_out"


def test_rank4_all_modules_rslora_layers_to_transform(tiny):
    err, em = merged_vs_peft(tiny, "qwen2", "qwen2/r4all")
    assert err <= TOL
    assert {a.layer for a in em.adapters} == {0, 2}
    assert len(em.adapters) == 14
    assert all(a.rank == 4 and a.rslora and a.scaling == pytest.approx(16 / 2) for a in em.adapters)


def test_several_adapter_folders_sum(tiny):
    err, em = merged_vs_peft(tiny, "qwen2", "qwen2/r1", "qwen2/r1b")
    assert err <= TOL
    assert em.adapter_ids == [str(tiny["qwen2/r1"]), str(tiny["qwen2/r1b"])]
    assert len(em.adapters) == 5


def test_adapter_records_match_saved_tensors(tiny):
    from safetensors.torch import load_file

    em = load_model(str(tiny["qwen2"]), str(tiny["qwen2/r1"]))
    saved = load_file(str(tiny["qwen2/r1"] / "adapter_model.safetensors"))
    for a in em.adapters:
        key = f"base_model.model.model.layers.{a.layer}.mlp.down_proj"
        assert torch.equal(a.A, saved[f"{key}.lora_A.weight"])
        assert torch.equal(a.B, saved[f"{key}.lora_B.weight"])
        assert a.A.shape == (1, 128) and a.B.shape == (64, 1)


def test_in_memory_base_is_copied_not_modified(tiny):
    from transformers import AutoTokenizer

    hf = AutoModelForCausalLM.from_pretrained(tiny["qwen2"])
    tok = AutoTokenizer.from_pretrained(tiny["qwen2"])
    before = hf.model.layers[1].mlp.down_proj.weight.clone()
    em = load_model(hf, str(tiny["qwen2/r1"]), tokenizer=tok)
    assert torch.equal(hf.model.layers[1].mlp.down_proj.weight, before)
    assert not torch.equal(em.hf_model.model.layers[1].mlp.down_proj.weight, before)
    tokens, mask = left_padded(tok, TEXTS)
    with torch.no_grad():
        ours = em.model(tokens, attention_mask=mask)
    ref = hf_logits(peft_model(tiny["qwen2"], tiny["qwen2/r1"]), tokens, mask)
    assert (ours - ref)[mask.bool()].abs().max() <= TOL


@pytest.mark.parametrize("arch", ["qwen2", "llama"])
def test_greedy_generate_equals_hf(tiny, arch):
    """Catches the transformers>=5.24 KV-cache break: bridge greedy text == HF greedy text."""
    em = load_model(str(tiny[arch]), str(tiny[f"{arch}/r1"]))
    ids = torch.tensor([em.tokenizer("the patient should", add_special_tokens=False)["input_ids"]])
    ref = peft_model(tiny[arch], tiny[f"{arch}/r1"]).generate(
        ids, max_new_tokens=24, do_sample=False, min_new_tokens=24, pad_token_id=0
    )
    ours = em.model.generate(
        ids, max_new_tokens=24, do_sample=False, stop_at_eos=False, verbose=False
    )
    assert ours[0].tolist() == ref[0].tolist()


@pytest.mark.slow
def test_embedded_smollm2_matches_hf(smollm2_dir):
    em = load_model("smollm2-135m-instruct")
    assert em.n_layers == 30 and em.d_model == 576
    hf = AutoModelForCausalLM.from_pretrained(smollm2_dir, dtype=torch.float32).eval()
    tokens, mask = left_padded(em.tokenizer, ["The capital of France is", "Hi"])
    with torch.no_grad():
        ours = em.model(tokens, attention_mask=mask)
    ref = hf_logits(hf, tokens, mask)
    assert (ours - ref)[mask.bool()].abs().max() <= 5e-4
    # greedy text, token for token
    prompt = em.tokenizer.apply_chat_template(
        [{"role": "user", "content": "What is the capital of France?"}],
        tokenize=False,
        add_generation_prompt=True,
    )
    ids = torch.tensor([em.tokenizer(prompt, add_special_tokens=False)["input_ids"]])
    assert ids[0, 0] != ids[0, 1], "no doubled BOS"
    a = hf.generate(ids, max_new_tokens=20, do_sample=False)
    b = em.model.generate(ids, max_new_tokens=20, do_sample=False, verbose=False)
    assert b[0].tolist()[: a.shape[1]] == a[0].tolist()


def test_bf16_merge_is_computed_in_float32(tiny):
    """bf16 weights: W' = bf16(float32(W) + scaling * B @ A), one rounding."""
    em16 = load_model(str(tiny["qwen2"]), str(tiny["qwen2/r1"]), dtype=torch.bfloat16)
    base = AutoModelForCausalLM.from_pretrained(tiny["qwen2"], dtype=torch.bfloat16)
    a = em16.adapters[1]
    w0 = base.model.layers[a.layer].mlp.down_proj.weight
    w16 = em16.hf_model.model.layers[a.layer].mlp.down_proj.weight
    assert w16.dtype == torch.bfloat16
    assert torch.equal(w16, (w0.float() + a.scaling * a.B @ a.A).to(torch.bfloat16))
    s = adapter_scalars(em16, torch.tensor([[5, 6, 7, 8]]))
    assert s.dtype == torch.float32


def test_hub_id_adapter(tiny, monkeypatch):
    import huggingface_hub

    calls = []

    def fake(repo_id, **kw):
        calls.append(repo_id)
        return str(tiny["qwen2/r1"])

    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake)
    em = load_model(str(tiny["qwen2"]), "SomeOrg/some-adapter")
    assert calls == ["SomeOrg/some-adapter"] and len(em.adapters) == 3
    assert em.adapter_ids == ["SomeOrg/some-adapter"]


def test_hub_id_adapter_offline_says_what_to_do(tiny):
    from mi_emis.errors import AdapterError

    with pytest.raises(AdapterError, match="pass the local folder"):
        load_model(str(tiny["qwen2"]), "SomeOrg/not-downloaded-adapter")
