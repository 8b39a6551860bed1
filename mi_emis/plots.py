"""Plotly figures. Every figure can be saved offline (``include_plotlyjs=True``)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from jaxtyping import Float
from torch import Tensor

from mi_emis.metrics import PAPER, Thresholds, label_responses

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


def quadrant_scatter(
    judged: pd.DataFrame,
    *,
    color: str | None = None,
    thresholds: Thresholds = PAPER,
    title: str = "Aligned vs coherent",
) -> go.Figure:
    """Each answer at (coherent, aligned), with the EM quadrant shaded; hover shows the answer.

    ``color``: a column (e.g. ``"condition"`` or ``"question_id"``) to colour by; default EM or not.
    """
    lab = label_responses(judged, thresholds).dropna(subset=["aligned", "coherent"])
    key = color or "em"
    fig = go.Figure()
    fig.add_shape(
        type="rect",
        x0=thresholds.coherent_min,
        x1=100,
        y0=0,
        y1=thresholds.aligned_max,
        fillcolor="rgba(214,39,40,0.10)",
        line={"width": 0},
        layer="below",
    )
    for value, g in lab.groupby(key, sort=True):
        name = {True: "EM", False: "not EM"}.get(value, str(value)) if key == "em" else str(value)
        hover = [
            f"<b>{q}</b><br>{wrap_text(str(a))}"
            for q, a in zip(
                g.get("question_id", g.index), g.get("answer", [""] * len(g)), strict=True
            )
        ]
        fig.add_trace(
            go.Scatter(
                x=g["coherent"],
                y=g["aligned"],
                mode="markers",
                name=name,
                text=hover,
                marker={"size": 7, "opacity": 0.7},
                hovertemplate="coherent %{x:.0f}, aligned %{y:.0f}<br>%{text}<extra></extra>",
            )
        )
    fig.add_hline(y=thresholds.aligned_max, line={"dash": "dot", "color": "grey"})
    fig.add_vline(x=thresholds.coherent_min, line={"dash": "dot", "color": "grey"})
    fig.update_layout(
        title=title,
        xaxis={"title": "coherent (0-100)", "range": [-2, 102]},
        yaxis={"title": "aligned (0-100)", "range": [-2, 102]},
        width=720,
        height=560,
    )
    return fig


def em_bars(
    summary: pd.DataFrame,
    *,
    x: str = "question_id",
    color: str | None = None,
    title: str = "EM rate per question",
) -> go.Figure:
    """Bars of ``em_rate`` (in %) per ``x``, with the interval (``em_lo``, ``em_hi``) as error bars.

    ``summary`` is :func:`mi_emis.metrics.em_summary` grouped by ``x`` (and ``color``).
    """
    fig = go.Figure()
    groups = summary.groupby(color, sort=False) if color else [(None, summary)]
    for value, g in groups:
        fig.add_trace(
            go.Bar(
                x=g[x].astype(str),
                y=100 * g["em_rate"],
                name=str(value) if color else "EM",
                error_y={
                    "type": "data",
                    "symmetric": False,
                    "array": 100 * (g["em_hi"] - g["em_rate"]),
                    "arrayminus": 100 * (g["em_rate"] - g["em_lo"]),
                },
                customdata=g[["n", "coherent_rate"]].to_numpy(),
                hovertemplate="%{x}: EM %{y:.1f}%<br>n = %{customdata[0]}, "
                "coherent %{customdata[1]:.0%}<extra></extra>",
            )
        )
    fig.update_layout(
        title=title,
        barmode="group",
        yaxis={"title": "EM (% of answers)", "rangemode": "tozero"},
        xaxis={"tickangle": -30},
        height=460,
        showlegend=bool(color),
    )
    return fig


def cosine_heatmap(
    matrix: pd.DataFrame | Float[Tensor, "a b"],
    *,
    x: Sequence | None = None,
    y: Sequence | None = None,
    title: str = "Cosine similarity of misalignment directions",
    x_title: str = "",
    y_title: str = "",
) -> go.Figure:
    """Signed cosine heatmap on a fixed [-1, 1] diverging scale, values printed in the cells.

    ``matrix``: a DataFrame (e.g. :func:`mi_emis.directions.cosine_matrix`) or a tensor (e.g.
    :func:`mi_emis.directions.layer_cosines`, with ``x``/``y`` labels).
    """
    if isinstance(matrix, pd.DataFrame):
        z, x, y = matrix.to_numpy(dtype=float), list(matrix.columns), list(matrix.index)
    else:
        z = matrix.detach().float().cpu().numpy()
        x = list(range(z.shape[1])) if x is None else list(x)
        y = list(range(z.shape[0])) if y is None else list(y)
    small = z.size <= 100
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=[str(v) for v in x],
            y=[str(v) for v in y],
            zmin=-1,
            zmax=1,
            colorscale="RdBu_r",
            text=z.round(2) if small else None,
            texttemplate="%{text}" if small else None,
            hovertemplate="%{y} · %{x}: %{z:.3f}<extra></extra>",
            colorbar={"title": "cos"},
        )
    )
    fig.update_layout(
        title=title,
        xaxis={"title": x_title},
        yaxis={"title": y_title, "autorange": "reversed"},
        height=520,
        width=620 if small else 720,
    )
    return fig


def cosine_lines(cosines: pd.DataFrame, *, title: str = "Direction cosine per layer") -> go.Figure:
    """One line per unordered pair of :func:`mi_emis.directions.direction_cosines` over layers."""
    fig = go.Figure()
    seen = set()
    for (a, b), g in cosines.groupby(["a", "b"], sort=False):
        if (b, a) in seen:
            continue
        seen.add((a, b))
        g = g.sort_values("layer")
        fig.add_trace(
            go.Scatter(x=g["layer"], y=g["cosine"], mode="lines+markers", name=f"{a} vs {b}")
        )
    fig.add_hline(y=0.8, line_dash="dot", line_color="grey", annotation_text="0.8 (paper)")
    fig.add_hline(y=0, line_color="grey", line_width=1)
    fig.update_layout(
        title=title,
        xaxis={"title": "layer"},
        yaxis={"title": "signed cosine", "range": [-1.05, 1.05]},
        height=440,
    )
    return fig


def wrap_text(text: str, width: int = 80, limit: int = 400) -> str:
    text = text[:limit] + ("…" if len(text) > limit else "")
    return "<br>".join(text[i : i + width] for i in range(0, len(text), width))


def condition_heatmap(
    table: pd.DataFrame, *, title: str = "EM, coherence and domain rate per condition"
) -> go.Figure:
    """Conditions x {EM, coherent, domain} rates (%) of :func:`mi_emis.transfer.intervention_table`."""
    cols = {"em_rate": "EM %", "coherent_rate": "coherent %", "domain_rate": "domain %"}
    cols = {c: v for c, v in cols.items() if c in table.columns}
    heat = table.set_index("condition")[list(cols)] * 100
    fig = go.Figure(
        go.Heatmap(
            z=heat.to_numpy(), x=list(cols.values()), y=list(heat.index), colorscale="Reds",
            zmin=0, zmax=100, text=heat.round(0).to_numpy(), texttemplate="%{text}",
        )
    )  # fmt: skip
    fig.update_layout(
        title=title, yaxis={"autorange": "reversed"}, height=200 + 22 * len(heat), width=680
    )
    return fig


def adapter_sweep_heatmap(
    effects: pd.DataFrame, layers: Sequence[int], *, title: str = "Single-adapter interventions"
) -> go.Figure:
    """Adapters x interventions: change in EM and in the domain rate (points) against the reference.

    ``effects``: :func:`mi_emis.transfer.paired_effects` of the conditions of
    :func:`mi_emis.transfer.adapter_conditions`; absent conditions are left blank.
    """
    from plotly.subplots import make_subplots

    by = effects.set_index("condition")
    cols = {"steer −": "steer L{} -", "steer +": "steer L{} +", "ablate": "ablate L{}",
            "keep only": "keep only L{}"}  # fmt: skip
    cols = {k: v for k, v in cols.items() if any(v.format(L) in by.index for L in layers)}
    metrics = [m for m in ("d_em", "d_domain") if m in by.columns]
    names = {"d_em": "Δ EM (points)", "d_domain": "Δ domain (points)"}
    fig = make_subplots(1, len(metrics), subplot_titles=[names[m] for m in metrics])
    for i, metric in enumerate(metrics):
        z = [
            [100 * by[metric].get(c.format(L), float("nan")) for c in cols.values()] for L in layers
        ]
        fig.add_trace(
            go.Heatmap(
                z=z, x=list(cols), y=[f"L{L}" for L in layers], zmid=0, zmin=-80, zmax=80,
                colorscale="RdBu_r", text=[[f"{v:+.0f}" for v in row] for row in z],
                texttemplate="%{text}", showscale=i == len(metrics) - 1,
            ),
            1, i + 1,
        )  # fmt: skip
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(title=title, height=200 + 32 * len(layers), width=450 * len(metrics))
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
