"""A fresh build of the seeds equals the committed ``reports/tables/*.csv`` byte for byte.

The committed tables are what the notebooks and the report show; a change of
the extraction that alters them must be deliberate (and the tables
regenerated with ``make tables``). This test is never skipped.
"""
from __future__ import annotations

import pytest

from helpers import config, pipeline

COMMITTED = config.REPORTS_DIR / "tables"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed-tables")
    pipeline.write_tables(pipeline.build(config.SEEDS_DIR, jobs=1), out)
    return out


def test_the_committed_tables_are_the_tables_a_build_writes(fresh):
    assert sorted(p.name for p in COMMITTED.glob("*.csv")) == sorted(p.name for p in fresh.glob("*.csv"))


@pytest.mark.parametrize("table", [*pipeline.TABLE_COLUMNS, "problems"])
def test_fresh_seed_table_is_byte_identical_to_the_committed_one(fresh, table):
    committed, built = COMMITTED / f"{table}.csv", fresh / f"{table}.csv"
    assert committed.is_file(), f"{committed} is missing: run `make tables`"
    old, new = committed.read_bytes(), built.read_bytes()
    if old != new:
        old_lines, new_lines = old.decode().splitlines(), new.decode().splitlines()
        first = next((i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=False)) if a != b),
                     min(len(old_lines), len(new_lines)))
        pytest.fail(f"{table}.csv differs from the committed table at line {first + 1} "
                    f"({len(old_lines)} committed lines, {len(new_lines)} built)")
