"""The command line: ``python -m helpers {build,evaluate,report,audit,lab}``.

    python -m helpers build    --corpus seeds --out data/processed [--story NAME_OR_DIR] [--jobs N]
                               [--format csv|parquet] [--engine local|dask] [--scheduler ADDRESS] [--no-cache]
    python -m helpers evaluate --gold tests/gold --pred data/processed [--verbose] [--by-rule]
    python -m helpers evaluate --gold tests/gold --ablate --corpus seeds [--rules NAME]
    python -m helpers report   [notebooks/01_who_said_what.py ...] [--corpus DIR] [--story NAME_OR_DIR]
    python -m helpers audit    {sample,score,fill} ...   (audit sample --tables DIR --n 60 --out coding.csv)
    python -m helpers lab      [--corpus DIR] [-- --port 8899 --no-browser]
    python -m helpers new-story DIR   (a commented story template: actors, sides, conditions, terms)

Each command takes --help for its options.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path


def corpus_formats() -> str:
    """The article formats a corpus folder may hold, with their file endings (for ``--help``).

    >>> corpus_formats().split("; ")[0]
    'txt (.md .text .txt)'
    """
    from .corpus import EXTENSIONS

    formats: dict[str, list[str]] = {}
    for suffix, fmt in EXTENSIONS.items():
        formats.setdefault(fmt, []).append(suffix)
    return "; ".join(f"{fmt} ({' '.join(sorted(suffixes))})" for fmt, suffixes in formats.items())


def _build_parser():
    """The options of ``python -m helpers build``."""
    from . import config

    parser = argparse.ArgumentParser(prog="python -m helpers build", description=build_main.__doc__)
    parser.add_argument("--corpus", type=Path, default=None,
                        help=f"folder of articles, one file each or one record per row/line: {corpus_formats()} "
                             "(default: seeds/)")
    parser.add_argument("--out", type=Path, default=config.PROJECT_DIR / "data" / "processed",
                        help="output folder for the tables (default: data/processed)")
    parser.add_argument("--story", default=None, metavar="NAME_OR_DIR",
                        help="the corpus's story: a named story of the package (ukraine) or a story folder "
                             "(default: the corpus's story/ folder; ukraine for the seeds; else none)")
    parser.add_argument("--format", choices=("csv", "parquet"), default="csv", help="table files (default: csv)")
    parser.add_argument("--engine", choices=("local", "dask"), default=None,
                        help="local process pool, or Dask (default: local; dask when --scheduler is given)")
    parser.add_argument("--scheduler", default=None, metavar="ADDRESS",
                        help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a LocalCluster)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    parser.add_argument("--shard-size", type=int, default=None, metavar="N",
                        help="average articles per shard (default: by corpus size, at most 256)")
    parser.add_argument("--cache", type=Path, default=None, metavar="DIR",
                        help="cache folder for shards and tables (default: .cache/ or $HELPERS_CACHE)")
    parser.add_argument("--no-cache", action="store_true", help="ignore and do not write the build cache")
    parser.add_argument("--map", default=None, metavar="COLUMN=FIELD,...",
                        help="JSON/CSV field names for the table's columns, e.g. text=body,outlet=source "
                             "(default: $HELPERS_COLUMN_MAP)")
    parser.add_argument("--follow-symlinks", action="store_true",
                        help="read symbolic links that point outside the corpus folder")
    return parser


def build_main(argv: list[str]) -> int:
    """Build every table of a corpus folder and write one file per table."""
    from . import config
    from .pipeline import EmptyCorpusError, ShardError

    args = _build_parser().parse_args(argv)
    folder = args.corpus if args.corpus is not None else config.corpus_dir()
    if args.out.exists() and not args.out.is_dir():
        print(f"error: {args.out}: --out is a file; give a folder for the tables", file=sys.stderr)
        return 2
    if args.cache is not None:
        config.CACHE_DIR = args.cache.resolve()
    try:
        summary = build_with_options(folder, args)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (EmptyCorpusError, ShardError, ConnectionError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {args.out}: tables not written, any previous ones are kept ({exc})", file=sys.stderr)
        return 1
    print(f"{folder}: {summary} -> {args.out}")
    return 0


def build_with_options(folder: Path, args) -> str:
    """``build_to_folder()`` with the options of the command line (the reading options passed on as
    environment variables); the summary line."""
    import os

    from .corpus import FOLLOW_ENV, MAP_ENV, parse_column_map
    from .pipeline import build_to_folder

    if args.map is not None:
        parse_column_map(args.map)
        os.environ[MAP_ENV] = args.map
    if args.follow_symlinks:
        os.environ[FOLLOW_ENV] = "1"
    return build_to_folder(args.out, folder, fmt=args.format, jobs=args.jobs, cache=not args.no_cache,
                           engine=args.engine, scheduler=args.scheduler, shard_size=args.shard_size, story=args.story)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s", stream=sys.stderr)
    commands = {"build": build_main}
    if not argv or argv[0] in {"-h", "--help"} or argv[0] not in {"build", "evaluate", "report", "audit", "lab", "new-story"}:
        print(__doc__.strip())
        return 0 if argv and argv[0] in {"-h", "--help"} else 2
    command, rest = argv[0], argv[1:]
    if command == "evaluate":
        from . import evaluate

        return evaluate.main(rest)
    if command == "audit":
        from . import audit

        return audit.main(rest)
    if command == "report":
        from . import report

        return report.main(rest)
    if command == "new-story":
        from .story import new_story_main

        return new_story_main(rest)
    if command == "lab":
        from . import report

        return report.lab_main(rest)
    return commands[command](rest)


if __name__ == "__main__":
    sys.exit(main())
