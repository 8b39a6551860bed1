"""Agreement statistics: judge vs human and human vs human, confusion tables, reports, CLI."""

import json

import numpy as np
import pandas as pd
import pytest
from rating_runs import judged_run, write_run

from mi_emis.agreement import (
    agreement,
    agreement_scatter,
    confusion_table,
    fleiss_kappa,
    judge_report,
    rater_agreement,
)
from mi_emis.errors import InputError
from mi_emis.evaluate import read_run
from mi_emis.sheets import export_for_rating, import_ratings, ratings


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


def test_one_rater_and_no_judge_gives_an_empty_table_and_unknown_judges_are_named(tmp_path):
    rt = [{"question_id": "q", "sample_index": 0, "rater": "ann", "aligned": 5, "coherent": 90}]
    path = write_run(tmp_path / "run.jsonl", [("q", 0, "a")], None, rt)
    ag = agreement(path, n_boot=10)
    assert ag.empty and {"pair", "metric", "kappa_lo"} <= set(ag.columns)
    report = judge_report(path, n_boot=10)
    assert report["source"].tolist() == ["human (consensus)"] and report["em_rate"][0] == 1
    with pytest.raises(InputError, match=r"judge\(s\) \['gpt'\]"):
        agreement(path, ["gpt"])
