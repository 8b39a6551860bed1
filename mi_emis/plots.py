"""Plotly figures. Every figure can be saved offline (``include_plotlyjs=True``)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import plotly.graph_objects as go
from jaxtyping import Float
from torch import Tensor

log = logging.getLogger(__name__)


def adapter_scalar_heatmap(
    scalars: Float[Tensor, "pos n_adapters"],
    tokens: Sequence[str],
    names: Sequence[str],
    *,
    title: str = "Adapter scalars per token",
) -> go.Figure:
    """Heatmap of per-token adapter scalars (rows: adapters, columns: tokens), zero-centred."""
    z = scalars.detach().float().cpu().T.numpy()
    lim = float(abs(z).max()) or 1.0
    labels = [f"{i}:{t!r}"[:24] for i, t in enumerate(tokens)]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=labels,
            y=list(names),
            colorscale="RdBu",
            zmid=0,
            zmin=-lim,
            zmax=lim,
            colorbar={"title": "scalar"},
            hovertemplate="token %{x}<br>%{y}<br>s = %{z:.3f}<extra></extra>",
        )
    )
    fig.update_layout(
        title=title,
        xaxis={"tickangle": -60},
        yaxis={"autorange": "reversed"},
        height=220 + 22 * len(names),
    )
    return fig


def save_figure(fig: go.Figure, path: str | Path, *, png: bool = True) -> list[Path]:
    """Write ``path.html`` (self-contained) and, when kaleido finds a Chromium, ``path.png``.

    Returns the files written.
    """
    path = Path(path).with_suffix("")
    path.parent.mkdir(parents=True, exist_ok=True)
    out = [path.with_suffix(".html")]
    fig.write_html(out[0], include_plotlyjs=True)
    if png:
        try:
            fig.write_image(path.with_suffix(".png"), scale=2)
            out.append(path.with_suffix(".png"))
        except Exception as e:  # kaleido needs a Chromium; the HTML is the primary output
            log.warning(
                "No PNG for %s (%s: %s); the HTML is written.", path.name, type(e).__name__, e
            )
    return out
