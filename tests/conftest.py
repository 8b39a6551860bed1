import os
import random

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

import numpy as np
import pytest
import torch
from builders import build_adapter, build_base

torch.set_num_threads(2)


@pytest.fixture(autouse=True)
def _seed():
    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)


@pytest.fixture(scope="session")
def tiny(tmp_path_factory):
    """Tiny random Qwen2 and Llama bases with saved PEFT adapters of several kinds."""
    root = tmp_path_factory.mktemp("tiny")
    out = {}
    for arch in ("qwen2", "llama"):
        base = build_base(root / arch, arch)
        out[arch] = base
        out[f"{arch}/r1"] = build_adapter(base, root / f"{arch}_r1", layers=[1, 2, 3], seed=1)
    out["qwen2/r4all"] = build_adapter(
        out["qwen2"],
        root / "qwen2_r4all",
        rank=4,
        rslora=True,
        alpha=16,
        layers=[0, 2],
        modules=("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"),
        seed=2,
    )
    out["qwen2/r1b"] = build_adapter(out["qwen2"], root / "qwen2_r1b", layers=[0, 2], seed=3)
    out["qwen2/o"] = build_adapter(
        out["qwen2"], root / "qwen2_o", modules=("o_proj",), layers=[1], seed=4
    )
    return out


@pytest.fixture(scope="session")
def smollm2_dir():
    """The embedded SmolLM2 folder (dequantised once into the user cache)."""
    from mi_emis.embedded import embedded_model_dir

    return embedded_model_dir()
