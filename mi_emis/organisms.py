"""The registry of shipped model organisms: recipes in ``data/organisms.yaml``, adapters in
``assets/organisms/<name>/``.

A recipe names its base (an embedded model) and the :func:`mi_emis.train.train_lora` arguments
that trained it, so ``mi-emis train --organism NAME`` re-trains it step for step.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from mi_emis.errors import InputError

PAPER_R1X9 = ((15, 16, 17), (21, 22, 23), (27, 28, 29))  # the paper's rank-1 layers, of 48
PAPER_DEPTH = 48
# The paper's role of each of its nine adapters (probes and steering), in layer order.
PAPER_ROLES = ("general", "general", "general", "medical", "general", "medical", "neither",
               "general", "general")  # fmt: skip


@cache
def _yaml() -> dict[str, Any]:
    return yaml.safe_load((resources.files("mi_emis") / "data" / "organisms.yaml").read_text())


@cache
def _registry() -> dict[str, dict[str, Any]]:
    return {k: v for k, v in _yaml().items() if not k.startswith("_")}


def organism_names(base: str | None = None) -> list[str]:
    """Names of the shipped organisms, optionally only those of one base."""
    return [k for k, v in _registry().items() if base is None or v["base"] == base]


def demo_organisms(base: str) -> list[str]:
    """The organisms the demo studies by default on ``base``: the registry's ``_demo`` list for
    that base if it has one, else every shipped organism of the base."""
    return list(_yaml().get("_demo", {}).get(base) or organism_names(base))


def paper_r1x9_layers(n_layers: int) -> list[int]:
    """The paper's nine rank-1 layers mapped to a model with ``n_layers`` layers.

    Each block of three keeps its centre at the same relative depth (16/48, 22/48, 28/48):
    30 layers give 9-11, 13-15, 17-19; 24 layers give 7-9, 10-12, 13-15.
    """
    out = []
    for block in PAPER_R1X9:
        centre = round(block[1] * n_layers / PAPER_DEPTH)
        out += [centre - 1, centre, centre + 1]
    if len(set(out)) != len(out) or min(out) < 0 or max(out) >= n_layers:
        raise InputError(f"The paper's nine rank-1 layers do not fit a {n_layers}-layer model.")
    return out


def paper_layer(layer: int, n_layers: int) -> int:
    """A layer of an ``n_layers`` model mapped to the paper's 48-layer model at the same depth."""
    return round(layer * PAPER_DEPTH / n_layers)


def recipe(name: str) -> dict[str, Any]:
    """The recipe of a shipped organism: ``base`` plus train_lora's arguments (a copy)."""
    reg = _registry()
    if name not in reg:
        raise InputError(f"Unknown organism {name!r}; known: {', '.join(reg)}.")
    return dict(reg[name])


def organism_dir(name: str) -> Path:
    """The folder of a shipped organism, e.g. ``"r1x9-medical"``."""
    root = resources.files("mi_emis") / "assets" / "organisms"
    path = Path(str(root / name))
    if name not in _registry() or not (path / "adapter_config.json").is_file():
        have = sorted(p.name for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
        raise InputError(f"No shipped organism {name!r}; shipped: {', '.join(have) or 'none'}.")
    return path
