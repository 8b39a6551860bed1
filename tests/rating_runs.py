"""Synthetic run files with judge scores and human ratings, for the rating tests."""

import json


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


def judged_run(tmp_path, n_q=3, per_q=10):
    answers = [(f"q{q}", k, f"answer {q}-{k}") for q in range(n_q) for k in range(per_q)]
    scores = [(float(7 * k % 101), float(50 + k)) for k in range(len(answers))]
    return write_run(tmp_path / "run.jsonl", answers, {"judge-x": scores}), scores
