"""The state the demo's sections share: settings, run folder, judges, the model in memory, results.

:func:`mi_emis.demo.run_demo` makes one :class:`DemoContext` and passes it to each section of
:mod:`mi_emis.demo_sections` in turn; a section reads what the earlier ones left in it (judged
answers, probes, directions) and adds its own.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from mi_emis.organisms import PAPER_DEPTH

if TYPE_CHECKING:
    from mi_emis.demo import DemoConfig

BASE = "base"


@dataclass
class DemoContext:
    """What the demo's sections share: the settings, where run files go, the judges, the model in
    memory, and what each section leaves for the next.

    Attributes:
        cfg: the demo's settings (a :class:`mi_emis.demo.DemoConfig`).
        base: the world: the base model's name.
        runs: the folder of this configuration's run files (resumable).
        judge: the EM judge.
        domain: the domain (medical content) judge.
        progress: show progress bars.
        log: where progress lines go.
        tables: the judged, labelled general answers per model (``"base"`` and each organism).
        labelled: the source organism's labelled answers (for the probes).
        directions: the misalignment direction per organism.
        probes: the probe results per pairing, when the probes ran.
        summary: ``(step, measured, paper)`` rows of the summary table.
    """

    cfg: DemoConfig
    base: str
    runs: Path
    judge: Any
    domain: Any
    progress: bool
    log: Callable[[str], None]
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)  # judged general answers
    labelled: pd.DataFrame | None = None  # the source's labelled answers (probes)
    directions: dict[str, Any] = field(default_factory=dict)
    probes: dict[int, Any] | None = None
    summary: list[tuple[str, str, str]] = field(default_factory=list)
    _model: tuple[str, Any] | None = field(default=None, init=False, repr=False)

    @property
    def layer(self) -> int:
        """The layer for the cosine matrix and for steering the base: the paper's L24 depth."""
        if self.cfg.layer is not None:
            return self.cfg.layer
        from transformers import AutoConfig

        from mi_emis.embedded import resolve_base

        n = AutoConfig.from_pretrained(resolve_base(self.base) or self.base).num_hidden_layers
        return round(24 * n / PAPER_DEPTH)

    @property
    def eval_kw(self) -> dict[str, Any]:
        """The sampling settings of every evaluation: temperature, length, batch, seed."""
        c = self.cfg
        return dict(
            temperature=c.temperature, max_new_tokens=c.max_new_tokens, batch_size=c.batch_size,
            seed=c.seed, progress=self.progress,
        )  # fmt: skip

    def model(self, name: str) -> Any:
        """Load (or reuse the last loaded) base or organism; one model in memory at a time."""
        import torch

        from mi_emis.load import load_model

        if self._model is None or self._model[0] != name:
            self._model = None
            gc.collect()
            dtype = getattr(torch, self.cfg.dtype)
            self._model = (name, load_model(self.base, None if name == BASE else name, dtype=dtype))
        return self._model[1]
