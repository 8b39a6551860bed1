"""Peak memory of ``load_model(..., dtype=torch.bfloat16)`` against the bf16 weight bytes.

    python -m benchmarks.load_memory            # both embedded models, writes LOAD_MEMORY.md
    python -m benchmarks.load_memory --worker NAME BACKEND   # one load in this process (internal)

Each load runs in a fresh process. The figure is the peak RSS growth of that process during
``load_model`` (``ru_maxrss`` after minus the RSS before, with torch and transformers already
imported), divided by the bytes of the model's parameters in bfloat16. A load that never holds a
second copy of the weights stays near 1x. The column "after a forward" is the growth once one
forward pass has touched every (lazily mapped) weight.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
MODELS = ("smollm2-135m-instruct", "qwen2.5-coder-0.5b-instruct")
TARGET = 1.3


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def worker(name: str, backend: str) -> dict:
    import torch
    import transformers  # noqa: F401  (imported before the baseline, like a notebook would)

    from mi_emis import load_model
    from mi_emis.embedded import resolve_base

    resolve_base(name, torch.bfloat16)  # dequantised and cached in bf16 beforehand, once
    before = rss_mb()
    t = time.perf_counter()
    em = load_model(name, dtype=torch.bfloat16, backend=backend)
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    after = rss_mb() - before
    with torch.no_grad():
        em.model(torch.tensor([[1, 2, 3]]))
    touched = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before
    params = sum(p.numel() for p in em.model.parameters())
    weights_mb = params * 2 / 2**20
    return dict(model=name, backend=backend, seconds=seconds, weights_mb=weights_mb,
                peak_growth_mb=peak - before, after_mb=after, touched_mb=touched,
                ratio=(peak - before) / weights_mb, touched_ratio=touched / weights_mb)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--worker", nargs=2)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(*args.worker)))
        return 0
    rows = []
    for name in MODELS:
        out = subprocess.run([sys.executable, "-m", "benchmarks.load_memory", "--worker", name,
                              "bridge"], capture_output=True, text=True, check=True)  # fmt: skip
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(rows[-1], flush=True)
    lines = [
        "# Load memory: `load_model(..., dtype=torch.bfloat16)`",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} by `python -m benchmarks.load_memory`, one fresh "
        "process per load (the GGUF already dequantised into the cache and its bf16 copy written, "
        "both once per machine). Peak growth is the "
        "process's peak RSS during the load minus its RSS before it, with torch and "
        f"transformers imported. Target: <= {TARGET}x the bf16 weight bytes.",
        "",
        "| model | backend | bf16 weights (MB) | peak growth during the load (MB) | ratio | "
        "peak after a forward (MB) | ratio | seconds | target (load) |",
        "|---|---|---|---|---|---|---|---|---|",
        *(
            f"| {r['model']} | {r['backend']} | {r['weights_mb']:.0f} | {r['peak_growth_mb']:.0f} "
            f"| {r['ratio']:.2f}x | {r['touched_mb']:.0f} | {r['touched_ratio']:.2f}x "
            f"| {r['seconds']:.1f} | "
            f"{'PASS' if r['ratio'] <= TARGET else 'FAIL'} |"
            for r in rows
        ),
        "",
    ]
    (HERE / "LOAD_MEMORY.md").write_text("\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
