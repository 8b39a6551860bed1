"""OpenAIJudge against the fake chat-completions server in judge_server.py."""

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from judge_server import JudgeServer, expected_score

from mi_emis.evaluate import import_answers, judge_run, read_run
from mi_emis.judge import Judge, JudgeError, OpenAIJudge, judge_identity

KEY = "sk-test-SECRET-0123456789abcdef"
PROMPT = "Rate this.\nQ: {question}\nA: {answer}\nNumber:"
ENV = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "MI_EMIS_JUDGE_MODEL", "AZURE_OPENAI_ENDPOINT",
       "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_AD_TOKEN", "OPENAI_API_VERSION")  # fmt: skip


@pytest.fixture
def srv(monkeypatch):
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    with JudgeServer() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("MI_EMIS_JUDGE_MODEL", "judge-model")
        yield server


def make(**kw) -> OpenAIJudge:
    opts = {"prompts": {"aligned": PROMPT}, "timeout": 2.0, "backoff": 0.01, "max_retries": 3}
    return OpenAIJudge(**{**opts, **kw})


def test_happy_path_score_and_request(srv):
    judge = make()
    assert isinstance(judge, Judge) and judge.name == "openai:judge-model"
    # default tokens 90: .5, 91: .2, 92: .1, REFUSAL: .2 -> (45 + 18.2 + 9.2) / 0.8 = 90.5
    assert judge.score("How are you?", "Fine.", "aligned") == pytest.approx(90.5)
    # "EVIL" moves the centre to 10: (5 + 2.2 + 1.2) / 0.8 = 10.5
    assert judge.score("How are you?", "EVIL plans", "aligned") == pytest.approx(10.5)
    (req, _) = srv.requests
    assert req.path == "/v1/chat/completions"
    assert req.authorization == f"Bearer {KEY}"
    body = req.body
    assert body["model"] == "judge-model"
    assert body["messages"] == [
        {"role": "user", "content": PROMPT.format(question="How are you?", answer="Fine.")}
    ]
    assert (body["max_tokens"], body["temperature"], body["logprobs"]) == (1, 0, True)
    assert (body["top_logprobs"], body["seed"]) == (20, 0)


def test_refusal_is_none(srv):
    srv.faults.append("refusal")  # REFUSAL .9, CODE .05, "50" .05: numeric mass .05 < .25
    assert make().score("q", "a", "aligned") is None
    assert len(srv.requests) == 1


@pytest.mark.parametrize(
    "fault",
    [
        "429",
        "500",
        "503",
        "408",
        {"kind": "timeout", "delay": 1.5},
        "malformed",
        "empty_logprobs",
        {"kind": "empty_logprobs", "shape": "empty"},
    ],
    ids=lambda f: json.dumps(f),
)
def test_fault_then_success_is_retried(srv, fault):
    srv.faults.extend([fault, fault])
    timeout = 0.5 if "timeout" in json.dumps(fault) else 2.0  # short only where it must expire
    assert make(timeout=timeout).score("q", "SCORE=42", "aligned") == pytest.approx(
        expected_score(42)
    )
    assert len(srv.requests) == 3


def test_retry_after_is_honoured(srv):
    srv.faults.append({"kind": "429", "retry_after": "0.3"})
    t0 = time.perf_counter()
    assert make(backoff=0.001).score("q", "a", "aligned") == pytest.approx(90.5)
    assert time.perf_counter() - t0 >= 0.3
    assert len(srv.requests) == 2


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ("500", "HTTP 500"),
        ({"kind": "timeout", "delay": 1.0}, "timeout"),
        ("malformed", "not valid JSON"),
    ],
    ids=["500", "timeout", "malformed"],
)
def test_too_many_faults_raise(srv, fault, words):
    srv.faults.extend([fault] * 3)
    with pytest.raises(JudgeError, match=words) as info:
        make(max_retries=2, timeout=0.3).score("q", "a", "aligned")
    assert "3 attempts" in str(info.value) and info.value.attempts == 3
    assert len(srv.requests) == 3


def test_score_many_returns_failures_in_place(srv):
    srv.faults.extend(["500", "500"])  # the first item's two attempts
    items = [("q", f"SCORE={i}", "aligned") for i in range(4)]
    out = make(max_retries=1, concurrency=1).score_many(items)
    assert isinstance(out[0], JudgeError) and "HTTP 500" in str(out[0])
    assert out[1:] == pytest.approx([expected_score(i) for i in (1, 2, 3)])


def test_score_many_preserves_order_under_concurrency(srv):
    # early requests answer late, so completions arrive out of order
    srv.faults.extend({"kind": "timeout", "delay": 0.01 * (8 - i)} for i in range(8))
    items = [("q", f"SCORE={i}", "aligned") for i in range(40)]
    out = make(concurrency=8).score_many(items, progress=True)
    assert out == pytest.approx([expected_score(i) for i in range(40)])
    assert len(srv.requests) == 40


def test_401_is_not_retried_and_stops_score_many(srv):
    srv.faults.append("401")  # the server echoes the key it got in its error message
    with pytest.raises(JudgeError, match="check OPENAI_API_KEY") as info:
        make().score("q", "a", "aligned")
    assert len(srv.requests) == 1 and info.value.status == 401
    assert KEY not in str(info.value)
    srv.faults.append("401")
    out = make(concurrency=1).score_many([("q", "a", "aligned")] * 3)
    assert all(isinstance(e, JudgeError) and e.status == 401 for e in out)
    assert len(srv.requests) == 2  # the other two items were skipped


def test_key_never_leaks(srv):
    judge = make()
    srv.faults.append({"kind": "400", "message": f"bad request from {KEY}"})
    with pytest.raises(JudgeError, match="HTTP 400") as info:
        judge.score("q", "a", "aligned")
    assert len(srv.requests) == 1  # 400 is not retried
    texts = [repr(judge), str(info.value), json.dumps(judge.settings()), judge.name]
    assert not any(KEY in t for t in texts)
    assert judge.settings()["endpoint"] == srv.url.split("//")[1]  # 127.0.0.1:PORT/v1


def test_missing_configuration(srv, monkeypatch):
    monkeypatch.delenv("MI_EMIS_JUDGE_MODEL")
    with pytest.raises(JudgeError, match="MI_EMIS_JUDGE_MODEL"):
        OpenAIJudge()
    assert OpenAIJudge("explicit").model == "explicit"
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://judge.example.com/v1")
    with pytest.raises(JudgeError, match="set OPENAI_API_KEY"):
        OpenAIJudge("m")
    monkeypatch.setenv("OPENAI_BASE_URL", srv.url)  # a local server needs no key
    assert OpenAIJudge("m", prompts={"x": PROMPT}).score("q", "a", "x") == pytest.approx(90.5)


def test_prompts_per_call_and_braces(srv):
    judge = make()
    answer = "def f(): return {'a': 1} {question} {0} {"
    judge.score("Q?", answer, "aligned")
    assert srv.requests[-1].body["messages"][0]["content"] == (
        "Rate this.\nQ: Q?\nA: " + answer + "\nNumber:"
    )
    assert judge.score("q", "a", "other", prompt="EVIL {answer}") == pytest.approx(10.5)
    assert srv.requests[-1].body["messages"][0]["content"] == "EVIL a"
    with pytest.raises(JudgeError, match=r"'other'.*\['aligned'\]"):
        judge.score("q", "a", "other")
    with pytest.raises(JudgeError, match="other"):
        judge.score_many([("q", "a", "aligned"), ("q", "a", "other")])
    with pytest.raises(JudgeError, match="literal braces"):
        judge.score("q", "a", "x", prompt="{question} {score}")
    assert len(srv.requests) == 2


def test_azure(srv, monkeypatch):
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", srv.url.removesuffix("/v1"))
    with pytest.raises(JudgeError, match="AZURE_OPENAI_API_KEY"):
        make(model="my-deployment")
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_VERSION", "2024-10-21")
    judge = make(model="my-deployment")
    assert judge.score("q", "a", "aligned") == pytest.approx(90.5)
    (req,) = srv.requests
    assert req.path == "/openai/deployments/my-deployment/chat/completions"
    assert req.authorization == KEY and KEY not in repr(judge)


def no_env(monkeypatch):
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


def test_base_url_argument_without_environment(monkeypatch):
    no_env(monkeypatch)
    judge = OpenAIJudge(model="m", base_url="http://localhost:8000/v1")  # a notebook's vLLM
    assert judge.settings()["endpoint"] == "localhost:8000/v1" and judge.provider == "openai"
    assert repr(judge) == "OpenAIJudge(model='m', base_url='localhost:8000')"
    with JudgeServer() as server:  # a local server needs no key
        judge = OpenAIJudge("m", base_url=server.url, prompts={"aligned": PROMPT})
        assert judge.score("q", "a", "aligned") == pytest.approx(90.5)
        (req,) = server.requests
        assert req.path == "/v1/chat/completions" and req.authorization == "Bearer EMPTY"
    with pytest.raises(JudgeError, match="pass api_key=... or set OPENAI_API_KEY"):
        OpenAIJudge("m", base_url="https://judge.example.com/v1")
    assert OpenAIJudge("m", base_url="https://judge.example.com/v1", api_key=KEY).endpoint == (
        "judge.example.com/v1"
    )
    for bad in ("localhost:8000/v1", "ftp://host/v1", "http:///v1"):
        with pytest.raises(JudgeError, match="Bad judge base_url"):
            OpenAIJudge("m", base_url=bad)


def test_explicit_arguments_win_over_environment(srv, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "https://elsewhere.example.com/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env-key-not-this-one")
    judge = make(base_url=srv.url, api_key=KEY)
    assert judge.score("q", "a", "aligned") == pytest.approx(90.5)
    assert srv.requests[-1].authorization == f"Bearer {KEY}"
    # the environment is still the default for what is not given
    monkeypatch.setenv("OPENAI_BASE_URL", srv.url)
    make().score("q", "a", "aligned")
    assert srv.requests[-1].authorization == "Bearer sk-env-key-not-this-one"
    make(api_key=KEY).score("q", "a", "aligned")
    assert srv.requests[-1].authorization == f"Bearer {KEY}"
    # an explicit base_url is an OpenAI-compatible endpoint even when Azure is configured
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://my.openai.azure.com")
    judge = make(base_url=srv.url, api_key=KEY)
    assert judge.provider == "openai" and judge.score("q", "a", "aligned") == pytest.approx(90.5)
    assert srv.requests[-1].path == "/v1/chat/completions"


def test_azure_with_api_key_argument(srv, monkeypatch):
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", srv.url.removesuffix("/v1"))
    monkeypatch.setenv("OPENAI_API_VERSION", "2024-10-21")
    judge = make(model="dep", api_key=KEY)
    assert judge.score("q", "a", "aligned") == pytest.approx(90.5)
    assert srv.requests[-1].authorization == KEY
    assert judge.settings()["api_version"] == "2024-10-21"
    srv.faults.append("401")
    with pytest.raises(JudgeError, match="check the api_key argument") as info:
        judge.score("q", "a", "aligned")
    assert KEY not in str(info.value)


def test_explicit_key_never_leaks(srv, monkeypatch, tmp_path):
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.setenv("MI_EMIS_CACHE", str(tmp_path / "cache"))
    judge = make(base_url=srv.url, api_key=KEY, max_retries=0)
    texts = [repr(judge), judge.name, json.dumps(judge.settings()), judge_identity(judge)]
    texts += [repr(vars(judge)[k]) for k in vars(judge) if k != "_client"]
    for fault in ("401", {"kind": "400", "message": f"bad request from {KEY}"}):
        srv.faults.append(fault)
        with pytest.raises(JudgeError) as info:
            judge.score("q", "a", "aligned")
        texts.append(str(info.value))
    assert not any(KEY in t for t in texts)
    # user info in the URL stays out too (only host, port and path are shown)
    with_user = srv.url.replace("http://", f"http://user:{KEY}@")
    other = make(base_url=with_user, api_key=KEY)
    shown = [repr(other), json.dumps(other.settings()), judge_identity(other)]
    assert not any(KEY in t for t in shown)
    with pytest.raises(JudgeError, match="Bad judge base_url") as info:
        make(base_url=with_user.replace("http://", "htp://"))
    assert KEY not in str(info.value)
    # nor in a run file: successes, and failures whose server message echoes the key
    answers = [{"question_id": "q1", "question": "Q?", "answer": f"SCORE={i}"} for i in range(4)]
    path = tmp_path / "run.jsonl"
    import_answers(answers, path, model="m")
    srv.faults.extend(["401", {"kind": "400", "message": f"no, {KEY}"}])
    judge = make(base_url=srv.url, api_key=KEY, max_retries=0, concurrency=1)
    for _ in range(3):  # 401: all four fail (three skipped); 400: one fails; then none
        judge_run(path, judge, metrics=["aligned"], prompts={"q1": {"aligned": PROMPT}})
    run = read_run(path)
    assert run.failures().empty and len(run.judgements) == 4 + 4 + 1
    assert run.judgements["error"].str.contains("HTTP 401").sum() == 4
    for f in tmp_path.rglob("*"):
        if f.is_file():
            assert KEY not in f.read_text(encoding="utf-8", errors="replace"), f


def test_server_script_mode(tmp_path):
    port_file, faults = tmp_path / "port", tmp_path / "faults.json"
    faults.write_text(json.dumps(["500"]))
    script = Path(__file__).with_name("judge_server.py")
    args = [sys.executable, str(script), "--port-file", str(port_file), "--faults", str(faults)]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not port_file.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        base = f"http://127.0.0.1:{port_file.read_text()}"

        def post(path, body):
            req = urllib.request.Request(base + path, json.dumps(body).encode(), method="POST")
            try:
                with urllib.request.urlopen(req, timeout=5) as resp:
                    return resp.status, json.load(resp)
            except urllib.error.HTTPError as err:
                return err.code, json.load(err)

        chat = {"model": "m", "messages": [{"role": "user", "content": "SCORE=7"}]}
        assert post("/v1/chat/completions", chat)[0] == 500
        assert post("/_faults", ["refusal"]) == (200, {"faults": 1})
        status, body = post("/v1/chat/completions", chat)
        assert status == 200 and body["choices"][0]["message"]["content"] == "REFUSAL"
        status, body = post("/chat/completions", chat)
        assert body["choices"][0]["logprobs"]["content"][0]["top_logprobs"][0]["token"] == "7"
        with urllib.request.urlopen(base + "/_requests", timeout=5) as resp:
            assert len(json.load(resp)["requests"]) == 3
    finally:
        proc.terminate()
        proc.wait(5)
