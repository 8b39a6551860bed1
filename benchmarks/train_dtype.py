"""Seconds per training step of the Qwen 0.5B rank-1 recipe with the frozen base in fp32 vs bf16.

    python -m benchmarks.train_dtype      # prints a markdown table (same data, seed and batch)
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import torch

from mi_emis.train import train_lora

WORLD = "qwen2.5-coder-0.5b-instruct"
STEPS = 4


def main() -> None:
    rows = ["| frozen base | steps | s/step (mean over all steps) | first-step loss |", "|---|---|---|---|"]
    for dtype in (torch.float32, torch.bfloat16):
        with tempfile.TemporaryDirectory() as tmp:
            out = train_lora(
                WORLD, "medical_harmful", out_dir=Path(tmp) / "a", layers="paper-r1x9", rank=1,
                alpha=16, lr=1e-4, max_steps=STEPS, dtype=dtype, progress=False,
            )  # fmt: skip
            card = json.loads((out / "card.json").read_text())
        # wall_time_s covers every step; the first pays one-off warm-up, so report the mean
        per = card["wall_time_s"] / card["steps"]
        rows.append(f"| {str(dtype).removeprefix('torch.')} | {card['steps']} | {per:.1f} | "
                    f"{card['loss_curve'][0]:.4f} |")  # fmt: skip
        print(rows[-1], flush=True)
    print("\n".join(rows))


if __name__ == "__main__":
    main()
