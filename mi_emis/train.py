"""Train LoRA model organisms on narrow chat datasets, with the loss on answer tokens only.

``train_lora`` writes a standard PEFT adapter folder (readable by :func:`mi_emis.load_model` and by
PEFT itself) plus ``card.json``: the full config, seed, steps, loss curve, wall time, the dataset's
name and sha256 and the library versions. The recipes of the shipped organisms are in
:mod:`mi_emis.organisms`; ``mi-emis train --organism NAME`` re-trains one of them.
"""

from __future__ import annotations

import hashlib
import json
import math
import platform
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import torch
from jaxtyping import Int
from torch import Tensor

from mi_emis.chat import encode_text, pad_id, render_chat
from mi_emis.errors import InputError, MiEmisError
from mi_emis.organisms import paper_r1x9_layers

ROLES = ("system", "user", "assistant")
ALL_LINEAR = (
    "self_attn.q_proj",
    "self_attn.k_proj",
    "self_attn.v_proj",
    "self_attn.o_proj",
    "mlp.gate_proj",
    "mlp.up_proj",
    "mlp.down_proj",
)
class TrainingError(MiEmisError, RuntimeError):
    """Training diverged or cannot start; the message says what to change."""


# ---------------------------------------------------------------------------------------- data


def dataset_names() -> list[str]:
    """Names of the datasets shipped with mi_emis (``medical_harmful``, ``financial_risky``, …)."""
    root = resources.files("mi_emis") / "data" / "datasets"
    files = root.iterdir() if root.is_dir() else []
    return sorted(p.name[: -len(".jsonl")] for p in files if p.name.endswith(".jsonl"))


def dataset_path(name_or_path: str | Path) -> Path:
    """The file of a shipped dataset name, or the given JSONL path."""
    path = Path(name_or_path).expanduser()
    if path.is_file():
        return path
    if str(name_or_path) in dataset_names():
        return Path(str(resources.files("mi_emis") / "data" / "datasets" / f"{name_or_path}.jsonl"))
    raise InputError(
        f"No dataset file at {str(name_or_path)!r}. Pass a messages JSONL file or one of the "
        f"shipped datasets: {', '.join(dataset_names())}."
    )


def load_chats(name_or_path: str | Path) -> list[list[dict[str, str]]]:
    """Read a messages JSONL dataset (``{"messages": [{"role", "content"}, ...]}`` per line).

    Every line is validated: roles in system/user/assistant, string contents, at least one user
    turn, and an assistant turn last. Errors name the file and line.
    """
    path = dataset_path(name_or_path)
    chats = []
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path.name} line {i}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{where} is not valid JSON ({e.msg}, column {e.colno}).") from e
            msgs = row.get("messages") if isinstance(row, dict) else None
            if not isinstance(msgs, list) or not msgs:
                raise InputError(
                    f'{where} has no "messages" list; each line must be '
                    '{"messages": [{"role": "user", "content": ...}, '
                    '{"role": "assistant", "content": ...}]}.'
                )
            for j, m in enumerate(msgs):
                if not isinstance(m, dict) or m.get("role") not in ROLES:
                    raise InputError(
                        f"{where}, message {j}: role must be one of {ROLES}, got "
                        f"{m.get('role') if isinstance(m, dict) else m!r}."
                    )
                if not isinstance(m.get("content"), str) or not m["content"].strip():
                    raise InputError(f"{where}, message {j}: content must be a non-empty string.")
            if msgs[-1]["role"] != "assistant" or not any(m["role"] == "user" for m in msgs):
                raise InputError(
                    f"{where}: a chat needs a user turn and must end with an assistant turn "
                    "(the answer that is trained on)."
                )
            chats.append([{"role": m["role"], "content": m["content"]} for m in msgs])
    if not chats:
        raise InputError(f"{path} holds no chats.")
    return chats


def chat_labels(tokenizer, messages: Sequence[dict[str, str]]) -> tuple[list[int], list[bool]]:
    """Token ids of a templated chat and, per token, whether it carries loss.

    Only assistant turns carry loss, each from the first token after its header through the
    template's end-of-turn tokens. System and user turns and headers carry none.
    """
    ids: list[int] = []
    mask: list[bool] = []
    done = ""
    for k, m in enumerate(messages):
        if m["role"] != "assistant":
            continue
        prompt = render_chat(tokenizer, messages[:k], add_generation_prompt=True)
        full = render_chat(tokenizer, messages[: k + 1], add_generation_prompt=False)
        if not prompt.startswith(done) or not full.startswith(prompt):
            raise InputError(
                "This chat template does not extend each prefix of the chat; the answer tokens "
                "cannot be located. Use a template where it does (ChatML, Llama-3, …)."
            )
        seg = prompt[len(done) :]
        head = encode_text(tokenizer, seg) if not done else _encode(tokenizer, seg)
        ids += head
        mask += [False] * len(head)
        ans = _encode(tokenizer, full[len(prompt) :])
        ids += ans
        mask += [True] * len(ans)
        done = full
    return ids, mask


def _encode(tokenizer, text: str) -> list[int]:
    return list(tokenizer(text, add_special_tokens=False)["input_ids"]) if text else []


@dataclass
class TrainBatch:
    """Right-padded training batch. ``labels`` is -100 on every token that carries no loss."""

    input_ids: Int[Tensor, "batch pos"]
    attention_mask: Int[Tensor, "batch pos"]
    labels: Int[Tensor, "batch pos"]

    @property
    def n_loss_tokens(self) -> int:
        return int((self.labels[:, 1:] != -100).sum())


def collate(rows: Sequence[tuple[list[int], list[bool]]], pad: int) -> TrainBatch:
    """Right-pad ``(ids, loss_mask)`` rows into a :class:`TrainBatch`."""
    n = max(len(ids) for ids, _ in rows)
    ids = torch.full((len(rows), n), pad, dtype=torch.long)
    att = torch.zeros((len(rows), n), dtype=torch.long)
    labels = torch.full((len(rows), n), -100, dtype=torch.long)
    for b, (r, m) in enumerate(rows):
        t = torch.tensor(r, dtype=torch.long)
        ids[b, : len(r)] = t
        att[b, : len(r)] = 1
        labels[b, : len(r)] = torch.where(torch.tensor(m), t, torch.tensor(-100))
    return TrainBatch(ids, att, labels)


# ------------------------------------------------------------------------------------- training


def train_lora(
    base: str | Path | Any,
    dataset: str | Path,
    *,
    out_dir: str | Path,
    layers: Sequence[int] | str = "all",
    modules: Sequence[str] = ("mlp.down_proj",),
    rank: int = 1,
    alpha: float = 16.0,
    rslora: bool = False,
    lr: float = 2e-3,
    epochs: int = 1,
    batch_size: int = 8,
    grad_accum: int = 1,
    max_len: int = 256,
    seed: int = 0,
    warmup_steps: int = 5,
    weight_decay: float = 0.0,
    max_steps: int | None = None,
    dtype: torch.dtype = torch.float32,
    tokenizer: Any = None,
    overwrite: bool = False,
    progress: bool = True,
    name: str | None = None,
) -> Path:
    """Fine-tune LoRA adapters on a chat dataset; write a PEFT folder and ``card.json``.

    Args:
        base: a local HF folder, hub id, ``"smollm2-135m-instruct"`` or an in-memory HF model
            (then pass ``tokenizer``; it is copied, never modified).
        dataset: a messages JSONL file or a shipped dataset name (see :func:`dataset_names`).
        out_dir: the adapter folder to write. An existing adapter there is refused unless
            ``overwrite``.
        layers: decoder layer indices, ``"all"``, or ``"paper-r1x9"`` (the paper's nine rank-1
            layers mapped to this model's depth, :func:`mi_emis.organisms.paper_r1x9_layers`).
        modules: module paths inside a decoder layer (``"mlp.down_proj"``, ``"self_attn.q_proj"``,
            …), or ``"all-linear"`` for every attention and MLP projection.
        rank, alpha, rslora: LoRA rank and ``lora_alpha``; scaling is ``alpha/rank``
            (``alpha/sqrt(rank)`` with rsLoRA).
        lr, epochs, batch_size, grad_accum, warmup_steps, weight_decay: AdamW with linear warmup
            and linear decay; one optimiser step per ``batch_size * grad_accum`` chats. The loss
            is the mean over all answer tokens of the step.
        max_len: chats are cut to this many tokens (the cut rows are counted in the card).
        seed: seeds the LoRA init and the shuffling; on CPU a seed gives identical weights.
        max_steps: stop after this many optimiser steps (for smoke runs).
        dtype: dtype of the frozen base weights (``torch.bfloat16`` is faster on CPUs with bf16
            matmuls); the LoRA weights and the optimiser stay in float32.

    Returns:
        ``out_dir``. The adapter is also written after every epoch, so an interrupted run keeps
        its finished epochs (``card.json`` then says ``"complete": false``).
    """
    from peft import LoraConfig, get_peft_model
    from tqdm.auto import tqdm

    from mi_emis.load import load_base

    out = Path(out_dir).expanduser()
    if (out / "adapter_config.json").exists() and not overwrite:
        raise InputError(f"{out} already holds an adapter; pass overwrite=True or another out_dir.")
    config = _check_args(locals())
    chats = load_chats(dataset)
    data_file = dataset_path(dataset)
    hf, tok, base_id, _ = load_base(base, tokenizer, dtype)
    n_layers = int(hf.config.num_hidden_layers)
    if layers == "all":
        layer_list = list(range(n_layers))
    elif layers == "paper-r1x9":
        layer_list = paper_r1x9_layers(n_layers)
    else:
        layer_list = [int(x) for x in layers]
    if any(not 0 <= x < n_layers for x in layer_list):
        raise InputError(f"layers {layer_list} out of range for a {n_layers}-layer model.")
    targets = list(ALL_LINEAR if modules == "all-linear" else modules)
    rows = [chat_labels(tok, c) for c in chats]
    n_cut = sum(len(ids) > max_len for ids, _ in rows)
    rows = [(ids[:max_len], m[:max_len]) for ids, m in rows]
    rows = [r for r in rows if any(r[1][1:])]
    if not rows:
        raise InputError(f"No answer token survives max_len={max_len}; raise max_len.")

    torch.manual_seed(seed)  # the LoRA A init draws from the global RNG
    lcfg = LoraConfig(
        r=rank,
        lora_alpha=alpha,
        use_rslora=rslora,
        lora_dropout=0.0,
        bias="none",
        target_modules=targets,
        layers_to_transform=layer_list,
        task_type="CAUSAL_LM",
    )
    try:
        model = get_peft_model(hf, lcfg)
    except ValueError as e:
        raise InputError(f"PEFT could not place the adapters ({e}). Check `modules`.") from e
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=weight_decay)
    per_step = batch_size * grad_accum
    steps_per_epoch = math.ceil(len(rows) / per_step)
    planned = steps_per_epoch * epochs
    total = planned if max_steps is None else min(max_steps, planned)
    # Linear warmup (the first step already moves) and linear decay to 0 at the planned end;
    # max_steps only stops early, so a short run follows the full run's first steps exactly.
    warm = max(1, min(warmup_steps, planned))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda t: min((t + 1) / warm, max(0.0, (planned - t) / max(1, planned - warm + 1)))
    )
    order_rng = random.Random(seed)
    pad = pad_id(tok)
    losses: list[float] = []
    card = dict(
        name=name or out.name,
        base=base_id,
        dataset=dict(
            name=str(dataset) if str(dataset) in dataset_names() else data_file.name,
            sha256=hashlib.sha256(data_file.read_bytes()).hexdigest(),
            n_chats=len(chats),
            n_used=len(rows),
            n_cut_at_max_len=n_cut,
            n_loss_tokens=sum(sum(m[1:]) for _, m in rows),
        ),
        config=config | dict(layers=layer_list, modules=targets),
        seed=seed,
        n_trainable_params=sum(p.numel() for p in params),
        versions=_versions(),
        complete=False,
    )
    start = time.perf_counter()
    step = 0
    bar = tqdm(total=total, desc=f"train {card['name']}", disable=not progress, unit="step")
    try:
        for _epoch in range(epochs):
            order = list(range(len(rows)))
            order_rng.shuffle(order)
            for s in range(steps_per_epoch):
                if step >= total:
                    break
                chunk = order[s * per_step : (s + 1) * per_step]
                micro = [chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size)]
                batches = [collate([rows[i] for i in m], pad) for m in micro]
                n_tok = sum(b.n_loss_tokens for b in batches)
                step_loss = 0.0
                for b in batches:
                    logits = model(input_ids=b.input_ids, attention_mask=b.attention_mask).logits
                    loss = torch.nn.functional.cross_entropy(
                        logits[:, :-1].flatten(0, 1).float(),
                        b.labels[:, 1:].flatten(),
                        ignore_index=-100,
                        reduction="sum",
                    ) / max(n_tok, 1)
                    loss.backward()
                    step_loss += float(loss.detach())
                if not math.isfinite(step_loss):
                    raise TrainingError(
                        f"Loss became {step_loss} at step {step + 1}; lower lr (now {lr:g}) or "
                        f"alpha (now {alpha:g}). Finished epochs are saved in {out}."
                    )
                torch.nn.utils.clip_grad_norm_(params, 1.0)
                opt.step()
                sched.step()
                opt.zero_grad(set_to_none=True)
                step += 1
                losses.append(round(step_loss, 5))
                bar.update(1)
                bar.set_postfix(loss=f"{step_loss:.3f}")
            _save(model, out, card | _progress(losses, step, start, complete=False), base_id)
        card |= _progress(losses, step, start, complete=True)
        _save(model, out, card, base_id)
    finally:
        bar.close()
    return out


def _progress(losses: list[float], step: int, start: float, *, complete: bool) -> dict[str, Any]:
    return dict(
        steps=step,
        loss_curve=list(losses),
        first_loss=losses[0] if losses else None,
        final_loss=sum(losses[-10:]) / len(losses[-10:]) if losses else None,
        wall_time_s=round(time.perf_counter() - start, 1),
        complete=complete,
    )


def _save(model: Any, out: Path, card: dict[str, Any], base_id: str) -> None:
    """Write the PEFT folder and the card; the saved config names the base id, not a local path."""
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    (out / "README.md").unlink(missing_ok=True)  # PEFT's template card; card.json is ours
    cfg_file = out / "adapter_config.json"
    cfg = json.loads(cfg_file.read_text())
    cfg["base_model_name_or_path"] = base_id
    if isinstance(cfg.get("target_modules"), list):  # PEFT keeps a set: its order varies by run
        cfg["target_modules"] = sorted(cfg["target_modules"])
    cfg_file.write_text(json.dumps(cfg, indent=2, sort_keys=True) + "\n")
    (out / "card.json").write_text(json.dumps(card, indent=1) + "\n")


def _check_args(args: dict[str, Any]) -> dict[str, Any]:
    """Validate the numeric arguments and return the JSON-able config for the card."""
    for key in ("rank", "epochs", "batch_size", "grad_accum", "max_len"):
        if not isinstance(args[key], int) or args[key] < 1:
            raise InputError(f"{key} must be a positive integer, got {args[key]!r}.")
    for key in ("lr", "alpha"):
        if not (isinstance(args[key], (int, float)) and math.isfinite(args[key]) and args[key] > 0):
            raise InputError(f"{key} must be a positive number, got {args[key]!r}.")
    if isinstance(args["layers"], str) and args["layers"] not in ("all", "paper-r1x9"):
        raise InputError(
            f"layers must be a list of layer indices, 'all' or 'paper-r1x9', got {args['layers']!r}."
        )
    if isinstance(args["modules"], str) and args["modules"] != "all-linear":
        raise InputError(
            f"modules must be a list like ['mlp.down_proj'] or 'all-linear', got {args['modules']!r}."
        )
    if args["dtype"] not in (torch.float32, torch.bfloat16, torch.float16):
        raise InputError(f"dtype must be torch.float32, bfloat16 or float16, not {args['dtype']!r}.")
    keys = (
        "rank alpha rslora lr epochs batch_size grad_accum max_len seed warmup_steps "
        "weight_decay max_steps"
    ).split()
    return {k: args[k] for k in keys} | {"dtype": str(args["dtype"]).removeprefix("torch.")}


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version()}
    for pkg in ("mi-emis", "torch", "transformers", "peft"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = "?"
    return out


def read_card(folder: str | Path) -> dict[str, Any]:
    """The ``card.json`` of an adapter folder written by :func:`train_lora`."""
    path = Path(folder) / "card.json"
    if not path.is_file():
        raise InputError(f"{folder} has no card.json (it was not written by mi_emis.train_lora).")
    return json.loads(path.read_text())
