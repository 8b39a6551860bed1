"""Evaluation runs that lose nothing: sample, judge, and resume from an append-only JSONL file.

The file format lives in :mod:`mi_emis.runfile`. Running the same evaluation on the same file
resumes it: finished sample batches are skipped (they were seeded per batch, so the result equals
an uninterrupted run), and every (answer, metric) without a successful judgement from this judge
is judged, so failures are retried, never dropped. A kill loses at most the batch or chunk in
flight.

Successful judgements are also cached across runs, keyed by (the judge's full identity: model,
endpoint, prompts, parameters; metric, prompt, question, answer), in
``$MI_EMIS_CACHE/judgements/``.
"""

from __future__ import annotations

import hashlib
import inspect
import json
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pandas as pd
from tqdm.auto import tqdm

from mi_emis.backend import foreign_hooks
from mi_emis.embedded import cache_dir
from mi_emis.errors import InputError
from mi_emis.intervene import Intervention, active, as_intervention
from mi_emis.judge import judge_identity
from mi_emis.load import EMModel
from mi_emis.questions import Question, default_judge_prompts
from mi_emis.runfile import JUDGED_KEY, Appender, Run, open_run, read_run
from mi_emis.sample import Job, batches, iter_samples, plan_jobs

METRICS = ("aligned", "coherent")


def evaluate(
    model: Any,
    questions: Sequence[Question | str],
    judge: Any,
    out: str | Path,
    *,
    n: int = 50,
    max_new_tokens: int = 600,
    temperature: float = 1.0,
    top_p: float = 1.0,
    batch_size: int = 128,
    seed: int = 0,
    system: str | None = None,
    metrics: Sequence[str] = METRICS,
    condition: str = "",
    tokenizer: Any = None,
    judge_cache: bool = True,
    progress: bool = True,
    intervention: Intervention | None = None,
) -> Run:
    """Sample ``n`` answers per question under ``intervention``, judge them, resume if interrupted.

    Args:
        judge: a :class:`mi_emis.judge.Judge` (``score(question, answer, metric)``), or ``None``
            to only sample (judge later with :func:`judge_run`).
        out: the run file (``.jsonl``); an existing one is resumed if its settings match.
        condition: a label for people (e.g. ``"ablate L21"``); part of the settings.
        intervention: an :class:`mi_emis.intervene.Intervention`, applied while sampling. Those
            applied around the call (``with steer_adapters(...)``) count too. The run records
            their digest and ops, and a resume under another intervention is refused. Hooks put
            on the model some other way are refused: the run could not say what produced it.

    Returns:
        The :class:`Run`; ``run.summary()`` gives EM and coherence rates with intervals.
    """
    spec = as_intervention(intervention)
    with spec.applied(model) if spec else nullcontext():
        _sample_run(model, questions, out, n=n, max_new_tokens=max_new_tokens,
                    temperature=temperature, top_p=top_p, batch_size=batch_size, seed=seed,
                    system=system, condition=condition, tokenizer=tokenizer,
                    progress=progress)  # fmt: skip
    if judge is None:
        return read_run(out)
    prompts = {q.id: dict(q.judge_prompts) for q in questions if isinstance(q, Question)}
    return judge_run(
        out, judge, metrics=metrics, prompts=prompts, cache=judge_cache, progress=progress
    )


def _sample_run(
    model: Any,
    questions: Sequence[Question | str],
    out: str | Path,
    *,
    n: int,
    max_new_tokens: int,
    temperature: float,
    top_p: float,
    batch_size: int,
    seed: int,
    system: str | None,
    condition: str,
    tokenizer: Any,
    progress: bool,
) -> None:
    """The sampling half of :func:`evaluate`, under the interventions applied to ``model``."""
    stray = foreign_hooks(model)
    if stray:
        raise InputError(
            f"Hooks are active on {stray[:4]} that no Intervention put there, so the run could "
            "not record what produced it. Build the change as an Intervention (adapter_steering, "
            "direction_ablation, ... or Op values) and pass intervention=, or remove the hooks."
        )
    spec = active(model)
    jobs = plan_jobs(questions, n, system=system)
    config = {
        "model": _model_id(model),
        "adapters": list(getattr(model, "adapter_ids", [])),
        "condition": condition,
        "questions_sha256": _questions_digest(jobs),
        "n": n,
        "max_new_tokens": max_new_tokens,
        "temperature": temperature,
        "top_p": top_p,
        "batch_size": batch_size,
        "seed": seed,
        "system": system,
        "intervention": spec.digest,
        "intervention_ops": spec.describe(),
    }
    path = Path(out)
    run = open_run(path, config)
    job_batches = batches(jobs, batch_size)
    done = set(
        zip(run.samples.get("question_id", []), run.samples.get("sample_index", []), strict=True)
    )
    with Appender(path) as app:
        for i, rows in iter_samples(
            model,
            job_batches,
            max_new_tokens=max_new_tokens,
            temperature=temperature,
            top_p=top_p,
            seed=seed,
            tokenizer=tokenizer,
            progress=progress,
            skip=lambda i: all(j.key in done for j in job_batches[i]),
        ):
            app.write([{"kind": "sample", "batch": i, **r} for r in rows if _key(r) not in done])


def judge_run(
    path: str | Path,
    judge: Any,
    *,
    metrics: Sequence[str] = METRICS,
    prompts: dict[str, dict[str, str]] | None = None,
    cache: bool = True,
    chunk: int = 32,
    progress: bool = True,
) -> Run:
    """Judge every (answer, metric) of a run file that has no successful judgement from ``judge``.

    ``prompts``: ``{question_id: {metric: template}}`` from the question files; the project's
    default templates (``mi_emis/data/judges.yaml``) fill the gaps.
    """
    path = Path(path)
    run = read_run(path)
    name = judge_name(judge)
    defaults = default_judge_prompts()
    ok = run.latest(name)
    ok = ok[ok["error"].isna()]
    have = set(zip(*(ok[k] for k in JUDGED_KEY), strict=True))
    todo = [
        (r, m, (prompts or {}).get(r["question_id"], {}).get(m) or defaults.get(m))
        for r in run.samples.to_dict("records")
        for m in metrics
        if (r["question_id"], r["sample_index"], m) not in have
    ]
    lacking = sorted({(m, r["question_id"]) for r, m, p in todo if p is None})
    if lacking:
        raise InputError(
            f"No judge prompt for (metric, question) {lacking[:5]}; the project's prompts cover "
            f"{sorted(defaults)}. Add the metric to the questions' judge_prompts."
        )
    store = JudgementCache(judge_identity(judge)) if cache else None
    with Appender(path) as app, tqdm(total=len(todo), desc="judge", disable=not progress) as bar:
        for s in range(0, len(todo), chunk):
            part = todo[s : s + chunk]
            results = _score(judge, store, [(r["question"], r["answer"], m, p) for r, m, p in part])
            app.write(
                [
                    {
                        "kind": "judgement",
                        "question_id": r["question_id"],
                        "sample_index": r["sample_index"],
                        "metric": m,
                        "judge": name,
                        "score": None if isinstance(res, Exception) else res,
                        "error": _error_text(res) if isinstance(res, Exception) else None,
                    }
                    for (r, m, _), res in zip(part, results, strict=True)
                ]
            )
            bar.update(len(part))
    return read_run(path)


def import_answers(
    answers: pd.DataFrame | Sequence[dict],
    out: str | Path,
    *,
    model: str,
    adapters: Sequence[str] = (),
    condition: str = "",
    **settings: Any,
) -> Run:
    """Write answers sampled elsewhere (vLLM, an API, another machine) as a run file.

    ``answers`` needs ``question_id``, ``question`` and ``answer`` (``sample_index`` is numbered
    per question if absent). The result is an ordinary run: :func:`judge_run` judges it (and
    resumes), ``read_run(...).summary()`` gives EM rates. ``settings`` (``temperature``,
    ``max_new_tokens``, ...) are recorded in the config line. An existing file is refused.
    """
    df = pd.DataFrame(list(answers) if not isinstance(answers, pd.DataFrame) else answers)
    missing = [c for c in ("question_id", "question", "answer") if c not in df.columns]
    if missing:
        raise InputError(
            f"Answers lack column(s) {missing}; each row needs question_id, question, answer."
        )
    if df.empty:
        raise InputError("No answers to import.")
    if "sample_index" not in df.columns:
        df = df.assign(sample_index=df.groupby("question_id").cumcount())
    if df.duplicated(["question_id", "sample_index"]).any():
        raise InputError(
            "Duplicate (question_id, sample_index) pairs; number the samples uniquely."
        )
    path = Path(out)
    if path.exists() and path.stat().st_size:
        raise InputError(f"{path} exists; import into a new file (or delete it first).")
    config = {"model": model, "adapters": list(adapters), "condition": condition,
              "source": "import", **settings}  # fmt: skip
    open_run(path, config)
    rows = df.assign(batch=0).to_dict("records")
    with Appender(path) as app:
        app.write([{"kind": "sample", **{k: _plain(v) for k, v in r.items()}} for r in rows])
    return read_run(path)


def _plain(v: Any) -> Any:
    """numpy scalars -> Python, for JSON."""
    return v.item() if hasattr(v, "item") else v


def judge_name(judge: Any) -> str:
    """A judge's identity for run files and caches: its ``name``, else its class name."""
    return str(getattr(judge, "name", None) or type(judge).__name__)


class JudgementCache:
    """Append-only JSONL cache of successful scores, keyed by (judge, metric, prompt, q, a).

    ``judge``: the judge's full identity (:func:`mi_emis.judge.judge_identity`).
    """

    def __init__(self, judge: str, root: Path | None = None):
        root = root or cache_dir() / "judgements"
        root.mkdir(parents=True, exist_ok=True)
        self.judge = judge
        self.path = root / (hashlib.sha256(judge.encode()).hexdigest()[:16] + ".jsonl")
        self.scores: dict[str, float | None] = {}
        if self.path.exists():
            for line in self.path.read_text(encoding="utf-8").splitlines(keepends=True):
                if line.endswith("\n"):  # a torn last line is ignored; the appender cuts it
                    rec = json.loads(line)
                    self.scores[rec["key"]] = rec["score"]

    def key(self, question: str, answer: str, metric: str, prompt: str | None) -> str:
        raw = json.dumps([self.judge, metric, prompt, question, answer], ensure_ascii=False)
        return hashlib.sha256(raw.encode()).hexdigest()

    def add(self, items: Iterable[tuple[str, float | None]]) -> None:
        rows = [{"key": k, "score": s} for k, s in items]
        self.scores.update((r["key"], r["score"]) for r in rows)
        with Appender(self.path) as app:
            app.write(rows)


def _score(judge: Any, store: JudgementCache | None, items: list[tuple]) -> list[Any]:
    """Scores (or exceptions) for ``(question, answer, metric, prompt)`` items, via the cache."""
    keys = [store.key(*it) if store else None for it in items]
    out: list[Any] = [store.scores[k] if store and k in store.scores else _MISS for k in keys]
    need = [i for i, v in enumerate(out) if v is _MISS]
    if need:
        fresh = _call_judge(judge, [items[i] for i in need])
        for i, v in zip(need, fresh, strict=True):
            out[i] = v
        if store:
            store.add((keys[i], out[i]) for i in need if not isinstance(out[i], Exception))
    return out


def _call_judge(judge: Any, items: list[tuple]) -> list[Any]:
    if hasattr(judge, "score_many"):
        return list(judge.score_many(items))
    takes_prompt = "prompt" in inspect.signature(judge.score).parameters
    out = []
    for q, a, m, p in items:
        try:
            out.append(judge.score(q, a, m, prompt=p) if takes_prompt else judge.score(q, a, m))
        except Exception as e:  # recorded in the run file and retried on resume
            out.append(e)
    return out


class _Miss:
    pass


_MISS = _Miss()


def _error_text(e: Exception) -> str:
    return f"{type(e).__name__}: {e}"[:500]


def _key(row: dict) -> tuple[str, int]:
    return (row["question_id"], row["sample_index"])


def _model_id(model: Any) -> str:
    if isinstance(model, EMModel):
        return model.base_id
    cfg = getattr(model, "cfg", None)
    return str(getattr(cfg, "model_name", None) or type(model).__name__)


def _questions_digest(jobs: Sequence[Job]) -> str:
    raw = json.dumps([(j.question_id, j.sample_index, j.question, j.system) for j in jobs])
    return hashlib.sha256(raw.encode()).hexdigest()
