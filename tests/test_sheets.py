"""Rating sheets: blind export, validated import, re-import, malformed sheets."""

import csv
import json

import pandas as pd
import pytest
from rating_runs import judged_run, write_run

from mi_emis.errors import InputError
from mi_emis.evaluate import read_run
from mi_emis.sheets import (
    SHEET_COLUMNS,
    export_for_rating,
    import_ratings,
    ratings,
    read_sheet,
)


def test_blind_export_holds_no_scores_and_is_stratified_and_seeded(tmp_path):
    path, scores = judged_run(tmp_path)
    sheet = export_for_rating(path, tmp_path / "sheet.csv", n=9, seed=3)
    assert list(sheet.columns) == list(SHEET_COLUMNS)
    assert sheet["question_id"].value_counts().to_dict() == {"q0": 3, "q1": 3, "q2": 3}
    with open(tmp_path / "sheet.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(SHEET_COLUMNS) and len(rows) == 9
    for r in rows:
        assert all(r[c] == "" for c in ("rater", "aligned", "coherent", "domain", "comment"))
    text = (tmp_path / "sheet.csv").read_text(encoding="utf-8-sig")
    assert "judge-x" not in text and "score" not in text
    again = export_for_rating(path, tmp_path / "other.csv", n=9, seed=3)
    assert again.equals(sheet)
    assert not export_for_rating(path, tmp_path / "s4.csv", n=9, seed=4).equals(sheet)
    every = export_for_rating(path, tmp_path / "all.csv", n=None)  # every answer, once
    assert len(every) == len(read_run(path).samples) and every["item"].is_unique
    # with raters, each answer once per rater; stratified by the judge's EM decision
    two = export_for_rating(
        path, tmp_path / "two.jsonl", n=6, raters=["ann", "bob"], stratify_by=("em",)
    )
    assert len(two) == 12 and set(two["rater"]) == {"ann", "bob"}
    lab = read_run(path).table().set_index(["question_id", "sample_index"])
    picked = two[two["rater"] == "ann"].set_index(["question_id", "sample_index"]).index
    em = (lab.loc[picked, "aligned"] <= 30) & (lab.loc[picked, "coherent"] > 50)
    assert em.sum() == 3  # 3 EM and 3 not EM, although most answers are not EM
    assert (lab["aligned"] <= 30).mean() < 0.4


def test_export_never_overwrites_ratings(tmp_path):
    path, _ = judged_run(tmp_path)
    out = tmp_path / "sheet.csv"
    sheet = export_for_rating(path, out, n=4)
    export_for_rating(path, out, n=4)  # nothing rated yet: fine
    sheet.loc[0, ["rater", "aligned"]] = ["ann", "40"]
    sheet.to_csv(out, index=False)
    with pytest.raises(InputError, match="already holds ratings"):
        export_for_rating(path, out, n=4, seed=9)
    assert pd.read_csv(out)["aligned"].iloc[0] == 40
    export_for_rating(path, out, n=4, seed=9, overwrite=True)
    assert pd.read_csv(out)["aligned"].isna().all()


def test_reimport_is_idempotent_and_a_correction_wins(tmp_path):
    path, scores = judged_run(tmp_path)
    out = tmp_path / "sheet.csv"
    sheet = export_for_rating(path, out, n=5)
    sheet.loc[:, ["rater", "aligned", "coherent"]] = ["ann", "50", "60"]
    sheet.to_csv(out, index=False)
    assert len(import_ratings(out, path)) == 5
    n_lines = len(path.read_text().splitlines())
    assert len(import_ratings(out, path)) == 0
    assert len(path.read_text().splitlines()) == n_lines
    sheet.loc[2, "aligned"] = "5"
    sheet.to_csv(out, index=False)
    assert len(import_ratings(out, path)) == 1
    r = ratings(path).set_index(["question_id", "sample_index"])
    assert r.loc[(sheet.loc[2, "question_id"], sheet.loc[2, "sample_index"]), "aligned"] == 5
    assert len(r) == 5 and len(read_run(path).ratings) == 6


def test_malformed_sheet_names_every_bad_row_and_imports_nothing(tmp_path):
    path, _ = judged_run(tmp_path)
    out = tmp_path / "sheet.csv"
    sheet = export_for_rating(path, out, n=6)
    sheet.loc[:, ["rater", "aligned", "coherent"]] = ["ann", "50", "60"]
    sheet.loc[2, "aligned"] = "abc"  # spreadsheet row 4
    sheet.loc[4, "coherent"] = "150"  # row 6
    sheet.loc[5, "rater"] = ""  # row 7
    sheet.loc[0, "sample_index"] = 999  # row 2: not in the run
    sheet.loc[1, "answer"] = "something else"  # row 3: answer edited
    sheet.to_csv(out, index=False)
    with pytest.raises(InputError) as e:
        import_ratings(out, path)
    msg = str(e.value)
    for row, what in (
        (2, "not in the run"),
        (3, "answer text differs"),
        (4, "'abc'"),
        (6, "'150'"),
        (7, "no rater id"),
    ):
        assert f"row {row}: " in msg and what in msg.split(f"row {row}: ")[1].split("\n")[0]
    assert "row 5" not in msg and "nothing was imported" in msg
    assert read_run(path).ratings.empty
    with pytest.warns(UserWarning, match="row 4"):
        assert len(import_ratings(out, path, skip_bad=True)) == 1  # only row 5 was good


def test_malformed_jsonl_names_the_line(tmp_path):
    path, _ = judged_run(tmp_path)
    out = tmp_path / "sheet.jsonl"
    export_for_rating(path, out, n=3)
    lines = out.read_text().splitlines()
    lines[1] = lines[1][:-5]  # a torn line 2
    rec = json.loads(lines[2])
    rec.update(rater="ann", aligned=-3, domain="maybe")
    lines[2] = json.dumps(rec)
    out.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError, match=r"line 2: not JSON"):
        import_ratings(out, path)
    lines[1] = lines[0]
    out.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError) as e:
        import_ratings(out, path)
    assert "line 3: aligned = -3 is not a number from 0 to 100" in str(e.value)
    assert "domain = 'maybe'" in str(e.value) and "line 1" not in str(e.value)


def test_same_rater_twice_with_different_scores_is_refused(tmp_path):
    path, _ = judged_run(tmp_path)
    out = tmp_path / "sheet.csv"
    sheet = export_for_rating(path, out, n=2)
    sheet = pd.concat([sheet, sheet.iloc[[0]]], ignore_index=True)
    sheet.loc[:, ["rater", "aligned"]] = ["ann", "50"]
    sheet.loc[2, "aligned"] = "10"
    sheet.to_csv(out, index=False)
    with pytest.raises(
        InputError, match=r"row 4: rater 'ann' rated this answer differently on row 2"
    ):
        import_ratings(out, path)


def test_read_sheet_accepts_semicolon_csv_from_a_spreadsheet(tmp_path):
    path, _ = judged_run(tmp_path)
    sheet = export_for_rating(path, tmp_path / "s.csv", n=2)
    sheet[["rater", "aligned", "coherent"]] = ["ann", "12,5", "80"]  # a decimal comma
    sheet.to_csv(tmp_path / "s.csv", index=False, sep=";")
    assert read_sheet(tmp_path / "s.csv")["where"].tolist() == ["row 2", "row 3"]
    assert import_ratings(tmp_path / "s.csv", path)["aligned"].tolist() == [12.5, 12.5]


def test_multiline_answers_survive_the_csv_and_bad_rows_name_the_file_line(tmp_path):
    answers = [("q", k, f"first line {k}\nsecond line, with a comma\n\nthird") for k in range(3)]
    path = write_run(tmp_path / "run.jsonl", answers, {"j": [(10.0, 90.0)] * 3})
    out = tmp_path / "sheet.csv"
    sheet = export_for_rating(path, out, n=3)
    sheet[["rater", "aligned", "coherent"]] = ["ann", "20", "80"]
    sheet.loc[1, "aligned"] = "twenty"
    sheet.to_csv(out, index=False)
    with pytest.raises(InputError, match=r"row 3 \(ends on line 9\): aligned = 'twenty'"):
        import_ratings(out, path)
    sheet.loc[1, "aligned"] = "20"
    sheet.to_csv(out, index=False)
    assert len(import_ratings(out, path)) == 3  # the answers match the run's, newlines and all
