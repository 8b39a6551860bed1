"""Bulk unsteered sampling with vLLM (``pip install 'mi-emis[vllm]'``), into ordinary run files.

Use it for large plain EM evaluations (thousands of answers from a 14B-32B model): vLLM serves
the base with the LoRA adapter unmerged and batches continuously, several times faster than any
hooked generation. Anything with hooks (steering, ablation) stays with :func:`mi_emis.evaluate`.
The samples come back as a run file like any other, so :func:`mi_emis.evaluate.judge_run`,
``Run.summary()``, the human-rating tools and the plots all work on them unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mi_emis.errors import InputError
from mi_emis.evaluate import import_answers
from mi_emis.questions import Question
from mi_emis.runfile import Run
from mi_emis.sample import plan_jobs


def sample_vllm(
    base: str,
    adapter: str | None,
    questions: Sequence[Question | str],
    out: str | Path,
    *,
    n: int = 50,
    max_new_tokens: int = 600,
    temperature: float = 1.0,
    top_p: float = 1.0,
    seed: int = 0,
    system: str | None = None,
    max_lora_rank: int = 64,
    llm: Any = None,
    **llm_kwargs: Any,
) -> Run:
    """Sample ``n`` answers per question with vLLM (base + one LoRA folder) into a run file.

    Args:
        base: the base model (hub id or folder), as vLLM loads it.
        adapter: a PEFT LoRA folder, or ``None`` for the base model.
        llm: an existing ``vllm.LLM`` (created with ``enable_lora=True``) to reuse across calls.
        llm_kwargs: passed to ``vllm.LLM`` (``dtype="bfloat16"``, ``tensor_parallel_size=2``, ...).

    Returns:
        The :class:`mi_emis.runfile.Run` (unjudged): judge it with ``judge_run(run.path, judge)``.
    """
    try:
        import vllm
        from vllm.lora.request import LoRARequest
    except ImportError as e:
        raise InputError(
            "Bulk sampling needs vLLM (a CUDA GPU): pip install 'mi-emis[vllm]'. Without it, use "
            "mi_emis.evaluate (the same run format)."
        ) from e
    if Path(out).exists() and Path(out).stat().st_size:
        raise InputError(f"{out} exists; vLLM runs are written once, pass a new file.")
    jobs = plan_jobs(questions, n, system=system)
    groups: dict[tuple[str, int, str, str | None], list] = defaultdict(list)
    for j in jobs:  # one request per (question, paraphrase) with n = its number of samples
        groups[(j.question_id, j.paraphrase_index, j.question, j.system)].append(j)
    llm = llm or vllm.LLM(model=base, enable_lora=adapter is not None,
                          max_lora_rank=max_lora_rank, seed=seed, **llm_kwargs)  # fmt: skip
    chats, params = [], []
    for (_, _, question, sys_prompt), js in groups.items():
        msgs = [{"role": "system", "content": sys_prompt}] if sys_prompt else []
        chats.append([*msgs, {"role": "user", "content": question}])
        params.append(
            vllm.SamplingParams(n=len(js), temperature=temperature, top_p=top_p,
                                max_tokens=max_new_tokens, seed=seed + len(params))
        )  # fmt: skip
    lora = LoRARequest("adapter", 1, str(adapter)) if adapter is not None else None
    outputs = llm.chat(chats, params, lora_request=lora, use_tqdm=True)
    rows = []
    for (qid, p_idx, question, sys_prompt), js, o in zip(
        groups, groups.values(), outputs, strict=True
    ):
        if len(o.outputs) != len(js):
            raise InputError(
                f"vLLM returned {len(o.outputs)} answers for {qid}, expected {len(js)}."
            )
        for j, c in zip(js, o.outputs, strict=True):
            rows.append(
                dict(question_id=qid, sample_index=j.sample_index, paraphrase_index=p_idx,
                     question=question, system=sys_prompt, answer=c.text,
                     n_tokens=len(c.token_ids), finish_reason=c.finish_reason)
            )  # fmt: skip
    return import_answers(
        rows, out, model=base, adapters=[str(adapter)] if adapter else [], condition="",
        sampler="vllm", vllm_version=getattr(vllm, "__version__", "?"), n=n,
        max_new_tokens=max_new_tokens, temperature=temperature, top_p=top_p, seed=seed,
        system=system,
    )  # fmt: skip
