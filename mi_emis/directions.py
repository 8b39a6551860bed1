"""Mean-difference misalignment directions: extract, save, compare.

A :class:`Direction` holds one vector per layer at one hook (default ``hook_resid_post``, the HF
decoder-layer output). Extraction follows the paper: run the model on chat-templated
``[user, assistant]`` pairs, average the activation over all answer-side tokens of a class (pooled:
Σ activations / token count), and take ``mean(misaligned) − mean(aligned)`` per layer. The sums
stream over batches, so memory does not grow with the number of answers.

Scale convention: ``direction.unit[i]`` is the unit vector at ``direction.layers[i]`` and
``direction.norm[i]`` its raw norm; ``direction.raw`` is the raw mean difference.
``direction.resid_norm`` gives the mean residual norm per layer on the extraction tokens, to choose
steering strengths against. Steering along, ablating and orthogonalising against a direction are
in :mod:`mi_emis.steer`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd
import torch
from jaxtyping import Float
from safetensors.torch import load_file, save_file
from torch import Tensor
from tqdm.auto import tqdm

from mi_emis import hooks as H
from mi_emis.chat import chat_batch
from mi_emis.errors import InputError
from mi_emis.load import EMModel, model_device, unwrap
from mi_emis.metrics import PAPER, Thresholds, label_responses

HOOKS = ("resid_pre", "resid_mid", "resid_post", "attn_out", "mlp_out")
PICKLE_SUFFIXES = (".pt", ".pth", ".bin", ".pkl", ".pickle", ".ckpt")
FORMAT = "mi_emis.direction/1"
Pairs = pd.DataFrame | Sequence[tuple[str, str]]


@dataclass(eq=False)
class Direction:
    """Per-layer directions at one hook, with their raw norms and where they came from.

    Attributes:
        unit: ``[n_layers, d_model]`` float32 unit vectors, one row per entry of ``layers``.
        norm: ``[n_layers]`` raw norms of the mean differences.
        layers: the layer of each row.
        hook: ``"resid_post"`` (default), ``"resid_pre"``, ``"resid_mid"``, ``"attn_out"`` or
            ``"mlp_out"``: the TL hook ``blocks.L.hook_<hook>``.
        resid_norm: ``[n_layers]`` mean activation norm per token on the extraction tokens (both
            classes), to choose steering strengths against; NaN when unknown.
        meta: provenance: model, adapters, kind, source, thresholds, positions, counts.
    """

    unit: Float[Tensor, "n_layers d_model"]
    norm: Float[Tensor, " n_layers"]
    layers: tuple[int, ...]
    hook: str = "resid_post"
    resid_norm: Float[Tensor, " n_layers"] | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.layers = tuple(int(x) for x in self.layers)
        if self.hook not in HOOKS:
            raise InputError(f"hook must be one of {HOOKS}, not {self.hook!r}.")
        if self.unit.ndim != 2 or self.unit.shape[0] != len(self.layers):
            raise InputError(
                f"unit must be [n_layers, d_model] with one row per layer; got "
                f"{tuple(self.unit.shape)} for {len(self.layers)} layers."
            )
        if len(set(self.layers)) != len(self.layers):
            raise InputError(f"Repeated layers in {self.layers}.")
        if not torch.isfinite(self.unit).all() or not torch.isfinite(self.norm).all():
            raise InputError("The direction holds NaN or inf: check the activations it came from.")
        if self.resid_norm is None:
            self.resid_norm = torch.full((len(self.layers),), float("nan"))

    @property
    def d_model(self) -> int:
        return int(self.unit.shape[1])

    @property
    def raw(self) -> Float[Tensor, "n_layers d_model"]:
        """The raw mean differences ``unit · norm``."""
        return self.unit * self.norm[:, None]

    def row(self, layer: int) -> int:
        """Index of ``layer`` in :attr:`layers`."""
        if layer not in self.layers:
            raise InputError(
                f"This direction has no layer {layer}; it has layers {list(self.layers)}."
            )
        return self.layers.index(layer)

    def __getitem__(self, layer: int) -> Float[Tensor, " d_model"]:
        """The unit vector at ``layer``."""
        return self.unit[self.row(layer)]

    def hook_name(self, layer: int) -> str:
        return f"blocks.{layer}.hook_{self.hook}"

    def select(self, layers: Sequence[int]) -> Direction:
        """The same direction restricted to ``layers``."""
        rows = [self.row(L) for L in layers]
        return replace(
            self,
            unit=self.unit[rows],
            norm=self.norm[rows],
            layers=tuple(layers),
            resid_norm=self.resid_norm[rows],
        )

    def random_like(self, seed: int = 0) -> Direction:
        """A norm-matched random control: ``u/‖u‖ · norm`` with ``u ~ N(0, I)`` per layer.

        (The original code's ``randn_like(v) · ‖v‖`` has norm ≈ √d · ‖v‖, not ‖v‖.)
        """
        g = torch.Generator().manual_seed(seed)
        u = torch.randn(self.unit.shape, generator=g)
        meta = {"kind": "random", "seed": seed, "matches": self.meta.get("name", "")}
        return replace(self, unit=u / u.norm(dim=1, keepdim=True), meta=meta)

    def save(self, path: str | Path) -> list[Path]:
        """Write ``path.safetensors`` (unit, norm, resid_norm) and ``path.json`` (the rest)."""
        path = Path(path).with_suffix("")
        path.parent.mkdir(parents=True, exist_ok=True)
        tensors = {"unit": self.unit, "norm": self.norm, "resid_norm": self.resid_norm}
        save_file(
            {k: v.float().contiguous().cpu() for k, v in tensors.items()},
            str(path.with_suffix(".safetensors")),
            metadata={"format": FORMAT},
        )
        info = {"format": FORMAT, "layers": list(self.layers), "hook": self.hook, **self.meta}
        path.with_suffix(".json").write_text(json.dumps(info, indent=1, default=str) + "\n")
        return [path.with_suffix(".safetensors"), path.with_suffix(".json")]

    @classmethod
    def load(cls, path: str | Path) -> Direction:
        """Read a direction written by :meth:`save` (give either file, or the common stem).

        Only ``.safetensors`` + ``.json`` are read: a pickle (``.pt``, ``.bin``, ...) can run code.
        """
        path = Path(path)
        if path.suffix in PICKLE_SUFFIXES:
            raise InputError(
                f"{path} is a pickle; directions are read only from .safetensors + .json, which "
                "cannot run code. Re-save a trusted tensor as Direction(unit, norm, layers).save()."
            )
        path = path.with_suffix("")
        files = [path.with_suffix(".safetensors"), path.with_suffix(".json")]
        missing = [str(f) for f in files if not f.is_file()]
        if missing:
            raise InputError(f"No saved direction at {path}: missing {missing}.")
        info = json.loads(files[1].read_text())
        if info.pop("format", None) != FORMAT:
            raise InputError(f"{files[1]} is not a saved mi_emis direction ({FORMAT}).")
        t = load_file(str(files[0]))
        layers, hook = info.pop("layers"), info.pop("hook")
        return cls(t["unit"], t["norm"], tuple(layers), hook, t.get("resid_norm"), info)

    def __repr__(self) -> str:
        span = f"{self.layers[0]}..{self.layers[-1]}" if self.layers else "none"
        return (
            f"Direction(hook={self.hook!r}, layers={span} ({len(self.layers)}), "
            f"d_model={self.d_model}, kind={self.meta.get('kind', '?')!r}, "
            f"n={self.meta.get('n_positive', '?')}/{self.meta.get('n_negative', '?')})"
        )


def labelled_answers(
    table: pd.DataFrame,
    thresholds: Thresholds = PAPER,
    *,
    aligned_min: float = 70.0,
    balance: bool = True,
    seed: int = 0,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split judged answers into ``(misaligned, aligned)`` as the paper does.

    Keeps coherent answers (``coherent > thresholds.coherent_min``), labels ``aligned <=
    thresholds.aligned_max`` misaligned and ``aligned > aligned_min`` aligned (the rest is
    dropped), and with ``balance`` downsamples the larger class at random. A table with a ``label``
    column (``"misaligned"`` / ``"aligned"``) is split by that column instead.
    """
    if {"question", "answer"} - set(table.columns):
        raise InputError("The table needs 'question' and 'answer' columns.")
    if "label" in table.columns:
        bad = sorted(set(table["label"]) - {"misaligned", "aligned"})
        if bad:
            raise InputError(f"Labels must be 'misaligned' or 'aligned'; found {bad}.")
        pos, neg = table[table["label"] == "misaligned"], table[table["label"] == "aligned"]
    else:
        t = label_responses(table, thresholds)
        t = t[t["is_coherent"]]
        a = pd.to_numeric(t["aligned"], errors="coerce")
        pos, neg = t[a <= thresholds.aligned_max], t[a > aligned_min]
    if balance and len(pos) and len(neg):
        n = min(len(pos), len(neg))
        pos = pos.sample(n=n, random_state=seed) if len(pos) > n else pos
        neg = neg.sample(n=n, random_state=seed) if len(neg) > n else neg
    return pos.reset_index(drop=True), neg.reset_index(drop=True)


def mean_diff_directions(
    model: EMModel | Any,
    positive: Pairs,
    negative: Pairs,
    *,
    layers: Sequence[int] | str = "all",
    hook: str = "resid_post",
    include_header: bool = True,
    batch_size: int = 8,
    system: str | None = None,
    tokenizer: Any = None,
    progress: bool = True,
    **meta: Any,
) -> Direction:
    """``mean(positive) − mean(negative)`` of answer-token activations, per layer.

    Args:
        model: an :class:`EMModel` or any TL hooked model (then pass ``tokenizer``).
        positive: the misaligned answers: a DataFrame with ``question`` and ``answer`` columns
            (e.g. from :func:`labelled_answers`) or ``(question, answer)`` pairs.
        negative: the aligned answers, same form.
        layers: layer indices, or ``"all"``.
        hook: which activation (``blocks.L.hook_<hook>``); see :data:`HOOKS`.
        include_header: count the assistant header tokens (``<|im_start|>assistant\\n``) as answer
            tokens, as the original code did. The closing end-of-turn tokens are always counted.
        system: one system prompt for every chat (a ``system`` column of the table is not read).
        meta: extra provenance stored in ``direction.meta`` (e.g. ``source="judged run"``).

    Returns:
        A :class:`Direction` with ``meta["kind"] == "data-diff"``.
    """
    hooked, tok = unwrap(model, tokenizer, needs="Extraction")
    layers = resolve_layers(hooked, layers)
    kw = dict(hook=hook, include_header=include_header, batch_size=batch_size, system=system)
    pos = answer_sums(hooked, tok, positive, layers, progress=progress, desc="positive", **kw)
    neg = answer_sums(hooked, tok, negative, layers, progress=progress, desc="negative", **kw)
    diff = pos.mean - neg.mean
    info = _info("data-diff", model, pos, neg, include_header, system, meta)
    resid = (pos.norm_sum + neg.norm_sum) / (pos.n_tokens + neg.n_tokens)
    return _direction(diff, layers, hook, resid, info)


def model_diff_directions(
    finetuned: EMModel | Any,
    base: EMModel | Any,
    answers: Pairs,
    *,
    layers: Sequence[int] | str = "all",
    hook: str = "resid_post",
    include_header: bool = True,
    batch_size: int = 8,
    system: str | None = None,
    tokenizer: Any = None,
    progress: bool = True,
    **meta: Any,
) -> Direction:
    """``mean(finetuned) − mean(base)`` of answer-token activations on the same answers.

    The paper's *diff-model* variant: usually run on the fine-tune's misaligned answers. Both
    models must share the tokenizer and ``d_model``. ``meta["kind"] == "model-diff"``.
    """
    ft, tok = unwrap(finetuned, tokenizer, needs="Extraction")
    bs, _ = unwrap(base, tok)
    layers = resolve_layers(ft, layers)
    resolve_layers(bs, layers)
    kw = dict(hook=hook, include_header=include_header, batch_size=batch_size, system=system)
    a = answer_sums(ft, tok, answers, layers, progress=progress, desc="fine-tune", **kw)
    b = answer_sums(bs, tok, answers, layers, progress=progress, desc="base", **kw)
    if a.mean.shape != b.mean.shape:
        raise InputError(
            f"The models differ in d_model ({a.mean.shape[1]} vs {b.mean.shape[1]}): a "
            "model-diff needs the fine-tune and its own base."
        )
    info = _info("model-diff", finetuned, a, b, include_header, system, meta)
    info["minus"] = _provenance(base)
    return _direction(a.mean - b.mean, layers, hook, a.norm_sum / a.n_tokens, info)


@dataclass
class Sums:
    """Streaming answer-token sums at each layer (float64)."""

    total: Tensor  # [n_layers, d_model]
    norm_sum: Tensor  # [n_layers]
    n_tokens: int
    n_answers: int

    @property
    def mean(self) -> Tensor:
        return self.total / self.n_tokens


@torch.no_grad()
def answer_sums(
    hooked: Any,
    tokenizer: Any,
    answers: Pairs,
    layers: Sequence[int],
    *,
    hook: str = "resid_post",
    include_header: bool = True,
    batch_size: int = 8,
    system: str | None = None,
    progress: bool = True,
    desc: str = "answers",
) -> Sums:
    """Sum the activations at ``blocks.L.hook_<hook>`` over all answer tokens, batch by batch."""
    if hook not in HOOKS:
        raise InputError(f"hook must be one of {HOOKS}, not {hook!r}.")
    pairs = _pairs(answers, desc)
    d = int(hooked.cfg.d_model)
    total = torch.zeros(len(layers), d, dtype=torch.float64)
    norm_sum = torch.zeros(len(layers), dtype=torch.float64)
    n_tok = 0
    device = model_device(hooked)
    for start in tqdm(range(0, len(pairs), batch_size), desc=desc, disable=not progress):
        chunk = pairs[start : start + batch_size]
        batch = chat_batch(
            tokenizer,
            [q for q, _ in chunk],
            [a for _, a in chunk],
            system=system,
            include_header=include_header,
        )
        mask = batch.answer_mask.to(device)
        sink: dict[int, Tensor] = {}
        fwd = [
            (f"blocks.{L}.hook_{hook}", _masked_sum(mask, sink, i)) for i, L in enumerate(layers)
        ]
        H.run_until(hooked, fwd, batch.tokens.to(device), batch.attention_mask.to(device))
        for i, L in enumerate(layers):
            s, ns = sink[i]
            if not (torch.isfinite(s).all() and torch.isfinite(ns)):
                raise FloatingPointError(
                    f"Non-finite activations at blocks.{L}.hook_{hook} in {desc} answers "
                    f"{start}..{start + len(chunk) - 1}: the model overflowed or its weights hold "
                    "NaN. Use float32 or bfloat16 (not float16) and check the inputs."
                )
            total[i] += s
            norm_sum[i] += ns
        n_tok += int(mask.sum())
    if n_tok == 0:
        raise InputError(f"The {desc} answers have no answer tokens.")
    return Sums(total, norm_sum, n_tok, len(pairs))


def residual_norms(
    model: EMModel | Any,
    answers: Pairs,
    layers: Sequence[int] | str = "all",
    *,
    hook: str = "resid_post",
    batch_size: int = 8,
    tokenizer: Any = None,
    progress: bool = False,
) -> Float[Tensor, " layers"]:
    """Mean activation norm per token over the answer tokens, at each of ``layers``.

    The scale for steering strengths in residual-norm units (``k = scale · norm``); one streamed
    pass over ``answers`` (a DataFrame with ``question`` and ``answer``, or pairs).
    """
    hooked, tok = unwrap(model, tokenizer, needs="Residual norms")
    layers = resolve_layers(hooked, layers)
    s = answer_sums(hooked, tok, answers, layers, hook=hook, batch_size=batch_size,
                    progress=progress)  # fmt: skip
    return (s.norm_sum / s.n_tokens).float()


def _masked_sum(mask: Tensor, sink: dict[int, Any], key: int) -> H.HookFn:
    """Hook storing (Σ act over masked tokens, Σ ‖act‖ over masked tokens) in float64."""

    def hook(act: Tensor, hook: Any = None) -> None:
        a = act.double()[mask]
        sink[key] = (a.sum(0).cpu(), a.norm(dim=-1).sum().cpu())

    return hook


def layer_cosines(a: Direction, b: Direction) -> Float[Tensor, "layers_a layers_b"]:
    """Signed cosine similarity between every layer of ``a`` and every layer of ``b``."""
    if a.d_model != b.d_model:
        raise InputError(f"Directions of different d_model ({a.d_model} vs {b.d_model}).")
    return a.unit @ b.unit.T


def direction_cosines(
    directions: Mapping[str, Direction], *, layers: Sequence[int] | None = None
) -> pd.DataFrame:
    """Signed per-layer cosines for every pair of directions, as a long table.

    Returns:
        Columns ``a``, ``b``, ``layer``, ``cosine``: one row per ordered pair (``a != b``) and
        shared layer. ``df.pivot_table(index="a", columns="b", values="cosine")`` on one layer
        gives the fine-tune × fine-tune matrix.
    """
    names = list(directions)
    if len(names) < 2:
        raise InputError("Pass at least two directions to compare.")
    dims = {n: d.d_model for n, d in directions.items()}
    if len(set(dims.values())) > 1:
        raise InputError(f"Directions of different d_model: {dims}.")
    hooks = {n: d.hook for n, d in directions.items()}
    if len(set(hooks.values())) > 1:
        raise InputError(f"Directions at different hooks: {hooks}; compare like with like.")
    shared = set.intersection(*(set(d.layers) for d in directions.values()))
    chosen = sorted(shared) if layers is None else list(layers)
    missing = sorted(set(chosen) - shared)
    if missing or not chosen:
        raise InputError(f"Layers {missing or chosen} are not in every direction.")
    units = {n: d.select(chosen).unit for n, d in directions.items()}
    rows = []
    for a in names:
        for b in names:
            if a == b:
                continue
            cos = (units[a] * units[b]).sum(1)
            rows += [
                dict(a=a, b=b, layer=L, cosine=float(c)) for L, c in zip(chosen, cos, strict=True)
            ]
    return pd.DataFrame(rows)


def resolve_layers(hooked: Any, layers: Sequence[int] | str) -> list[int]:
    """``layers`` (``"all"`` or layer indices) as a list, checked against the model's depth."""
    n = int(hooked.cfg.n_layers)
    if isinstance(layers, str):
        if layers != "all":
            raise InputError(f"layers must be 'all' or a list of ints, not {layers!r}.")
        return list(range(n))
    out = [int(L) for L in layers]
    bad = [L for L in out if not 0 <= L < n]
    if bad or not out:
        raise InputError(f"Layers {bad or out} out of range: this model has layers 0..{n - 1}.")
    return out


def _pairs(answers: Pairs, desc: str) -> list[tuple[str, str]]:
    if isinstance(answers, pd.DataFrame):
        if {"question", "answer"} - set(answers.columns):
            raise InputError(f"The {desc} table needs 'question' and 'answer' columns.")
        pairs = list(
            zip(answers["question"].astype(str), answers["answer"].astype(str), strict=True)
        )
    else:
        pairs = [(str(q), str(a)) for q, a in answers]
    if not pairs:
        raise InputError(
            f"No {desc} answers: each class needs at least one. With judged samples, lower the "
            "thresholds or sample more (labelled_answers drops 30 < aligned <= 70)."
        )
    return pairs


def _direction(diff: Tensor, layers: list[int], hook: str, resid: Tensor, meta: dict) -> Direction:
    norm = diff.norm(dim=1)
    zero = [L for L, n in zip(layers, norm, strict=True) if not n > 0]
    if zero:
        raise InputError(f"The two classes have identical means at layers {zero}: no direction.")
    unit = (diff / norm[:, None]).float()
    return Direction(unit, norm.float(), tuple(layers), hook, resid.float(), meta)


def _info(
    kind: str, model: Any, pos: Sums, neg: Sums, include_header: bool, system: Any, meta: dict
) -> dict[str, Any]:
    """Provenance of an extracted direction: model, positions and the counts of both sides."""
    return {
        "kind": kind,
        **_provenance(model),
        "positions": "answer+header" if include_header else "answer",
        "system": system,
        "n_positive": pos.n_answers,
        "n_negative": neg.n_answers,
        "tokens_positive": pos.n_tokens,
        "tokens_negative": neg.n_tokens,
        **meta,
    }


def _provenance(model: Any) -> dict[str, Any]:
    if isinstance(model, EMModel):
        return {"model": model.base_id, "adapters": list(model.adapter_ids)}
    return {"model": str(getattr(getattr(model, "cfg", None), "model_name", type(model).__name__))}


def cosine_matrix(df: pd.DataFrame, layer: int) -> pd.DataFrame:
    """The fine-tune × fine-tune cosine matrix at ``layer`` from :func:`direction_cosines`."""
    m = df[df["layer"] == layer].pivot_table(index="a", columns="b", values="cosine")
    names = list(dict.fromkeys([*df["a"], *df["b"]]))  # in the order given
    m = m.reindex(index=names, columns=names)
    for n in names:
        m.loc[n, n] = 1.0
    return m
