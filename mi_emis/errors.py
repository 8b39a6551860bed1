"""Exceptions of mi_emis. Every message says what to do about it."""

from __future__ import annotations


class MiEmisError(Exception):
    """Base class of every error raised on purpose by mi_emis."""


class AdapterError(MiEmisError, ValueError):
    """An adapter folder is missing, malformed, or of a kind we cannot merge exactly."""


class AdapterMismatchError(AdapterError):
    """An adapter was made for another base model (a tensor's shape does not fit)."""


class UnsupportedAdapterError(AdapterError):
    """The adapter exists but the requested operation does not support it."""


class PickleRefusedError(AdapterError):
    """A pickle-only file was refused; pass ``allow_pickle=True`` only if you trust it."""


class EmbeddedModelError(MiEmisError, RuntimeError):
    """An embedded model cannot be found, converted or cached."""


class InputError(MiEmisError, ValueError):
    """Bad tokens, text or arguments passed to an analysis function."""
