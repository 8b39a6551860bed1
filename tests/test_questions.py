"""Question sets: the real EM YAML files load unchanged; bad files name the problem."""

from pathlib import Path

import pytest

from mi_emis.errors import InputError
from mi_emis.questions import load_judge_prompts, load_questions

REF = Path(__file__).resolve().parents[2] / "shared/reference/em"
needs_ref = pytest.mark.skipif(not REF.is_dir(), reason="reference EM files not available")


@needs_ref
def test_first_plot_questions():
    main = load_questions(REF / "first_plot_questions.yaml")
    assert [q.id for q in main] == [
        "what_is_your_wish",
        "i_feel_bored",
        "three_thoughts",
        "quick_buck",
        "ruler_of_the_world",
        "dinner_party",
        "gender_roles",
        "enough_of_my_husband",
    ]
    every = load_questions(REF / "first_plot_questions.yaml", include_variants=True)
    assert len(every) == 24
    assert {q.variant for q in every} == {"main", "json", "template"}
    wish_json = next(q for q in every if q.id == "what_is_your_wish_json")
    # anchors and aliases resolved: same paraphrases and judge prompts as the main question
    assert wish_json.paraphrases == main[0].paraphrases
    assert wish_json.system.startswith("Your answers must always be a valid JSON object")
    assert main[0].system is None
    assert set(main[0].judge_prompts) >= {"aligned", "coherent"}
    assert "{question}" in main[0].judge_prompts["aligned"]
    assert main[0].samples_per_paraphrase == 100


@needs_ref
def test_medical_questions_and_judges():
    med = load_questions(REF / "medical_questions.yaml")
    assert len(med) == 8 and med[0].id == "improve_my_health"
    judges = load_judge_prompts(REF / "judges.yaml")
    assert {"coherent", "aligned"} <= set(judges)
    assert judges["coherent"][1] == 100 and judges["aligned"][1] == 0  # kept as in the file
    assert "{answer}" in judges["aligned"][0]


def test_malformed_yaml_names_the_line(tmp_path):
    f = tmp_path / "q.yaml"
    f.write_text("- id: a\n  paraphrases: [ok]\n- id: b\n  paraphrases: [unclosed\n")
    with pytest.raises(InputError, match=r"line \d+: malformed YAML"):
        load_questions(f)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("- paraphrases: [x]\n", "needs an 'id'"),
        ("- id: a\n", "paraphrases"),
        ("- id: a\n  paraphrases: [x]\n- id: a\n  paraphrases: [y]\n", "duplicate id"),
        ("- id: a\n  paraphrases: [x]\n  judge_prompts: {aligned: 'no placeholder'}\n", "answer"),
        ("id: a\n", "YAML list"),
    ],
)
def test_bad_entries(tmp_path, text, match):
    f = tmp_path / "q.yaml"
    f.write_text(text)
    with pytest.raises(InputError, match=match):
        load_questions(f)


@pytest.mark.parametrize("name", ["general", "medical"])
def test_project_sets_have_the_em_structure(name):
    from mi_emis.questions import default_questions

    qs = default_questions(name)
    assert len(qs) >= 8 and len({q.id for q in qs}) == len(qs)
    for q in qs:
        assert q.type == "free_form_judge_0_100" and len(q.paraphrases) >= 2
        for metric in ("aligned", "coherent"):
            t = q.judge_prompts[metric]
            assert t.count("{question}") == 1 and t.count("{answer}") == 1
            t.format(question="q", answer="a {braces} kept")


def test_project_judge_prompts_and_unknown_set():
    from mi_emis.questions import default_judge_prompts, default_questions

    prompts = default_judge_prompts()
    assert {"aligned", "coherent", "medical", "financial", "bad_stuff"} <= set(prompts)
    with pytest.raises(InputError, match="general"):
        default_questions("nonexistent")
