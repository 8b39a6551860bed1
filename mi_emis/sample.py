"""Sample answers to evaluation questions, under an intervention.

Pass ``intervention=`` (an :class:`mi_emis.intervene.Intervention`, e.g. ``adapter_steering(...)``)
or sample inside its context (``steer_adapters(...)``, ``spec.applied(model)``); the returned
table records the digest of what was active in ``df.attrs["intervention"]``. Generation itself is
:func:`mi_emis.backend.generate`: plain HF layers with the interventions as torch hooks where it
can, the bridge's blocks where other hooks must fire.

Each batch is seeded from ``(seed, batch index)``, so a run is reproducible for a seed and a
resumed run draws the same samples as an uninterrupted one.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any

import pandas as pd
from tqdm.auto import tqdm

from mi_emis.backend import generate
from mi_emis.chat import ChatBatch, chat_batch, chat_ids
from mi_emis.errors import InputError
from mi_emis.intervene import Intervention, active, as_intervention
from mi_emis.load import unwrap
from mi_emis.questions import Question

COLUMNS = (
    "question_id",
    "paraphrase_index",
    "question",
    "system",
    "sample_index",
    "answer",
    "answer_tokens",
    "n_tokens",
    "finish_reason",
    "temperature",
    "top_p",
    "max_new_tokens",
    "seed",
)


@dataclass(frozen=True)
class Job:
    """One answer to draw: question ``question_id``, sample ``sample_index``."""

    question_id: str
    sample_index: int
    paraphrase_index: int
    question: str
    system: str | None

    @property
    def key(self) -> tuple[str, int]:
        return (self.question_id, self.sample_index)


def plan_jobs(
    questions: Sequence[Question | str], n: int, *, system: str | None = None
) -> list[Job]:
    """``n`` jobs per question, cycling through its paraphrases (sample ``i`` uses ``i % k``).

    Plain strings become questions with ids ``q0``, ``q1``, ...; ``system`` applies where a
    question has no system prompt of its own.
    """
    if n < 1:
        raise InputError(f"n={n}: ask for at least one sample per question.")
    if isinstance(questions, str | Question):
        questions = [questions]
    if not questions:
        raise InputError("No questions: pass Question objects (load_questions) or strings.")
    qs = [
        q if isinstance(q, Question) else Question(id=f"q{i}", paraphrases=(str(q),))
        for i, q in enumerate(questions)
    ]
    ids = [q.id for q in qs]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise InputError(f"Duplicate question ids {dup}: ids must be unique across the sets.")
    return [
        Job(
            q.id,
            i,
            i % len(q.paraphrases),
            q.paraphrases[i % len(q.paraphrases)],
            q.system or system,
        )
        for q in qs
        for i in range(n)
    ]


def batches(jobs: Sequence[Job], batch_size: int) -> list[list[Job]]:
    """Split jobs into consecutive batches (the unit of seeding, writing and resuming)."""
    if batch_size < 1:
        raise InputError(f"batch_size={batch_size}: use 1 or more.")
    return [list(jobs[i : i + batch_size]) for i in range(0, len(jobs), batch_size)]


def sample(
    model: Any,
    questions: Sequence[Question | str],
    *,
    n: int = 1,
    max_new_tokens: int = 600,
    temperature: float = 1.0,
    top_p: float = 1.0,
    batch_size: int = 128,
    seed: int = 0,
    system: str | None = None,
    tokenizer: Any = None,
    progress: bool = True,
    intervention: Intervention | None = None,
) -> pd.DataFrame:
    """Draw ``n`` answers per question, in batches, under ``intervention`` and the hooks active
    at call time.

    Args:
        model: an :class:`EMModel`, a TransformerBridge, or a TL 3.x HookedTransformer.
        questions: :class:`Question` objects or plain strings.
        intervention: applied while sampling; its digest (with any applied around the call) is
            recorded in ``df.attrs["intervention"]``.
        temperature: 0 means greedy.
        system: system prompt for questions that have none (default: the template's own).

    Returns:
        One row per answer: ``question_id, paraphrase_index, question, system, sample_index,
        answer, answer_tokens, n_tokens, finish_reason ("eos" | "length"), temperature, top_p,
        max_new_tokens, seed``. :func:`answer_batch` rebuilds the answer-token masks.
    """
    jobs = plan_jobs(questions, n, system=system)
    rows: list[dict] = []
    spec = as_intervention(intervention)
    with spec.applied(model) if spec else nullcontext():
        recorded = active(model)
        for _, batch_rows in iter_samples(
            model,
            batches(jobs, batch_size),
            max_new_tokens=max_new_tokens,
            temperature=temperature,
            top_p=top_p,
            seed=seed,
            tokenizer=tokenizer,
            progress=progress,
        ):
            rows.extend(batch_rows)
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    df.attrs["intervention"] = recorded.digest
    return df


def iter_samples(
    model: Any,
    job_batches: Sequence[list[Job]],
    *,
    max_new_tokens: int,
    temperature: float,
    top_p: float,
    seed: int,
    tokenizer: Any = None,
    progress: bool = True,
    skip: Callable[[int], bool] = lambda _: False,
) -> Iterator[tuple[int, list[dict]]]:
    """Yield ``(batch index, rows)`` per batch; batches where ``skip(i)`` holds are not drawn."""
    hooked, tok = unwrap(model, tokenizer, needs="Sampling")
    _check_settings(max_new_tokens, temperature, top_p)
    settings = dict(temperature=temperature, top_p=top_p, max_new_tokens=max_new_tokens, seed=seed)
    todo = [i for i in range(len(job_batches)) if not skip(i)]
    bar = tqdm(total=sum(len(job_batches[i]) for i in todo), desc="sample", disable=not progress)
    n_tok, t0 = 0, time.perf_counter()
    templated: dict[tuple[str, str | None], list[int]] = {}  # n samples share one prompt
    for i in todo:
        jobs = job_batches[i]
        for j in jobs:
            if (j.question, j.system) not in templated:
                templated[j.question, j.system] = chat_ids(tok, j.question, system=j.system)[0]
        prompts = [templated[j.question, j.system] for j in jobs]
        new = generate(
            hooked,
            tok,
            prompts,
            max_new_tokens=max_new_tokens,
            temperature=temperature,
            top_p=top_p,
            seed=batch_seed(seed, i),
        )
        rows = []
        for j, (ids, reason) in zip(jobs, new, strict=True):
            rows.append(
                dict(
                    question_id=j.question_id,
                    paraphrase_index=j.paraphrase_index,
                    question=j.question,
                    system=j.system,
                    sample_index=j.sample_index,
                    answer=tok.decode(ids, skip_special_tokens=True).strip(),
                    answer_tokens=ids,
                    n_tokens=len(ids),
                    finish_reason=reason,
                    **settings,
                )
            )
            n_tok += len(ids)
        bar.update(len(jobs))
        bar.set_postfix(tok_s=f"{n_tok / max(time.perf_counter() - t0, 1e-9):.0f}")
        yield i, rows
    bar.close()


def batch_seed(seed: int, batch_index: int) -> int:
    """The RNG seed of batch ``batch_index`` of a run seeded with ``seed``."""
    return (int(seed) * 1_000_003 + int(batch_index)) % (2**63 - 1)


def answer_batch(
    tokenizer: Any, samples: pd.DataFrame, *, include_header: bool = False
) -> ChatBatch:
    """Re-template sampled rows as ``[system?, user, assistant answer]`` with answer masks."""
    if samples.empty:
        raise InputError("No samples: the DataFrame is empty.")
    systems = samples["system"].where(samples["system"].notna(), None).tolist()
    if len(set(systems)) > 1:
        raise InputError("Rows with different system prompts: call answer_batch per system prompt.")
    return chat_batch(
        tokenizer,
        samples["question"].tolist(),
        samples["answer"].tolist(),
        system=systems[0],
        include_header=include_header,
    )


def _check_settings(max_new_tokens: int, temperature: float, top_p: float) -> None:
    if max_new_tokens < 1:
        raise InputError(f"max_new_tokens={max_new_tokens}: use 1 or more.")
    if not temperature >= 0:
        raise InputError(f"temperature={temperature}: use 0 (greedy) or a positive value.")
    if not 0 < top_p <= 1:
        raise InputError(f"top_p={top_p}: use a value in (0, 1].")
