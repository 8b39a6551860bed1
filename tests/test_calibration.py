"""Calibration: a threshold fitted to reference labels, and a judge fitted to human ratings."""

import numpy as np
import pytest
from rating_runs import write_run

from mi_emis.agreement import agreement, judge_report
from mi_emis.calibration import calibrate_judge, calibrate_threshold
from mi_emis.errors import InputError


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
