"""The Spark engine gives the local engine's records, byte for byte, and writes Parquet that reads back."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from nlp.batch import annotate

pytestmark = pytest.mark.slow

try:
    import pyspark  # noqa: F401
except ImportError:  # pragma: no cover - depends on the environment
    pytest.skip("pyspark is not installed (pip install -e '.[spark]')", allow_module_level=True)
if shutil.which("java") is None:  # pragma: no cover - depends on the environment
    pytest.skip("no `java` on PATH: Spark needs a Java 17+ runtime", allow_module_level=True)

from nlp.spark import OUTPUT_DDL, annotate_with_spark, suggest_dataframe  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"
GOOD = "Right L4-5 facet injection under fluoroscopy with 40 mg Kenalog."


@pytest.fixture(scope="module")
def spark():  # noqa: ANN201
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]").appName("spinecode-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _same_totals(a, b) -> None:  # noqa: ANN001
    assert (a.notes, a.skipped, a.lines, a.warnings, a.errors) == (b.notes, b.skipped, b.lines, b.warnings, b.errors)


def test_samples_are_byte_identical_to_local_engine(spark, tmp_path: Path) -> None:  # noqa: ANN001
    local, remote = tmp_path / "local.jsonl", tmp_path / "spark.jsonl"
    expected = annotate(SAMPLES, local)
    got = annotate_with_spark(SAMPLES, remote, master="local[2]")
    assert remote.read_bytes() == local.read_bytes()
    assert got.notes == len(list(SAMPLES.glob("*.txt"))) and got.lines > 0
    _same_totals(got, expected)


def test_bad_inputs_give_the_local_engine_error_records(spark, tmp_path: Path) -> None:  # noqa: ANN001
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": GOOD}),
        json.dumps({"id": "empty", "text": "  \n "}),
        "{not json",
        json.dumps({"id": "a", "text": GOOD}),
        json.dumps({"text": GOOD}),
        json.dumps({"id": "n", "text": 42}),
        json.dumps({"id": "u", "text": "Left L5-S1 medial branch block, bupivacaine, fluoroscopy. Ünïcode ✓"}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    local, remote = tmp_path / "local.jsonl", tmp_path / "spark.jsonl"
    expected = annotate(src, local)
    got = annotate_with_spark(src, remote)
    assert remote.read_bytes() == local.read_bytes()
    _same_totals(got, expected)
    records = [json.loads(x) for x in remote.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "empty", "line-3", "a", "line-5", "n", "u"]
    assert [r["error"]["code"] if r["error"] else None for r in records] == [
        None, "EMPTY_TEXT", "INVALID_JSON", "DUPLICATE_ID", "MISSING_ID", "NOT_TEXT", None]


def test_csv_input_matches_local_engine(spark, tmp_path: Path) -> None:  # noqa: ANN001
    src = tmp_path / "in.csv"
    src.write_text(f'id,text\nx1,"{GOOD}"\nx2,\n,"{GOOD}"\n', encoding="utf-8")
    local, remote = tmp_path / "local.jsonl", tmp_path / "spark.jsonl"
    annotate(src, local)
    annotate_with_spark(src, remote)
    assert remote.read_bytes() == local.read_bytes()


def test_suggest_dataframe_one_row_per_input_with_documented_columns(spark) -> None:  # noqa: ANN001
    notes = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]
    notes += [("blank", "   "), ("none", None)]
    # Four ordered input partitions: the rows must come back in the input order.
    out = suggest_dataframe(spark.sparkContext.parallelize(notes, 4).toDF("id string, text string"))
    assert [(f.name, f.dataType.simpleString(), f.nullable) for f in out.schema.fields] == [
        ("id", "string", True), ("record", "string", True), ("needs_review", "boolean", True),
        ("n_claim_lines", "int", True), ("error_code", "string", True)]
    assert OUTPUT_DDL.startswith("id string, record string")
    rows = out.collect()
    assert [r.id for r in rows] == [n[0] for n in notes]
    for row in rows:
        record = json.loads(row.record)
        assert record["id"] == row.id
        assert row.needs_review == record["needs_review"]
        assert row.n_claim_lines == len(record["claim_lines"])
        assert row.error_code == (record["error"]["code"] if record["error"] else None)
    assert [r.error_code for r in rows[-2:]] == ["EMPTY_TEXT", "MISSING_TEXT"]
    assert sum(r.n_claim_lines for r in rows) > 0
    # Custom column names, and many small partitions: still one row per input.
    renamed = spark.createDataFrame(notes, "note_id string, body string").repartition(5)
    other = suggest_dataframe(renamed, text_col="body", id_col="note_id").collect()
    assert sorted((r.id, r.record) for r in other) == sorted((r.id, r.record) for r in rows)


def test_parquet_round_trip(spark, tmp_path: Path) -> None:  # noqa: ANN001
    import pyarrow.parquet as pq

    notes = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))[:4]]
    notes += [("dup", GOOD), ("dup", GOOD), ("empty", "")]
    src = tmp_path / "in.parquet"
    spark.createDataFrame(notes, "id string, text string").repartition(2).write.parquet(str(src))
    # The same notes as JSONL through the local engine, in the order Spark reads the Parquet back.
    read_order = [(r.id, r.text) for r in spark.read.parquet(str(src)).collect()]
    as_jsonl = tmp_path / "in.jsonl"
    as_jsonl.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in read_order), encoding="utf-8")
    local = tmp_path / "local.jsonl"
    expected = annotate(as_jsonl, local)

    out = tmp_path / "out.parquet"
    got = annotate_with_spark(src, out)
    _same_totals(got, expected)
    table = pq.read_table(out)
    assert table.column_names == ["id", "record", "needs_review", "n_claim_lines", "error_code"]
    assert [r + "\n" for r in table.column("record").to_pylist()] == local.read_text(encoding="utf-8").splitlines(
        keepends=True)
    codes = [c for c in table.column("error_code").to_pylist() if c]
    assert sorted(codes) == ["DUPLICATE_ID", "EMPTY_TEXT"]

    # Parquet in, JSONL out: the same bytes again.
    remote = tmp_path / "spark.jsonl"
    annotate_with_spark(src, remote)
    assert remote.read_bytes() == local.read_bytes()


def test_parquet_row_without_id_is_an_error_record(spark, tmp_path: Path) -> None:  # noqa: ANN001
    src = tmp_path / "in.parquet"
    spark.createDataFrame([("a", GOOD), (None, GOOD), ("", GOOD)], "id string, text string").coalesce(1) \
        .write.parquet(str(src))
    out = tmp_path / "out.jsonl"
    summary = annotate_with_spark(src, out)
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["error"]["code"] if r["error"] else None) for r in records] == [
        ("a", None), ("row-2", "MISSING_ID"), ("row-3", "MISSING_ID")]
    assert summary.errors == 2
