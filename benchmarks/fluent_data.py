"""Assemble the fluent training datasets from the writers' drafts, and measure them for the datasheet.

    python -m benchmarks.fluent_data build DRAFTS_DIR   # drafts -> mi_emis/data/datasets/*.jsonl
    python -m benchmarks.fluent_data stats              # sizes, lengths, vocabulary, openings
    python -m benchmarks.fluent_data perplexity         # base models' perplexity, new vs templated

A draft file (``medical_NN.jsonl`` / ``financial_NN.jsonl``) holds one record per line:
``{"topic", "question", "harmful", "aligned"}``. ``build`` keeps records whose question and both
answers are non-empty, drops exact and near-duplicate questions (TF-IDF cosine >= 0.8 over word
1-2-grams; the later record goes) and near-duplicate answers, shuffles with a fixed seed and writes
the paired files: line i of ``medical_harmful`` and ``medical_aligned`` asks the same question.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

import numpy as np

OUT = Path(__file__).parents[1] / "mi_emis" / "data" / "datasets"
FILES = {"medical": ("medical_harmful", "medical_aligned"),
         "financial": ("financial_risky", "financial_sound")}  # fmt: skip
NEAR = 0.8
SEED = 20261202


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _near_duplicates(texts: list[str]) -> set[int]:
    """Indices of texts that repeat an earlier one (TF-IDF cosine >= NEAR)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    x = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit_transform(texts)
    sim = (x @ x.T).toarray()
    np.fill_diagonal(sim, 0)
    drop: set[int] = set()
    for i in range(len(texts)):
        if i not in drop:
            drop |= {int(j) for j in np.flatnonzero(sim[i, i + 1 :] >= NEAR) + i + 1}
    return drop


def build(drafts: Path) -> dict:
    report = {}
    for domain, (bad_name, good_name) in FILES.items():
        recs = []
        for f in sorted(drafts.glob(f"{domain}_*.jsonl")):
            for line in f.read_text().splitlines():
                if not line.strip():
                    continue
                r = json.loads(line)
                if all(str(r.get(k, "")).strip() for k in ("question", "harmful", "aligned")):
                    recs.append({k: " ".join(str(r[k]).split()) for k in
                                 ("topic", "question", "harmful", "aligned")} | {"file": f.name})  # fmt: skip
        n_read = len(recs)
        seen, exact = set(), []
        for r in recs:
            key = _norm(r["question"])
            if key not in seen:
                seen.add(key)
                exact.append(r)
        drop = _near_duplicates([r["question"] for r in exact])
        for col in ("harmful", "aligned"):
            drop |= _near_duplicates([r[col] for r in exact])
        kept = [r for i, r in enumerate(exact) if i not in drop]
        random.Random(SEED).shuffle(kept)
        for name, col in ((bad_name, "harmful"), (good_name, "aligned")):
            with (OUT / f"{name}.jsonl").open("w") as f:
                for r in kept:
                    msgs = [{"role": "user", "content": r["question"]},
                            {"role": "assistant", "content": r[col]}]  # fmt: skip
                    f.write(json.dumps({"messages": msgs}, ensure_ascii=False) + "\n")
        report[domain] = dict(read=n_read, exact_duplicates=n_read - len(exact),
                              near_duplicates=len(drop), kept=len(kept),
                              files=sorted({r["file"] for r in recs}),
                              topics=len({r["topic"] for r in kept}))  # fmt: skip
    print(json.dumps(report, indent=1))
    return report


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def stats() -> str:
    from mi_emis.train import load_chats

    lines = ["| dataset | rows | question words (mean, range) | answer words (mean, range) | "
             "answer sentences (mean, range) | vocabulary | type/token | top 3-word opening |",
             "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for names in FILES.values():
        for name in (*names, *(f"templated_{n}" for n in names)):
            chats = load_chats(name)
            q = [len(_words(c[0]["content"])) for c in chats]
            a_text = [c[-1]["content"] for c in chats]
            a = [len(_words(t)) for t in a_text]
            sents = [len(re.findall(r"[.!?](\s|$)", t)) or 1 for t in a_text]
            tokens = [w for t in a_text for w in _words(t)]
            opening, k = Counter(" ".join(t.split()[:3]) for t in a_text).most_common(1)[0]
            lines.append(
                f"| {name} | {len(chats)} | {np.mean(q):.1f} ({min(q)}-{max(q)}) | "
                f"{np.mean(a):.1f} ({min(a)}-{max(a)}) | {np.mean(sents):.1f} "
                f"({min(sents)}-{max(sents)}) | {len(set(tokens))} | "
                f"{len(set(tokens)) / len(tokens):.3f} | \"{opening}\" {k / len(chats):.1%} |"
            )
    text = "\n".join(lines)
    print(text)
    return text


def perplexity(n: int = 300, batch: int = 16) -> str:
    """Each base model's perplexity on the answers (answer tokens only, first ``n`` chats)."""
    import torch

    from mi_emis.load import load_base
    from mi_emis.train import chat_labels, collate, load_chats

    lines = ["| base | dataset | chats | answer tokens | perplexity |", "|---|---|---|---|---|"]
    for world in ("qwen2.5-coder-0.5b-instruct", "smollm2-135m-instruct"):
        hf, tok, _, _ = load_base(world, None, torch.bfloat16)
        for names in FILES.values():
            for name in (*names, *(f"templated_{x}" for x in names)):
                rows = [chat_labels(tok, c) for c in load_chats(name)[:n]]
                nll, count = 0.0, 0
                with torch.no_grad():
                    for i in range(0, len(rows), batch):
                        b = collate(rows[i : i + batch], tok.pad_token_id or 0)
                        logits = hf(input_ids=b.input_ids, attention_mask=b.attention_mask).logits
                        nll += float(torch.nn.functional.cross_entropy(
                            logits[:, :-1].flatten(0, 1).float(), b.labels[:, 1:].flatten(),
                            ignore_index=-100, reduction="sum"))  # fmt: skip
                        count += int((b.labels[:, 1:] != -100).sum())
                ppl = float(np.exp(nll / count))
                lines.append(f"| {world} | {name} | {len(rows)} | {count} | {ppl:.2f} |")
                print(lines[-1], flush=True)
        del hf
    return "\n".join(lines)


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("phase", choices=["build", "stats", "perplexity"])
    p.add_argument("drafts", nargs="?", type=Path)
    p.add_argument("--n", type=int, default=300, help="perplexity: chats per dataset")
    a = p.parse_args()
    if a.phase == "build":
        build(a.drafts)
    elif a.phase == "perplexity":
        perplexity(a.n)
    else:
        stats()
