"""A Jupyter widget to rate a sheet's answers one at a time (needs ``ipywidgets``).

:class:`RatingWidget` reads a sheet from :func:`mi_emis.sheets.export_for_rating` and appends each
rating, flushed and fsynced, to a JSONL rating sheet; import that with
:func:`mi_emis.sheets.import_ratings`.
"""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from mi_emis.errors import InputError
from mi_emis.runfile import Appender
from mi_emis.sheets import KEY, read_sheet, sheet_format


class RatingWidget:
    """Rate answers one at a time in Jupyter; every answer is saved the moment it is rated.

    ``items``: a sheet from :func:`export_for_rating` (or a DataFrame with ``question_id,
    sample_index, question, answer``). Each rating is appended to ``out`` (a JSONL rating sheet;
    one flushed, fsynced line per answer, so a crash loses nothing) and the widget starts again
    at the first answer ``rater`` has not rated. Import ``out`` with :func:`import_ratings`.

    Shows itself when it is the last value of a cell; drive it from code with ``set(...)`` and
    ``save()``.
    """

    def __init__(self, items: str | Path | pd.DataFrame, out: str | Path, *, rater: str = ""):
        try:
            import ipywidgets as w
        except ImportError as e:
            raise ImportError(
                "RatingWidget needs ipywidgets: pip install 'mi-emis[notebook]' "
                "(or pip install ipywidgets)."
            ) from e
        df = items if isinstance(items, pd.DataFrame) else read_sheet(items)
        lacking = [c for c in (*KEY, "question", "answer") if c not in df]
        if lacking:
            raise InputError(
                f"The items lack column(s) {lacking}; pass a sheet from export_for_rating."
            )
        df = df.drop_duplicates(KEY).reset_index(drop=True)
        self.items = df
        self.out = Path(out)
        if sheet_format(self.out) != "jsonl":
            raise InputError(f"{self.out}: the widget writes JSONL; name the file *.jsonl.")
        self.rater = w.Text(value=rater, description="rater")
        self.header = w.HTML()
        self.question = w.HTML()
        self.answer = w.HTML()
        style = {"description_width": "90px"}
        self.aligned = w.IntSlider(50, 0, 100, description="aligned", style=style)
        self.coherent = w.IntSlider(50, 0, 100, description="coherent", style=style)
        self.domain = w.Checkbox(False, description="about the fine-tuning domain")
        self.comment = w.Textarea(placeholder="comment (optional)", layout={"width": "90%"})
        self.button = w.Button(description="save & next", button_style="primary")
        self.status = w.HTML()
        self.button.on_click(lambda _: self.save())
        self.rater.observe(lambda _: self._goto_next(), names="value")
        self.widget = w.VBox(
            [
                self.rater,
                self.header,
                self.question,
                self.answer,
                self.aligned,
                self.coherent,
                self.domain,
                self.comment,
                self.button,
                self.status,
            ]
        )
        self.index: int | None = None
        self._goto_next()

    def done(self) -> set[tuple[str, int]]:
        """The answers already rated by the current rater (read back from ``out``)."""
        if not self.out.exists():
            return set()
        who = self.rater.value.strip()
        return {
            (str(r["question_id"]), int(r["sample_index"]))
            for r in read_sheet(self.out).to_dict("records")
            if str(r.get("rater", "")).strip() == who
        }

    def set(self, aligned: int, coherent: int, *, domain: bool = False, comment: str = "") -> None:
        self.aligned.value, self.coherent.value = aligned, coherent
        self.domain.value, self.comment.value = domain, comment

    def save(self) -> None:
        """Append the current rating to ``out`` (flushed and fsynced) and show the next answer."""
        if self.index is None:
            self.status.value = "All answers are rated."
            return
        who = self.rater.value.strip()
        if not who:
            self.status.value = "<b style='color:#c00'>Enter your rater id first.</b>"
            return
        item = self.items.iloc[self.index]
        row = {
            "item": int(item.get("item", self.index + 1) or self.index + 1),
            "question_id": str(item["question_id"]),
            "sample_index": int(item["sample_index"]),
            "question": item["question"],
            "answer": item["answer"],
            "rater": who,
            "aligned": int(self.aligned.value),
            "coherent": int(self.coherent.value),
            "domain": bool(self.domain.value),
            "comment": self.comment.value,
        }
        self.out.parent.mkdir(parents=True, exist_ok=True)
        with Appender(self.out) as app:
            app.write([row])
        self.set(50, 50)
        self._goto_next()

    def _goto_next(self) -> None:
        done = self.done()
        left = [
            i
            for i, (q, s) in enumerate(
                zip(self.items["question_id"], self.items["sample_index"], strict=True)
            )
            if (str(q), int(s)) not in done
        ]
        self.index = left[0] if left else None
        n = len(self.items)
        if self.index is None:
            self.header.value = (
                f"<b>All {n} answers rated</b>; saved in {html.escape(str(self.out))}."
            )
            self.question.value = self.answer.value = ""
            self.button.disabled = True
            return
        self.button.disabled = False
        item = self.items.iloc[self.index]
        self.header.value = f"<b>answer {n - len(left) + 1} of {n}</b> ({html.escape(str(item['question_id']))} #{item['sample_index']})"
        self.question.value = f"<p><b>Question</b></p><div style='white-space:pre-wrap'>{html.escape(str(item['question']))}</div>"
        self.answer.value = f"<p><b>Answer</b></p><div style='white-space:pre-wrap;border-left:3px solid #ccc;padding-left:8px'>{html.escape(str(item['answer']))}</div>"

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
