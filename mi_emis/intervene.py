"""Interventions as values: which operator acts at which hook point, with which parameters.

An :class:`Intervention` is a tuple of :class:`Op` s. It is hashable and comparable (by content:
hook names, operators, coefficients and the sha256 of every tensor), serialisable
(:meth:`Intervention.save` / :meth:`Intervention.load`, one safetensors file), and it knows its
:attr:`~Intervention.digest`. Runs record that digest, so a run file says what produced it and a
resume under another intervention is refused (:func:`mi_emis.evaluate.evaluate`).

Three operators cover the paper's experiments:

- ``add``: ``x ← x + coef · vector`` at every position (adapter steering ``k · B̂``, direction
  steering ``alpha · r̂``);
- ``project_out``: ``x ← x − (x·u) u`` with ``u = vector``, a unit vector (direction ablation);
- ``scale_lora``: multiply a LoRA's contribution ``z @ Bᵀ`` by ``coef`` (0 zero-ablates it);
  ``z = scaling · (A @ h)`` is read at ``hook_in``, the adapted module's input.

Build them with :func:`mi_emis.adapters.adapter_steering`, :func:`mi_emis.adapters.adapter_ablation`,
:func:`mi_emis.steer.direction_steering` and :func:`mi_emis.steer.direction_ablation`;
combine them with ``+``; apply one with ``with spec.applied(model): ...`` or pass it as
``intervention=`` to :func:`mi_emis.sample.sample`, :func:`mi_emis.evaluate.evaluate` and the
experiment helpers of :mod:`mi_emis.transfer`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from jaxtyping import Float
from safetensors.torch import load_file, save_file
from torch import Tensor

from mi_emis import hooks as H
from mi_emis.errors import InputError
from mi_emis.load import model_device, unwrap

OPERATORS = ("add", "project_out", "scale_lora")
ACTIVE_ATTR = "mi_emis_interventions"  # on the hooked model: the specs applied right now
NONE_DIGEST = "none"


def tensor_digest(t: Tensor) -> str:
    """sha256 of a tensor's float32 values and shape (the same for any device and dtype view)."""
    x = t.detach().to("cpu", torch.float32).contiguous()
    h = hashlib.sha256(json.dumps(list(x.shape)).encode())
    h.update(x.numpy().tobytes())
    return h.hexdigest()


@dataclass(frozen=True, eq=False)
class Op:
    """One operator at one hook point (see the module docstring for the operators).

    Attributes:
        hook: the TL hook name the operator acts on (``blocks.13.hook_mlp_out``).
        operator: ``"add"``, ``"project_out"`` or ``"scale_lora"``.
        coef: ``add``: the coefficient of ``vector``; ``scale_lora``: the factor.
        vector: ``add``: the vector; ``project_out``: the unit vector; ``scale_lora``: ``B``.
        A: ``scale_lora`` only: the LoRA's ``A`` (``[rank, d_in]``).
        scaling: ``scale_lora`` only: the LoRA's ``alpha / r``.
        hook_in: ``scale_lora`` only: the hook where the adapted module's input is read.
        label: what the op is, for people (``"L13.down_proj"``, ``"direction L12"``).
    """

    hook: str
    operator: str
    coef: float = 1.0
    vector: Tensor | None = field(default=None, repr=False)
    A: Tensor | None = field(default=None, repr=False)
    scaling: float = 1.0
    hook_in: str | None = None
    label: str = ""

    def __post_init__(self) -> None:
        if self.operator not in OPERATORS:
            raise InputError(f"Unknown operator {self.operator!r}; use one of {OPERATORS}.")
        object.__setattr__(self, "coef", H.finite(self.coef, f"{self.label or self.hook} coef"))
        if self.vector is None:
            raise InputError(f"Operator {self.operator!r} at {self.hook} needs a vector.")
        if self.operator == "scale_lora" and (self.A is None or not self.hook_in):
            raise InputError(f"scale_lora at {self.hook} needs A and hook_in (the LoRA's input).")
        for name in ("vector", "A"):
            t = getattr(self, name)
            if t is not None:
                if not torch.isfinite(t).all():
                    raise InputError(f"{self.label or self.hook}: {name} has NaN or inf values.")
                object.__setattr__(self, name, t.detach().to("cpu", torch.float32).contiguous())
        sums = {n: tensor_digest(t) for n in ("vector", "A") if (t := getattr(self, n)) is not None}
        object.__setattr__(self, "_sums", sums)

    def describe(self) -> dict[str, Any]:
        """Everything that determines the op's effect, as JSON (tensors by sha256 and shape)."""
        d: dict[str, Any] = {"hook": self.hook, "operator": self.operator, "coef": self.coef}
        if self.label:
            d["label"] = self.label
        for name, sha in self._sums.items():
            d[name] = {"sha256": sha, "shape": list(getattr(self, name).shape)}
        if self.operator == "scale_lora":
            d.update(scaling=self.scaling, hook_in=self.hook_in)
        return d

    @property
    def digest(self) -> str:
        return _sha(self.describe())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Op) and other.digest == self.digest

    def __hash__(self) -> int:
        return hash(self.digest)

    def __str__(self) -> str:
        return _show(self.describe())

    def hooks(self, device: Any, sink: dict[Any, Tensor], key: Any) -> list[tuple[str, H.HookFn]]:
        """Pure TL hook functions for this op; ``sink`` carries a LoRA's ``z`` from in to out."""
        v = self.vector.to(device)
        if self.operator == "add":
            return [(self.hook, H.add_vector(v, self.coef))]
        if self.operator == "project_out":
            return [(self.hook, H.project_out(v))]
        return [
            (self.hook_in, H.lora_hidden(self.A.to(device), self.scaling, sink, key)),
            (self.hook, H.scale_lora(v, sink, key, self.coef)),
        ]


@dataclass(frozen=True, eq=False)
class Intervention:
    """An ordered tuple of :class:`Op` s; empty means no intervention.

    Example:
        >>> spec = adapter_steering(em, {21: 30.0}) + direction_ablation(em, d)  # doctest: +SKIP
        >>> with spec.applied(em):                                             # doctest: +SKIP
        ...     logits = em.model(tokens)
        >>> run = evaluate(em, qs, judge, "run.jsonl", intervention=spec)     # doctest: +SKIP
    """

    ops: tuple[Op, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "ops", tuple(self.ops))
        bad = [o for o in self.ops if not isinstance(o, Op)]
        if bad:
            raise InputError(f"An Intervention holds Op values, not {type(bad[0]).__name__}.")

    def __add__(self, other: Intervention) -> Intervention:
        if not isinstance(other, Intervention):
            return NotImplemented
        return Intervention(self.ops + other.ops)

    def __bool__(self) -> bool:
        return bool(self.ops)

    def __len__(self) -> int:
        return len(self.ops)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Intervention) and other.digest == self.digest

    def __hash__(self) -> int:
        return hash(self.digest)

    def __repr__(self) -> str:
        if not self.ops:
            return "Intervention(none)"
        shown = "; ".join(str(o) for o in self.ops[:4])
        more = f"; … {len(self.ops) - 4} more" if len(self.ops) > 4 else ""
        return f"Intervention({len(self.ops)} ops: {shown}{more}; digest {self.digest[:12]})"

    @property
    def digest(self) -> str:
        """sha256 of the ops' descriptions, in order; ``"none"`` for the empty intervention."""
        return _sha([o.describe() for o in self.ops]) if self.ops else NONE_DIGEST

    def describe(self) -> list[dict[str, Any]]:
        """One JSON object per op (what run files record beside the digest)."""
        return [o.describe() for o in self.ops]

    def hooks(self, model: Any) -> list[tuple[str, H.HookFn]]:
        """Fresh TL ``fwd_hooks`` for ``model`` (an EMModel or a hooked model)."""
        hooked, _ = unwrap(model)
        device = model_device(hooked)
        names = getattr(hooked, "hook_dict", None)
        fwd: list[tuple[str, H.HookFn]] = []
        sink: dict[Any, Tensor] = {}
        for i, op in enumerate(self.ops):
            for name, fn in op.hooks(device, sink, i):
                if names is not None and name not in names:
                    raise InputError(
                        f"{op}: the model has no hook point {name!r}; the intervention was "
                        "built for another model."
                    )
                fwd.append((name, fn))
        return fwd

    @contextmanager
    def applied(self, model: Any) -> Iterator[Any]:
        """Install the hooks for the ``with`` block; yields the hooked model.

        While applied, the spec is listed on the model, so :func:`active` (and every run made
        inside the block) knows it.
        """
        hooked, _ = unwrap(model)
        fwd = self.hooks(hooked)
        stack = getattr(hooked, ACTIVE_ATTR, None)
        if stack is None:
            stack = []
            object.__setattr__(hooked, ACTIVE_ATTR, stack)
        stack.append(self)
        try:
            with hooked.hooks(fwd_hooks=fwd):
                yield hooked
        finally:
            stack.remove(self)

    def save(self, path: str | Path) -> Path:
        """Write the spec (tensors included) to one safetensors file."""
        path = Path(path)
        tensors, ops = {}, []
        for i, op in enumerate(self.ops):
            d = {k: v for k, v in op.describe().items() if k not in ("vector", "A")}
            for name in ("vector", "A"):
                t = getattr(op, name)
                if t is not None:
                    tensors[f"{i}.{name}"] = t
            ops.append(d)
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = {"ops": json.dumps(ops), "digest": self.digest}
        save_file(tensors, str(path), metadata=meta)
        return path

    @classmethod
    def load(cls, path: str | Path) -> Intervention:
        """Read a spec written by :meth:`save`; its digest is checked."""
        from safetensors import safe_open

        path = Path(path)
        if not path.is_file():
            raise InputError(f"No intervention file at {path}; write one with spec.save(path).")
        with safe_open(str(path), "pt") as f:
            meta = f.metadata() or {}
        if "ops" not in meta:
            raise InputError(f"{path} is not an intervention file (no 'ops' metadata).")
        tensors = load_file(str(path))
        ops = [
            Op(**d, vector=tensors.get(f"{i}.vector"), A=tensors.get(f"{i}.A"))
            for i, d in enumerate(json.loads(meta["ops"]))
        ]
        spec = cls(tuple(ops))
        if meta.get("digest") not in (None, spec.digest):
            raise InputError(f"{path}: its digest does not match its content; it is corrupt.")
        return spec


NONE = Intervention()


def active(model: Any) -> Intervention:
    """The interventions applied to ``model`` right now (through ``applied``), in order."""
    hooked, _ = unwrap(model)
    return sum(getattr(hooked, ACTIVE_ATTR, None) or [], NONE)


def as_intervention(x: Intervention | None) -> Intervention:
    """``None`` -> the empty intervention; anything but an Intervention is refused."""
    if x is None:
        return NONE
    if not isinstance(x, Intervention):
        raise InputError(
            f"intervention= takes an Intervention (e.g. adapter_steering(...)), not "
            f"{type(x).__name__}."
        )
    return x


def difference(recorded: list[dict] | None, now: list[dict] | None) -> str:
    """Which ops two descriptions (:meth:`Intervention.describe`) do not share, for people."""
    rec, cur = recorded or [], now or []
    rec_h, cur_h = [_sha(d) for d in rec], [_sha(d) for d in cur]
    only_file = [_show(d) for d, h in zip(rec, rec_h, strict=True) if h not in cur_h]
    only_now = [_show(d) for d, h in zip(cur, cur_h, strict=True) if h not in rec_h]
    parts = []
    if only_file:
        parts.append("only in the file: " + "; ".join(only_file))
    if only_now:
        parts.append("only now: " + "; ".join(only_now))
    return ", ".join(parts) or "the same ops in another order"


def vector_op(
    hook: str, operator: str, vector: Float[Tensor, " d"], coef: float = 1.0, label: str = ""
) -> Op:
    """An ``add`` or ``project_out`` op (``project_out`` normalises ``vector`` to unit length)."""
    if operator == "project_out":
        n = vector.float().norm()
        if not n > 0:
            raise InputError(f"{label or hook}: cannot project out a zero vector.")
        if abs(float(n) - 1.0) > 1e-6:
            vector = vector.float() / n
    return Op(hook, operator, coef, vector=vector, label=label)


def _show(d: dict) -> str:
    coef = "" if d.get("operator") == "project_out" else f" coef={d.get('coef'):g}"
    what = f" [{d['label']}]" if d.get("label") else ""
    return f"{d.get('operator')}@{d.get('hook')}{coef}{what}"


def _sha(obj: Any) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True).encode()).hexdigest()
