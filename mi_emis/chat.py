"""Chat templating, BOS handling, left padding and answer-token masks.

Templated text already holds every special token, so it is tokenised with
``add_special_tokens=False``: no second BOS. Answer masks come from the templated ids, never from
a separate tokenisation of the answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch
from jaxtyping import Bool, Int
from torch import Tensor

from mi_emis.errors import InputError


@dataclass
class ChatBatch:
    """Left-padded token batch with its masks.

    Attributes:
        tokens: ``[batch, pos]`` token ids, left-padded.
        attention_mask: ``[batch, pos]``, 1 on real tokens.
        answer_mask: ``[batch, pos]``, True on the answer tokens (all False for prompts only).
    """

    tokens: Int[Tensor, "batch pos"]
    attention_mask: Int[Tensor, "batch pos"]
    answer_mask: Bool[Tensor, "batch pos"]

    def __len__(self) -> int:
        return int(self.tokens.shape[0])


def encode_text(tokenizer, text: str) -> list[int]:
    """Token ids of ``text``; a BOS is added only if the tokenizer adds one and none is there."""
    bos = getattr(tokenizer, "bos_token", None)
    has_bos = bool(bos) and text.startswith(bos)
    return list(tokenizer(text, add_special_tokens=not has_bos)["input_ids"])


def left_pad(
    seqs: Sequence[Sequence[int]], pad_id: int
) -> tuple[Int[Tensor, "batch pos"], Int[Tensor, "batch pos"]]:
    """Stack id lists into a left-padded ``[batch, pos]`` tensor and its attention mask."""
    if not seqs or not all(len(s) for s in seqs):
        raise InputError("Empty token batch: pass at least one sequence, and no empty sequence.")
    n = max(len(s) for s in seqs)
    tokens = torch.full((len(seqs), n), int(pad_id), dtype=torch.long)
    mask = torch.zeros((len(seqs), n), dtype=torch.long)
    for b, s in enumerate(seqs):
        tokens[b, n - len(s) :] = torch.as_tensor(list(s), dtype=torch.long)
        mask[b, n - len(s) :] = 1
    return tokens, mask


def pad_id(tokenizer) -> int:
    pid = tokenizer.pad_token_id
    return int(pid if pid is not None else tokenizer.eos_token_id)


def chat_ids(
    tokenizer,
    user: str,
    answer: str | None = None,
    *,
    system: str | None = None,
    include_header: bool = False,
) -> tuple[list[int], int]:
    """Ids of a templated ``[system?, user, assistant?]`` chat and where the answer starts.

    Args:
        include_header: start the answer span at the assistant header
            (``<|im_start|>assistant\\n``), as the original direction code did.

    Returns:
        ``(ids, answer_start)``: answer tokens are ``ids[answer_start:]`` (this includes the closing
        end-of-turn tokens of the template). Without ``answer``, ``answer_start == len(ids)``.
    """
    msgs = _messages(user, system)
    prompt = render_chat(tokenizer, msgs, add_generation_prompt=True)
    ids = encode_text(tokenizer, prompt)
    start = len(ids)
    if include_header:
        bare = render_chat(tokenizer, msgs, add_generation_prompt=False)
        if not prompt.startswith(bare):
            raise InputError(
                "The chat template's generation prompt is not a suffix; cannot find the header."
            )
        start -= len(tokenizer(prompt[len(bare) :], add_special_tokens=False)["input_ids"])
    if answer is None:
        return ids, start
    full = render_chat(
        tokenizer, [*msgs, {"role": "assistant", "content": answer}], add_generation_prompt=False
    )
    if not full.startswith(prompt):
        raise InputError(
            "This chat template does not extend the generation prompt with the answer; "
            "answer masks cannot be located. Use a template where it does (ChatML, Llama-3, …)."
        )
    ids += list(tokenizer(full[len(prompt) :], add_special_tokens=False)["input_ids"])
    return ids, start


def chat_batch(
    tokenizer,
    users: Sequence[str],
    answers: Sequence[str] | None = None,
    *,
    system: str | None = None,
    include_header: bool = False,
) -> ChatBatch:
    """Template, tokenise and left-pad ``(user, answer)`` pairs, with answer-token masks."""
    if answers is not None and len(answers) != len(users):
        raise InputError(
            f"Got {len(users)} questions but {len(answers)} answers; pass one answer per question."
        )
    rows = [
        chat_ids(
            tokenizer,
            u,
            None if answers is None else answers[i],
            system=system,
            include_header=include_header,
        )
        for i, u in enumerate(users)
    ]
    tokens, mask = left_pad([ids for ids, _ in rows], pad_id(tokenizer))
    answer = torch.zeros_like(mask, dtype=torch.bool)
    n = tokens.shape[1]
    for b, (ids, start) in enumerate(rows):
        answer[b, n - len(ids) + start :] = True
    return ChatBatch(tokens, mask, answer)


def _messages(user: str, system: str | None) -> list[dict[str, str]]:
    msgs = [{"role": "system", "content": system}] if system is not None else []
    return [*msgs, {"role": "user", "content": user}]


def render_chat(tokenizer, messages: list[dict[str, str]], *, add_generation_prompt: bool) -> str:
    if not getattr(tokenizer, "chat_template", None):
        raise InputError(
            f"The tokenizer {getattr(tokenizer, 'name_or_path', '')!r} has no chat template. Set "
            "tokenizer.chat_template (a Jinja string), or use the instruct/chat version of the model."
        )
    return tokenizer.apply_chat_template(
        messages, tokenize=False, add_generation_prompt=add_generation_prompt
    )
