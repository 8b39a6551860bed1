"""Pure hook functions ``(activation, hook) -> activation | None``, built by small factories.

They hold no model state: apply them with ``model.hooks(fwd_hooks=[(name, fn), ...])`` or
``model.run_with_hooks``. They broadcast over any number of positions, so they work unchanged
during KV-cached generation (one new position per step).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import torch
from jaxtyping import Float
from torch import Tensor

from mi_emis.errors import InputError

HookFn = Callable[..., Tensor | None]


class StopForward(Exception):
    """Raised by :func:`stop_forward` to end a forward pass once the needed hooks have fired."""


def flat_heads(act: Tensor) -> Tensor:
    """``[batch, pos, head, d_head]`` -> ``[batch, pos, head * d_head]``; 3-d input unchanged."""
    return act.flatten(-2) if act.ndim == 4 else act


def lora_hidden(
    A: Float[Tensor, "rank d_in"], scaling: float, sink: dict[Any, Tensor], key: Any
) -> HookFn:
    """Read a LoRA's hidden state ``z = scaling · (A @ h)`` into ``sink[key]`` (float32).

    ``h`` is the adapted module's input (the hook's activation), ``z`` is ``[batch, pos, rank]``.
    """

    def hook(act: Tensor, hook: Any = None) -> None:
        sink[key] = scaling * (flat_heads(act).float() @ A.T)

    return hook


def scale_lora(
    B: Float[Tensor, "d_out rank"], sink: dict[Any, Tensor], key: Any, factor: float
) -> HookFn:
    """Multiply a LoRA's contribution ``z @ B.T`` by ``factor``: 0 removes it, 1 changes nothing.

    Reads ``z`` that :func:`lora_hidden` stored in ``sink[key]`` at the module's input.
    """

    def hook(out: Tensor, hook: Any = None) -> Tensor:
        delta = (factor - 1.0) * (sink[key] @ B.T)
        return out + delta.to(out.dtype)

    return hook


def finite(x: float, what: str = "alpha") -> float:
    """``float(x)``, refusing NaN and inf (they would silently turn every activation into NaN)."""
    x = float(x)
    if not math.isfinite(x):
        raise InputError(f"{what} is {x}; pass a finite number.")
    return x


def add_vector(vector: Float[Tensor, " d"], alpha: float) -> HookFn:
    """Add ``alpha · vector`` at every position."""
    alpha = finite(alpha)

    def hook(act: Tensor, hook: Any = None) -> Tensor:
        return act + (alpha * vector).to(act.dtype)

    return hook


def project_out(unit: Float[Tensor, " d"]) -> HookFn:
    """Remove the component along ``unit`` (a unit vector): ``x ← x − (x·u) u`` at every position.

    The projection is computed in float32 and cast back to the activation's dtype.
    """

    def hook(act: Tensor, hook: Any = None) -> Tensor:
        x = act.float()
        u = unit.to(device=x.device, dtype=torch.float32)
        return (x - (x @ u)[..., None] * u).to(act.dtype)

    return hook


def stop_forward() -> HookFn:
    """End the forward pass here (caught by the caller) to skip the remaining layers."""

    def hook(act: Tensor, hook: Any = None) -> None:
        raise StopForward

    return hook


_STAGES = (
    "hook_resid_pre",
    "ln1",
    "attn",
    "hook_attn_out",
    "hook_resid_mid",
    "ln2",
    "mlp",
    "hook_mlp_out",
    "hook_resid_post",
)


def hook_order(name: str) -> tuple[int, int]:
    """Sort key giving the execution order of TL hook names within one forward pass."""
    parts = name.split(".")
    if parts[0] != "blocks" or len(parts) < 3:
        return (-1, 0) if name.startswith("hook_embed") else (1 << 30, 0)
    stage = _STAGES.index(parts[2]) if parts[2] in _STAGES else len(_STAGES)
    return int(parts[1]), stage


@torch.no_grad()
def run_until(
    model: Any, fwd_hooks: list[tuple[str, HookFn]], tokens: Tensor, attention_mask: Tensor
) -> None:
    """Run ``model`` with ``fwd_hooks`` and stop right after the last of them has fired."""
    last = max((name for name, _ in fwd_hooks), key=hook_order)
    try:
        with model.hooks(fwd_hooks=[*fwd_hooks, (last, stop_forward())]):
            model(tokens, attention_mask=attention_mask)
    except StopForward:
        pass
