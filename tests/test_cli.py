"""The command line says what it does: every command in its usage, every readable format in build's help."""
from __future__ import annotations

import re

import pytest

from helpers import corpus
from helpers.__main__ import main

COMMANDS = ["build", "evaluate", "report", "audit", "lab"]


def test_build_help_names_every_format_it_reads(capsys):
    with pytest.raises(SystemExit) as done:
        main(["build", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "*.txt" not in out
    assert set(re.findall(r"\.[a-z]+\b", out)) >= set(corpus.EXTENSIONS)


def test_the_usage_lists_every_command_and_each_has_help(capsys):
    assert main([]) == 2
    usage = capsys.readouterr().out
    header = re.search(r"\{([a-z,]+)\}", usage.splitlines()[0]).group(1).split(",")
    assert header == COMMANDS
    for command in COMMANDS:
        assert re.search(rf"^\s+python -m helpers {command}\b", usage, re.M), command
        with pytest.raises(SystemExit) as done:
            main([command, "--help"])
        assert done.value.code == 0 and f"python -m helpers {command}" in capsys.readouterr().out
    assert main(["nonsense"]) == 2 and "python -m helpers" in capsys.readouterr().out
