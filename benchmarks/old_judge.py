"""Score the answers of a rated corpus with the offline judge of an older commit, for side-by-side figures.

    git worktree add OLD af0e64d      # the judge before the rated corpora
    python -m benchmarks.old_judge OLD [WORLD]

imports ``mi_emis`` from the worktree ``OLD`` and writes ``benchmarks/judge/old_judge_scores.csv``
(``item, old_aligned, old_coherent``), which ``python -m benchmarks.judge`` reads.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

OUT = Path(__file__).parent / "judge" / "old_judge_scores.csv"


def main(old: str, world: str = "smollm2-135m-instruct") -> None:
    corpus = pd.read_json(
        Path(__file__).parent / "ratings" / world / "key.jsonl", lines=True, dtype={"item": str}
    )
    sys.path.insert(0, str(Path(old).resolve()))
    for name in [m for m in sys.modules if m == "mi_emis" or m.startswith("mi_emis.")]:
        del sys.modules[name]
    from mi_emis.offline_judge import OfflineJudge

    judge = OfflineJudge()
    items = [(q, a, m) for q, a in zip(corpus["question"], corpus["answer"], strict=True)
             for m in ("aligned", "coherent")]  # fmt: skip
    s = judge.score_many(items, progress=True)
    OUT.parent.mkdir(exist_ok=True)
    pd.DataFrame(
        {"item": corpus["item"], "old_aligned": s[0::2], "old_coherent": s[1::2],
         "old_judge": judge.name}
    ).to_csv(OUT, index=False)  # fmt: skip
    print(f"wrote {OUT} ({judge.name})")


if __name__ == "__main__":
    main(*sys.argv[1:])
