"""Load a base chat model plus PEFT LoRA adapters, merge them in fp32, and serve a hooked model.

The merged model is served as a TransformerLens ``TransformerBridge`` in raw HF numerics (no weight
processing). Each adapter's A, B and scaling stay available as :class:`LoraAdapter` records, so
that its per-token hidden state can be read and its contribution steered or removed with hooks.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import torch
from jaxtyping import Float
from torch import Tensor

from mi_emis.errors import (
    AdapterError,
    AdapterMismatchError,
    InputError,
    PickleRefusedError,
    UnsupportedAdapterError,
)
from mi_emis.organisms import organism_dir, organism_names

log = logging.getLogger(__name__)

# HF module path inside a decoder layer -> (TL hook of the module's input, TL hook where its output
# lands). Only pairs checked against PEFT in the tests are listed; others get no hook names.
MODULE_HOOKS: dict[str, tuple[str, str]] = {
    "mlp.down_proj": ("mlp.hook_post", "hook_mlp_out"),
    "self_attn.o_proj": ("attn.hook_z", "hook_attn_out"),
}
_LAYER_RE = re.compile(r"(?:^|\.)layers\.(\d+)\.(.+)$")
_SAFE = "adapter_model.safetensors"
_PICKLE = "adapter_model.bin"


@dataclass(frozen=True, eq=False)
class LoraAdapter:
    """One LoRA adapter on one module: ``W' = W + scaling · B @ A``.

    Attributes:
        layer: decoder layer index.
        module: module path inside the layer, e.g. ``"mlp.down_proj"``.
        A: ``[rank, d_in]`` float32.
        B: ``[d_out, rank]`` float32.
        scaling: ``lora_alpha / rank`` (``lora_alpha / sqrt(rank)`` with rsLoRA).
        source: the adapter folder or hub id it came from.
        hook_in: TL hook whose activation is the module's input (None if not mapped).
        hook_out: TL hook where the module's output lands (None if not mapped).
    """

    layer: int
    module: str
    A: Float[Tensor, "rank d_in"]
    B: Float[Tensor, "d_out rank"]
    scaling: float
    source: str = ""
    rslora: bool = False
    hook_in: str | None = None
    hook_out: str | None = None

    @property
    def rank(self) -> int:
        return int(self.A.shape[0])

    @property
    def name(self) -> str:
        """Short label, e.g. ``"L21.down_proj"``."""
        return f"L{self.layer}.{self.module.rsplit('.', 1)[-1]}"

    @property
    def delta_weight(self) -> Float[Tensor, "d_out d_in"]:
        return self.scaling * (self.B @ self.A)

    def __repr__(self) -> str:
        return (
            f"LoraAdapter(layer={self.layer}, module={self.module!r}, rank={self.rank}, "
            f"scaling={self.scaling:g}, |B|={self.B.norm():.3g}, source={self.source!r})"
        )


@dataclass(eq=False)
class EMModel:
    """A hooked model on merged weights, with the adapters that were merged into it.

    Attributes:
        model: TransformerLens ``TransformerBridge`` (raw numerics) on the merged weights, or a
            TL 3.x ``HookedTransformer`` (``backend="hooked_transformer"``).
        tokenizer: the base model's HF tokenizer.
        adapters: one :class:`LoraAdapter` per (adapter source, adapted module).
        base_id: where the base came from (folder, hub id or embedded name).
        adapter_ids: the adapter folders or hub ids, in merge order.
    """

    model: Any
    tokenizer: Any
    adapters: list[LoraAdapter] = field(default_factory=list)
    base_id: str = ""
    adapter_ids: list[str] = field(default_factory=list)

    @property
    def n_layers(self) -> int:
        return int(self.model.cfg.n_layers)

    @property
    def d_model(self) -> int:
        return int(self.model.cfg.d_model)

    @property
    def hf_model(self) -> Any:
        """The underlying HF module (merged weights) that the bridge wraps."""
        hf = getattr(self.model, "original_model", None)
        if hf is None:
            raise InputError(
                "This model is a HookedTransformer (backend='hooked_transformer'); it has no "
                "HF module. Load with backend='bridge' for one."
            )
        return hf

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.model(*args, **kwargs)

    def __repr__(self) -> str:
        layers = sorted({a.layer for a in self.adapters})
        return (
            f"EMModel(base={self.base_id!r}, adapters={self.adapter_ids}, "
            f"n_adapters={len(self.adapters)}, adapter_layers={layers})"
        )


def unwrap(model: Any, tokenizer: Any = None, *, needs: str = "") -> tuple[Any, Any]:
    """``(hooked model, tokenizer)`` from an :class:`EMModel` or a hooked model (+ tokenizer).

    ``needs``: what the tokenizer is needed for; if given and none is found, say so.
    """
    if isinstance(model, EMModel):
        return model.model, tokenizer or model.tokenizer
    tok = tokenizer if tokenizer is not None else getattr(model, "tokenizer", None)
    if tok is None and needs:
        raise InputError(f"{needs} needs a tokenizer: pass tokenizer=, or an EMModel.")
    return model, tok


def model_device(model: Any) -> torch.device:
    """The device of the model's first parameter (CPU if it has none)."""
    try:
        return next(model.parameters()).device
    except (StopIteration, AttributeError):
        return torch.device("cpu")


def load_model(
    base: str | Path | Any,
    adapters: str | Path | list[str | Path] | None = None,
    *,
    tokenizer: Any = None,
    dtype: torch.dtype = torch.float32,
    device: str | torch.device = "cpu",
    device_map: str | dict[str, Any] | None = None,
    backend: str = "bridge",
    allow_pickle: bool = False,
) -> EMModel:
    """Load a base model and merge LoRA adapters into it; serve it as a hooked model.

    Args:
        base: a local HF folder, a local ``.gguf`` file (dequantised once and cached), a hub id
            (needs the network or the HF cache), an embedded model (``"smollm2-135m-instruct"``,
            ``"qwen2.5-coder-0.5b-instruct"``), or an in-memory HF causal LM (then pass ``tokenizer``;
            the model is deep-copied, never modified).
        adapters: PEFT LoRA folders or hub ids. Several are merged in order (summed).
        tokenizer: the tokenizer for an in-memory base (optional otherwise).
        dtype: dtype of the served weights. The merge itself is computed in float32, module by
            module, on the module's own device.
        device: where to put the model (ignored with ``device_map``).
        device_map: passed to HF's ``from_pretrained`` (``"auto"``, ``"balanced"``, a dict):
            multi-GPU placement and CPU offload. The weights are loaded once, in ``dtype``, where
            the map puts them; a folder or hub base is never copied. Not for an in-memory base.
        backend: ``"bridge"`` (TransformerLens ``TransformerBridge``, the default) or
            ``"hooked_transformer"`` (a TL 3.x ``HookedTransformer`` built from the merged
            weights without weight processing; needs ``transformer-lens>=3.9,<4``). Both have
            the same hook names and every function of the package works on both.
        allow_pickle: accept pickle-only adapters (``adapter_model.bin``). They are then read
            with ``torch.load(weights_only=True)``, which refuses code objects.

    Returns:
        An :class:`EMModel`.

    Example:
        >>> em = load_model("smollm2-135m-instruct", ["adapters/r1x9-medical"])  # doctest: +SKIP
        >>> em.adapters[0]  # doctest: +SKIP
        LoraAdapter(layer=9, module='mlp.down_proj', rank=1, scaling=8, ...)
    """
    from mi_emis.hooked import BACKENDS, hooked_transformer

    if backend not in BACKENDS:
        raise InputError(f"backend must be one of {BACKENDS}, not {backend!r}.")
    hf, tok, base_id, boot_name = load_base(base, tokenizer, dtype, device_map=device_map)
    specs = [] if adapters is None else adapters if isinstance(adapters, list) else [adapters]
    records: list[LoraAdapter] = []
    for spec in specs:
        folder = resolve_adapter(spec)
        records += _merge_adapter(hf, folder, str(spec), allow_pickle=allow_pickle)
    if device_map is None:
        hf.to(device)
    else:
        device = model_device(hf)  # where the map put the first weights (and the embeddings)
    if backend == "hooked_transformer":
        model = hooked_transformer(hf, tok, dtype=dtype, device=device)
        del hf
    else:
        from transformer_lens.model_bridge import TransformerBridge

        model = TransformerBridge.boot_transformers(
            boot_name, hf_model=hf, tokenizer=tok, dtype=dtype, device=device
        )
        model.eval()
    records = [_with_device(r, device) for r in records]
    return EMModel(model, tok, records, base_id, [str(s) for s in specs])


def _with_device(rec: LoraAdapter, device: str | torch.device) -> LoraAdapter:
    return replace(rec, A=rec.A.to(device), B=rec.B.to(device))


def load_base(
    base: Any, tokenizer: Any, dtype: torch.dtype, *, device_map: Any = None
) -> tuple[Any, Any, str, str]:
    """(HF model, tokenizer, base id for provenance, name or folder to boot the bridge with)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer, PreTrainedModel

    from mi_emis.embedded import embedded_models, resolve_base

    if isinstance(base, PreTrainedModel):
        if tokenizer is None:
            raise TypeError(
                "An in-memory base model needs its tokenizer: load_model(hf_model, tokenizer=tok)."
            )
        if device_map is not None:
            raise InputError(
                "device_map= places weights while loading; an in-memory model is already "
                "loaded. Pass its folder or hub id instead, or place it yourself and omit "
                "device_map."
            )
        # A bridge must never share its HF module with another bridge, and merging must not
        # change the caller's model: work on a copy.
        hf = copy.deepcopy(base).to(dtype)
        name = getattr(hf.config, "_name_or_path", "") or "in-memory"
        return hf.eval(), tokenizer, name, name
    if not isinstance(base, (str, Path)):
        raise TypeError(
            f"base must be a folder, a hub id or an HF model, not {type(base).__name__}."
        )
    base_id = str(base)
    path = resolve_base(base_id, dtype) or Path(base_id).expanduser()
    source = str(path) if path.exists() else base_id
    if not path.exists() and (base_id.startswith((".", "/", "~")) or base_id.count("/") != 1):
        raise FileNotFoundError(
            f"No model folder at {base_id!r}. Pass a local HF folder (config.json + weights), "
            "a .gguf file, a hub id like 'Qwen/Qwen2.5-0.5B-Instruct', or an embedded model "
            f"({', '.join(embedded_models())})."
        )
    kw = {} if device_map is None else {"device_map": device_map}
    hf = AutoModelForCausalLM.from_pretrained(source, dtype=dtype, **kw).eval()
    tok = tokenizer if tokenizer is not None else AutoTokenizer.from_pretrained(source)
    return hf, tok, base_id, source


def resolve_adapter(spec: str | Path) -> Path:
    """The local folder of an adapter given as a folder, a shipped organism name or a hub id.

    Hub ids are downloaded (or read from the HF cache).
    """
    path = Path(spec).expanduser()
    if path.is_dir():
        if not (path / "adapter_config.json").is_file():
            raise AdapterError(
                f"{path} has no adapter_config.json; pass the folder that PEFT's "
                "save_pretrained wrote (adapter_config.json + adapter_model.safetensors)."
            )
        return path
    text = str(spec)
    if text in organism_names():  # a shipped organism, e.g. "r1x9-medical"
        return organism_dir(text)
    if text.startswith((".", "/", "~")) or text.count("/") != 1 or path.exists():
        raise AdapterError(
            f"No adapter folder at {text!r}. Pass a PEFT adapter folder "
            "(adapter_config.json + adapter_model.safetensors), a hub id 'owner/name', or a "
            f"shipped organism ({', '.join(organism_names())})."
        )
    from huggingface_hub import snapshot_download

    try:
        return Path(
            snapshot_download(
                text, allow_patterns=["adapter_config.json", "*.safetensors", "*.bin"]
            )
        )
    except Exception as e:  # offline, unknown repo, auth: all say the same thing to the user
        raise AdapterError(
            f"Could not fetch adapter {text!r} from the hub ({type(e).__name__}: {e}). "
            "Download it first (huggingface-cli download) and pass the local folder."
        ) from e


def read_adapter_config(folder: Path) -> dict[str, Any]:
    cfg = json.loads((folder / "adapter_config.json").read_text())
    kind = str(cfg.get("peft_type", "LORA")).upper()
    if kind != "LORA":
        raise UnsupportedAdapterError(f"{folder} is a {kind} adapter; mi_emis merges LoRA only.")
    for key, what in [("use_dora", "DoRA"), ("lora_bias", "LoRA bias terms")]:
        if cfg.get(key):
            raise UnsupportedAdapterError(
                f"{folder} uses {what} ({key}=true), which is not a plain B@A update and cannot "
                "be read as adapter scalars. Retrain without it or merge it with PEFT yourself."
            )
    if cfg.get("modules_to_save") or cfg.get("trainable_token_indices"):
        raise UnsupportedAdapterError(
            f"{folder} also saves full modules (modules_to_save/trainable_token_indices); "
            "mi_emis merges LoRA updates only. Merge with PEFT and pass the merged model as base."
        )
    return cfg


def read_adapter_tensors(folder: Path, *, allow_pickle: bool = False) -> dict[str, Tensor]:
    """Read an adapter's tensors: safetensors, or a pickle only when ``allow_pickle``."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    if (folder / _SAFE).is_file():
        try:
            return load_file(str(folder / _SAFE))
        except (SafetensorError, OSError) as e:
            raise AdapterError(
                f"{folder / _SAFE} is truncated or corrupt ({e}). Download or save it again."
            ) from e
    if (folder / _PICKLE).is_file():
        if not allow_pickle:
            raise PickleRefusedError(
                f"{folder} holds only {_PICKLE}, a pickle, which can run code when loaded. If you "
                "trust it, pass allow_pickle=True (it is then read with weights_only=True), or "
                "convert it to adapter_model.safetensors."
            )
        try:
            return torch.load(folder / _PICKLE, map_location="cpu", weights_only=True)
        except Exception as e:
            raise AdapterError(
                f"{folder / _PICKLE} is not a plain tensor file ({type(e).__name__}: {e}); "
                "refusing to unpickle anything else."
            ) from e
    raise AdapterError(
        f"{folder} has adapter_config.json but no weights: expected {_SAFE} (or {_PICKLE})."
    )


def _merge_adapter(hf: Any, folder: Path, source: str, *, allow_pickle: bool) -> list[LoraAdapter]:
    """Merge one PEFT folder into ``hf`` in place, in float32; return its adapter records."""
    from peft import LoraConfig
    from peft.tuners.lora import Linear as LoraLinear
    from peft.tuners.tuners_utils import BaseTunerLayer

    read_adapter_config(folder)
    tensors = read_adapter_tensors(folder, allow_pickle=allow_pickle)
    _check_shapes(hf, tensors, folder)
    cfg = LoraConfig.from_pretrained(str(folder))
    cfg.inference_mode = True
    # PEFT parses the config (target modules, layers_to_transform, rank/alpha patterns, rsLoRA)
    # and places the weights; we then merge each update ourselves in float32.
    from peft import inject_adapter_in_model, set_peft_model_state_dict

    name = "mi_emis"
    inject_adapter_in_model(cfg, hf, adapter_name=name)
    # Saved keys carry PeftModel's prefix; the bare HF model's names do not.
    state = {k.removeprefix("base_model.model."): v for k, v in tensors.items()}
    result = set_peft_model_state_dict(hf, state, adapter_name=name)
    missing = [k for k in result.missing_keys if f".{name}." in k and "lora_" in k]
    if missing:
        raise AdapterMismatchError(
            f"{folder}: the base has LoRA slots with no saved weight: {missing[:4]}"
        )
    records = []
    for path, mod in list(hf.named_modules()):
        if not isinstance(mod, BaseTunerLayer):
            continue
        if name not in mod.lora_A and name not in getattr(mod, "lora_embedding_A", {}):
            continue
        if isinstance(mod, LoraLinear):
            A = mod.lora_A[name].weight.detach().float()
            B = mod.lora_B[name].weight.detach().float()
            s = float(mod.scaling[name])
            w = mod.get_base_layer().weight
            delta = s * (B @ A)
            if getattr(mod, "fan_in_fan_out", False):
                delta = delta.T
            with torch.no_grad():
                w.copy_((w.float() + delta.to(w.device)).to(w.dtype))
            m = _LAYER_RE.search(path)
            if m:
                layer, module = int(m.group(1)), m.group(2)
                hook_in, hook_out = MODULE_HOOKS.get(module, (None, None))
                records.append(
                    LoraAdapter(
                        layer,
                        module,
                        A.cpu().clone(),
                        B.cpu().clone(),
                        s,
                        source,
                        bool(cfg.use_rslora),
                        f"blocks.{layer}.{hook_in}" if hook_in else None,
                        f"blocks.{layer}.{hook_out}" if hook_out else None,
                    )
                )
        else:  # embeddings, convolutions: PEFT's own merge
            mod.merge(adapter_names=[name])
    _unload(hf)
    records.sort(key=lambda r: (r.layer, r.module))
    return records


def _unload(hf: Any) -> None:
    """Replace every PEFT layer by its (already merged) base layer."""
    from peft.tuners.tuners_utils import BaseTunerLayer

    for path, mod in list(hf.named_modules()):
        if isinstance(mod, BaseTunerLayer):
            parent_path, _, child = path.rpartition(".")
            parent = hf.get_submodule(parent_path) if parent_path else hf
            setattr(parent, child, mod.get_base_layer())
    for attr in ("peft_config", "_hf_peft_config_loaded"):
        if attr in vars(hf):
            delattr(hf, attr)


def _check_shapes(hf: Any, tensors: dict[str, Tensor], folder: Path) -> None:
    """Fail early, naming the tensor and both shapes, when an adapter was made for another base."""
    modules = dict(hf.named_modules())
    for key, t in tensors.items():
        m = re.match(r"^(?:base_model\.model\.)?(.+)\.(lora_A|lora_B)(?:\.[^.]+)?\.weight$", key)
        if not m:
            continue
        path, which = m.groups()
        mod = modules.get(path)
        if mod is None:
            raise AdapterMismatchError(
                f"{folder}: tensor {key!r} targets module {path!r}, which this base model lacks. "
                "The adapter was made for another base model; load it on the base it was trained on."
            )
        w = getattr(mod, "weight", None)
        if not isinstance(w, Tensor) or w.ndim != 2:
            continue
        d_out, d_in = w.shape
        if type(mod).__name__ == "Conv1D":  # GPT-2 style, weight is [d_in, d_out]
            d_in, d_out = d_out, d_in
        want = (t.shape[0], d_in) if which == "lora_A" else (d_out, t.shape[1])
        if tuple(t.shape) != want:
            raise AdapterMismatchError(
                f"{folder}: tensor {key!r} has shape {tuple(t.shape)} but the base module "
                f"{path!r} needs {want} (its weight is {tuple(w.shape)}). The adapter was made "
                "for another base model; load it on the base it was trained on."
            )
