"""Steer along, ablate and orthogonalise against a misalignment direction.

The direction is a :class:`~mi_emis.directions.Direction` (see :mod:`mi_emis.directions`).
Steering adds ``alpha · unit`` at ``blocks.L.hook_<hook>`` (``alpha`` in residual-norm units; the
paper's ``scale · v`` is ``alpha = scale · norm``; ``direction.resid_norm`` gives the mean residual
norm per layer to choose ``alpha`` against). Ablation projects the direction out,
``x ← x − (x·r̂) r̂``. Both come as :class:`~mi_emis.intervene.Intervention` values
(:func:`direction_steering`, :func:`direction_ablation`) and as context managers
(:func:`steer_direction`, :func:`ablate_direction`). :func:`orthogonalize_adapter` removes the
direction from a LoRA adapter's weights instead.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
import torch
from safetensors.torch import save_file
from torch import Tensor

from mi_emis import hooks as H
from mi_emis.directions import Direction, resolve_layers
from mi_emis.errors import InputError
from mi_emis.intervene import Intervention, vector_op
from mi_emis.load import (
    EMModel,
    read_adapter_config,
    read_adapter_tensors,
    resolve_adapter,
    unwrap,
)

log = logging.getLogger(__name__)


def direction_steering(
    model: EMModel | Any,
    direction: Direction,
    alpha: float,
    *,
    layers: Sequence[int] | None = None,
    vector_layer: int | None = None,
) -> Intervention:
    """The :class:`~mi_emis.intervene.Intervention` that adds ``alpha · unit`` at
    ``blocks.L.hook_<hook>`` at every position.

    Args:
        alpha: in residual-norm units (compare with ``direction.resid_norm``); the paper's
            ``scale · v_L`` is ``alpha = scale · direction.norm``. 0 changes nothing.
        layers: where to steer (default: the direction's layers).
        vector_layer: use this layer's vector at every steered layer (default: each layer's own).
    """
    hooked, _ = unwrap(model)
    alpha = H.finite(alpha)
    pairs = _vectors(hooked, direction, layers, vector_layer)
    return Intervention(
        tuple(
            vector_op(
                direction.hook_name(L), "add", v, alpha, label=_label(direction, L, vector_layer)
            )
            for L, v in pairs
        )
    )


def direction_ablation(
    model: EMModel | Any,
    direction: Direction,
    *,
    layers: Sequence[int] | None = None,
    vector_layer: int | None = None,
) -> Intervention:
    """The :class:`~mi_emis.intervene.Intervention` that projects the direction out,
    ``x ← x − (x·r̂) r̂``, at every position of ``layers``. Args as in :func:`direction_steering`."""
    hooked, _ = unwrap(model)
    return Intervention(
        tuple(
            vector_op(
                direction.hook_name(L), "project_out", v, label=_label(direction, L, vector_layer)
            )
            for L, v in _vectors(hooked, direction, layers, vector_layer)
        )
    )


def _label(direction: Direction, layer: int, vector_layer: int | None) -> str:
    return f"direction L{layer if vector_layer is None else vector_layer} at L{layer}"


@contextmanager
def steer_direction(
    model: EMModel | Any,
    direction: Direction,
    alpha: float,
    *,
    layers: Sequence[int] | None = None,
    vector_layer: int | None = None,
) -> Iterator[Any]:
    """Add ``alpha · unit`` at ``blocks.L.hook_<hook>`` at every position, inside a ``with``:
    :func:`direction_steering` applied (see it for the arguments).

    Works around forward, ``run_with_cache`` and ``generate`` (one new position per step), and
    runs made inside the block record it.
    """
    spec = direction_steering(model, direction, alpha, layers=layers, vector_layer=vector_layer)
    known = [
        (L, float(direction.resid_norm[direction.row(L)]))
        for L in (direction.layers if layers is None else layers)
        if L in direction.layers
    ]
    if alpha and known:
        log.info(
            "steering with alpha=%g; mean residual norm there: %s",
            alpha,
            ", ".join(f"L{L} {n:.1f} ({alpha / n:.2f}x)" for L, n in known),
        )
    with spec.applied(model) as hooked:
        yield hooked


@contextmanager
def ablate_direction(
    model: EMModel | Any,
    direction: Direction,
    *,
    layers: Sequence[int] | None = None,
    vector_layer: int | None = None,
) -> Iterator[Any]:
    """Project the direction out, ``x ← x − (x·r̂) r̂``, at every position of ``layers``, inside
    a ``with``: :func:`direction_ablation` applied. Works during ``generate``."""
    spec = direction_ablation(model, direction, layers=layers, vector_layer=vector_layer)
    with spec.applied(model) as hooked:
        yield hooked


_B_KEY = re.compile(r"layers\.(\d+)\.((?:\w+\.)*?(\w+))\.lora_B(?:\.\w+)?\.weight$")
RESIDUAL_WRITERS = ("down_proj", "o_proj")


def orthogonalize_adapter(
    adapter: str | Path,
    direction: Direction,
    out_dir: str | Path,
    *,
    layers: Sequence[int] | None = None,
    modules: Sequence[str] = RESIDUAL_WRITERS,
    vector_layer: int | None = None,
    overwrite: bool = False,
) -> pd.DataFrame:
    """Write a copy of a PEFT adapter whose LoRA ``B`` no longer writes along the direction.

    For each ``B`` of a targeted module (one that writes into the residual stream: ``down_proj``,
    ``o_proj``) at a targeted layer L: ``B ← (I − r̂r̂ᵀ) B`` with ``r̂`` the direction at L (or at
    ``vector_layer``), then rescale to the original Frobenius norm. Other tensors are copied.

    Returns:
        One row per edited ``B``: key, layer, module, cosine of B's columns with r̂ before
        (largest absolute), norm before and after. Also written as ``orthogonalized.json``.
    """
    src = resolve_adapter(adapter)
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()) and not overwrite:
        raise InputError(f"{out} exists and is not empty; pass overwrite=True or another folder.")
    cfg = read_adapter_config(src)
    tensors = read_adapter_tensors(src)
    targets = None if layers is None else set(layers)
    rows, new = [], {}
    for key, B in tensors.items():
        m = _B_KEY.search(key)
        new[key] = B
        if not m or m.group(3) not in modules:
            continue
        L = int(m.group(1))
        if targets is not None and L not in targets:
            continue
        r = direction[L if vector_layer is None else vector_layer].to(torch.float32)
        if B.shape[0] != r.shape[0]:
            raise InputError(
                f"{key} writes {B.shape[0]}-d outputs but the direction has d_model "
                f"{r.shape[0]}: it belongs to another model."
            )
        Bf = B.float()
        edited = Bf - torch.outer(r, r @ Bf)
        edited = edited * (Bf.norm() / edited.norm().clamp_min(1e-30))
        new[key] = edited.to(B.dtype).contiguous()
        cos = (r @ Bf) / Bf.norm(dim=0).clamp_min(1e-30)
        rows.append(
            dict(
                key=key,
                layer=L,
                module=m.group(2),
                max_abs_cosine_before=float(cos.abs().max()),
                max_abs_cosine_after=float(((r @ edited.float()) / edited.norm(dim=0)).abs().max()),
                norm_before=float(Bf.norm()),
                norm_after=float(edited.float().norm()),
            )
        )
    if not rows:
        raise InputError(
            f"No LoRA B of modules {list(modules)} at layers "
            f"{sorted(targets) if targets else 'any'} in {src}; nothing to orthogonalise."
        )
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    save_file(new, str(out / "adapter_model.safetensors"))
    (out / "adapter_config.json").write_text(json.dumps(cfg, indent=2) + "\n")
    record = {
        "source": str(adapter),
        "direction": direction.meta,
        "direction_hook": direction.hook,
        "vector_layer": vector_layer,
        "edited": rows,
    }
    (out / "orthogonalized.json").write_text(json.dumps(record, indent=1, default=str) + "\n")
    return pd.DataFrame(rows)


def _vectors(
    hooked: Any, direction: Direction, layers: Sequence[int] | None, vector_layer: int | None
) -> list[tuple[int, Tensor]]:
    d = int(hooked.cfg.d_model)
    if direction.d_model != d:
        raise InputError(
            f"The direction has d_model {direction.d_model} but the model has {d}: it was "
            "extracted from another model."
        )
    chosen = list(direction.layers if layers is None else layers)
    resolve_layers(hooked, chosen)
    return [(L, direction[L if vector_layer is None else vector_layer]) for L in chosen]
