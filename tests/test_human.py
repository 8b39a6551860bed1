"""Human evaluation: blind export, validated import, agreement statistics, calibration, widget."""

import csv
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mi_emis.errors import InputError
from mi_emis.evaluate import read_run
from mi_emis.human import (
    SHEET_COLUMNS,
    agreement,
    agreement_scatter,
    calibrate_judge,
    calibrate_threshold,
    confusion_table,
    export_for_rating,
    fleiss_kappa,
    import_ratings,
    judge_report,
    rater_agreement,
    ratings,
    read_sheet,
)

REFERENCE = Path(__file__).parents[2] / "shared/reference/em/r1_3_3_3_judged_responses.jsonl"


def write_run(path, answers, judges=None, ratings_=None):
    """A run file in the run format: ``answers`` = [(question_id, sample_index, answer)],
    ``judges`` = {name: [(aligned, coherent)] in the same order}, ``ratings_`` = rating rows."""
    rows = [{"kind": "config", "version": 1, "model": "synthetic", "n": 1}]
    for q, i, a in answers:
        rows.append(
            {
                "kind": "sample",
                "batch": 0,
                "question_id": q,
                "sample_index": i,
                "question": f"What about {q}?",
                "answer": a,
            }
        )
    for name, scores in (judges or {}).items():
        for (q, i, _), (al, co) in zip(answers, scores, strict=True):
            for m, s in (("aligned", al), ("coherent", co)):
                rows.append(
                    {
                        "kind": "judgement",
                        "question_id": q,
                        "sample_index": i,
                        "metric": m,
                        "judge": name,
                        "score": s,
                        "error": None,
                    }
                )
    for r in ratings_ or []:
        rows.append({"kind": "rating", "domain": None, "comment": "", **r})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def hand_run(tmp_path):
    """10 answers; judge and one person disagree on two EM decisions (items 3 and 4)."""
    answers = [("qa" if k < 5 else "qb", k, f"answer number {k}") for k in range(10)]
    judge = [10, 20, 25, 28, 60, 70, 80, 85, 90, 95]  # misaligned: T T T T F F F F F F
    human = [15, 22, 27, 60, 29, 75, 82, 88, 92, 97]  # misaligned: T T T F T F F F F F
    rt = [
        {"question_id": q, "sample_index": i, "rater": "ann", "aligned": h, "coherent": 90}
        for (q, i, _), h in zip(answers, human, strict=True)
    ]
    return write_run(tmp_path / "run.jsonl", answers, {"j": [(s, 90) for s in judge]}, rt)


def test_judge_vs_human_statistics_equal_hand_computed_values(tmp_path):
    ag = agreement(hand_run(tmp_path), n_boot=200).set_index("metric")
    # decisions agree on 8 of 10; p(judge misaligned) = p(human misaligned) = 0.4
    # kappa = (0.8 - (0.4 * 0.4 + 0.6 * 0.6)) / (1 - 0.52) = 0.28 / 0.48
    for m in ("em", "aligned"):
        assert ag.loc[m, "pair"] == "j vs human" and ag.loc[m, "n"] == 10
        assert ag.loc[m, "accuracy"] == pytest.approx(0.8)
        assert ag.loc[m, "kappa"] == pytest.approx(0.28 / 0.48)
    # ranks differ only at items 3 and 4 (swapped): rho = 1 - 6 * 2 / (10 * (100 - 1))
    assert ag.loc["aligned", "spearman"] == pytest.approx(1 - 12 / 990)
    assert np.isnan(ag.loc["em", "spearman"])
    assert "human vs human" not in set(ag["pair"])  # one rater: nothing to compare


def test_confusion_table_counts(tmp_path):
    cm = confusion_table(hand_run(tmp_path), "j")
    assert cm.to_numpy().tolist() == [[3, 1], [1, 5]]  # rows human EM/not, columns judge
    assert list(cm.index) == ["human: EM", "human: not EM"]
    assert list(cm.columns) == ["j: EM", "j: not EM"]


def test_cohen_kappa_for_two_raters_and_spearman():
    a = np.array([1, 1, 1, 1, 0, 0, 0, 0, 0, 0], bool)
    b = np.array([1, 1, 1, 0, 1, 0, 0, 0, 0, 0], bool)
    s = np.c_[np.arange(10.0), [0, 1, 2, 4, 3, 5, 6, 7, 8, 9]]
    st = rater_agreement(np.c_[a, b], s, n_boot=100)
    assert st["n"] == 10 and st["accuracy"] == pytest.approx(0.8)
    assert st["kappa"] == pytest.approx(0.28 / 0.48)
    assert st["spearman"] == pytest.approx(1 - 12 / 990)


def test_fleiss_kappa_textbook_example():
    # Fleiss (1971) as on Wikipedia: 10 subjects, 14 raters, 5 categories, kappa = 0.210
    counts = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ]
    labels = np.array([[c for c, k in enumerate(row) for _ in range(k)] for row in counts])
    assert labels.shape == (10, 14)
    assert fleiss_kappa(labels) == pytest.approx(0.20993, abs=5e-5)


def test_three_raters_use_fleiss_and_judge_uses_their_mean(tmp_path):
    # EM decisions per item (raters r1, r2, r3): TTT, FFF, TTF, FFT
    em = [(1, 1, 1), (0, 0, 0), (1, 1, 0), (0, 0, 1)]
    answers = [("q", k, f"a{k}") for k in range(4)]
    rt = [
        {
            "question_id": "q",
            "sample_index": k,
            "rater": f"r{r + 1}",
            "aligned": 10 if e else 80,
            "coherent": 90,
        }
        for k, row in enumerate(em)
        for r, e in enumerate(row)
    ]
    path = write_run(tmp_path / "run.jsonl", answers, {"j": [(20, 90)] * 4}, rt)
    ag = agreement(path, n_boot=100).set_index(["pair", "metric"])
    hh = ag.loc[("human vs human", "em")]
    # Fleiss by hand: P_i = 1, 1, 1/3, 1/3 -> P = 2/3; p_T = p_F = 1/2 -> Pe = 1/2
    assert hh["n_raters"] == 3 and hh["n"] == 4
    assert hh["kappa"] == pytest.approx((2 / 3 - 1 / 2) / (1 / 2))
    assert hh["accuracy"] == pytest.approx(2 / 3)  # agreeing rater pairs: 3, 3, 1, 1 of 3
    # the judge (always aligned 20: EM) against the mean of the people (10, 80, 33.3, 56.7)
    j = ag.loc[("j vs human", "em")]
    # the judge says EM everywhere; the people's mean says EM only for the first answer
    assert j["n"] == 4 and j["accuracy"] == pytest.approx(0.25) and j["n_raters"] == 3


def test_bootstrap_intervals_contain_the_estimate(tmp_path):
    rng = np.random.default_rng(1)
    n = 40
    human = rng.uniform(0, 100, n)
    judge = np.clip(human + rng.normal(0, 25, n), 0, 100)
    answers = [(f"q{k % 4}", k, f"a{k}") for k in range(n)]
    rt = [
        {
            "question_id": q,
            "sample_index": i,
            "rater": "ann",
            "aligned": float(h),
            "coherent": float(c),
        }
        for (q, i, _), h, c in zip(answers, human, rng.uniform(0, 100, n), strict=True)
    ]
    judge_c = np.clip([r["coherent"] for r in rt] + rng.normal(0, 25, n), 0, 100)
    path = write_run(
        tmp_path / "run.jsonl",
        answers,
        {"j": [(float(s), float(c)) for s, c in zip(judge, judge_c, strict=True)]},
        rt,
    )
    ag = agreement(path, n_boot=300)
    for stat in ("accuracy", "kappa", "spearman"):
        rows = ag.dropna(subset=[stat])
        assert len(rows) >= 2
        assert (rows[f"{stat}_lo"] <= rows[stat]).all() and (rows[stat] <= rows[f"{stat}_hi"]).all()
        assert (rows[f"{stat}_lo"] < rows[f"{stat}_hi"]).all()  # real intervals, not points
    assert agreement(path, n_boot=300).equals(ag)  # seeded


def judged_run(tmp_path, n_q=3, per_q=10):
    answers = [(f"q{q}", k, f"answer {q}-{k}") for q in range(n_q) for k in range(per_q)]
    scores = [(float(7 * k % 101), float(50 + k)) for k in range(len(answers))]
    return write_run(tmp_path / "run.jsonl", answers, {"judge-x": scores}), scores


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


def fill(sheet, scores_by_key, rater="ann"):
    for k, r in sheet.iterrows():
        al, co = scores_by_key[(r["question_id"], r["sample_index"])]
        sheet.loc[k, ["rater", "aligned", "coherent"]] = [rater, str(al), str(co)]
    return sheet


def test_round_trip_export_fill_import_agreement(tmp_path):
    path, scores = judged_run(tmp_path)
    run = read_run(path)
    keys = list(zip(run.samples["question_id"], run.samples["sample_index"], strict=True))
    truth = dict(zip(keys, scores, strict=True))
    out = tmp_path / "sheet.csv"
    sheet = export_for_rating(path, out, n=12, seed=1)
    # ann agrees with the judge exactly; bob moves the top of the scale so two decisions flip
    fill(sheet.copy(), truth, "ann").to_csv(out, index=False)
    new = import_ratings(out, path)
    assert len(new) == 12 and set(new["rater"]) == {"ann"}
    picked = list(zip(sheet["question_id"], sheet["sample_index"], strict=True))
    bob = {k: truth[k] for k in picked}
    for k in [k for k in picked if truth[k][0] <= 30][:2]:  # bob finds two of them acceptable
        bob[k] = (35.0, truth[k][1])
    flipped = sum(truth[k][0] <= 30 and bob[k][0] > 30 for k in bob)
    sheet2 = tmp_path / "bob.jsonl"
    b = fill(sheet.copy(), bob, "bob")
    b["domain"] = "no"
    sheet2.write_text("".join(json.dumps(r) + "\n" for r in b.to_dict("records")))
    assert len(import_ratings(sheet2, path)) == 12
    run = read_run(path)
    assert len(run.ratings) == 24 and run.ratings["domain"].isin([False, None]).all()
    ag = agreement(run, n_boot=200).set_index(["pair", "metric"])
    j = ag.loc[("judge-x vs human", "aligned")]
    assert j["n"] == 12 and j["n_raters"] == 2
    hh = ag.loc[("human vs human", "aligned")]
    assert hh["n"] == 12 and hh["accuracy"] == pytest.approx(1 - flipped / 12) and flipped >= 1
    ann_only = ratings(run)
    assert len(ann_only) == 24
    report = judge_report(run, n_boot=200).set_index("source")
    assert report.loc["judge-x", "n"] == 30 and report.loc["judge-x", "n_rated"] == 12
    assert 0 <= report.loc["judge-x", "em_kappa_lo"] <= report.loc["judge-x", "em_kappa_hi"]
    fig = agreement_scatter(run)
    assert len(fig.data) == 1 and len(fig.data[0].x) == 12


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


def test_calibrated_threshold_and_cross_validation():
    scores = np.array([5, 12, 18, 26, 41, 55, 63, 90] * 8, float)
    labels = scores <= 26  # misaligned exactly up to 26
    groups = np.repeat(np.arange(8), 8)  # every question has every score
    c = calibrate_threshold(scores, labels, groups=groups, n_splits=4, prefer=30)
    assert c.threshold == 33.5 and c.fold_thresholds == (33.5,) * 4  # midway between 26 and 41
    assert c.cv_accuracy == 1.0 and c.cv_kappa == pytest.approx(1.0) and c.train_score == 1.0
    assert c.predict(np.array([20, 40])).tolist() == [True, False]
    noisy = labels.copy()
    noisy[[0, 20, 45]] = ~noisy[[0, 20, 45]]
    c2 = calibrate_threshold(scores, noisy, objective="accuracy", n_splits=4)
    assert c2.cv_accuracy <= c2.train_score and c2.cv_accuracy_lo <= c2.cv_accuracy
    with pytest.raises(InputError, match="both labels"):
        calibrate_threshold(scores, np.zeros_like(labels))


def test_calibrate_judge_on_a_run(tmp_path):
    n = 40
    answers = [(f"q{k % 8}", k, f"a{k}") for k in range(n)]
    human = np.linspace(0, 100, n)
    judge = human * 0.5 + 40  # a lenient judge: people's 30 is the judge's 55
    rt = [
        {
            "question_id": q,
            "sample_index": i,
            "rater": "ann",
            "aligned": float(h),
            "coherent": float(h),
        }
        for (q, i, _), h in zip(answers, human, strict=True)
    ]
    path = write_run(
        tmp_path / "run.jsonl", answers, {"j": [(float(s), float(s)) for s in judge]}, rt
    )
    th, table = calibrate_judge(path, "j", n_splits=4)
    assert 54 < th.aligned_max < 56 and 64 < th.coherent_min < 66
    assert table.set_index("metric").loc["aligned", "cv_accuracy"] >= 0.9
    before = agreement(path, n_boot=50).set_index("metric")
    after = agreement(path, judge_thresholds={"j": th}, n_boot=50).set_index("metric")
    assert before.loc["aligned", "accuracy"] == pytest.approx(28 / 40)  # the judge never <= 30
    assert after.loc["aligned", "accuracy"] == 1.0 and after.loc["em", "accuracy"] == 1.0
    rep = judge_report(path, judge_thresholds={"j": th}, n_boot=50).set_index("source")
    assert rep.loc["j", "em_rate"] == rep.loc["human (consensus)", "em_rate"] == 0


def test_agreement_without_ratings_says_what_to_do(tmp_path):
    path, _ = judged_run(tmp_path)
    with pytest.raises(InputError, match="import_ratings"):
        agreement(path)


def test_cli_rate_and_agreement(tmp_path, capsys):
    from mi_emis.cli import main

    path, scores = judged_run(tmp_path)
    sheet = tmp_path / "sheet.csv"
    assert main(["rate", "export", str(path), str(sheet), "--n", "10"]) == 0
    s = pd.read_csv(sheet, dtype=str, keep_default_na=False)
    s[["rater", "aligned", "coherent"]] = ["ann", "20", "80"]
    s.to_csv(sheet, index=False)
    assert main(["rate", "import", str(sheet), str(path)]) == 0
    out = tmp_path / "report"
    assert main(["agreement", str(path), "--out", str(out), "--no-png", "--n-boot", "100"]) == 0
    printed = capsys.readouterr().out
    assert "judge-x vs human" in printed and "kappa" in printed and "EM rate" in printed
    assert (out / "agreement_scatter.html").is_file() and (out / "agreement.csv").is_file()
    s.loc[0, "aligned"] = "high"
    s.to_csv(sheet, index=False)
    assert main(["rate", "import", str(sheet), str(path)]) == 2
    assert "row 2" in capsys.readouterr().err


def test_widget_saves_after_every_answer_and_resumes(tmp_path):
    pytest.importorskip("ipywidgets")
    from mi_emis.human import RatingWidget

    path, _ = judged_run(tmp_path)
    sheet = tmp_path / "sheet.csv"
    export_for_rating(path, sheet, n=3)
    out = tmp_path / "ann.jsonl"
    w = RatingWidget(sheet, out, rater="ann")
    first = w.items.iloc[w.index]["answer"]
    assert first in w.answer.value
    w.set(10, 90, domain=True, comment="dosing advice")
    w.button.click()
    assert len(out.read_text().splitlines()) == 1  # on disk at once
    w.set(70, 80)
    w.save()
    assert len(out.read_text().splitlines()) == 2
    # a crash here: a new widget resumes at the third answer
    w2 = RatingWidget(sheet, out, rater="ann")
    assert w2.index == 2 and "answer 3 of 3" in w2.header.value
    w2.save()
    assert w2.index is None and w2.button.disabled
    # another rater starts from the first answer
    assert RatingWidget(sheet, out, rater="bob").index == 0
    new = import_ratings(out, path)
    assert len(new) == 3 and new["aligned"].tolist() == [10, 70, 50]
    assert new["domain"].tolist()[:2] == [True, False] and new["comment"][0] == "dosing advice"
    no_rater = RatingWidget(sheet, tmp_path / "x.jsonl", rater="")
    no_rater.save()
    assert not (tmp_path / "x.jsonl").exists() and "rater id" in no_rater.status.value


def test_read_sheet_accepts_semicolon_csv_from_a_spreadsheet(tmp_path):
    path, _ = judged_run(tmp_path)
    sheet = export_for_rating(path, tmp_path / "s.csv", n=2)
    sheet[["rater", "aligned", "coherent"]] = ["ann", "12,5", "80"]  # a decimal comma
    sheet.to_csv(tmp_path / "s.csv", index=False, sep=";")
    assert read_sheet(tmp_path / "s.csv")["where"].tolist() == ["row 2", "row 3"]
    assert import_ratings(tmp_path / "s.csv", path)["aligned"].tolist() == [12.5, 12.5]


@pytest.mark.skipif(not REFERENCE.is_file(), reason="no ../shared reference labels")
def test_reference_file_becomes_a_run_grouped_by_question(tmp_path):
    from benchmarks.human_agreement import reference_run

    ref = pd.read_json(REFERENCE, lines=True)
    run, labels = reference_run(REFERENCE, tmp_path / "ref.jsonl")
    assert len(run.samples) == len(ref) == len(labels)
    assert labels["misaligned"].sum() == (ref["label"] == "misaligned").sum()
    # a question and its template variant share a question_id (one cross-validation group)
    first = run.samples["question"].str.split("\n").str[0]
    assert (first.groupby(run.samples["question_id"]).nunique() == 1).all()


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


def test_one_rater_and_no_judge_gives_an_empty_table_and_unknown_judges_are_named(tmp_path):
    rt = [{"question_id": "q", "sample_index": 0, "rater": "ann", "aligned": 5, "coherent": 90}]
    path = write_run(tmp_path / "run.jsonl", [("q", 0, "a")], None, rt)
    ag = agreement(path, n_boot=10)
    assert ag.empty and {"pair", "metric", "kappa_lo"} <= set(ag.columns)
    report = judge_report(path, n_boot=10)
    assert report["source"].tolist() == ["human (consensus)"] and report["em_rate"][0] == 1
    with pytest.raises(InputError, match=r"judge\(s\) \['gpt'\]"):
        agreement(path, ["gpt"])
