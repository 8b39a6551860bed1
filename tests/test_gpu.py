"""The core oracles on CUDA in bfloat16, and device_map loading. Marked ``gpu``: they run where a
CUDA device is present (``pytest -m gpu``) and are skipped elsewhere. The device_map path itself
is also checked on the CPU (``test_device_map_on_cpu_equals_the_plain_load``)."""

import pytest
import torch
from builders import build_adapter, hf_logits, left_padded
from peft import PeftModel
from transformers import AutoModelForCausalLM

from mi_emis import ablate_adapters, adapter_scalars, load_model
from mi_emis.errors import InputError
from mi_emis.sample import sample

TEXTS = ["why the patient feel pain", "how", "invest money fast now please and then"]
CUDA = pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device")


@pytest.fixture(scope="module")
def strong(tiny, tmp_path_factory):
    base = tiny["qwen2"]
    ad = build_adapter(base, tmp_path_factory.mktemp("gpu") / "r1", layers=[1, 2, 3], b_scale=3.0)
    return base, ad


def test_device_map_on_cpu_equals_the_plain_load(strong, tiny):
    base, ad = strong
    a = load_model(str(base), str(ad))
    b = load_model(str(base), str(ad), device_map={"": "cpu"})
    tokens, mask = left_padded(a.tokenizer, TEXTS)
    torch.testing.assert_close(
        b.model(tokens, attention_mask=mask), a.model(tokens, attention_mask=mask)
    )
    hf = AutoModelForCausalLM.from_pretrained(base)
    with pytest.raises(InputError, match="in-memory"):
        load_model(hf, tokenizer=a.tokenizer, device_map="auto")


@pytest.mark.gpu
@CUDA
@pytest.mark.parametrize("how", ["device", "device_map"])
def test_cuda_bf16_merged_logits_scalars_ablation_and_sampling(strong, how):
    base, ad = strong
    kw = {"device": "cuda"} if how == "device" else {"device_map": "auto"}
    em = load_model(str(base), str(ad), dtype=torch.bfloat16, **kw)
    assert next(em.model.parameters()).device.type == "cuda"
    tokens, mask = left_padded(em.tokenizer, TEXTS)
    tokens, mask = tokens.cuda(), mask.cuda()
    valid = mask.bool()
    peft = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32)
    peft = PeftModel.from_pretrained(peft, ad).merge_and_unload().to("cuda", torch.bfloat16)
    ours = em.model(tokens, attention_mask=mask).float()
    ref = hf_logits(peft, tokens, mask).float()
    torch.testing.assert_close(ours[valid], ref[valid], atol=5e-2, rtol=5e-2)
    s = adapter_scalars(em, tokens, attention_mask=mask)
    assert s.device.type == "cuda" and torch.isfinite(s).all()
    with ablate_adapters(em):
        ablated = em.model(tokens, attention_mask=mask).float()
    base_hf = AutoModelForCausalLM.from_pretrained(base, dtype=torch.bfloat16).cuda()
    torch.testing.assert_close(ablated[valid], hf_logits(base_hf, tokens, mask).float()[valid],
                               atol=5e-2, rtol=5e-2)  # fmt: skip
    df = sample(em, TEXTS, n=2, max_new_tokens=8, temperature=0, batch_size=6, progress=False)
    assert len(df) == 6 and df.n_tokens.gt(0).all()
