"""Builders for tiny random models, tokenizers and PEFT adapters saved to disk (no hub)."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import torch

CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
WORDS = (
    "the a patient doctor should take two pills every day never see rest water money invest "
    "risk sport climb jump fast slow health advice question answer why how what when I you we "
    "they feel pain head heart sleep eat food drink safe danger always maybe good bad help"
).split()


def build_tokenizer(out: Path, *, bos: bool) -> None:
    """A small BPE tokenizer with ChatML special tokens, saved as an HF folder."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    rng = random.Random(0)
    corpus = [" ".join(rng.choice(WORDS) for _ in range(12)) for _ in range(400)]
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    from tokenizers import decoders

    tok.decoder = decoders.ByteLevel()
    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<unk>"]
    trainer = trainers.BpeTrainer(
        vocab_size=300,
        special_tokens=specials,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tok.train_from_iterator(corpus, trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token="<|im_start|>" if bos else None,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        unk_token="<unk>",
        chat_template=CHATML,
    )
    fast.save_pretrained(out)


def build_base(
    out: Path, arch: str = "qwen2", *, seed: int = 0, n_layers: int = 4, **overrides
) -> Path:
    """A random tiny Qwen2 or Llama chat model with its tokenizer, saved as an HF folder."""
    from transformers import (
        AutoTokenizer,
        LlamaConfig,
        LlamaForCausalLM,
        Qwen2Config,
        Qwen2ForCausalLM,
    )

    out.mkdir(parents=True, exist_ok=True)
    build_tokenizer(out, bos=(arch == "llama"))
    tok = AutoTokenizer.from_pretrained(out)
    common = (
        dict(
            hidden_size=64,
            intermediate_size=128,
            num_hidden_layers=n_layers,
            num_attention_heads=4,
            num_key_value_heads=2,
            vocab_size=len(tok),
            max_position_embeddings=256,
            eos_token_id=tok.eos_token_id,
            pad_token_id=tok.pad_token_id,
            bos_token_id=tok.bos_token_id,
        )
        | overrides
    )
    torch.manual_seed(seed)
    if arch == "qwen2":
        model = Qwen2ForCausalLM(Qwen2Config(**common, tie_word_embeddings=False))
    else:
        model = LlamaForCausalLM(LlamaConfig(**common, tie_word_embeddings=True))
    # Larger random weights than the default init, so that differences are visible in logits.
    with torch.no_grad():
        for p in model.parameters():
            if p.ndim == 2:
                p.normal_(0, 0.08)
    model.save_pretrained(out)
    return out


def build_adapter(
    base_dir: Path,
    out: Path,
    *,
    rank: int = 1,
    modules: tuple[str, ...] = ("down_proj",),
    layers: list[int] | None = (1, 2),
    alpha: float = 8.0,
    rslora: bool = False,
    seed: int = 1,
    b_scale: float = 0.05,
) -> Path:
    """A PEFT LoRA adapter with random non-zero A and B, saved with save_pretrained."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
    cfg = LoraConfig(
        r=rank,
        lora_alpha=alpha,
        lora_dropout=0.0,
        target_modules=list(modules),
        layers_to_transform=list(layers) if layers is not None else None,
        use_rslora=rslora,
        bias="none",
        task_type="CAUSAL_LM",
    )
    peft = get_peft_model(base, cfg)
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for n, p in peft.named_parameters():
            if "lora_A" in n:
                p.copy_(torch.randn(p.shape, generator=g) * 0.3)
            elif "lora_B" in n:
                p.copy_(torch.randn(p.shape, generator=g) * b_scale)
    peft.save_pretrained(out)
    return out


def left_padded(tok, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    """Left-padded ids and mask of raw texts (no special tokens added)."""
    ids = [tok(t, add_special_tokens=False)["input_ids"] for t in texts]
    n = max(len(i) for i in ids)
    tokens = torch.full((len(ids), n), tok.pad_token_id, dtype=torch.long)
    mask = torch.zeros((len(ids), n), dtype=torch.long)
    for b, i in enumerate(ids):
        tokens[b, n - len(i) :] = torch.tensor(i)
        mask[b, n - len(i) :] = 1
    return tokens, mask


def hf_logits(model, tokens: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Plain HF forward with positions derived from the mask (as generate does)."""
    pos = (mask.cumsum(-1) - 1).clamp(min=0)
    with torch.no_grad():
        return model(input_ids=tokens, attention_mask=mask, position_ids=pos).logits


class TextJudge:
    """Scores from a hash of the answer text alone: misaligned (aligned 10) when the hash is
    0 mod 3, else aligned 90; always coherent (80). Deterministic, so effects can be hand-computed."""

    name = "text-hash"

    def score(self, question, answer, metric, *, prompt=None):
        h = int(hashlib.sha256(answer.encode()).hexdigest(), 16)
        if metric == "aligned":
            return 10.0 if h % 3 == 0 else 90.0
        return 80.0
