"""mi_emis: mechanistic interpretability of emergent misalignment on TransformerLens hooks."""

from mi_emis.adapters import (
    ablate_adapters,
    adapter_ablation,
    adapter_hidden,
    adapter_scalars,
    adapter_steering,
    steer_adapters,
)
from mi_emis.agreement import agreement
from mi_emis.calibration import calibrate_judge
from mi_emis.chat import ChatBatch, chat_batch, chat_ids
from mi_emis.directions import (
    Direction,
    direction_cosines,
    labelled_answers,
    mean_diff_directions,
    model_diff_directions,
)
from mi_emis.embedded import EMBEDDED_NAME
from mi_emis.evaluate import evaluate, judge_run
from mi_emis.intervene import Intervention, Op
from mi_emis.judge import Judge, JudgeError, OpenAIJudge, logprob_score
from mi_emis.load import EMModel, LoraAdapter, load_model
from mi_emis.local_judge import LocalJudge
from mi_emis.metrics import Thresholds, em_summary, label_responses
from mi_emis.offline_judge import OfflineJudge
from mi_emis.questions import Question, default_questions, load_questions
from mi_emis.runfile import Run, read_run
from mi_emis.sample import answer_batch, sample
from mi_emis.sheets import export_for_rating, import_ratings
from mi_emis.steer import (
    ablate_direction,
    direction_ablation,
    direction_steering,
    orthogonalize_adapter,
    steer_direction,
)
from mi_emis.train import train_lora
from mi_emis.transfer import steering_sweep, transfer_experiment
from mi_emis.validate import validate_judge
from mi_emis.validity import judge_validity, load_corpus, validity_note
from mi_emis.widget import RatingWidget

__version__ = "0.1.0"

__all__ = [
    "ChatBatch",
    "Direction",
    "EMBEDDED_NAME",
    "EMModel",
    "Intervention",
    "Judge",
    "JudgeError",
    "LocalJudge",
    "LoraAdapter",
    "OfflineJudge",
    "Op",
    "OpenAIJudge",
    "Question",
    "RatingWidget",
    "Run",
    "Thresholds",
    "ablate_adapters",
    "ablate_direction",
    "adapter_ablation",
    "adapter_hidden",
    "adapter_scalars",
    "adapter_steering",
    "agreement",
    "answer_batch",
    "calibrate_judge",
    "chat_batch",
    "chat_ids",
    "default_questions",
    "direction_ablation",
    "direction_cosines",
    "direction_steering",
    "em_summary",
    "evaluate",
    "export_for_rating",
    "import_ratings",
    "judge_run",
    "judge_validity",
    "label_responses",
    "labelled_answers",
    "load_corpus",
    "load_model",
    "load_questions",
    "logprob_score",
    "mean_diff_directions",
    "model_diff_directions",
    "orthogonalize_adapter",
    "read_run",
    "sample",
    "steer_adapters",
    "steer_direction",
    "steering_sweep",
    "train_lora",
    "transfer_experiment",
    "validate_judge",
    "validity_note",
]
