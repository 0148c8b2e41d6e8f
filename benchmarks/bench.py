"""Benchmark: the whole build against the bare spaCy pipe, a warm-cache build, a 1,000-article build.

    python benchmarks/bench.py --articles 200 [--large 1000] [--jobs N]

Makes a corpus by replicating the seeds under new names (no manifest: the
metadata path that reads the text is exercised too), then in one run:

1. ``python -m helpers build`` end to end with the cache off (a subprocess);
2. the bare ``en_core_web_sm`` ``nlp.pipe`` over the same texts with the
   same number of processes, model load included (a subprocess);
3. ``build()`` a second time with a warm cache (in a fresh process);
4. a ``--large``-article build with its peak memory.

Peak memory is the largest sum of resident memory over the process and its
workers, sampled every 50 ms. The last line is ``ratio: X`` (build
throughput / bare pipe throughput). Benchmarks are not tests: nothing here
fails on a number.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"

BARE_PIPE = """
import sys, time
from pathlib import Path
t0 = time.perf_counter()
from helpers import corpus, nlp
texts = corpus.load_corpus(sys.argv[1])["text"].tolist()
model = nlp.load_model()
n = sum(1 for _ in model.pipe(texts, batch_size=16, n_process=int(sys.argv[2])))
print(n, time.perf_counter() - t0)
"""

FILL_CACHE = """
import sys
import helpers as h
h.build(sys.argv[1], jobs=int(sys.argv[2]))
"""

WARM_BUILD = """
import sys, time
import helpers as h
import helpers.pipeline                                # importing spaCy is not part of build()
t0 = time.perf_counter()
h.build(sys.argv[1], jobs=int(sys.argv[2]))           # a new process: tables read back from the CSV cache
t1 = time.perf_counter()
h.build(sys.argv[1], jobs=int(sys.argv[2]))           # a notebook's repeated call in the same kernel
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def make_corpus(folder: Path, n: int) -> None:
    """Write ``n`` articles replicated from the seeds under new names."""
    seeds = sorted(SEEDS.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (folder / f"article_{i:05d}.txt").write_text(text, encoding="utf-8")


def run_measured(cmd: list[str], env: dict | None = None) -> tuple[float, int, str]:
    """Run ``cmd``; return (wall seconds, peak summed RSS in bytes, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=PROJECT)
    parent = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [parent] + parent.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    out, err = proc.communicate()
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return elapsed, peak, out


def corpus_words(folder: Path) -> int:
    import warnings

    sys.path.insert(0, str(PROJECT))
    from helpers import corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return int(corpus.load_corpus(folder)["n_words"].sum())


def build_cmd(folder: Path, out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "helpers", "build", "--corpus", str(folder), "--out", str(out),
            "--jobs", str(jobs), "--no-cache"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--large", type=int, default=1000, help="articles in the large build (0 skips it)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="helpers-bench-"))
    env = {**os.environ, "HELPERS_CACHE": str(work / "cache"), "PYTHONWARNINGS": "ignore"}
    try:
        folder = work / f"corpus_{args.articles}"
        make_corpus(folder, args.articles)
        words = corpus_words(folder)
        print(f"corpus: {args.articles} articles replicated from {len(list(SEEDS.glob('*.txt')))} seeds, "
              f"{words:,} words, {args.jobs} jobs, {os.cpu_count()} cores")

        t_build, mem_build, _ = run_measured(build_cmd(folder, work / "out", args.jobs), env)
        t_bare, mem_bare, out = run_measured([sys.executable, "-c", BARE_PIPE, str(folder), str(args.jobs)], env)
        assert int(out.split()[0]) == args.articles
        wps_build, wps_bare = words / t_build, words / t_bare
        print(f"build (end to end, cache off): {t_build:7.1f} s  {wps_build:8,.0f} words/s  peak {mem_build / 2**20:,.0f} MiB")
        print(f"bare nlp.pipe (model load incl.): {t_bare:4.1f} s  {wps_bare:8,.0f} words/s  peak {mem_bare / 2**20:,.0f} MiB")

        run_measured([sys.executable, "-c", FILL_CACHE, str(folder), str(args.jobs)], env)
        _, _, out = run_measured([sys.executable, "-c", WARM_BUILD, str(folder), str(args.jobs)], env)
        from_disk, repeat = (float(x) for x in out.split()[-2:])
        print(f"warm-cache build(): {from_disk:.3f} s in a new process, {repeat:.3f} s repeated in the same "
              f"process ({args.articles} articles)")

        if args.large:
            large = work / f"corpus_{args.large}"
            make_corpus(large, args.large)
            large_words = corpus_words(large)
            t_large, mem_large, _ = run_measured(build_cmd(large, work / "out_large", args.jobs), env)
            print(f"{args.large:,}-article build: {t_large:7.1f} s  {large_words / t_large:8,.0f} words/s  "
                  f"peak {mem_large / 2**20:,.0f} MiB ({mem_large / 1e9:.2f} GB); "
                  f"{t_large / args.large * 1000 / 60:.1f} min per 1,000 articles")
        print(f"ratio: {wps_build / wps_bare:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
