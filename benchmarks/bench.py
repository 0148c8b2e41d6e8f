"""Benchmark: the build against the bare spaCy pipe, Dask against the local pool, memory as the corpus grows.

    python benchmarks/bench.py --articles 100 [--memory 500,2000] [--jobs N]

Makes corpora by replicating the seeds under new names (no manifest: the
metadata path that reads the text is exercised too), then in one run:

1. ``python -m helpers build --engine local`` end to end from an empty cache
   (a subprocess);
2. the bare ``en_core_web_sm`` ``nlp.pipe`` over the same texts with the
   same number of processes, model load included (a subprocess);
3. ``build()`` again with the cache now warm (in a fresh process);
4. ``--engine dask`` (a new LocalCluster of the same number of workers, its
   start included) on the same corpus from an empty cache:
   ``dask ratio: X`` = local time / Dask time;
5. ``--memory`` builds (cache off) with their peak memory:
   ``memory growth: X`` = peak of the largest / peak of the smallest.

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
ENV = {**os.environ, "PYTHONWARNINGS": "ignore"}

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

WARM_BUILD = """
import sys, time
import helpers as h
import helpers.pipeline                                # importing spaCy is not part of build()
t0 = time.perf_counter()
h.build(sys.argv[1], jobs=int(sys.argv[2]))           # a new process: tables read back from the Parquet cache
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
    # The child's output goes to files, not pipes: a build that logs more than a pipe holds
    # (one warning per duplicate article in a replicated corpus) would block on a full pipe.
    out_file, err_file = tempfile.TemporaryFile("w+"), tempfile.TemporaryFile("w+")
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out_file, stderr=err_file, text=True, env=env, cwd=PROJECT)
    parent = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [parent] + parent.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    proc.wait()
    elapsed = time.perf_counter() - start
    out_file.seek(0)
    err_file.seek(0)
    out, err = out_file.read(), err_file.read()
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


def build_cmd(folder: Path, out: Path, jobs: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "helpers", "build", "--corpus", str(folder), "--out", str(out),
            "--jobs", str(jobs), *extra]


def mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def speed_runs(work: Path, folder: Path, words: int, args) -> tuple[float, float]:
    """Local build, bare pipe, warm cache, Dask build; prints each; returns (ratio, dask ratio)."""
    n, jobs = args.articles, args.jobs
    env_a = {**ENV, "HELPERS_CACHE": str(work / "cache_local")}
    t_build, mem_build, _ = run_measured(build_cmd(folder, work / "out", jobs, "--engine", "local"), env_a)
    t_bare, mem_bare, out = run_measured([sys.executable, "-c", BARE_PIPE, str(folder), str(jobs)], env_a)
    assert int(out.split()[0]) == n
    wps_build, wps_bare = words / t_build, words / t_bare
    print(f"build --engine local (end to end, empty cache): {t_build:7.1f} s  {wps_build:8,.0f} words/s  "
          f"peak {mib(mem_build)}")
    print(f"bare nlp.pipe (model load incl.): {t_bare:21.1f} s  {wps_bare:8,.0f} words/s  peak {mib(mem_bare)}")

    _, _, out = run_measured([sys.executable, "-c", WARM_BUILD, str(folder), str(jobs)], env_a)
    from_disk, repeat = (float(x) for x in out.split()[-2:])
    print(f"warm-cache build(): {from_disk:.3f} s in a new process, {repeat:.3f} s repeated in the same "
          f"process ({n} articles)")

    env_b = {**ENV, "HELPERS_CACHE": str(work / "cache_dask")}
    t_dask, mem_dask, _ = run_measured(build_cmd(folder, work / "out_dask", jobs, "--engine", "dask"), env_b)
    print(f"build --engine dask (LocalCluster of {jobs}, start incl.): {t_dask:6.1f} s  "
          f"{words / t_dask:8,.0f} words/s  peak {mib(mem_dask)}")
    same = all((work / "out" / p.name).read_bytes() == p.read_bytes() for p in (work / "out_dask").iterdir())
    print(f"dask tables identical to local: {same}")
    return wps_build / wps_bare, t_build / t_dask


def memory_runs(work: Path, sizes: list[int], jobs: int) -> float | None:
    """A cache-off build per size with its peak memory; returns largest peak / smallest peak."""
    peaks = {}
    for size in sizes:
        folder = work / f"corpus_{size}"
        make_corpus(folder, size)
        env = {**ENV, "HELPERS_CACHE": str(work / "cache_memory")}
        t, peak, _ = run_measured(build_cmd(folder, work / f"out_{size}", jobs, "--no-cache"), env)
        peaks[size] = peak
        print(f"{size:,}-article build (cache off): {t:7.1f} s  peak {mib(peak)} ({peak / 1e9:.2f} GB); "
              f"{t / size * 1000 / 60:.1f} min per 1,000 articles")
        shutil.rmtree(folder, ignore_errors=True)
    if len(peaks) < 2:
        return None
    return peaks[max(peaks)] / peaks[min(peaks)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="articles in the speed runs")
    parser.add_argument("--memory", default="500,2000", help="comma-separated corpus sizes for peak memory ('' skips)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    sizes = sorted(int(x) for x in args.memory.split(",") if x.strip())
    work = Path(tempfile.mkdtemp(prefix="helpers-bench-"))
    try:
        folder = work / f"corpus_{args.articles}"
        make_corpus(folder, args.articles)
        words = corpus_words(folder)
        print(f"corpus: {args.articles} articles replicated from {len(list(SEEDS.glob('*.txt')))} seeds, "
              f"{words:,} words, {args.jobs} jobs, {os.cpu_count()} cores")
        ratio, dask_ratio = speed_runs(work, folder, words, args)
        print(f"dask ratio: {dask_ratio:.2f}")
        growth = memory_runs(work, sizes, args.jobs)
        if growth is not None:
            print(f"memory growth: {growth:.2f}")
        print(f"ratio: {ratio:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
