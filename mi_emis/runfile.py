"""Run files: append-only JSONL that an evaluation writes and every reader reads unchanged.

A run file holds one JSON object per line: first ``{"kind": "config", ...}``, then
``{"kind": "sample", ...}`` rows (one write per batch, flushed and fsynced) and
``{"kind": "judgement", ...}`` rows (written per chunk, failures included), and
``{"kind": "rating", ...}`` rows of human ratings (:mod:`mi_emis.sheets`).

Readers never write: :func:`read_run` ignores a torn last line (a writer mid-line, or a kill);
only :class:`Appender` cuts a torn tail, under an exclusive lock, when it opens the file.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from mi_emis.errors import InputError, MiEmisError
from mi_emis.intervene import difference
from mi_emis.metrics import PAPER, Thresholds, em_summary

FORMAT_VERSION = 1
JUDGED_KEY = ("question_id", "sample_index", "metric")
# settings that change what is sampled: a resumed run must match them exactly
SAMPLE_KEYS = (
    "model",
    "adapters",
    "condition",
    "questions_sha256",
    "n",
    "max_new_tokens",
    "temperature",
    "top_p",
    "batch_size",
    "seed",
    "system",
    "intervention",
)


@dataclass
class Run:
    """What a run file holds: its config, samples, judgements and human ratings.

    ``ratings`` keeps every imported rating, corrections included; the last one of each
    (answer, rater) counts (:func:`mi_emis.sheets.ratings`).
    """

    path: Path
    config: dict
    samples: pd.DataFrame
    judgements: pd.DataFrame = field(default_factory=pd.DataFrame)
    ratings: pd.DataFrame = field(default_factory=pd.DataFrame)

    def latest(self, judge: str | None = None) -> pd.DataFrame:
        """The last judgement of each (answer, metric), from ``judge`` (default: any judge)."""
        j = self.judgements
        if j.empty:
            return pd.DataFrame(columns=[*JUDGED_KEY, "judge", "score", "error"])
        if judge is not None:
            j = j[j["judge"] == judge]
        return j.drop_duplicates(list(JUDGED_KEY), keep="last")

    def table(self, judge: str | None = None) -> pd.DataFrame:
        """Samples with one score column per metric (the latest judgement's score, else NaN)."""
        last = self.latest(judge)
        ok = last[last["error"].isna()]
        out = self.samples.copy()
        if not ok.empty:
            wide = ok.pivot(index=["question_id", "sample_index"], columns="metric", values="score")
            out = out.merge(wide.reset_index(), on=["question_id", "sample_index"], how="left")
        for m in sorted(set(last["metric"]) - set(out.columns)):  # every judgement of m failed
            out[m] = float("nan")
        return out

    def failures(self, judge: str | None = None) -> pd.DataFrame:
        """(answer, metric) pairs whose latest judgement is a failure."""
        last = self.latest(judge)
        return last[last["error"].notna()]

    def summary(
        self,
        *,
        by: str | Sequence[str] | None = None,
        judge: str | None = None,
        thresholds: Thresholds = PAPER,
        **kw: Any,
    ) -> pd.DataFrame:
        """:func:`mi_emis.metrics.em_summary` of :meth:`table`, with the judge's validity on
        this run's model family (``judge`` defaults to the run's only judge, if it has one)."""
        if judge is None and not self.judgements.empty:
            names = self.judgements["judge"].dropna().unique()
            judge = str(names[0]) if len(names) == 1 else None
        kw.setdefault("model", self.config.get("model"))
        return em_summary(self.table(judge), by=by, thresholds=thresholds, judge=judge, **kw)


def open_run(path: Path, config: dict) -> Run:
    """Create a run file with ``config``, or check an existing one against it and resume."""
    if not path.exists() or path.stat().st_size == 0:
        path.parent.mkdir(parents=True, exist_ok=True)
        with Appender(path) as app:
            app.write([{"kind": "config", "version": FORMAT_VERSION, **config}])
        return read_run(path)
    run = read_run(path)
    diff = {
        k: (run.config.get(k), config.get(k))
        for k in SAMPLE_KEYS
        if run.config.get(k) != config.get(k) and k in run.config  # older files lack new keys
    }
    if diff:
        lines = "; ".join(
            f"intervention: file {a[:12]} vs now {b[:12]} ("
            + difference(run.config.get("intervention_ops"), config.get("intervention_ops"))
            + ")"
            if k == "intervention"
            else f"{k}: file {a!r} vs now {b!r}"
            for k, (a, b) in diff.items()
        )
        raise InputError(
            f"{path} was made with other settings ({lines}). Resume with the same settings, "
            "or pass a new output file."
        )
    return run


def read_run(path: str | Path) -> Run:
    """Read a run file; the file is never changed (a torn last line is ignored)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"No run file at {path}; pass the .jsonl that evaluate() wrote.")
    config: dict | None = None
    samples, judgements, ratings = [], [], []
    with path.open(encoding="utf-8") as f:
        for k, line in enumerate(f, 1):
            if not line.endswith("\n"):  # torn: a writer mid-line, or a kill
                break
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(
                    f"{path} line {k}: not JSON ({e.msg}). Fix or delete that line, then run again."
                ) from e
            kind = rec.pop("kind", None)
            if kind == "config":
                config = rec
            elif kind == "sample":
                samples.append(rec)
            elif kind == "judgement":
                judgements.append(rec)
            elif kind == "rating":
                ratings.append(rec)
            else:
                raise InputError(f"{path} line {k}: unknown record kind {kind!r}.")
    if config is None:
        raise InputError(f"{path} has no config line; it is not an mi-emis run file.")
    s = pd.DataFrame(samples)
    if not s.empty:
        s = s.drop_duplicates(["question_id", "sample_index"], keep="first")
        s = s.sort_values(["batch", "question_id", "sample_index"], kind="stable")
        s = s.reset_index(drop=True)
    return Run(path, config, s, pd.DataFrame(judgements), pd.DataFrame(ratings))


class Appender:
    """Appends JSON lines; each ``write`` is one flushed, fsynced write.

    While open it holds an exclusive lock on the file (another appender waits). On opening it
    cuts a torn last line (no trailing newline) that a killed writer left; nothing else ever
    changes a run file.
    """

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self) -> Appender:
        try:
            self.f = self.path.open("a+b")
        except OSError as e:
            raise MiEmisError(f"Cannot write {self.path} ({e}); choose a writable path.") from e
        fcntl.flock(self.f.fileno(), fcntl.LOCK_EX)
        self._cut_torn_tail()
        return self

    def _cut_torn_tail(self) -> None:
        size = self.f.seek(0, os.SEEK_END)
        if size == 0:
            return
        self.f.seek(size - 1)
        if self.f.read(1) == b"\n":
            return
        self.f.seek(0)
        data = self.f.read()
        self.f.truncate(data.rfind(b"\n") + 1)
        self.f.seek(0, os.SEEK_END)

    def write(self, records: list[dict]) -> None:
        if not records:
            return
        self.f.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode())
        self.f.flush()
        os.fsync(self.f.fileno())

    def __exit__(self, *exc: Any) -> None:
        fcntl.flock(self.f.fileno(), fcntl.LOCK_UN)
        self.f.close()
