"""Human rating sheets: blind samples of a run's answers to rate by hand, and the ratings read back.

Workflow::

    export_for_rating(run, "sheet.csv", n=50)      # blind: ids, question, answer, empty columns
    # fill aligned / coherent (0-100), domain (yes/no), comment and rater in a spreadsheet,
    # or in a notebook with RatingWidget("sheet.csv", "ratings.jsonl", rater="alice")
    import_ratings("sheet.csv", run)               # validated; appends {"kind": "rating"} rows
    agreement(read_run(run))                       # judge vs human and human vs human, with CIs

A sheet is a ``.csv`` (UTF-8 with BOM, for Excel) or a ``.jsonl`` file with the columns
``SHEET_COLUMNS``; a person fills in ``FILLED``. :func:`ratings` gives the last rating of each
(answer, rater) of a run, :func:`consensus` the people's mean score per answer. The widget is
:class:`mi_emis.widget.RatingWidget`; agreement statistics are in :mod:`mi_emis.agreement`.
"""

from __future__ import annotations

import csv
import datetime
import io
import itertools
import json
import math
import os
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from mi_emis.errors import InputError
from mi_emis.metrics import label_responses
from mi_emis.runfile import Appender, Run, read_run

KEY = ["question_id", "sample_index"]
SCORES = ("aligned", "coherent")
FILLED = ("rater", "aligned", "coherent", "domain", "comment")  # what a person fills in
SHEET_COLUMNS = ("item", "question_id", "sample_index", "question", "answer", *FILLED)
_YES = {"1", "true", "yes", "y", "x"}
_NO = {"0", "false", "no", "n"}


def export_for_rating(
    run: Run | str | Path,
    out: str | Path,
    *,
    n: int | None = 50,
    stratify_by: Sequence[str] = ("question_id",),
    seed: int = 0,
    raters: Sequence[str] | None = None,
    judge: str | None = None,
    overwrite: bool = False,
) -> pd.DataFrame:
    """Write a blind rating sheet (``.csv`` or ``.jsonl``) of ``n`` answers of a run (``None``: all).

    The answers are drawn without replacement, as evenly as possible across the strata
    (``stratify_by``: columns of the run's table, e.g. ``question_id``; ``"em"`` is the EM decision
    of ``judge``, to get enough misaligned answers), then shuffled; the same ``seed`` gives the same
    sheet. The sheet holds ids, question and answer only, never a score, plus the empty columns
    ``rater, aligned, coherent, domain, comment``. With ``raters``, each answer appears once per
    rater with ``rater`` filled in. A sheet that already holds ratings is never overwritten unless
    ``overwrite=True``.

    Returns:
        The sheet as written.
    """
    run = run if isinstance(run, Run) else read_run(run)
    out = Path(out)
    sheet_format(out)
    if n is not None and n < 1:
        raise InputError(f"n = {n}: ask for at least one answer to rate (None: every answer).")
    if out.exists() and not overwrite and _has_ratings(out):
        raise InputError(
            f"{out} already holds ratings; import them first (import_ratings), choose another "
            "file, or pass overwrite=True to replace it."
        )
    table = run.table(judge)
    if "answer" in table:
        table = table[table["answer"].notna()]
    if table.empty or "answer" not in table:
        raise InputError(f"{run.path} has no answers to rate; sample the run first.")
    if "em" in stratify_by and "em" not in table:
        if not {"aligned", "coherent"} <= set(table.columns):
            raise InputError(
                "stratify_by 'em' needs judged answers: judge the run first, or drop 'em'."
            )
        table = label_responses(table)
    missing = [c for c in stratify_by if c not in table.columns]
    if missing:
        raise InputError(
            f"Cannot stratify by {missing}: the run's table has {sorted(table.columns)}."
        )
    rng = np.random.default_rng(seed)
    strata = [g.index.to_numpy() for _, g in table.groupby(list(stratify_by), sort=True)]
    strata = [s[rng.permutation(len(s))] for s in strata]
    order = [strata[i] for i in rng.permutation(len(strata))]
    picked = [i for rnd in itertools.zip_longest(*order) for i in rnd if i is not None][
        :n
    ]  # n=None: all
    picked = rng.permutation(np.asarray(picked, dtype=int))
    items = table.loc[picked, ["question_id", "sample_index", "question", "answer"]]
    items.insert(0, "item", range(1, len(items) + 1))
    who = list(raters) if raters else [""]
    sheet = pd.concat([items.assign(rater=r) for r in who], ignore_index=True)
    for c in FILLED[1:]:
        sheet[c] = ""
    sheet = sheet[list(SHEET_COLUMNS)]
    _write_sheet(sheet, out)
    return sheet


def read_sheet(path: str | Path) -> pd.DataFrame:
    """A rating sheet as written by a spreadsheet or :class:`RatingWidget`, as strings/values.

    Adds ``where``: how to find each row ("row 5" of a spreadsheet, "line 5" of a JSONL file).
    """
    path = Path(path)
    kind = sheet_format(path)
    if not path.is_file():
        raise InputError(f"No rating sheet at {path}; export one with export_for_rating.")
    rows: list[dict] = []
    bad: list[str] = []
    if kind == "jsonl":
        with path.open(encoding="utf-8-sig") as f:
            lines = f.readlines()
        for k, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                if k == len(lines) and not line.endswith("\n"):
                    break  # torn: a writer mid-line or a kill; the next append cuts it
                bad.append(f"line {k}: not JSON ({e.msg})")
                continue
            if not isinstance(rec, dict):
                bad.append(f"line {k}: not a JSON object")
                continue
            rows.append({**rec, "where": f"line {k}"})
    else:
        with path.open(encoding="utf-8-sig", newline="") as f:
            text = f.read()
        head = text.split("\n", 1)[0]
        sep = max(",;\t", key=head.count)  # spreadsheets in some locales write ';'
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=sep)
        for k, rec in enumerate(reader, 2):  # spreadsheet row numbers: the header is row 1
            # answers may span several lines of the file: name the file's last line too
            where = (
                f"row {k}" if reader.line_num == k else f"row {k} (ends on line {reader.line_num})"
            )
            if None in rec:
                bad.append(f"{where}: more cells than the header has columns")
                continue
            if any(v is None for v in rec.values()):
                bad.append(f"{where}: fewer cells than the header has columns")
                continue
            rows.append({**rec, "where": where})
    if bad:
        raise InputError(f"{path}: " + "; ".join(bad) + ". Fix these lines and import again.")
    sheet = pd.DataFrame(rows)
    lacking = [c for c in ("question_id", "sample_index") if c not in sheet]
    if rows and lacking:
        raise InputError(
            f"{path} lacks the column(s) {lacking}; keep the columns export_for_rating wrote."
        )
    return sheet


def import_ratings(sheet: str | Path, run: str | Path, *, skip_bad: bool = False) -> pd.DataFrame:
    """Validate a filled-in sheet and append its ratings to the run file.

    Every row is checked: ``aligned``/``coherent`` blank or a number in [0, 100], ``domain``
    blank or yes/no, a known (question_id, sample_index) whose answer matches the run's, a rater
    id on every rated row, and no answer rated twice by one rater with different values. Rows
    with nothing filled in are skipped (a sheet may be rated in several sittings). All bad rows
    are named in one :class:`InputError`, and then nothing is written (``skip_bad=True`` imports
    the good rows and warns about the bad ones). A rating already in the run is not written
    again, so importing the same sheet twice changes nothing; a changed rating is appended and
    the last one counts.

    Returns:
        The ratings appended (empty when there was nothing new).
    """
    run_path = Path(run)
    r = read_run(run_path)
    frame = read_sheet(sheet)
    answers = {}
    if not r.samples.empty:
        keys = zip(r.samples["question_id"], r.samples["sample_index"], strict=True)
        answers = dict(zip(keys, r.samples["answer"], strict=True))
    good, bad, seen = [], [], {}
    for rec in frame.to_dict("records"):
        row, problems = _parse_row(rec, answers)
        if row is None and not problems:
            continue  # nothing filled in
        if row is not None:
            key = (row["question_id"], row["sample_index"], row["rater"])
            if key in seen and _values(seen[key][0]) != _values(row):
                problems.append(
                    f"rater {row['rater']!r} rated this answer differently on {seen[key][1]}; "
                    "keep one of the two"
                )
            seen.setdefault(key, (row, rec["where"]))
        if problems:
            bad.append(f"{rec['where']}: " + "; ".join(problems))
        else:
            good.append(row)
    if bad:
        msg = f"{sheet}: {len(bad)} bad row(s):\n  " + "\n  ".join(bad)
        if not skip_bad:
            raise InputError(msg + "\nFix them and import again (nothing was imported).")
        warnings.warn(msg + "\nThe other rows were imported.", stacklevel=2)
    last = {}
    for rec in ratings(r).to_dict("records"):
        last[(rec["question_id"], rec["sample_index"], rec["rater"])] = _values(rec)
    new = []
    for row in good:
        key = (row["question_id"], row["sample_index"], row["rater"])
        if last.get(key) != _values(row):
            last[key] = _values(row)
            new.append(row)
    stamp = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    recs = [{"kind": "rating", **row, "source": Path(sheet).name, "time": stamp} for row in new]
    with Appender(run_path) as app:
        app.write(recs)
    return pd.DataFrame([{k: v for k, v in x.items() if k != "kind"} for x in recs])


def ratings(run: Run | str | Path) -> pd.DataFrame:
    """The last rating of each (answer, rater) of a run: ``question_id, sample_index, rater,
    aligned, coherent, domain, comment``."""
    run = run if isinstance(run, Run) else read_run(run)
    cols = [*KEY, "rater", "aligned", "coherent", "domain", "comment"]
    if run.ratings.empty:
        return pd.DataFrame(columns=cols)
    last = run.ratings.drop_duplicates([*KEY, "rater"], keep="last")
    out = last.reindex(columns=cols).reset_index(drop=True)
    out[list(SCORES)] = out[list(SCORES)].apply(pd.to_numeric, errors="coerce")
    return out


def consensus(run: Run | str | Path) -> pd.DataFrame:
    """Per rated answer: the mean human ``aligned`` and ``coherent`` and ``n_raters``."""
    rt = ratings(run)
    if rt.empty:
        return pd.DataFrame(columns=[*KEY, "aligned", "coherent", "n_raters"])
    g = rt.groupby(KEY, sort=True)
    out = g[list(SCORES)].mean()
    out["n_raters"] = g["rater"].nunique()
    return out.reset_index()


# --- helpers -----------------------------------------------------------------------------------


def sheet_format(path: Path) -> str:
    """``"csv"`` or ``"jsonl"``, from the file name; an :class:`InputError` for anything else."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl"):
        raise InputError(f"{path}: a rating sheet is a .csv or a .jsonl file.")
    return suffix[1:]


def _write_sheet(sheet: pd.DataFrame, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    if sheet_format(out) == "csv":
        sheet.to_csv(tmp, index=False, encoding="utf-8-sig")  # the BOM makes Excel read UTF-8
    else:
        recs = sheet.to_dict("records")
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), "utf-8")
    os.replace(tmp, out)


def _has_ratings(path: Path) -> bool:
    try:
        sheet = read_sheet(path)
    except InputError:
        return True  # unreadable: do not risk someone's work
    return any(_filled(sheet.get(c, pd.Series(dtype=object))).any() for c in FILLED[1:])


def _filled(col: pd.Series) -> pd.Series:
    return col.map(lambda v: not _blank(v))


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or str(v).strip() == ""


def _parse_row(rec: dict, answers: dict) -> tuple[dict | None, list[str]]:
    """``(rating, problems)``; ``(None, [])`` for a row with nothing filled in."""
    if all(_blank(rec.get(c)) for c in FILLED[1:]):
        return None, []
    problems = []
    row: dict[str, Any] = {}
    for c in SCORES:
        v = rec.get(c)
        if _blank(v):
            row[c] = None
            continue
        try:
            x = (
                float(str(v).strip().replace(",", "."))
                if not isinstance(v, int | float)
                else float(v)
            )
        except ValueError:
            x = math.nan
        if isinstance(v, bool) or not (0 <= x <= 100):
            problems.append(f"{c} = {v!r} is not a number from 0 to 100 (or blank)")
        else:
            row[c] = x
    d = rec.get("domain")
    if _blank(d):
        row["domain"] = None
    elif isinstance(d, bool) or str(d).strip().lower() in _YES | _NO:
        row["domain"] = d if isinstance(d, bool) else str(d).strip().lower() in _YES
    else:
        problems.append(f"domain = {d!r}: write yes or no (or leave it blank)")
    row["comment"] = "" if _blank(rec.get("comment")) else str(rec["comment"]).strip()
    rater = rec.get("rater")
    if _blank(rater):
        problems.append("no rater id: fill the rater column")
    else:
        row["rater"] = str(rater).strip()
    qid, sidx = rec.get("question_id"), rec.get("sample_index")
    try:
        key = (str(qid).strip(), int(float(str(sidx).strip())))
    except ValueError:
        key = None
    if key is None or key not in answers:
        problems.append(
            f"answer ({qid!r}, {sidx!r}) is not in the run: do not edit question_id / "
            "sample_index, and import into the run the sheet was exported from"
        )
    else:
        row["question_id"], row["sample_index"] = key
        given = rec.get("answer")
        if not _blank(given) and " ".join(str(given).split()) != " ".join(
            str(answers[key]).split()
        ):
            problems.append(
                "the answer text differs from the run's: the row was moved or edited, or the "
                "sheet is from another run; restore it from the export"
            )
    if problems:
        return None, problems
    ordered = ("question_id", "sample_index", "rater", "aligned", "coherent", "domain", "comment")
    return {k: row[k] for k in ordered}, []


def _values(row: dict) -> tuple:
    def norm(v: Any) -> Any:
        if _blank(v) and not isinstance(v, bool):
            return None
        return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else v

    return tuple(norm(row.get(k)) for k in ("aligned", "coherent", "domain", "comment"))
