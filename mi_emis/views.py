"""circuitsvis token views: adapter scalars and direction projections per answer token.

Views embed circuitsvis's JavaScript bundle (``local_src``), never its CDN, so the saved HTML and
the inline Jupyter view work offline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from jaxtyping import Float
from torch import Tensor

from mi_emis import hooks as H
from mi_emis.adapters import adapter_scalars
from mi_emis.chat import chat_batch
from mi_emis.directions import Direction
from mi_emis.load import EMModel, model_device


@dataclass
class TokenView:
    """A rendered circuitsvis view and the numbers behind it.

    Attributes:
        tokens: the answer tokens shown.
        values: ``[n_tokens, n_columns]`` what is coloured.
        labels: the column names (adapters or layers).
        html: the self-contained HTML fragment (JavaScript inlined).
    """

    tokens: list[str]
    values: Float[Tensor, "pos columns"]
    labels: list[str]
    html: str

    def _repr_html_(self) -> str:
        return self.html

    def save(self, path: str | Path) -> Path:
        """Write a standalone ``.html`` page."""
        path = Path(path).with_suffix(".html")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>mi_emis view</title>'
            f"</head><body>\n{self.html}\n</body></html>\n",
            encoding="utf-8",
        )
        return path


def adapter_token_view(
    model: EMModel,
    question: str,
    answer: str,
    *,
    include_header: bool = False,
    norm_weighted: bool = False,
) -> TokenView:
    """Every rank-1 adapter's scalar on each answer token (``colored_tokens_multi``)."""
    batch = chat_batch(model.tokenizer, [question], [answer], include_header=include_header)
    s = adapter_scalars(
        model, batch.tokens, attention_mask=batch.attention_mask, norm_weighted=norm_weighted
    )[0]
    m = batch.answer_mask[0]
    labels = [a.name for a in model.adapters if a.rank == 1]
    return _render(_tokens(model.tokenizer, batch.tokens[0][m]), s[m], labels)


@torch.no_grad()
def direction_token_view(
    model: EMModel,
    direction: Direction,
    question: str,
    answer: str,
    *,
    layers: Sequence[int] | None = None,
    include_header: bool = False,
) -> TokenView:
    """Projection ``x·r̂`` of each answer token's activation on the direction, per layer."""
    layers = list(direction.layers if layers is None else layers)
    batch = chat_batch(model.tokenizer, [question], [answer], include_header=include_header)
    device = model_device(model.model)
    sink: dict[int, Tensor] = {}
    fwd = [
        (direction.hook_name(L), _project(direction[L].to(device), sink, i))
        for i, L in enumerate(layers)
    ]
    H.run_until(model.model, fwd, batch.tokens.to(device), batch.attention_mask.to(device))
    proj = torch.stack([sink[i][0] for i in range(len(layers))], dim=-1).cpu()  # [pos, layers]
    m = batch.answer_mask[0]
    return _render(_tokens(model.tokenizer, batch.tokens[0][m]), proj[m], [f"L{L}" for L in layers])


def _project(unit: Tensor, sink: dict[int, Tensor], key: int) -> H.HookFn:
    def hook(act: Tensor, hook: Any = None) -> None:
        sink[key] = act.float() @ unit.float()

    return hook


def _tokens(tokenizer: Any, ids: Tensor) -> list[str]:
    return [tokenizer.decode([int(t)]) for t in ids]


def _render(tokens: list[str], values: Tensor, labels: list[str]) -> TokenView:
    from circuitsvis.tokens import colored_tokens_multi

    values = values.detach().float().cpu()
    html = colored_tokens_multi(tokens, values, labels).local_src
    return TokenView(tokens, values, labels, html)
