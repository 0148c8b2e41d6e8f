"""Run the notebooks: jupytext percent scripts in, executed ``.ipynb`` with outputs out.

The ``.py`` files in ``notebooks/`` are the reviewable source; each is paired
with a stored ``.ipynb`` that carries its outputs. Execution records no
timestamps, so running twice on the same corpus gives identical notebooks.
For the seeds the notebooks are rewritten in place; for another corpus
(``HELPERS_CORPUS``) they are written under ``reports/<name>/notebooks/``.

>>> [p.name for p in notebook_sources()][:1]     # doctest: +SKIP
['00_corpus.py']
"""
from __future__ import annotations

import os
from pathlib import Path

from . import config
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


def execute(source: Path, corpus: Path | None = None) -> Path:
    """Execute one notebook script on ``corpus`` and store the ``.ipynb``; return its path."""
    import jupytext
    import nbformat
    from nbclient import NotebookClient

    corpus = Path(corpus) if corpus is not None else config.corpus_dir()
    nb = jupytext.read(source)
    clean_metadata(nb)
    os.environ["HELPERS_CORPUS"] = str(corpus.resolve())
    client = NotebookClient(
        nb, timeout=CELL_TIMEOUT, kernel_name=KERNEL, record_timing=False,
        resources={"metadata": {"path": str(source.parent)}},
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
    args = parser.parse_args(argv)
    corpus = args.corpus.resolve() if args.corpus else config.corpus_dir()
    sources = [p.resolve() for p in args.notebooks] or notebook_sources()
    for source in sources:
        target = execute(source, corpus)
        print(f"executed {source.name} -> {os.path.relpath(target, config.PROJECT_DIR)}")
    return 0
