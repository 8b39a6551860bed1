"""A fake OpenAI-compatible chat-completions server on loopback, for tests (standard library only).

In-process::

    with JudgeServer() as srv:          # srv.url == "http://127.0.0.1:PORT/v1"
        srv.faults.extend(["429", "timeout"])   # consumed one per request, in order
        ...                             # srv.requests: every request (path, body, authorization)

As a script (e.g. for a CLI run in a subprocess that gets killed and resumed)::

    python tests/judge_server.py --port-file PORT_FILE [--faults FAULTS.json] [--table TABLE.json]

writes its port to PORT_FILE (atomically) and serves until killed. ``POST /_faults`` with a JSON
list appends faults, ``GET /_requests`` returns the recorded requests as JSON.

Scores. Unless a ``table`` substring matches the prompt (the first match wins; its value is a list
of ``(token, probability)``), the centre ``c`` is the ``n`` of a ``SCORE=n`` in the prompt, else
10 if the prompt contains ``EVIL``, else 90 (with ``per_answer=True``: :func:`answer_centre`
of the text between ``<<<ANSWER>>>`` and ``<<<END ANSWER>>>``, so each answer gets its own
score), and the top tokens are ``str(c)``: 0.5,
``str(c+1)``: 0.2, ``str(c+2)``: 0.1, ``"REFUSAL"``: 0.2, so the judge score is
``(0.5c + 0.2(c+1) + 0.1(c+2)) / 0.8 = c + 0.5`` for 0 <= c <= 98 (see :func:`expected_score`).

Faults (a string, an HTTP status, or a dict with ``"kind"`` and options):

- ``"429"``: rate limited, ``Retry-After: 0`` (``{"kind": "429", "retry_after": "1"}``; ``None``
  leaves the header out);
- any other status, e.g. ``"500"``, ``"400"``: a JSON error body (``"message"`` to set its text);
- ``"401"``: invalid key; the body echoes the key it was sent, as a careless server might;
- ``"timeout"``: waits ``delay`` seconds (default 2.0) before answering normally;
- ``"malformed"``: status 200 with a body that is not JSON;
- ``"empty_logprobs"``: valid JSON with ``"logprobs": null`` (``"shape": "empty"``: no content);
- ``"refusal"``: top tokens ``REFUSAL`` 0.9, ``CODE`` 0.05, ``50`` 0.05 (the score is None).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import signal
import sys
import threading
import time
import zlib
from collections import deque
from dataclasses import asdict, dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

Fault = str | int | dict[str, Any]
TopTokens = list[tuple[str, float]]

REFUSAL: TopTokens = [("REFUSAL", 0.9), ("CODE", 0.05), ("50", 0.05)]
_SCORE = re.compile(r"SCORE=(\d+)")


def expected_score(centre: int) -> float:
    """The judge score of the default distribution around ``centre`` (0..98)."""
    return centre + 0.5


_ANSWER = re.compile(r"<<<ANSWER>>>\n(.*?)\n<<<END ANSWER>>>", re.S)


def answer_centre(answer: str) -> int:
    """The per-answer centre (0..98) of ``JudgeServer(per_answer=True)``: a hash of the answer."""
    return zlib.crc32(answer.encode()) % 99


def default_top(prompt: str, *, per_answer: bool = False) -> TopTokens:
    """The default top tokens for ``prompt`` (see the module docstring)."""
    m = _SCORE.search(prompt)
    a = _ANSWER.search(prompt) if per_answer else None
    if m:
        c = int(m.group(1))
    elif a:
        c = answer_centre(a.group(1))
    else:
        c = 10 if "EVIL" in prompt else 90
    return [(str(c), 0.5), (str(c + 1), 0.2), (str(c + 2), 0.1), ("REFUSAL", 0.2)]


@dataclass
class Recorded:
    """One request as the server saw it (``body`` is None if it was not JSON)."""

    path: str
    body: dict[str, Any] | None
    authorization: str | None


def _entry(token: str, p: float) -> dict[str, Any]:
    return {"token": token, "logprob": math.log(p), "bytes": list(token.encode())}


def completion(model: str, top: TopTokens, *, logprobs: Any = ...) -> dict[str, Any]:
    """A chat-completions body whose first token has ``top`` as its top logprobs."""
    top = sorted(top, key=lambda tp: -tp[1])
    if logprobs is ...:
        first = _entry(*top[0])
        logprobs = {"content": [{**first, "top_logprobs": [_entry(t, p) for t, p in top]}]}
    choice = {
        "index": 0,
        "message": {"role": "assistant", "content": top[0][0]},
        "logprobs": logprobs,
        "finish_reason": "length",
    }
    return {
        "id": f"chatcmpl-test-{time.monotonic_ns()}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [choice],
        "usage": {"prompt_tokens": 10, "completion_tokens": 1, "total_tokens": 11},
    }


def _prompt_text(body: dict[str, Any]) -> str:
    parts = []
    for msg in body.get("messages") or []:
        content = msg.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts += [c.get("text", "") for c in content if isinstance(c, dict)]
    return "\n".join(parts)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else ~40 ms per response (Nagle + delayed ACK)
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _send(
        self, status: int, body: bytes | dict[str, Any], headers: dict[str, str] | None = None
    ):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        if self.path.split("?")[0] == "/_requests":
            self._send(200, {"requests": [asdict(r) for r in self.server.owner.requests]})
        else:
            self._send(404, {"error": {"message": f"no route {self.path}"}})

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        path = self.path.split("?")[0]
        owner = self.server.owner
        if path == "/_faults" and isinstance(body, list):
            owner.faults.extend(body)
            return self._send(200, {"faults": len(owner.faults)})
        if not path.endswith("/chat/completions"):
            return self._send(404, {"error": {"message": f"no route {self.path}"}})
        auth = self.headers.get("Authorization") or self.headers.get("api-key")
        owner.record(Recorded(path, body, auth))
        if not isinstance(body, dict):
            return self._send(400, {"error": {"message": "request body is not a JSON object"}})
        self._answer(body, auth, owner.next_fault())

    def _answer(self, body: dict[str, Any], auth: str | None, fault: dict[str, Any] | None):
        owner, model = self.server.owner, str(body.get("model"))
        kind = fault["kind"] if fault else None
        if kind == "timeout":
            owner.closing.wait(float(fault.get("delay", 2.0)))
            kind = None
        if kind is None or kind == "refusal":
            prompt = _prompt_text(body)
            top = REFUSAL if kind else owner.top(prompt)
            return self._send(200, completion(model, top))
        if kind == "malformed":
            return self._send(200, b'{"id": "chatcmpl-broken", "choices": [{"index": 0, ')
        if kind == "empty_logprobs":
            logprobs = {"content": []} if fault.get("shape") == "empty" else None
            return self._send(200, completion(model, [("90", 1.0)], logprobs=logprobs))
        status = int(kind)
        headers = {}
        if status == 429 and fault.get("retry_after", "0") is not None:
            headers["Retry-After"] = str(fault.get("retry_after", "0"))
        message = fault.get("message") or f"injected fault {status}"
        if status == 401:
            message = f"Incorrect API key provided: {auth}."
        error = {"message": message, "type": "test_fault", "code": str(status)}
        self._send(status, {"error": error}, headers)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: JudgeServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # clients that timed out and left
            super().handle_error(request, client_address)


def _normalise(fault: Fault) -> dict[str, Any]:
    f = dict(fault) if isinstance(fault, dict) else {"kind": fault}
    f["kind"] = str(f["kind"])
    known = {"timeout", "malformed", "empty_logprobs", "refusal"}
    if f["kind"] not in known and not f["kind"].isdigit():
        raise ValueError(f"unknown fault {fault!r}: use an HTTP status or one of {sorted(known)}")
    return f


class JudgeServer:
    """The fake judge server; a context manager that serves on 127.0.0.1 in a daemon thread."""

    def __init__(
        self,
        *,
        table: dict[str, TopTokens] | None = None,
        faults: list[Fault] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        per_answer: bool = False,
    ) -> None:
        self.per_answer = per_answer
        self.table: dict[str, TopTokens] = dict(table or {})
        self.faults: deque[Fault] = deque(faults or [])
        for f in self.faults:
            _normalise(f)
        self.requests: list[Recorded] = []
        self.closing = threading.Event()
        self._lock = threading.Lock()
        self._httpd = _Server((host, port), _Handler)
        self._httpd.owner = self
        self.port: int = self._httpd.server_address[1]
        self.url = f"http://{host}:{self.port}/v1"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    def top(self, prompt: str) -> TopTokens:
        """The top tokens the server answers ``prompt`` with (table first, then the default)."""
        for key, top in self.table.items():
            if key in prompt:
                return top
        return default_top(prompt, per_answer=self.per_answer)

    def next_fault(self) -> dict[str, Any] | None:
        try:
            return _normalise(self.faults.popleft())
        except IndexError:
            return None

    def record(self, rec: Recorded) -> None:
        with self._lock:
            self.requests.append(rec)

    @property
    def completions(self) -> list[Recorded]:
        """The chat-completions requests only."""
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def start(self) -> JudgeServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self.closing.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> JudgeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def main(argv: list[str] | None = None) -> None:
    """Serve until killed; write the port to ``--port-file``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port-file", type=Path, required=True)
    ap.add_argument("--faults", type=Path, help="JSON list of faults, consumed one per request")
    ap.add_argument("--table", type=Path, help='JSON {"substring": [["token", prob], ...]}')
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args(argv)
    faults = json.loads(args.faults.read_text()) if args.faults else []
    table = json.loads(args.table.read_text()) if args.table else {}
    table = {k: [(str(t), float(p)) for t, p in v] for k, v in table.items()}
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with JudgeServer(table=table, faults=faults, host=args.host, port=args.port) as srv:
        tmp = args.port_file.with_name(args.port_file.name + ".tmp")
        tmp.write_text(str(srv.port))
        os.replace(tmp, args.port_file)
        print(f"judge server on {srv.url}", flush=True)
        while True:
            time.sleep(3600)


if __name__ == "__main__":
    main()
