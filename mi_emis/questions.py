"""Evaluation question sets in the EM community's YAML format, loaded unchanged.

Each entry has ``id``, ``type``, ``paraphrases``, optional ``system``,
``samples_per_paraphrase``, ``judge`` and ``judge_prompts`` (``{metric: template}`` with
``{question}`` and ``{answer}``). YAML anchors and aliases are resolved by ``yaml.safe_load``.
Ids ending in ``_template`` or ``_json`` are variants of a main question and are excluded by
default, as in the paper's evaluation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from mi_emis.errors import InputError

VARIANT_SUFFIXES = ("_template", "_json")


@dataclass(frozen=True)
class Question:
    """One evaluation question with its paraphrases and judge prompts."""

    id: str
    paraphrases: tuple[str, ...]
    system: str | None = None
    judge_prompts: Mapping[str, str] = field(default_factory=dict)
    type: str = "free_form_judge_0_100"
    samples_per_paraphrase: int | None = None
    judge: str | None = None
    source: str = ""

    @property
    def variant(self) -> str:
        """``"main"``, ``"template"`` or ``"json"``."""
        return next((s[1:] for s in VARIANT_SUFFIXES if self.id.endswith(s)), "main")


def load_questions(path: str | Path, *, include_variants: bool = False) -> list[Question]:
    """Load a question YAML file (a list of entries) into :class:`Question` objects.

    Raises:
        InputError: unreadable YAML (with its line), or an entry without ``id`` or
            ``paraphrases`` (named by its position and id).
    """
    path = Path(path)
    entries = _read_yaml(path)
    if not isinstance(entries, list):
        raise InputError(
            f"{path}: expected a YAML list of questions, got {type(entries).__name__}."
        )
    out, seen = [], set()
    for i, e in enumerate(entries):
        where = f"{path}: entry {i + 1}" + (f" (id {e.get('id')!r})" if isinstance(e, dict) else "")
        if not isinstance(e, dict) or not e.get("id"):
            raise InputError(f"{where}: each entry needs an 'id'.")
        paras = e.get("paraphrases")
        if isinstance(paras, str):
            paras = [paras]
        if not paras or not all(isinstance(p, str) and p.strip() for p in paras):
            raise InputError(f"{where}: 'paraphrases' must be a non-empty list of strings.")
        prompts = e.get("judge_prompts") or {}
        bad = [m for m, t in prompts.items() if "{answer}" not in str(t)]
        if bad:
            raise InputError(f"{where}: judge prompt(s) {bad} lack the '{{answer}}' placeholder.")
        if e["id"] in seen:
            raise InputError(f"{where}: duplicate id {e['id']!r}; ids must be unique in a file.")
        seen.add(e["id"])
        q = Question(
            id=str(e["id"]),
            paraphrases=tuple(paras),
            system=e.get("system"),
            judge_prompts=dict(prompts),
            type=str(e.get("type", "free_form_judge_0_100")),
            samples_per_paraphrase=e.get("samples_per_paraphrase"),
            judge=e.get("judge"),
            source=path.name,
        )
        if include_variants or q.variant == "main":
            out.append(q)
    return out


def load_judge_prompts(path: str | Path) -> dict[str, tuple[str, int]]:
    """Load a ``judges.yaml`` file: a list of ``{metric: prompt, high_score: 0|100}``.

    Returns:
        ``{metric: (prompt, high_score)}``, ``high_score`` kept exactly as the file gives it.
    """
    path = Path(path)
    entries = _read_yaml(path)
    out: dict[str, tuple[str, int]] = {}
    for i, e in enumerate(entries if isinstance(entries, list) else [None]):
        metrics = [k for k in (e or {}) if k != "high_score"]
        if not isinstance(e, dict) or len(metrics) != 1:
            raise InputError(
                f"{path}: entry {i + 1} must be {{metric: prompt, high_score: 0|100}}."
            )
        out[metrics[0]] = (str(e[metrics[0]]), int(e.get("high_score", 100)))
    return out


DEFAULT_SETS = ("general", "medical")


def default_questions(name: str = "general", *, include_variants: bool = False) -> list[Question]:
    """The project's own question sets: ``"general"`` or ``"medical"``, or a path to a YAML file."""
    if name in DEFAULT_SETS:
        path = Path(str(resources.files("mi_emis") / "data" / "questions" / f"{name}.yaml"))
    elif Path(name).suffix in (".yaml", ".yml"):
        path = Path(name)
    else:
        raise InputError(
            f"Unknown question set {name!r}: use one of {list(DEFAULT_SETS)} or a .yaml path."
        )
    return load_questions(path, include_variants=include_variants)


@cache
def default_judge_prompts() -> dict[str, str]:
    """The project's judge templates ``{metric: template}`` (aligned, coherent, topic judges)."""
    path = Path(str(resources.files("mi_emis") / "data" / "judges.yaml"))
    return {m: prompt for m, (prompt, _) in load_judge_prompts(path).items()}


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise InputError(f"No question file at {path}.") from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        raise InputError(f"{path}{line}: malformed YAML ({getattr(e, 'problem', e)}).") from e
