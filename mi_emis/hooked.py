"""A TransformerLens 3.x ``HookedTransformer`` built from a merged HF model, without weight
processing, so its hook activations equal the HF model's (``load_model(..., backend=
"hooked_transformer")``).

TransformerLens 4.x removed ``HookedTransformer``; its ``TransformerBridge`` (the default backend)
keeps the same hook names. TransformerLens 3.9 ships both, and it is the version that installs
beside SAELens.
"""

from __future__ import annotations

import tempfile
from typing import Any

import torch

from mi_emis.errors import InputError

BACKENDS = ("bridge", "hooked_transformer")


def hooked_transformer(hf: Any, tokenizer: Any, *, dtype: torch.dtype, device: Any) -> Any:
    """Convert the HF causal LM ``hf`` (weights already merged) into a ``HookedTransformer``.

    No LayerNorm folding, centring or value-bias folding: the residual stream, the hook
    activations and the logits are those of the HF model (to float tolerance).
    """
    try:
        from transformer_lens import HookedTransformer
        from transformer_lens.loading_from_pretrained import (
            convert_hf_model_config,
            get_pretrained_state_dict,
        )
    except ImportError as e:
        from importlib.metadata import version

        raise InputError(
            f"backend='hooked_transformer' needs TransformerLens 3.x (found "
            f"{version('transformer-lens')}; 4.x removed HookedTransformer). "
            "Install 'transformer-lens>=3.9,<4', or use the default backend='bridge', which has "
            "the same hook names."
        ) from e
    from transformer_lens.config import HookedTransformerConfig

    # TL reads the architecture from config.json; a folder with a neutral name keeps its name
    # heuristics ("llama" in the path, ...) out of it
    with tempfile.TemporaryDirectory(prefix="mi_emis_cfg_") as folder:
        hf.config.save_pretrained(folder)
        try:
            cfg_dict = convert_hf_model_config(folder)
        except (ValueError, NotImplementedError, KeyError, AttributeError) as e:
            raise InputError(
                f"TransformerLens cannot build a HookedTransformer for "
                f"{type(hf).__name__} ({e}). Use backend='bridge'."
            ) from e
        cfg = HookedTransformerConfig(**{**cfg_dict, "dtype": dtype, "device": str(device)})
        state = get_pretrained_state_dict(folder, cfg, hf_model=hf, dtype=dtype)
    model = HookedTransformer(cfg, tokenizer=tokenizer, move_to_device=False)
    model.load_and_process_state_dict(
        state,
        fold_ln=False,
        center_writing_weights=False,
        center_unembed=False,
        fold_value_biases=False,
        refactor_factored_attn_matrices=False,
    )
    return model.to(device).eval()
