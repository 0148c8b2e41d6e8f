"""The command line: ``python -m helpers {build,evaluate,report}``.

    python -m helpers build    --corpus seeds --out data/processed [--jobs N] [--format csv|parquet]
                               [--engine local|dask] [--scheduler ADDRESS] [--no-cache]
    python -m helpers evaluate --gold tests/gold --pred data/processed [--verbose]
    python -m helpers report   [notebooks/01_who_said_what.py ...] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path


def _build_parser():
    """The options of ``python -m helpers build``."""
    from . import config

    parser = argparse.ArgumentParser(prog="python -m helpers build", description=build_main.__doc__)
    parser.add_argument("--corpus", type=Path, default=None, help="folder of *.txt articles (default: seeds/)")
    parser.add_argument("--out", type=Path, default=config.PROJECT_DIR / "data" / "processed",
                        help="output folder for the tables (default: data/processed)")
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
    return parser


def build_main(argv: list[str]) -> int:
    """Build every table of a corpus folder and write one file per table."""
    from . import config
    from .pipeline import ShardError, build_to_folder

    args = _build_parser().parse_args(argv)
    folder = args.corpus if args.corpus is not None else config.corpus_dir()
    if args.out.exists() and not args.out.is_dir():
        print(f"error: {args.out}: --out is a file; give a folder for the tables", file=sys.stderr)
        return 2
    if args.cache is not None:
        config.CACHE_DIR = args.cache.resolve()
    try:
        summary = build_to_folder(args.out, folder, fmt=args.format, jobs=args.jobs, cache=not args.no_cache,
                                  engine=args.engine, scheduler=args.scheduler, shard_size=args.shard_size)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (ShardError, ConnectionError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {args.out}: tables not written, any previous ones are kept ({exc})", file=sys.stderr)
        return 1
    print(f"{folder}: {summary} -> {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="warning: %(message)s", stream=sys.stderr)
    commands = {"build": build_main}
    if not argv or argv[0] in {"-h", "--help"} or argv[0] not in {"build", "evaluate", "report"}:
        print(__doc__.strip())
        return 0 if argv and argv[0] in {"-h", "--help"} else 2
    command, rest = argv[0], argv[1:]
    if command == "evaluate":
        from . import evaluate

        return evaluate.main(rest)
    if command == "report":
        from . import report

        return report.main(rest)
    return commands[command](rest)


if __name__ == "__main__":
    sys.exit(main())
