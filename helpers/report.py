"""Run the notebooks: jupytext percent scripts in, executed ``.ipynb`` with outputs out.

The ``.py`` files in ``notebooks/`` are the reviewable source; each is paired
with a stored ``.ipynb`` that carries its outputs. Execution records no
timestamps, so running twice on the same corpus gives identical notebooks.
For the seeds the notebooks are rewritten in place; for another corpus
(``HELPERS_CORPUS``) they are written under ``reports/<name>-<hash>/notebooks/``,
beside a ``.helpers-corpus`` file naming the corpus, and that is where
``make lab CORPUS=...`` opens them (the seeds' stored notebooks are never
overwritten by another corpus's outputs).

>>> [p.name for p in notebook_sources()][:1]     # doctest: +SKIP
['00_corpus.py']
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from . import config
from . import story as story_mod
from .store import atomic_write_text

KERNEL = "python3"
CELL_TIMEOUT = 1800


def notebook_sources(folder: Path = config.NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebook scripts (``NN_name.py``) in reading order."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.py"))


def notebook_target(source: Path, corpus: Path | None = None) -> Path:
    """Where the executed notebook for ``source`` is stored for a corpus."""
    if config.is_seed_corpus(corpus):
        return source.with_suffix(".ipynb")
    return config.output_dir(corpus) / "notebooks" / source.with_suffix(".ipynb").name


def corpus_notebooks_dir(corpus: Path) -> Path:
    """The folder of a (non-seed) corpus's own notebooks, with its ``.helpers-corpus`` marker written."""
    folder = config.output_dir(corpus) / "notebooks"
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / config.CORPUS_MARKER
    text = str(Path(corpus).resolve()) + "\n"
    if not marker.is_file() or marker.read_text(encoding="utf-8") != text:
        atomic_write_text(marker, text)
    return folder


def clean_metadata(nb) -> None:
    """Drop what varies between runs (timings, widget state), fix the kernel name and cell ids.

    jupytext gives cells random ids; numbering them keeps the stored notebook
    byte-identical from run to run.
    """
    nb.metadata.pop("widgets", None)
    nb.metadata.pop("papermill", None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": KERNEL}
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i:03d}"
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)


def merge_streams(nb) -> None:
    """Join consecutive stdout (or stderr) outputs of a cell into one.

    How a kernel chunks printed text depends on timing; merged, the stored
    notebook is the same however loaded the machine was.
    """
    for cell in nb.cells:
        merged = []
        for out in cell.get("outputs", []):
            if (out.get("output_type") == "stream" and merged and merged[-1].get("output_type") == "stream"
                    and merged[-1].get("name") == out.get("name")):
                merged[-1]["text"] += out["text"]
            else:
                merged.append(out)
        if "outputs" in cell:
            cell["outputs"] = merged


def execute(source: Path, corpus: Path | None = None, story: str | Path | None = None) -> Path:
    """Execute one notebook script on ``corpus`` (with ``story``: a name or a folder, else the
    corpus's default story) and store the ``.ipynb``; return its path."""
    import jupytext
    import nbformat
    from nbclient import NotebookClient

    corpus = Path(corpus) if corpus is not None else config.corpus_dir()
    nb = jupytext.read(source)
    clean_metadata(nb)
    os.environ["HELPERS_CORPUS"] = str(corpus.resolve())
    story_folder = story_mod.resolve(story, corpus)
    os.environ[story_mod.STORY_ENV] = str(story_folder) if story_folder is not None else ""
    workdir = source.parent if config.is_seed_corpus(corpus) else corpus_notebooks_dir(corpus)
    client = NotebookClient(
        nb, timeout=CELL_TIMEOUT, kernel_name=KERNEL, record_timing=False,
        resources={"metadata": {"path": str(workdir)}},
    )
    client.execute()
    clean_metadata(nb)
    merge_streams(nb)
    target = notebook_target(source, corpus)
    atomic_write_text(target, nbformat.writes(nb) + "\n")
    return target


def main(argv: list[str] | None = None) -> int:
    """``python -m helpers report [NOTEBOOK.py ...] [--corpus DIR]``: execute the notebooks."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m helpers report", description=main.__doc__)
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebook scripts (default: all, in order)")
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder (default: seeds/)")
    parser.add_argument("--story", default=None, metavar="NAME_OR_DIR",
                        help="the corpus's story (default: its story/ folder; ukraine for the seeds; else none)")
    args = parser.parse_args(argv)
    corpus = args.corpus.resolve() if args.corpus else config.corpus_dir()
    sources = [p.resolve() for p in args.notebooks] or notebook_sources()
    for source in sources:
        target = execute(source, corpus, args.story or None)
        print(f"executed {source.name} -> {os.path.relpath(target, config.PROJECT_DIR)}")
    return 0


def prepare_lab(corpus: Path) -> Path:
    """The folder ``make lab`` opens notebooks in: ``notebooks/`` for the seeds; for another corpus
    its own ``reports/<name>-<hash>/notebooks/``, where each notebook missing there is made from its
    jupytext source (executed copies from ``make report CORPUS=...`` are kept as they are)."""
    import jupytext

    if config.is_seed_corpus(corpus):
        return config.NOTEBOOKS_DIR
    folder = corpus_notebooks_dir(corpus)
    for source in notebook_sources():
        target = folder / source.with_suffix(".ipynb").name
        if not target.exists():
            nb = jupytext.read(source)
            clean_metadata(nb)
            jupytext.write(nb, target, fmt="ipynb")
    return folder


def lab_command(folder: Path, extra: list[str], uid: int | None = None) -> list[str]:
    """The ``jupyter lab`` command serving the project root and opening ``folder``.

    Root (uid 0, as in a container) needs ``--allow-root``, which a user's run leaves out.

    >>> cmd = lab_command(config.NOTEBOOKS_DIR, ["--port", "8899"], uid=0)
    >>> "--allow-root" in cmd, cmd[-2:], "--allow-root" in lab_command(config.NOTEBOOKS_DIR, [], uid=1000)
    (True, ['--port', '8899'], False)
    """
    uid = os.getuid() if uid is None else uid
    start = folder.relative_to(config.PROJECT_DIR).as_posix()
    cmd = [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={config.PROJECT_DIR}",
           f"--LabApp.default_url=/lab/tree/{start}"]
    return cmd + (["--allow-root"] if uid == 0 else []) + list(extra)


def lab_main(argv: list[str] | None = None) -> int:
    """``python -m helpers lab [--corpus DIR] [-- JUPYTER_ARGS ...]``: start JupyterLab at the project root."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m helpers lab", description=lab_main.__doc__)
    parser.add_argument("--corpus", type=Path, default=config.SEEDS_DIR, help="corpus folder (default: seeds/)")
    parser.add_argument("jupyter_args", nargs=argparse.REMAINDER, help="passed to jupyter lab (--port N, --no-browser)")
    args = parser.parse_args(argv)
    extra = [a for a in args.jupyter_args if a != "--"]
    if not args.corpus.is_dir():
        print(f"error: {args.corpus}: no such corpus folder", file=sys.stderr)
        return 2
    folder = prepare_lab(args.corpus.resolve())
    env = {k: v for k, v in os.environ.items() if k != "HELPERS_CORPUS"}  # each notebook folder names its corpus
    print(f"JupyterLab at {config.PROJECT_DIR}, opening {folder.relative_to(config.PROJECT_DIR)}", flush=True)
    if shutil.which("jupyter", path=str(Path(sys.executable).parent)) is None:
        print("error: jupyter is not installed in this environment (run make venv)", file=sys.stderr)
        return 2
    return subprocess.call(lab_command(folder, extra), cwd=config.PROJECT_DIR, env=env)
