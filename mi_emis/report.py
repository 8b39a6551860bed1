"""An offline HTML report: sections of text, the paper's numbers, plotly figures, tables and
circuitsvis views, in one ``index.html`` with every script inlined (no CDN), plus PNGs.
"""

from __future__ import annotations

import html
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

log = logging.getLogger(__name__)

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d1d1f;
background:#fafafa}
main{max-width:1100px;margin:0 auto;padding:24px 32px 80px}
h1{font-size:28px;margin:8px 0 4px} h2{font-size:21px;margin-top:40px;border-top:1px solid #ddd;
padding-top:24px} .lead{color:#555;margin-top:0}
nav{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:10px 16px;margin:16px 0}
nav a{margin-right:14px;color:#0b57d0;text-decoration:none;white-space:nowrap}
.paper{background:#eef4ff;border-left:4px solid #5b8def;padding:8px 14px;margin:12px 0;
border-radius:4px} .note{background:#fff6e5;border-left:4px solid #f0a030;padding:8px 14px;
margin:12px 0;border-radius:4px}
table.data{border-collapse:collapse;margin:10px 0;font-size:13px;background:#fff}
table.data th,table.data td{border:1px solid #ddd;padding:4px 8px;text-align:right}
table.data th{background:#f2f2f2} table.data td:first-child,table.data th:first-child{text-align:left}
.fig{background:#fff;border:1px solid #e3e3e3;border-radius:8px;margin:12px 0;padding:6px;
overflow-x:auto} .caption{color:#666;font-size:13px;margin:4px 0 14px}
footer{color:#888;font-size:12px;margin-top:40px}
"""


@dataclass
class Section:
    """One step of the report.

    Attributes:
        id: the anchor (``#id``) and file prefix.
        title: the heading.
        text: what was done and what it shows (HTML allowed).
        paper: the paper's numbers for this step (HTML allowed).
        figures: ``(name, figure, caption)``; each is also written as ``figures/<name>.png``.
        tables: ``(caption, DataFrame)``.
        views: ``(caption, view)`` where ``view`` has ``.html`` (a :class:`mi_emis.views.TokenView`).
        note: a warning shown in the section (e.g. a step skipped, with why).
    """

    id: str
    title: str
    text: str = ""
    paper: str = ""
    figures: list[tuple[str, go.Figure, str]] = field(default_factory=list)
    tables: list[tuple[str, pd.DataFrame]] = field(default_factory=list)
    views: list[tuple[str, Any]] = field(default_factory=list)
    note: str = ""


def write_report(
    sections: list[Section],
    out: str | Path,
    *,
    title: str,
    lead: str = "",
    footer: str = "",
    png: bool = True,
) -> Path:
    """Write ``out/index.html`` (self-contained, offline) and ``out/figures/*.png``."""
    from plotly.offline import get_plotlyjs

    out = Path(out)
    (out / "figures").mkdir(parents=True, exist_ok=True)
    body = [f"<h1>{html.escape(title)}</h1>", f'<p class="lead">{lead}</p>', "<nav>"]
    body += [f'<a href="#{s.id}">{html.escape(s.title)}</a>' for s in sections]
    body.append("</nav>")
    png_ok = png
    for s in sections:
        body += [f'<section id="{s.id}">', f"<h2>{html.escape(s.title)}</h2>"]
        if s.text:
            body.append(f"<p>{s.text}</p>")
        if s.paper:
            body.append(f'<div class="paper"><b>Paper:</b> {s.paper}</div>')
        if s.note:
            body.append(f'<div class="note">{s.note}</div>')
        for caption, df in s.tables:
            body.append(f'<div class="caption">{html.escape(caption)}</div>')
            body.append(df.to_html(classes="data", index=False, border=0, na_rep="–"))
        for name, fig, caption in s.figures:
            div = fig.to_html(full_html=False, include_plotlyjs=False, div_id=f"fig-{name}")
            body.append(f'<div class="fig">{div}</div>')
            if caption:
                body.append(f'<div class="caption">{caption}</div>')
            if png_ok:
                try:
                    fig.write_image(out / "figures" / f"{name}.png", scale=2)
                except Exception as e:  # kaleido needs a Chromium; the HTML is the primary output
                    log.warning(
                        "No PNGs (%s: %s); the HTML report is complete.", type(e).__name__, e
                    )
                    png_ok = False
        for caption, view in s.views:
            body.append(f'<div class="fig">{view.html}</div>')
            body.append(f'<div class="caption">{html.escape(caption)}</div>')
        body.append("</section>")
    if footer:
        body.append(f"<footer>{footer}</footer>")
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{CSS}</style>"
        f'<script type="text/javascript">{get_plotlyjs()}</script></head>\n'
        f"<body><main>\n{chr(10).join(body)}\n</main></body></html>\n"
    )
    path = out / "index.html"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    (out / "sections.json").write_text(json.dumps([s.id for s in sections]))
    return path


def pct(x: float, lo: float | None = None, hi: float | None = None) -> str:
    """``0.123`` -> ``12.3%``; with an interval, ``12.3% [8.0, 17.1]``."""
    if x != x:  # NaN
        return "–"
    s = f"{100 * x:.1f}%"
    if lo is not None and hi is not None and lo == lo and hi == hi:
        s += f" [{100 * lo:.1f}, {100 * hi:.1f}]"
    return s
