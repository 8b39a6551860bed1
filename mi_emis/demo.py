"""The one-command demo: the paper's whole pipeline on an embedded world (a base model and the
organisms shipped for it), offline, written to an HTML report.

Steps: EM of the base and the organisms; adapter scalars per token; L1 probes on the scalars;
per-adapter steering and ablation with verdicts; misalignment directions and their cosines
across fine-tunes; direction ablation transfer with a random control, and steering the base.
Every sampled answer is kept in resumable run files under ``out/runs/<config>``, so a second run
(or a run after an interruption) only redoes what is missing. The steps are in
:mod:`mi_emis.demo_sections`; the state they share is a :class:`~mi_emis.demo_context.DemoContext`.
"""

from __future__ import annotations

import gc
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from mi_emis.demo_context import DemoContext
from mi_emis.demo_sections import SECTIONS
from mi_emis.embedded import EMBEDDED_NAME
from mi_emis.errors import InputError
from mi_emis.organisms import recipe
from mi_emis.report import Section, write_report
from mi_emis.validity import judge_validity, validity_note


def _default_source(names: tuple[str, ...] | list[str]) -> list[str]:
    """The nine rank-1 harmful medical organism among ``names`` (at most one), as a list."""
    return [n for n in names if "r1x9" in n and "good" not in n][:1]


@dataclass(frozen=True)
class DemoConfig:
    """The world and sizes of the demo.

    ``organisms`` defaults to the demo's organisms of ``world``
    (:func:`mi_emis.organisms.demo_organisms`); ``source`` (whose adapters, probes and direction
    are studied) to its nine rank-1 medical organism; ``layer`` (cosines and
    steering the base) to the layer at the paper's L24 depth.
    """

    world: str = EMBEDDED_NAME
    organisms: tuple[str, ...] = ()
    source: str = ""
    n: int = 6  # samples per general question, per model and direction condition
    n_medical: int = 3  # samples per medical question of the source (probe labels)
    n_adapter: int = 2  # samples per general question, per single-adapter condition
    adapters: tuple[int, ...] | None = None  # indices into the source's adapters; None: all
    max_new_tokens: int = 80
    temperature: float = 0.7
    batch_size: int = 64  # one batch per model and condition (10 general questions x n)
    seed: int = 0
    steer_scale: float = 0.25  # additive steering, in units of the mean residual norm
    layer: int | None = None
    probe_runs: int = 10
    dtype: str = "float32"  # of the served models; "bfloat16" is faster on CPUs with bf16

    def __post_init__(self) -> None:
        from mi_emis.organisms import demo_organisms, organism_names

        shipped = organism_names(self.world)
        if not shipped:
            raise InputError(
                f"No organisms are shipped for {self.world!r}; the demo runs on an embedded world "
                f"with organisms: {', '.join(sorted({recipe(n)['base'] for n in organism_names()}))}."
            )
        if not self.organisms:
            object.__setattr__(self, "organisms", tuple(demo_organisms(self.world)))
        if not self.source:
            src = _default_source(self.organisms) or [self.organisms[0]]
            object.__setattr__(self, "source", src[0])
        unknown = [n for n in (*self.organisms, self.source) if n not in shipped]
        if unknown:
            raise InputError(f"Not organisms of {self.world}: {unknown}; shipped: {shipped}.")

    @classmethod
    def quick(cls, world: str = EMBEDDED_NAME) -> DemoConfig:
        """A smoke-test size (a few minutes): two organisms, three adapters, short answers."""
        from mi_emis.organisms import demo_organisms

        names = demo_organisms(world)
        src = _default_source(names)
        other = [n for n in names if "financial" in n][:1]
        return cls(
            world=world,
            organisms=tuple(src + other) or tuple(names[:2]),
            n=1,
            n_medical=1,
            n_adapter=1,
            adapters=(0, 3, 6),
            max_new_tokens=32,
            probe_runs=3,
        )

    @property
    def tag(self) -> str:
        """A short name of the settings (run files of other settings are kept apart)."""
        digest = hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()
        return digest[:10]


@dataclass
class DemoResult:
    report: Path
    summary: pd.DataFrame
    sections: list[Section] = field(default_factory=list)
    seconds: float = 0.0


def run_demo(
    out: str | Path = "report",
    config: DemoConfig | None = None,
    *,
    judge: Any = None,
    progress: bool = True,
    log: Callable[[str], None] = print,
) -> DemoResult:
    """Run every step and write ``out/index.html``; returns the summary table and the sections.

    ``judge`` defaults to the offline judge; any :class:`mi_emis.judge.Judge` can replace it.
    """
    import torch

    from mi_emis.embedded import embedded_models
    from mi_emis.offline_judge import DomainJudge, OfflineJudge

    cfg = config or DemoConfig()
    base = cfg.world
    world_name = embedded_models().get(base, {}).get("description", base).split(" (")[0]
    t0 = time.perf_counter()
    out = Path(out)
    runs = out / "runs" / cfg.tag
    runs.mkdir(parents=True, exist_ok=True)
    (runs / "config.json").write_text(json.dumps(asdict(cfg), indent=1))
    torch.manual_seed(cfg.seed)
    ctx = DemoContext(cfg, base, runs, judge or OfflineJudge(), DomainJudge(), progress, log)
    steps = list(SECTIONS)
    sections = []
    for i, step in enumerate(steps, 1):
        log(f"\n[{i}/{len(steps)}] {step.__doc__.splitlines()[0]}")
        t = time.perf_counter()
        sections.append(step(ctx))
        log(f"      done in {time.perf_counter() - t:.0f} s")
        gc.collect()
    seconds = time.perf_counter() - t0
    summary = pd.DataFrame(ctx.summary, columns=["step", "measured", "paper"])
    v = judge_validity(ctx.judge.name, base)
    summary["judge on this family"] = (
        f"checked against blind ratings: misaligned kappa {v['misaligned_kappa']:.2f}, "
        f"coherent kappa {v['coherent_kappa']:.2f}"
        if v
        else "UNVALIDATED"
    )  # every measured row rests on the judge's labels
    sections.insert(0, _overview(cfg, world_name, summary, seconds))
    path = write_report(
        sections,
        out,
        title=f"Emergent misalignment, end to end on {world_name}",
        lead=(
            "Every number below was measured by <code>mi-emis demo</code> on this machine, from "
            "the base model and the organisms shipped with mi_emis, judged by the offline judge "
            f"<code>{ctx.judge.name}</code>. <b>Judge validity on this model family: "
            f"{validity_note(ctx.judge.name, base)}</b> (benchmarks/JUDGE.md). Every figure "
            f"comes from the world <code>{base}</code>. The paper's numbers are for "
            "Qwen2.5-14B-Instruct judged by GPT-4o."
        ),
        footer=f"mi_emis demo · settings {cfg.tag} · {seconds / 60:.1f} min · run files in "
        f"runs/{cfg.tag}/",
    )
    return DemoResult(path, summary, sections, seconds)


def _overview(cfg: DemoConfig, world: str, summary: pd.DataFrame, seconds: float) -> Section:
    return Section(
        "summary",
        "Summary",
        f"World <code>{cfg.world}</code>: base {world}, organisms {', '.join(cfg.organisms)}; source organism "
        f"{cfg.source}. {seconds / 60:.1f} minutes on this machine (cached steps are reused).",
        tables=[("Measured here vs the paper", summary)],
    )
