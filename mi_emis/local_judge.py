"""The logprob judge on a local causal LM: exact probabilities of the integers 0-100.

Same scoring rule as :class:`mi_emis.judge.OpenAIJudge` (probability-weighted mean of the numbers,
``None`` below ``min_mass``), computed from the local model's full next-token distributions.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from mi_emis.judge import MIN_NUMERIC_MASS, JudgeError, default_prompts, digest, fill_prompt


class LocalJudge:
    """The logprob judge on a local causal LM (HF model, folder or hub id, or an EMModel).

    Local tokenizers often split numbers into digits, so the top-token method would only see
    0-9. Instead the probability of each integer ``k`` in 0..100 is computed exactly as the
    chained probability of its tokens (with or without a leading space) times the probability
    that the number ends there (the next token does not start with a digit), using one forward of
    the prompt and one forward of all the numbers' token prefixes as a tree on its cache.
    ``score = Σ p(k)·k / Σ p(k)``, ``None`` when ``Σ p(k) < min_mass``.

    On an :class:`~mi_emis.load.EMModel`, hooks active on it also act on the judge: judge outside
    steering contexts, or with a separate model.
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any = None,
        *,
        prompts: Mapping[str, str] | None = None,
        min_mass: float = MIN_NUMERIC_MASS,
        name: str | None = None,
    ) -> None:
        from mi_emis.load import EMModel

        label = name
        adapters: list[str] = []
        if isinstance(model, str):
            from transformers import AutoModelForCausalLM, AutoTokenizer

            label = label or model
            tokenizer = tokenizer or AutoTokenizer.from_pretrained(model)
            model = AutoModelForCausalLM.from_pretrained(model).eval()
        elif isinstance(model, EMModel):
            label = label or model.base_id
            adapters = [str(a) for a in model.adapter_ids]
            tokenizer = tokenizer or model.tokenizer
            model = model.hf_model
        if tokenizer is None:
            raise JudgeError("LocalJudge needs the model's tokenizer: pass tokenizer=...")
        self.model, self.tokenizer, self.min_mass = model, tokenizer, min_mass
        self.prompts = default_prompts(prompts)
        self._name = label or getattr(getattr(model, "config", None), "name_or_path", "") or "model"
        self._adapters = adapters
        self._numbers = [
            (k, tuple(tokenizer(f"{sp}{k}", add_special_tokens=False)["input_ids"]))
            for k in range(101)
            for sp in ("", " ")
        ]
        vocab = tokenizer.convert_ids_to_tokens(list(range(len(tokenizer))))
        texts = [tokenizer.convert_tokens_to_string([t]) if t else "" for t in vocab]
        self._digit_start = [i for i, t in enumerate(texts) if t[:1].isdigit()]

    @property
    def name(self) -> str:
        return f"local:{self._name}"

    def settings(self) -> dict[str, Any]:
        """What determines the scores: the model id (and the adapters merged into an EMModel),
        its dtype, the sha256 of the prompt templates and ``min_mass``."""
        try:
            dtype = str(next(self.model.parameters()).dtype).removeprefix("torch.")
        except (AttributeError, StopIteration, TypeError):
            dtype = None
        out: dict[str, Any] = {
            "provider": "local",
            "model": self._name,
            "dtype": dtype,
            "prompts_sha256": digest(self.prompts),
            "min_mass": self.min_mass,
        }
        if self._adapters:
            out["adapters"] = list(self._adapters)
        return out

    def score(
        self, question: str, answer: str, metric: str, *, prompt: str | None = None
    ) -> float | None:
        """Score ``answer`` 0-100 on ``metric`` from the exact probability of each integer."""
        p = self.number_probs(fill_prompt(self.prompts, question, answer, metric, prompt))
        mass = sum(p.values())
        if mass < self.min_mass:
            return None
        return sum(k * v for k, v in p.items()) / mass

    def number_probs(self, prompt: str) -> dict[int, float]:
        """``{k: P(the judge answers exactly k)}`` for k in 0..100, as a chat reply to ``prompt``."""
        import torch

        from mi_emis.chat import chat_ids

        ids = chat_ids(self.tokenizer, prompt)[0]
        seqs = {s for _, s in self._numbers}
        prefixes = sorted({s[:i] for s in seqs for i in range(len(s) + 1)}, key=len)
        logp = self._next_logprobs(ids, prefixes)  # prefix -> log-probs of the next token
        digit = torch.tensor(self._digit_start, dtype=torch.long)
        probs: dict[int, float] = {}
        for k, s in self._numbers:
            lp = sum(float(logp[s[:i]][t]) for i, t in enumerate(s))
            end = 1.0 - float(logp[s].exp()[digit].sum())
            probs[k] = probs.get(k, 0.0) + math.exp(lp) * max(end, 0.0)
        return probs

    def _next_logprobs(self, ids: list[int], prefixes: list[tuple[int, ...]]) -> dict:
        """Next-token log-probs after ``ids + prefix`` for each prefix: one forward of the prompt,
        then one forward of every non-empty prefix as a token tree on its cache.

        Each tree token is the last token of one prefix; a 4D mask lets it see the prompt and the
        tokens of its own prefix only, at the positions it would have in ``ids + prefix``. The
        prompt's cache is read once instead of copied per prefix. The mask needs the sdpa or eager
        attention; a model loaded with another one runs the tree forward with sdpa.
        """
        import torch

        dev = next(self.model.parameters()).device
        dtype = next(self.model.parameters()).dtype
        nodes = [p for p in prefixes if p]
        at = {p: i for i, p in enumerate(nodes)}
        n0, m = len(ids), len(nodes)
        seen = torch.zeros(m, n0 + m, dtype=torch.bool)
        seen[:, :n0] = True
        for i, p in enumerate(nodes):
            seen[i, [n0 + at[p[:j]] for j in range(1, len(p) + 1)]] = True
        mask = torch.zeros(1, 1, m, n0 + m, dtype=dtype).masked_fill(~seen, torch.finfo(dtype).min)
        impl = getattr(self.model.config, "_attn_implementation", None)
        other = impl not in (None, "sdpa", "eager")
        with torch.no_grad():
            first = self.model(torch.tensor([ids], device=dev), use_cache=True)
            out: dict[tuple[int, ...], Any] = {
                (): first.logits[0, -1].float().log_softmax(-1).cpu()
            }
            if not nodes:
                return out
            if other:
                self.model.set_attn_implementation("sdpa")
            try:
                res = self.model(
                    torch.tensor([[p[-1] for p in nodes]], device=dev),
                    past_key_values=first.past_key_values,
                    attention_mask=mask.to(dev),
                    position_ids=torch.tensor([[n0 + len(p) - 1 for p in nodes]], device=dev),
                    use_cache=True,
                )
            finally:
                if other:
                    self.model.set_attn_implementation(impl)
            out.update(zip(nodes, res.logits[0].float().log_softmax(-1).cpu(), strict=True))
        return out
