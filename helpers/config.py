"""Every path the project uses, built from the package location.

The corpus folder defaults to the project's ``seeds/`` and can be overridden
with the ``HELPERS_CORPUS`` environment variable (``make report CORPUS=...``
sets it) or, for a notebook opened by ``make lab CORPUS=...``, by the
``.helpers-corpus`` file beside the notebook. Outputs for the seeds go to
``reports/figures``; outputs for any other corpus go to
``reports/<folder name>-<hash>/`` (the hash of the resolved path keeps two
folders called ``articles`` apart) so the committed seed outputs stay untouched.

>>> from helpers import config
>>> config.PROJECT_DIR.joinpath("helpers").is_dir()
True
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
DATA_DIR = PACKAGE_DIR / "data"
SEEDS_DIR = PROJECT_DIR / "seeds"
REPORTS_DIR = PROJECT_DIR / "reports"
NOTEBOOKS_DIR = PROJECT_DIR / "notebooks"
GOLD_DIR = PROJECT_DIR / "tests" / "gold"
CACHE_DIR = Path(os.environ.get("HELPERS_CACHE", PROJECT_DIR / ".cache"))
STYLE_FILE = DATA_DIR / "helpers.mplstyle"
#: The named story (``helpers/stories/<name>/``) the seeds are analysed with.
SEEDS_STORY = "ukraine"

#: Articles larger than this many bytes are skipped with a message (a news
#: article is a few tens of kB; a file of megabytes is a dump, not an article).
#: An invalid value falls back here and is reported by ``gate.max_article_bytes()`` (no traceback at import).
_MAX_BYTES = os.environ.get("HELPERS_MAX_BYTES", "").strip().replace("_", "")
MAX_ARTICLE_BYTES = int(_MAX_BYTES) if _MAX_BYTES.isdigit() and int(_MAX_BYTES) > 0 else 2_000_000


#: The file, beside a corpus's own copy of the notebooks, that names the corpus they read.
CORPUS_MARKER = ".helpers-corpus"


def corpus_dir() -> Path:
    """The corpus folder: ``$HELPERS_CORPUS`` if set, else the folder named in a
    ``.helpers-corpus`` file in the working directory (a corpus's own notebooks
    under ``reports/<name>/notebooks``), else ``seeds/``."""
    value = os.environ.get("HELPERS_CORPUS", "").strip()
    if not value:
        marker = Path.cwd() / CORPUS_MARKER
        value = marker.read_text(encoding="utf-8").strip() if marker.is_file() else ""
    return Path(value).expanduser().resolve() if value else SEEDS_DIR


def is_seed_corpus(path: Path | None = None) -> bool:
    """True when ``path`` (default: the configured corpus) is the project's seeds."""
    path = Path(path) if path is not None else corpus_dir()
    return path.resolve() == SEEDS_DIR.resolve()


def output_name(path: Path) -> str:
    """The output folder name of a corpus: its folder name plus 8 hex digits of its resolved path.

    >>> output_name(Path("/a/articles")) != output_name(Path("/b/articles"))
    True
    >>> output_name(Path("/a/articles")).startswith("articles-")
    True
    """
    resolved = Path(path).expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:8]
    return f"{resolved.name or 'corpus'}-{digest}"


def output_dir(path: Path | None = None) -> Path:
    """Where a corpus's derived outputs go: ``reports/`` for the seeds, else ``reports/<name>-<hash>/``."""
    path = Path(path) if path is not None else corpus_dir()
    return REPORTS_DIR if is_seed_corpus(path) else REPORTS_DIR / output_name(path)


def gold_dir(path: Path | None = None) -> Path | None:
    """The answer key for a corpus: ``tests/gold`` for the seeds, ``<corpus>/gold`` if a
    researcher added one beside their articles, else None (no accuracy can be computed)."""
    path = Path(path) if path is not None else corpus_dir()
    if is_seed_corpus(path):
        return GOLD_DIR
    own = path / "gold"
    return own if (own / "quotes.csv").exists() or (own / "conditions.csv").exists() else None


def figures_dir(path: Path | None = None) -> Path:
    """Where ``plots.save_figure`` writes: ``reports/figures`` or ``reports/<name>/figures``."""
    return output_dir(path) / "figures"
