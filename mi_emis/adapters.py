"""Read, steer and zero-ablate single LoRA adapters through TransformerLens hooks.

For an adapter on module ``M`` of layer ``L`` with input ``h`` (``blocks.L.mlp.hook_post`` for
``down_proj``): its hidden state is ``z = scaling · (A @ h)`` (``[rank]``) and its contribution to
the module output is ``z @ B.T``. A rank-1 adapter's ``z`` is a scalar per token: the *adapter
scalar* ``s``. Everything here uses only the TL hook API (``model.hooks``, ``model(...)``), so it
works on a ``TransformerBridge`` and on a TL 3.x ``HookedTransformer`` alike.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, Literal

import torch
from jaxtyping import Float, Int
from torch import Tensor

from mi_emis import hooks as H
from mi_emis.chat import encode_text, left_pad, pad_id
from mi_emis.errors import InputError, UnsupportedAdapterError
from mi_emis.intervene import Intervention, Op
from mi_emis.load import MODULE_HOOKS, EMModel, LoraAdapter, model_device

SCALAR_MODULES = tuple(MODULE_HOOKS)
AdapterKey = int | str | LoraAdapter
TokensLike = Int[Tensor, "batch pos"] | Int[Tensor, " pos"] | str | Sequence[str]


def adapter_hidden(
    model: EMModel | Any,
    tokens: TokensLike,
    *,
    attention_mask: Int[Tensor, "batch pos"] | None = None,
    adapters: Sequence[AdapterKey] | None = None,
    tokenizer: Any = None,
) -> Float[Tensor, "batch pos n_adapters rank"]:
    """Hidden states ``z = scaling · (A @ h)`` of LoRA adapters of any rank, per token.

    One forward pass that keeps only ``[batch, pos, rank]`` per adapter and stops right after the
    last adapter's input hook (later layers and the unembedding are skipped).

    Args:
        model: an :class:`EMModel`, or any TL hooked model together with ``adapters``.
        tokens: ``[batch, pos]`` ids (left-padded, with ``attention_mask``), or text. Chat-templated
            text is tokenised without a second BOS.
        attention_mask: ``[batch, pos]``, 1 on real tokens; all ones if omitted.
        adapters: which adapters (layer ints, names like ``"L21.down_proj"`` or records).
            Default: every adapter of the model on a supported module.
        tokenizer: needed for text input when ``model`` is not an :class:`EMModel`.

    Returns:
        ``[batch, pos, n_adapters, rank]`` float32 (padding positions are 0), adapters in the order
        given (default: by layer). All adapters must share one rank.
    """
    hooked, recs, tok = _resolve(model, adapters, tokenizer)
    ranks = {a.rank for a in recs}
    if len(ranks) > 1:
        raise InputError(
            f"Adapters of different ranks {sorted(ranks)}: call adapter_hidden per rank."
        )
    ids, mask = as_batch(tokens, attention_mask, tok, model_device(hooked))
    sink: dict[int, Tensor] = {}
    fwd = [
        (a.hook_in, H.lora_hidden(a.A.to(ids.device), a.scaling, sink, i))
        for i, a in enumerate(recs)
    ]
    H.run_until(hooked, fwd, ids, mask)
    out = torch.stack([sink[i] for i in range(len(recs))], dim=2)  # [batch, pos, n, rank]
    out = out.masked_fill(~mask.bool()[:, :, None, None], 0.0)  # NaN-safe, unlike * mask
    bad = ~torch.isfinite(out)
    if bad.any():
        b, p, n, _ = (int(x) for x in bad.nonzero()[0])
        raise FloatingPointError(
            f"Adapter {recs[n].name} has a non-finite hidden state at batch {b}, position {p}: the "
            "model's activations overflowed or are NaN. Use float32 or bfloat16 (not float16), "
            "and check the inputs and weights."
        )
    return out


def adapter_scalars(
    model: EMModel | Any,
    tokens: TokensLike,
    *,
    attention_mask: Int[Tensor, "batch pos"] | None = None,
    adapters: Sequence[AdapterKey] | None = None,
    norm_weighted: bool = False,
    tokenizer: Any = None,
) -> Float[Tensor, "batch pos n_adapters"]:
    """Per-token scalars of rank-1 adapters: ``s = scaling · (A @ h)``.

    ``h`` is the adapted module's input in the merged model (``blocks.L.mlp.hook_post`` for
    ``down_proj``, so earlier adapters are included, as in PEFT), and the adapter adds ``s · B`` to
    the module output. ``norm_weighted=True`` returns ``s · ‖B‖`` instead, the coefficient of the unit
    vector ``B/‖B‖``, comparable across adapters. Arguments as in :func:`adapter_hidden`.

    Example:
        >>> em = load_model("smollm2-135m-instruct", "adapters/r1x9-medical")  # doctest: +SKIP
        >>> s = adapter_scalars(em, ["<|im_start|>user\\nHi<|im_end|>\\n"])    # doctest: +SKIP
        >>> s.shape  # [batch, pos, n_adapters]                            # doctest: +SKIP
    """
    _, recs, _ = _resolve(model, adapters, tokenizer)
    wide = [a for a in recs if a.rank != 1]
    if wide:
        raise UnsupportedAdapterError(
            f"adapter_scalars needs rank-1 adapters; {wide[0].name} has rank {wide[0].rank}. "
            "Use adapter_hidden(...) for rank-r adapters ([batch, pos, n_adapters, rank])."
        )
    z = adapter_hidden(
        model, tokens, attention_mask=attention_mask, adapters=recs, tokenizer=tokenizer
    )[..., 0]
    if norm_weighted:
        z = z * torch.stack([a.B.norm() for a in recs]).to(z.device)
    return z


def adapter_steering(
    model: EMModel | Any,
    coefficients: Mapping[AdapterKey, float],
    *,
    mode: Literal["add", "scale"] = "add",
    adapters: Sequence[LoraAdapter] | None = None,
) -> Intervention:
    """The :class:`~mi_emis.intervene.Intervention` that steers single adapters.

    - ``mode="add"``: add ``k · B/‖B‖`` at the adapter's output hook (``blocks.L.hook_mlp_out`` for
      ``down_proj``). ``k`` is in residual-norm units, independent of the input. Rank 1 only.
    - ``mode="scale"``: multiply the adapter's own contribution ``s · B`` by ``k`` (1 changes
      nothing, 0 zero-ablates it, 2 doubles it). Any rank.
    """
    _, recs, _ = _resolve(model, adapters, None)
    if mode not in ("add", "scale"):
        raise InputError(f"mode must be 'add' or 'scale', not {mode!r}.")
    ops = []
    for key, k in coefficients.items():
        a = pick_adapter(recs, key)
        k = H.finite(k, a.name)
        if mode == "scale":
            ops.append(
                Op(
                    a.hook_out,
                    "scale_lora",
                    k,
                    vector=a.B,
                    A=a.A,
                    scaling=a.scaling,
                    hook_in=a.hook_in,
                    label=a.name,
                )  # fmt: skip
            )
            continue
        if a.rank != 1:
            raise UnsupportedAdapterError(
                f"Additive steering uses the direction B/|B| of a rank-1 adapter; {a.name} has "
                f"rank {a.rank}. Use mode='scale' to scale its contribution instead."
            )
        B = a.B[:, 0].float()
        ops.append(Op(a.hook_out, "add", k, vector=B / B.norm(), label=a.name))
    return Intervention(tuple(ops))


def adapter_ablation(
    model: EMModel | Any,
    which: AdapterKey | Sequence[AdapterKey] | None = None,
    *,
    adapters: Sequence[LoraAdapter] | None = None,
) -> Intervention:
    """The :class:`~mi_emis.intervene.Intervention` that zero-ablates adapters (all by default):
    exactly the model without them. ``which``: a layer, name or record, or a list of them."""
    _, recs, _ = _resolve(model, adapters, None)
    if isinstance(which, str | int | LoraAdapter):
        which = [which]
    chosen = recs if which is None else [pick_adapter(recs, k) for k in which]
    return adapter_steering(model, {a: 0.0 for a in chosen}, mode="scale", adapters=recs)


@contextmanager
def steer_adapters(
    model: EMModel | Any,
    coefficients: Mapping[AdapterKey, float],
    *,
    mode: Literal["add", "scale"] = "add",
    adapters: Sequence[LoraAdapter] | None = None,
) -> Iterator[Any]:
    """Steer single adapters, at every position, inside a ``with`` block.

    :func:`adapter_steering` applied (see it for ``mode``). Works around forward,
    ``run_with_cache`` and ``generate``, and runs made inside the block record it.
    Yields the hooked model.

    Example:
        >>> with steer_adapters(em, {21: 30.0, 23: 30.0}):                  # doctest: +SKIP
        ...     logits = em.model(tokens)
    """
    spec = adapter_steering(model, coefficients, mode=mode, adapters=adapters)
    with spec.applied(model) as hooked:
        yield hooked


@contextmanager
def ablate_adapters(
    model: EMModel | Any,
    which: AdapterKey | Sequence[AdapterKey] | None = None,
    *,
    adapters: Sequence[LoraAdapter] | None = None,
) -> Iterator[Any]:
    """Zero-ablate adapters inside a ``with`` block: :func:`adapter_ablation` applied.

    Subtracts each chosen adapter's contribution ``s · B`` (``s`` read at its input hook) at its
    output hook, at every position. ``which``: a layer, name or record, or a list of them;
    default (``None``) all adapters.
    """
    with adapter_ablation(model, which, adapters=adapters).applied(model) as hooked:
        yield hooked


def pick_adapter(recs: Sequence[LoraAdapter], key: AdapterKey) -> LoraAdapter:
    """Find one adapter by layer index, name (``"L21.down_proj"``) or record."""
    if isinstance(key, LoraAdapter):
        return key
    hits = [a for a in recs if (a.layer == key if isinstance(key, int) else a.name == key)]
    if len(hits) != 1:
        names = ", ".join(a.name for a in recs) or "none"
        what = "no adapter" if not hits else f"{len(hits)} adapters"
        raise InputError(
            f"{what} matches {key!r}; this model's adapters are: {names}. Pass a name or record."
        )
    return hits[0]


def as_batch(
    tokens: TokensLike, attention_mask: Tensor | None, tokenizer: Any, device: Any
) -> tuple[Int[Tensor, "batch pos"], Int[Tensor, "batch pos"]]:
    """Normalise text or ids (+ mask) into a left-padded ``[batch, pos]`` batch on ``device``."""
    if isinstance(tokens, str):
        tokens = [tokens]
    if isinstance(tokens, Sequence) and not isinstance(tokens, Tensor):
        if tokenizer is None:
            raise InputError("Text input needs a tokenizer: pass tokenizer=, or an EMModel.")
        if not tokens:
            raise InputError("Empty token batch: pass at least one text.")
        ids, mask = left_pad([encode_text(tokenizer, t) for t in tokens], pad_id(tokenizer))
    else:
        ids = tokens.unsqueeze(0) if tokens.ndim == 1 else tokens
        if ids.ndim != 2 or ids.numel() == 0:
            raise InputError(
                f"Empty or misshapen token batch {tuple(ids.shape)}: pass [batch, pos] ids."
            )
        mask = torch.ones_like(ids) if attention_mask is None else attention_mask
        if mask.ndim == 1:
            mask = mask.unsqueeze(0)
        if mask.shape != ids.shape:
            raise InputError(
                f"attention_mask {tuple(mask.shape)} does not match tokens {tuple(ids.shape)}."
            )
    return ids.to(device), mask.to(device)


def _resolve(
    model: Any, adapters: Sequence[AdapterKey] | None, tokenizer: Any
) -> tuple[Any, list[LoraAdapter], Any]:
    """(hooked model, adapter records, tokenizer) from an EMModel or a hooked model + adapters."""
    if isinstance(model, EMModel):
        pool, hooked, tok = model.adapters, model.model, tokenizer or model.tokenizer
    else:
        if adapters is None:
            raise InputError(
                "A plain hooked model carries no adapter records: pass adapters=[LoraAdapter, ...] "
                "(e.g. em.adapters), or pass the EMModel."
            )
        pool, hooked, tok = (
            [],
            model,
            tokenizer if tokenizer is not None else getattr(model, "tokenizer", None),
        )
    if adapters is None:
        recs = [a for a in pool if a.module in SCALAR_MODULES]
        if not recs:
            found = sorted({a.module for a in pool}) or ["none"]
            raise UnsupportedAdapterError(
                f"No adapter on a supported module. Supported: {list(SCALAR_MODULES)}; "
                f"this model's adapters are on: {found}."
            )
    else:
        recs = [pick_adapter(pool, k) for k in adapters]
    for a in recs:
        if a.module not in SCALAR_MODULES or not (a.hook_in and a.hook_out):
            raise UnsupportedAdapterError(
                f"Adapter {a.name} is on {a.module!r}; adapter hooks support {list(SCALAR_MODULES)}."
            )
    if not recs:
        raise InputError("No adapters selected: pass at least one.")
    return hooked, recs, tok
