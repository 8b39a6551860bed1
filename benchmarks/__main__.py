"""Benchmarks: each path as a ratio against a baseline measured in the same run.

    python -m benchmarks            # all, writes benchmarks/RESULTS.md
    python -m benchmarks --quick    # fewer repeats

Every path runs in its own fresh subprocess, so that peak-memory figures (RSS above the level
reached after loading, sampled every 2 ms) are not polluted by the allocator state of another.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).parent
N_ANSWERS, BATCH, ANSWER_TOKENS = 64, 8, 100


def run_worker(path: str, repeats: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.worker", path, str(repeats)],
        capture_output=True,
        text=True,
        cwd=HERE.parent,
        env=os.environ | {"PYTHONWARNINGS": "ignore"},
    )
    if out.returncode != 0:
        raise RuntimeError(f"benchmark worker {path} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    reps = 2 if args.quick else 3
    r = {
        p: run_worker(p, reps)
        for p in [
            "gflops",
            "hf_forward",
            "scalars",
            "run_with_cache",
            "hf_hidden_states",
            "directions",
            "directions16",
            "load_hf_peft",
            "load_ours",
            "hf_generate",
            "sample_hooked1",
            "sample_hooked9",
            "sample_hooked30",
        ]
    }
    greedy = r["hf_generate"].pop("answers")
    for k in ("sample_hooked1", "sample_hooked9", "sample_hooked30"):
        if r[k].pop("answers") != greedy:
            raise RuntimeError(f"{k}: sample() under identity hooks did not reproduce HF greedy")
    peak = r["gflops"]["gflops"]
    rows = [
        (
            "P1 adapter_scalars vs HF forward (time)",
            r["scalars"]["seconds"],
            r["hf_forward"]["seconds"],
            "<= 1.10",
            lambda x: x <= 1.10,
        ),
        (
            "P1 adapter_scalars vs run_with_cache (speed-up)",
            r["run_with_cache"]["seconds"],
            r["scalars"]["seconds"],
            ">= 3",
            lambda x: x >= 3,
        ),
        (
            "P1 adapter_scalars vs run_with_cache (peak-mem reduction)",
            r["run_with_cache"]["peak_mb"],
            r["scalars"]["peak_mb"],
            ">= 5",
            lambda x: x >= 5,
        ),
        (
            "P1 adapter_scalars vs HF forward (peak-mem ratio)",
            r["scalars"]["peak_mb"],
            r["hf_forward"]["peak_mb"],
            "(report)",
            lambda x: True,
        ),
        (
            "P2 mean_diff_directions, all 30 layers: peak RSS at 4N (64) vs N (16) answers",
            r["directions"]["peak_mb"],
            r["directions16"]["peak_mb"],
            "< 1.10",
            lambda x: x < 1.10,
        ),
        (
            "P2 mean_diff_directions vs HF forward with output_hidden_states (tokens/s)",
            r["directions"]["tokens"] / r["directions"]["seconds"],
            r["hf_hidden_states"]["tokens"] / r["hf_hidden_states"]["seconds"],
            ">= 0.9",
            lambda x: x >= 0.9,
        ),
        (
            "P4 load_model vs HF+PEFT load+merge (time)",
            r["load_ours"]["seconds"],
            r["load_hf_peft"]["seconds"],
            "<= 1.5",
            lambda x: x <= 1.5,
        ),
        (
            "P3 sample() with steering hooks on 1 layer vs HF generate, batch 8 (tokens/s)",
            r["sample_hooked1"]["tokens"] / r["sample_hooked1"]["seconds"],
            r["hf_generate"]["tokens"] / r["hf_generate"]["seconds"],
            ">= 0.9",
            lambda x: x >= 0.9,
        ),
        (
            "P3 sample() with steering hooks on 9 layers vs HF generate, batch 8 (tokens/s)",
            r["sample_hooked9"]["tokens"] / r["sample_hooked9"]["seconds"],
            r["hf_generate"]["tokens"] / r["hf_generate"]["seconds"],
            ">= 0.9",
            lambda x: x >= 0.9,
        ),
        (
            "P3 sample() with steering hooks on all 30 layers vs HF generate, batch 8 (tokens/s)",
            r["sample_hooked30"]["tokens"] / r["sample_hooked30"]["seconds"],
            r["hf_generate"]["tokens"] / r["hf_generate"]["seconds"],
            ">= 0.9",
            lambda x: x >= 0.9,
        ),
    ]
    lines = [
        "| target | measured | baseline | ratio | target | pass |",
        "|---|---|---|---|---|---|",
    ]
    for name, a, b, target, ok in rows:
        ratio = a / b
        unit = "MB" if "mem" in name or "RSS" in name else "tok/s" if "tokens/s" in name else "s"
        verdict = "-" if target == "(report)" else "PASS" if ok(ratio) else "FAIL"
        lines.append(
            f"| {name} | {a:.3g} {unit} | {b:.3g} {unit} | {ratio:.2f}x | {target} | {verdict} |"
        )
    tput = [
        "| path | tokens/s | GFLOP/s (2 x params used, per token) | fraction of matmul peak |",
        "|---|---|---|---|",
    ]
    for p in ["hf_forward", "scalars", "run_with_cache"]:
        tps, flops_tok = r[p]["tokens"] / r[p]["seconds"], r[p]["flops_per_token"]
        tput.append(
            f"| {p} | {tps:,.0f} | {tps * flops_tok / 1e9:.1f} | {tps * flops_tok / 1e9 / peak:.0%} |"
        )
    table = "\n".join(lines)
    print(table)
    print("\n".join(tput))
    if not args.no_write:
        notes_file = HERE / "results_notes.md"
        notes = "\n" + notes_file.read_text() if notes_file.exists() else ""
        machine = f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, Python {platform.python_version()}"
        vers = ", ".join(
            f"{p} {version(p)}" for p in ["torch", "transformers", "transformer-lens", "peft"]
        )
        (HERE / "RESULTS.md").write_text(
            f"# Benchmark results\n\nDate: {datetime.date.today()}. Machine: {machine}. torch threads: "
            f"{r['gflops']['threads']}. Versions: {vers}.\n\n"
            f"Workload: SmolLM2-135M-Instruct fp32 + 9 rank-1 `down_proj` adapters (layers "
            f"9-11/13-15/17-19), {r['hf_forward']['tokens']} tokens = {N_ANSWERS} chat answers of about "
            f"{ANSWER_TOKENS} answer tokens with their prompts, batches of {BATCH}, left-padded. Times are the "
            f"median of {reps} passes after a warm-up; peak memory is RSS above the post-load level. "
            "Each path runs in a fresh process.\n\n"
            f"{table}\n\nMachine matmul peak (fp32 1024x1024 `torch.mm`): **{peak:.1f} GFLOP/s**.\n\n"
            + "\n".join(tput)
            + "\n\nRaw: \n\n```json\n"
            + json.dumps(r, indent=1)
            + "\n```\n"
            + notes
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
