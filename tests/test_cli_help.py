"""The mi-emis parser: help text everywhere, --version, and the documented exit codes."""

import argparse
from importlib.metadata import version

from judge_server import JudgeServer

from mi_emis import cli
from mi_emis.cli import (
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_JUDGE_FAILED,
    EXIT_OK,
    build_parser,
    main,
)


def walk(parser: argparse.ArgumentParser, path: str = "mi-emis"):
    """``(command path, action)`` for every action of ``parser`` and of its subparsers."""
    for action in parser._actions:
        yield path, action
        if isinstance(action, argparse._SubParsersAction):
            yield from ((f"{path} (command list)", a) for a in action._choices_actions)
            for name, sub in action.choices.items():
                yield from walk(sub, f"{path} {name}")


def test_every_command_and_argument_has_help():
    actions = list(walk(build_parser()))
    missing = [
        f"{path}: {'/'.join(a.option_strings) or a.dest}"
        for path, a in actions
        if not (a.help and a.help.strip())
    ]
    assert missing == []
    paths = {path for path, _ in actions}
    assert {"mi-emis rate export", "mi-emis rate import", "mi-emis eval"} <= paths
    positionals = [
        a.dest for p, a in actions if p == "mi-emis rate export" and not a.option_strings
    ]
    assert positionals == ["run", "sheet"]


def test_walk_catches_a_missing_help():
    parser = build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    rate = commands.choices["rate"]
    (actions,) = [a for a in rate._actions if isinstance(a, argparse._SubParsersAction)]
    actions.choices["import"].add_argument("extra")
    assert [a.dest for _, a in walk(parser) if not a.help] == ["extra"]


def test_version(capsys):
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"mi-emis {version('mi-emis')}"


def test_help_lists_the_exit_codes(capsys):
    assert main(["--help"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "exit codes:" in out
    for code in (EXIT_OK, EXIT_JUDGE_FAILED, EXIT_INPUT, EXIT_INTERRUPTED):
        assert f"\n  {code} " in out
    assert len({EXIT_OK, EXIT_JUDGE_FAILED, EXIT_INPUT, EXIT_INTERRUPTED}) == 4


def test_usage_error_is_bad_input(capsys):
    assert main(["no-such-command"]) == EXIT_INPUT
    assert main(["eval", "--n", "many"]) == EXIT_INPUT
    assert "invalid int value" in capsys.readouterr().err


def test_mi_emis_errors_are_bad_input(tmp_path, capsys):
    assert main(["agreement", str(tmp_path / "missing.jsonl")]) == EXIT_INPUT
    assert "No run file" in capsys.readouterr().err
    sheet, run = str(tmp_path / "s.csv"), str(tmp_path / "r.jsonl")
    assert main(["rate", "import", sheet, run]) == EXIT_INPUT
    assert main(["eval", "--judge", "nope", "--out", str(tmp_path / "r.jsonl")]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert "Unknown judge 'nope'" in err and "Traceback" not in err
    assert not (tmp_path / "r.jsonl").exists()  # refused before loading anything


def test_interrupt(monkeypatch, tmp_path, capsys):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_agreement", interrupted)
    assert main(["agreement", str(tmp_path / "run.jsonl")]) == EXIT_INTERRUPTED
    assert "re-run the command to resume" in capsys.readouterr().err


def test_judge_failures(tiny, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MI_EMIS_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("AZURE_OPENAI_ENDPOINT", raising=False)
    args = ["eval", "--base", str(tiny["qwen2"]), "--judge", "openai:m", "--n", "1"]
    args += ["--max-new-tokens", "2", "--metrics", "aligned", "--judge-retries", "0"]
    args += ["--out", str(tmp_path / "run.jsonl"), "--device", "cpu"]
    with JudgeServer() as srv:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.url)
        srv.faults.extend(["500"] * 100)
        assert main(args) == EXIT_JUDGE_FAILED
        assert "judgements failed" in capsys.readouterr().out
        srv.faults.clear()
        assert main(args) == EXIT_OK  # the same command retries them
