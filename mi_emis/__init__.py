"""mi_emis: mechanistic interpretability of emergent misalignment on TransformerLens hooks."""

from mi_emis.adapters import (
    ablate_adapters,
    adapter_hidden,
    adapter_scalars,
    steer_adapters,
)
from mi_emis.chat import ChatBatch, chat_batch, chat_ids
from mi_emis.embedded import EMBEDDED_NAME
from mi_emis.judge import Judge, logprob_score
from mi_emis.load import EMModel, LoraAdapter, load_model
from mi_emis.questions import Question, load_questions

__version__ = "0.1.0"

__all__ = [
    "EMBEDDED_NAME",
    "ChatBatch",
    "EMModel",
    "Judge",
    "LoraAdapter",
    "Question",
    "ablate_adapters",
    "adapter_hidden",
    "adapter_scalars",
    "chat_batch",
    "chat_ids",
    "load_model",
    "load_questions",
    "logprob_score",
    "steer_adapters",
]
