"""The notebook rating widget: saves after every answer, resumes where a rater stopped."""

import pytest
from rating_runs import judged_run

from mi_emis.sheets import export_for_rating, import_ratings


def test_widget_saves_after_every_answer_and_resumes(tmp_path):
    pytest.importorskip("ipywidgets")
    from mi_emis.widget import RatingWidget

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
