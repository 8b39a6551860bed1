"""The generation backend: every use of TransformerBridge and HF generation internals.

:func:`generate` continues left-padded prompts with :func:`decode`: the wrapped HF model's
forward, a KV cache, HF's temperature and top-p warpers, and rows that leave the batch (and the
cache) once they draw a stop token, so finished rows stop costing compute. How the interventions
reach it:

- **Fast path.** When the only hooks on the model are those of the applied
  :class:`~mi_emis.intervene.Intervention` s and each of their hook points has an HF equivalent
  (:data:`SITES`), every decoder layer runs as a plain HF layer on the same weights
  (:func:`plain_layers`), the embedding, final norm and unembedding run as their HF modules, and
  the spec's hook functions are registered as plain torch hooks on the matching HF modules. The
  bridge's Python is not run at all.
- **Bridge path.** Otherwise (hooks a user put on the model some other way: TL hooks, forward
  pre-hooks, hooks on any module), blocks that carry a hook stay bridged, so every hook fires at
  every step; blocks with none run as plain HF layers.

A TL 3.x ``HookedTransformer`` has no wrapped HF model: its own ``generate`` runs, one prompt at a
time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any

import torch
from jaxtyping import Int
from torch import Tensor, nn
from transformers import DynamicCache
from transformers.generation import (
    LogitsProcessorList,
    TemperatureLogitsWarper,
    TopPLogitsWarper,
)

from mi_emis.chat import left_pad, pad_id
from mi_emis.errors import InputError
from mi_emis.intervene import Intervention, active
from mi_emis.load import model_device, unwrap

# TL hook name inside block L -> (HF module inside decoder layer L, "out": its output | "in": its
# first input); the fast path runs a spec only when all its hook points are here
SITES: dict[str, tuple[str, str]] = {
    "hook_resid_pre": ("", "in"),
    "hook_resid_post": ("", "out"),
    "hook_attn_out": ("self_attn", "out"),
    "hook_mlp_out": ("mlp", "out"),
    "mlp.hook_post": ("mlp.down_proj", "in"),
    "attn.hook_z": ("self_attn.o_proj", "in"),  # flattened heads, as the LoRA reads them
}


def generate(
    model: Any,
    tokenizer: Any,
    prompts: Sequence[Sequence[int]],
    *,
    max_new_tokens: int,
    temperature: float = 1.0,
    top_p: float = 1.0,
    seed: int = 0,
) -> list[tuple[list[int], str]]:
    """Continue each prompt (token ids); returns ``(new ids without the stop token, reason)``.

    The interventions applied to ``model`` (and any other hooks on it) act at every step. The
    global torch RNG is seeded with ``seed`` for the call and restored afterwards.
    """
    stops = stop_ids(model, tokenizer)
    device = model_device(model)
    devices = [device] if device.type == "cuda" else []
    with torch.random.fork_rng(devices=devices), torch.no_grad():
        torch.manual_seed(seed)
        hf = getattr(model, "original_model", None)
        if hf is not None and hasattr(hf, "generate"):
            tokens, mask = left_pad(prompts, pad_id(tokenizer))
            with hf_generation(model):
                rows = decode(
                    hf,
                    tokens.to(device),
                    mask.to(device),
                    max_new_tokens=max_new_tokens,
                    temperature=temperature,
                    top_p=top_p,
                    stops=stops,
                )
        else:  # TL 3.x HookedTransformer: its generate takes no attention mask, so no padding
            rows = [
                model.generate(
                    torch.tensor([p], device=device),
                    max_new_tokens=max_new_tokens,
                    do_sample=temperature > 0,
                    temperature=temperature if temperature > 0 else 1.0,
                    top_p=top_p if temperature > 0 else None,
                    stop_at_eos=True,
                    eos_token_id=sorted(stops),
                    verbose=False,
                )[0, len(p) :].tolist()
                for p in prompts
            ]
    return [cut_at_stop(r, stops) for r in rows]


def decode(
    hf: Any,
    tokens: Int[Tensor, "batch pos"],
    mask: Int[Tensor, "batch pos"],
    *,
    max_new_tokens: int,
    temperature: float,
    top_p: float,
    stops: set[int],
) -> list[list[int]]:
    """Continue left-padded ``tokens`` with an HF causal LM and a KV cache; new ids per row.

    A row that draws a stop token leaves the batch (its rows of the KV cache are dropped), so
    finished rows cost nothing afterwards. Each step samples from ``softmax(logits / T)`` cut to
    the top-``top_p`` nucleus (HF's own warpers) with the global torch RNG, or takes the argmax
    when ``temperature == 0``. Greedy decoding gives HF ``generate``'s tokens.
    """
    warpers = LogitsProcessorList()
    if temperature > 0:
        warpers.append(TemperatureLogitsWarper(temperature))
        if top_p < 1:
            warpers.append(TopPLogitsWarper(top_p))
    stop = torch.tensor(sorted(stops), device=tokens.device)
    out = [[] for _ in range(tokens.shape[0])]
    alive = torch.arange(tokens.shape[0], device=tokens.device)
    pos = (mask.cumsum(-1) - 1).clamp(min=0)
    cache = DynamicCache(config=hf.config)
    logits = hf(
        input_ids=tokens, attention_mask=mask, position_ids=pos, past_key_values=cache,
        use_cache=True, logits_to_keep=1,
    ).logits[:, -1]  # fmt: skip
    pos = pos[:, -1:]
    for step in range(max_new_tokens):
        scores = warpers(tokens, logits.float())
        if temperature > 0:
            new = torch.multinomial(scores.softmax(-1), 1).squeeze(1)
        else:
            new = scores.argmax(-1)
        for row, t in zip(alive.tolist(), new.tolist(), strict=True):
            out[row].append(t)
        going = ~torch.isin(new, stop)
        if step == max_new_tokens - 1 or not going.any():
            break
        if not going.all():  # finished rows leave the batch and the cache
            keep = going.nonzero().squeeze(1)
            alive, new, mask, pos = alive[keep], new[keep], mask[keep], pos[keep]
            cache.batch_select_indices(keep)
        mask = torch.cat([mask, mask.new_ones(len(alive), 1)], 1)
        pos = pos + 1
        logits = hf(
            input_ids=new[:, None], attention_mask=mask, position_ids=pos, past_key_values=cache,
            use_cache=True,
        ).logits[:, -1]  # fmt: skip
    return out


def generation_path(model: Any) -> str:
    """``"fast"`` or ``"bridge"``: how :func:`generate` will run this model now (see module).

    ``model``: an :class:`~mi_emis.load.EMModel` or its hooked model.
    """
    bridge, _ = unwrap(model)
    return "bridge" if _fast_sites(bridge) is None else "fast"


@contextmanager
def hf_generation(bridge: Any) -> Iterator[str]:
    """Prepare the bridge's HF model to generate with every hook in force; yields the path."""
    sites = _fast_sites(bridge)
    if sites is None:
        with plain_layers(bridge):  # blocks carrying a hook stay bridged
            yield "bridge"
        return
    with plain_layers(bridge, keep=set()) as layers, _plain_ends(bridge), ExitStack() as stack:
        for layer, module, where, fn in sites:
            handle = _register(layers[layer].get_submodule(module), where, fn)
            stack.callback(handle.remove)
        yield "fast"


def _fast_sites(bridge: Any) -> list[tuple[int, str, str, Any]] | None:
    """The torch-hook sites of the applied interventions when the fast path can run, else None
    (no plain layers for this model, a foreign hook, or a hook point with no HF equivalent)."""
    if _plain_layer_list(bridge) is None:
        return None
    spec = active(bridge)
    return None if foreign_hooks(bridge, spec) else _torch_sites(bridge, spec)


def foreign_hooks(model: Any, spec: Intervention | None = None) -> list[str]:
    """Modules carrying hooks that ``spec`` (default: the applied interventions) does not
    account for: TL hooks, torch forward hooks and forward pre-hooks on any module.

    TL hooks are counted on each hook point's ``fwd_hooks``; torch hooks on other modules count
    unless a library put them there for its own machinery (TransformerLens, transformers,
    accelerate, torch).
    """
    bridge, _ = unwrap(model)
    spec = active(bridge) if spec is None else spec
    names = getattr(bridge, "hook_dict", {})
    expected = Counter(id(names[n]) for n, _ in spec.hooks(bridge) if n in names)
    out = []
    for name, m in bridge.named_modules():
        if hasattr(m, "fwd_hooks"):  # a TL hook point: count what the spec accounts for
            extra = len(m.fwd_hooks) > expected.get(id(m), 0) or bool(_pre_hooks(m))
        else:
            extra = _carries_hook(m)
        if extra:
            out.append(name)
    return out


def _carries_hook(m: nn.Module) -> bool:
    """A TL hook, a forward pre-hook, or a torch hook that no library put there."""
    if hasattr(m, "fwd_hooks"):
        return bool(m.fwd_hooks or _pre_hooks(m))
    hooks = (*_fwd_hooks(m).values(), *_pre_hooks(m).values())
    return any(not _is_library_own(f) for f in hooks)


# hooks these libraries put on modules for their own machinery (the bridge's activation capture,
# transformers' output capturing); they are not interventions
_LIBRARY_HOOKS = ("transformer_lens.", "transformers.", "accelerate.", "torch.")


def _is_library_own(fn: Any) -> bool:
    return str(getattr(fn, "__module__", "") or "").startswith(_LIBRARY_HOOKS)


@contextmanager
def plain_layers(bridge: Any, keep: set[int] | None = None) -> Iterator[list[nn.Module]]:
    """Run decoder layers as plain HF layers on the same weights, except the blocks in ``keep``.

    A bridge's blocks add Python work per layer and step; a block computes exactly what the HF
    layer computes, so for the duration of the call it is swapped for an HF layer built on the
    meta device and pointed at the same parameter tensors (no copy). ``keep`` defaults to the
    blocks that carry any hook. Yields the plain layers; anything unexpected leaves the model as
    it is (and yields an empty list).
    """
    plain = _plain_layer_list(bridge)
    if plain is None:
        yield []
        return
    keep = _blocks_with_hooks(bridge) if keep is None else keep
    layers = bridge.original_model.model.layers
    bridged = list(layers)
    try:
        for i in range(len(bridged)):
            if i not in keep:
                layers[i] = plain[i]
        yield plain
    finally:
        for i, b in enumerate(bridged):
            layers[i] = b


# modules outside the decoder layers that the bridge wraps; on the fast path none carries a hook
_ENDS = ("model.embed_tokens", "model.rotary_emb", "model.norm", "lm_head")


@contextmanager
def _plain_ends(bridge: Any) -> Iterator[None]:
    """Run the embedding, rotary table, final norm and unembedding as their HF modules."""
    hf = bridge.original_model
    swapped = []
    try:
        for path in _ENDS:
            parent, _, child = path.rpartition(".")
            owner = hf.get_submodule(parent) if parent else hf
            wrapper = getattr(owner, child, None)
            original = getattr(wrapper, "original_component", None)
            if isinstance(original, nn.Module):
                setattr(owner, child, original)
                swapped.append((owner, child, wrapper))
        yield
    finally:
        for owner, child, wrapper in swapped:
            setattr(owner, child, wrapper)


def stop_ids(model: Any, tokenizer: Any) -> set[int]:
    """Token ids that end an answer: the tokenizer's EOS and the model's generation EOS ids."""
    ids: set[int] = set()
    for src in (
        getattr(tokenizer, "eos_token_id", None),
        getattr(
            getattr(getattr(model, "original_model", None), "generation_config", None),
            "eos_token_id",
            None,
        ),
    ):
        if isinstance(src, int):
            ids.add(src)
        elif isinstance(src, Iterable):
            ids.update(int(i) for i in src)
    if not ids:
        raise InputError("The tokenizer has no eos_token_id; set one so answers can end.")
    return ids


def cut_at_stop(ids: list[int], stops: set[int]) -> tuple[list[int], str]:
    """``(ids before the first stop token, "eos")``, or ``(ids, "length")`` if none."""
    for k, t in enumerate(ids):
        if t in stops:
            return ids[:k], "eos"
    return ids, "length"


def _torch_sites(bridge: Any, spec: Intervention) -> list[tuple[int, str, str, Any]] | None:
    """``(layer, HF module path, "in" | "out", hook fn)`` per hook of ``spec``; None if one has
    no HF equivalent."""
    out = []
    for name, fn in spec.hooks(bridge):
        parts = name.split(".", 2)
        if len(parts) != 3 or parts[0] != "blocks" or parts[2] not in SITES:
            return None
        module, where = SITES[parts[2]]
        out.append((int(parts[1]), module, where, fn))
    return out


def _register(module: nn.Module, where: str, fn: Any) -> Any:
    """Register a TL-style hook function ``fn(act, hook=None)`` as a plain torch hook."""
    if where == "out":

        def out_hook(mod: nn.Module, args: tuple, output: Any) -> Any:
            if isinstance(output, tuple):
                new = fn(output[0])
                return None if new is None else (new, *output[1:])
            return fn(output)

        return module.register_forward_hook(out_hook)

    def in_hook(mod: nn.Module, args: tuple, kwargs: dict) -> Any:
        if args:
            new = fn(args[0])
            return None if new is None else ((new, *args[1:]), kwargs)
        new = fn(kwargs["hidden_states"])
        return None if new is None else (args, {**kwargs, "hidden_states": new})

    return module.register_forward_pre_hook(in_hook, with_kwargs=True)


def _fwd_hooks(m: nn.Module) -> dict:
    # torch has no public way to list a module's hooks; these dicts are where it keeps them
    return m._forward_hooks


def _pre_hooks(m: nn.Module) -> dict:
    return m._forward_pre_hooks


def _blocks_with_hooks(bridge: Any) -> set[int]:
    """Blocks with a hook that is not a library's own machinery (TL hooks included)."""
    return {i for i, block in enumerate(bridge.blocks) if any(map(_carries_hook, block.modules()))}


def _plain_layer_list(bridge: Any) -> list | None:
    """HF decoder layers sharing the bridge's weights, built once per bridge (None: unsupported)."""
    cached = getattr(bridge, "_mi_emis_plain_layers", False)
    if cached is not False:
        return cached
    out = None
    try:
        hf = bridge.original_model
        layers = hf.model.layers
        if len(layers) == len(bridge.blocks):
            out = []
            for i, block in enumerate(layers):
                orig = block.original_component
                with torch.device("meta"):
                    new = type(orig)(hf.config, i)
                sd = {
                    k.replace("_original_component.", ""): v
                    for k, v in orig.state_dict(keep_vars=True).items()
                }
                res = new.load_state_dict(sd, strict=False, assign=True)
                if res.missing_keys or any(p.is_meta for p in new.parameters()):
                    out = None
                    break
                out.append(new.eval())
    except (AttributeError, TypeError, RuntimeError):
        out = None
    object.__setattr__(bridge, "_mi_emis_plain_layers", out)
    return out
