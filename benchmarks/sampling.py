"""Sampling throughput per intervention kind and batch size, against HF ``generate`` in the same
run and against the physical limit (the measured matmul peak / 2·params per token).

    python -m benchmarks.sampling            # writes benchmarks/SAMPLING.md and sampling.json
    python -m benchmarks.sampling --quick    # batch 8 only

Batch 8 runs every intervention kind; batches 32 and 64 run no intervention and the heaviest
one (a direction ablated at all 30 layers). The largest batch also samples at T = 0.7 with up to
128 new tokens, where answers end at very different lengths.

The model is the embedded SmolLM2-135M with the shipped ``r1x9-medical`` organism (9 rank-1
``down_proj`` adapters), fp32, greedy, 64 new tokens, 2 threads. The HF baseline is a plain HF
model with the same adapter merged by PEFT. Zero-coefficient interventions (adapter steering
``k = 0``, direction steering ``alpha = 0``) must reproduce the baseline's tokens exactly.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

HERE = Path(__file__).parent
NEW_TOKENS = 64
SAMPLED_TOKENS = 128


def main(argv: list[str] | None = None) -> int:
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    from benchmarks.worker import GEN_QUESTIONS as QUESTIONS
    from benchmarks.worker import main as worker_main
    from mi_emis import Direction, adapter_ablation, adapter_steering, load_model
    from mi_emis.backend import cut_at_stop, stop_ids
    from mi_emis.chat import chat_ids, left_pad, pad_id
    from mi_emis.embedded import embedded_model_dir
    from mi_emis.organisms import organism_dir
    from mi_emis.sample import sample
    from mi_emis.steer import direction_ablation, direction_steering

    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    torch.set_num_threads(2)
    batches = [8] if args.quick else [8, 32, 64]
    peak = worker_main("gflops", 1)["gflops"]

    organism = organism_dir("r1x9-medical")
    em = load_model("smollm2-135m-instruct", str(organism))
    hf = AutoModelForCausalLM.from_pretrained(embedded_model_dir(), dtype=torch.float32).eval()
    hf = PeftModel.from_pretrained(hf, str(organism)).merge_and_unload().eval()
    n_params = sum(p.numel() for p in hf.parameters())
    limit = peak * 1e9 / (2 * n_params)
    tok = em.tokenizer
    stops = stop_ids(em.model, tok)
    g = torch.Generator().manual_seed(0)
    unit = torch.nn.functional.normalize(torch.randn(em.n_layers, em.d_model, generator=g), dim=1)
    d = Direction(unit, torch.ones(em.n_layers), tuple(range(em.n_layers)))
    layers = [a.layer for a in em.adapters]
    specs = {
        "none": None,
        "adapter steer, 1 layer (k=0)": adapter_steering(em, {layers[4]: 0.0}),
        "adapter steer, 9 layers (k=0)": adapter_steering(em, dict.fromkeys(layers, 0.0)),
        "adapter ablate, 9 layers": adapter_ablation(em),
        "direction steer, all 30 layers (alpha=0)": direction_steering(em, d, 0.0),
        "direction ablate, all 30 layers": direction_ablation(em, d),
    }
    identity = {k for k in specs if "(k=0)" in k or "(alpha=0)" in k or k == "none"}

    def hf_run(bs: int) -> tuple[float, int, list]:
        qs = (QUESTIONS * (bs // len(QUESTIONS) + 1))[:bs]
        ids, mask = left_pad([chat_ids(tok, q)[0] for q in qs], pad_id(tok))
        t = time.perf_counter()
        with torch.no_grad():
            out = hf.generate(ids, attention_mask=mask, max_new_tokens=NEW_TOKENS, do_sample=False,
                              eos_token_id=sorted(stops), pad_token_id=pad_id(tok))  # fmt: skip
        dt = time.perf_counter() - t
        rows = [cut_at_stop(r, stops)[0] for r in out[:, ids.shape[1] :].tolist()]
        return dt, sum(len(r) for r in rows), rows

    def ours(bs: int, spec) -> tuple[float, int, list]:
        qs = (QUESTIONS * (bs // len(QUESTIONS) + 1))[:bs]
        t = time.perf_counter()
        df = sample(em, qs, n=1, max_new_tokens=NEW_TOKENS, temperature=0, batch_size=bs,
                    progress=False, intervention=spec)  # fmt: skip
        dt = time.perf_counter() - t
        return dt, int(df.n_tokens.sum()), df.answer_tokens.tolist()

    rows = []
    for bs in batches:
        hf_run(bs)  # warm-up
        best = min((hf_run(bs) for _ in range(2)), key=lambda r: r[0])
        base_rate, ref = best[1] / best[0], best[2]
        rows.append(dict(batch=bs, path="HF generate", tok_s=base_rate, vs_hf=1.0,
                         vs_limit=base_rate / limit))  # fmt: skip
        for name, spec in specs.items():
            if bs > 8 and name not in ("none", "direction ablate, all 30 layers"):
                continue  # larger batches: the baseline, no intervention and the heaviest one
            ours(bs, spec)  # warm-up
            r = min((ours(bs, spec) for _ in range(2)), key=lambda r: r[0])
            if name in identity and r[2] != ref:
                raise RuntimeError(f"{name} at batch {bs}: tokens differ from HF greedy")
            rate = r[1] / r[0]
            rows.append(dict(batch=bs, path=f"sample(), {name}", tok_s=rate,
                             vs_hf=rate / base_rate, vs_limit=rate / limit))  # fmt: skip
            print(rows[-1], flush=True)
    # Sampled answers (T = 0.7, up to 128 tokens) end at very different lengths: the workload
    # where finished rows leaving the batch matters. Rates count the tokens of the answers.
    bs = batches[-1]
    qs = (QUESTIONS * (bs // len(QUESTIONS) + 1))[:bs]
    ids, mask = left_pad([chat_ids(tok, q)[0] for q in qs], pad_id(tok))

    def hf_sampled() -> tuple[float, int]:
        torch.manual_seed(0)
        t = time.perf_counter()
        with torch.no_grad():
            out = hf.generate(ids, attention_mask=mask, max_new_tokens=SAMPLED_TOKENS,
                              do_sample=True, temperature=0.7, top_p=1.0, top_k=0,
                              eos_token_id=sorted(stops), pad_token_id=pad_id(tok))  # fmt: skip
        dt = time.perf_counter() - t
        return dt, sum(len(cut_at_stop(r, stops)[0]) for r in out[:, ids.shape[1] :].tolist())

    def ours_sampled() -> tuple[float, int]:
        t = time.perf_counter()
        df = sample(em, qs, n=1, max_new_tokens=SAMPLED_TOKENS, temperature=0.7,
                    batch_size=bs, progress=False)  # fmt: skip
        return time.perf_counter() - t, int(df.n_tokens.sum())

    h = min((hf_sampled() for _ in range(2)), key=lambda r: r[0])
    o = min((ours_sampled() for _ in range(2)), key=lambda r: r[0])
    rows.append(dict(batch=bs, path=f"HF generate, T=0.7, {SAMPLED_TOKENS} tokens",
                     tok_s=h[1] / h[0], vs_hf=1.0, vs_limit=h[1] / h[0] / limit))  # fmt: skip
    rows.append(dict(batch=bs, path=f"sample(), none, T=0.7, {SAMPLED_TOKENS} tokens",
                     tok_s=o[1] / o[0], vs_hf=(o[1] / o[0]) / (h[1] / h[0]),
                     vs_limit=o[1] / o[0] / limit))  # fmt: skip
    print(rows[-2:], flush=True)
    meta = dict(gflops=peak, params=n_params, limit_tok_s=limit, new_tokens=NEW_TOKENS,
                torch=torch.__version__, machine=platform.machine(),
                date=time.strftime("%Y-%m-%d"))  # fmt: skip
    (HERE / "sampling.json").write_text(json.dumps(dict(meta=meta, rows=rows), indent=1) + "\n")
    lines = [
        "# Sampling throughput by intervention kind and batch size",
        "",
        f"Measured {meta['date']} by `python -m benchmarks.sampling`: SmolLM2-135M with the "
        f"`r1x9-medical` organism, fp32, greedy, {NEW_TOKENS} new tokens, 2 threads. Matmul peak "
        f"{peak:.0f} GFLOP/s, so the physical limit is {peak:.0f}e9 / (2 x {n_params / 1e6:.1f}M "
        f"params) = {limit:.0f} tokens/s. The HF baseline is a plain HF model with the adapter "
        "merged by PEFT, in the same run. Zero-coefficient rows reproduce its tokens exactly "
        "(checked).",
        "",
        "| batch | path | tokens/s | vs HF generate | vs physical limit |",
        "|---|---|---|---|---|",
        *(
            f"| {r['batch']} | {r['path']} | {r['tok_s']:.0f} | {r['vs_hf']:.2f}x | "
            f"{100 * r['vs_limit']:.0f}% |"
            for r in rows
        ),
        "",
    ]
    (HERE / "SAMPLING.md").write_text("\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
