"""Apache Spark engine: the same records as `nlp.batch.annotate`, computed on a Spark cluster (or `local[N]`).

Needs the optional `spark` extra (`pip install 'spinecode[spark]'`) and a Java runtime. PySpark is imported
only when a function here is called, so `import nlp.spark` works without it.

Every Python worker builds the spinecode pipeline once (`nlp.pipeline.load()` is cached per process, and Spark
reuses its Python workers) and runs it over Arrow batches with `mapInPandas`. No note text is ever logged.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nlp.batch import Summary

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

    from nlp.mapper import PayerProfile

OUTPUT_DDL = "id string, record string, needs_review boolean, n_claim_lines int, error_code string"
_POS = "_spinecode_pos"
_ERR_CODE = "_spinecode_input_error_code"
_ERR_MESSAGE = "_spinecode_input_error_message"
_LOW_BITS = (1 << 33) - 1  # monotonically_increasing_id(): partition id in the upper 31 bits, row in the lower 33


class SparkUnavailable(ImportError):
    """PySpark (the `spark` extra) is not installed."""


def _require_pyspark() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise SparkUnavailable(
            "the Spark engine needs PySpark: pip install 'spinecode[spark]' (and a Java 17+ runtime on PATH)"
        ) from exc


def suggest_dataframe(
    df: DataFrame, payer: str | Path | PayerProfile = "medicare", text_col: str = "text", id_col: str = "id", *,
    error_code_col: str | None = None, error_message_col: str | None = None, keep_order: bool = True,
) -> DataFrame:
    """Claim-line suggestions for every row of DF: one output row per input row, in input order.

    DF needs an id column (cast to string) and a text column (string or binary). Output schema::

        id             string   the input id
        record         string   the JSON record, exactly json.dumps(suggestion.to_dict(), ensure_ascii=False)
                                (the line the local engine writes, without its newline)
        needs_review   boolean  record["needs_review"]
        n_claim_lines  int      len(record["claim_lines"])
        error_code     string   record["error"]["code"]; null when the note was read

    A bad note (empty, binary, too large...) gives a row with `error_code` set, never a failed job. When
    ERROR_CODE_COL (and ERROR_MESSAGE_COL) are given, a row whose error code is not null becomes that error
    record without running the pipeline: that is how input-level errors such as DUPLICATE_ID reach the output.

    With KEEP_ORDER (the default) a `monotonically_increasing_id` is taken just before the pipeline, in the same
    stage, and the result is sorted on it afterwards. Because no shuffle separates the two, partition i holds
    exactly the positions whose upper bits are i, so sorting within partitions restores the global input order
    (collect, toLocalIterator and writes take partitions in index order). A global `orderBy` would give the same
    order but its range-sampling pass runs the whole pipeline a second time (measured: 2x the time).
    """
    _require_pyspark()
    from nlp.mapper import load_profile

    if _POS in df.columns:
        raise ValueError(f"the input DataFrame must not have a column named {_POS}")
    mapped = _suggest_unordered(df, load_profile(payer), text_col, id_col, error_code_col, error_message_col)
    return mapped.sortWithinPartitions(_POS).drop(_POS) if keep_order else mapped.drop(_POS)


def _range_sorted(mapped: DataFrame) -> DataFrame:
    """Globally sorted on _POS (then dropped), for positions taken before a shuffle; persist MAPPED first.

    Not `orderBy`: that makes spark.sql.shuffle.partitions (200) ranges, and `toLocalIterator` runs one job per
    range (about 40 s of overhead on 12 notes in local[2]); defaultParallelism ranges are enough.
    """
    ranges = max(1, mapped.sparkSession.sparkContext.defaultParallelism)
    return mapped.repartitionByRange(ranges, _POS).sortWithinPartitions(_POS).drop(_POS)


def _suggest_unordered(
    df: DataFrame, profile: PayerProfile, text_col: str, id_col: str, error_code_col: str | None,
    error_message_col: str | None,
) -> DataFrame:
    """The pipeline over DF, in no particular order, with the input position in column _POS."""
    from pyspark.sql import functions as F

    cols = [F.col(id_col).cast("string").alias("id"), F.col(text_col).alias("text")]
    with_errors = error_code_col is not None
    if with_errors:
        cols.append(F.col(error_code_col).cast("string").alias(_ERR_CODE))
        message = F.col(error_message_col).cast("string") if error_message_col else F.lit("")
        cols.append(message.alias(_ERR_MESSAGE))
    cols.append(F.col(_POS) if _POS in df.columns else F.monotonically_increasing_id().alias(_POS))
    base = df.select(*cols)

    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        yield from _suggest_batches(batches, profile, with_errors)

    return base.mapInPandas(run, f"{OUTPUT_DDL}, {_POS} long")


def _suggest_batches(
    batches: Iterator[pd.DataFrame], profile: PayerProfile, with_errors: bool
) -> Iterator[pd.DataFrame]:
    """Runs in the Python workers: Arrow batches of (id, text[, error code, message], pos) -> output rows."""
    import math

    import pandas as pd

    from nlp.pipeline import load
    from nlp.suggestion import error_suggestion, suggest_many

    load()  # cached per worker process, reused across batches and tasks

    def clean(value: Any) -> Any:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        return bytes(value) if isinstance(value, (bytearray, memoryview)) else value

    for pdf in batches:
        ids = [clean(v) for v in pdf["id"]]
        texts = [clean(v) for v in pdf["text"]]
        errors: dict[int, tuple[str, str]] = {}
        if with_errors:
            for i, (code, message) in enumerate(zip(pdf[_ERR_CODE], pdf[_ERR_MESSAGE], strict=True)):
                if clean(code) is not None:
                    errors[i] = (code, clean(message) or "")
                    texts[i] = ""  # keeps its place in the stream, like nlp.batch.annotate
        rows: dict[str, list[Any]] = {"id": [], "record": [], "needs_review": [], "n_claim_lines": [],
                                      "error_code": []}
        stream = suggest_many(zip(ids, texts, strict=True), payer=profile, batch_size=64)
        for i, suggestion in enumerate(stream):
            if i in errors:
                suggestion = error_suggestion(suggestion.id, profile.name, *errors[i])
            record = suggestion.to_dict()
            rows["id"].append(suggestion.id)
            rows["record"].append(json.dumps(record, ensure_ascii=False))
            rows["needs_review"].append(bool(record["needs_review"]))
            rows["n_claim_lines"].append(len(record["claim_lines"]))
            rows["error_code"].append(record["error"]["code"] if record["error"] else None)
        out = pd.DataFrame(rows)
        out["n_claim_lines"] = out["n_claim_lines"].astype("int32")
        out[_POS] = pdf[_POS].to_numpy()
        yield out


def _session(master: str) -> tuple[SparkSession, bool]:
    """The active SparkSession, or a new quiet one on MASTER; the flag says whether we created it."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active, False
    spark = (
        SparkSession.builder.master(master).appName("spinecode")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark, True


def _read_local_inputs(spark: SparkSession, source: str | Path) -> DataFrame:
    """Folder / .jsonl / .csv through `nlp.batch.iter_inputs` on the driver (the same checks and error codes)."""
    import pandas as pd

    from nlp.batch import iter_inputs

    rows: dict[str, list[Any]] = {"id": [], "text": [], _ERR_CODE: [], _ERR_MESSAGE: []}
    for item in iter_inputs(source):
        code, message = item.error or (None, None)
        rows["id"].append(item.id)
        rows["text"].append(None if item.error else item.text)
        rows[_ERR_CODE].append(code)
        rows[_ERR_MESSAGE].append(message)
    pdf = pd.DataFrame(rows, dtype=object)
    schema = f"id string, text string, {_ERR_CODE} string, {_ERR_MESSAGE} string"
    if pdf.empty:
        return spark.createDataFrame([], schema)
    return spark.createDataFrame(pdf, schema)


def _read_parquet_inputs(spark: SparkSession, source: str) -> DataFrame:
    """A Parquet file or folder with `id` and `text` columns; missing and duplicate ids flagged as in iter_inputs.

    A row without an id gets the id `row-N` (N counted from 1 in input order), like `line-N` for JSONL.
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    raw = spark.read.parquet(source)
    missing = [c for c in ("id", "text") if c not in raw.columns]
    if missing:
        raise ValueError(f"{source}: a Parquet input needs 'id' and 'text' columns (missing: {', '.join(missing)})")
    df = raw.select(F.col("id").cast("string").alias("id"), "text").withColumn(_POS, F.monotonically_increasing_id())
    # 1-based row numbers without a global sort: partition sizes give each partition's offset.
    part = F.shiftright(F.col(_POS), 33)
    sizes = sorted((r[0], r[1]) for r in df.groupBy(part.alias("p")).count().collect())
    offsets, total = [], 0
    for p, count in sizes:
        offsets.append((p, total))
        total += count
    offsets_df = spark.createDataFrame(offsets, "_p long, _offset long")
    df = df.join(F.broadcast(offsets_df), part == F.col("_p"), "left")
    row_n = F.coalesce(F.col("_offset"), F.lit(0)) + F.col(_POS).bitwiseAND(F.lit(_LOW_BITS)) + 1
    no_id = F.col("id").isNull() | (F.col("id") == "")
    dup = F.row_number().over(Window.partitionBy("id").orderBy(_POS)) > 1
    code = (F.when(no_id, "MISSING_ID").when(F.col("text").isNull(), "MISSING_TEXT").when(dup, "DUPLICATE_ID"))
    message = (F.when(no_id, F.concat(F.lit("Parquet row "), row_n.cast("string"), F.lit(" has no 'id'")))
               .when(F.col("text").isNull(), F.lit("the record has no 'text'"))
               .when(dup, F.lit("an earlier input record has the same id")))
    return df.select(
        F.when(no_id, F.concat(F.lit("row-"), row_n.cast("string"))).otherwise(F.col("id")).alias("id"),
        "text", code.alias(_ERR_CODE), message.alias(_ERR_MESSAGE), _POS,
    )


def annotate_with_spark(
    source: str | Path, output: str | Path, payer: str | Path | PayerProfile = "medicare", master: str = "local[2]",
) -> Summary:
    """Annotate every input note with Spark into OUTPUT: JSONL (same bytes as `nlp.batch.annotate`) or Parquet.

    SOURCE: a folder of .txt, a .jsonl, a .csv (read on the driver by `nlp.batch.iter_inputs`, so the input
    errors are the local engine's), or a .parquet file/folder with id and text columns (read by Spark).
    OUTPUT ending in .jsonl: one record per line, in input order, written by the driver. OUTPUT ending in
    .parquet: a Parquet folder with the `suggest_dataframe` schema, in input order (one ordered part per range).
    Uses the active SparkSession if there is one, otherwise starts one on MASTER and stops it afterwards.
    """
    _require_pyspark()
    from pyspark import StorageLevel

    from nlp.mapper import load_profile

    profile = load_profile(payer)
    source_s, output = str(source), Path(output)
    out_kind = output.suffix.lower()
    if out_kind not in (".jsonl", ".parquet"):
        raise ValueError(f"{output}: the Spark engine writes a .jsonl or a .parquet output")
    is_parquet_in = source_s.lower().rstrip("/").endswith(".parquet")
    if source_s != "-" and not Path(source_s).exists():
        raise FileNotFoundError(f"input not found: {source_s}")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    start = time.monotonic()
    spark, owned = _session(master)
    summary = Summary()
    try:
        if is_parquet_in:
            inputs = _read_parquet_inputs(spark, source_s)
        else:
            inputs = _read_local_inputs(spark, source_s)
        mapped = _suggest_unordered(inputs, profile, "text", "id", _ERR_CODE, _ERR_MESSAGE)
        if is_parquet_in:
            # Positions were taken before the duplicate-id window's shuffle: a real range sort is needed, and the
            # pipeline output is persisted first so the sort's sampling pass does not run the pipeline again.
            mapped = mapped.persist(StorageLevel.MEMORY_AND_DISK)
            result = _range_sorted(mapped)
        else:
            result = mapped.sortWithinPartitions(_POS).drop(_POS)
        output.parent.mkdir(parents=True, exist_ok=True)
        if out_kind == ".jsonl":
            _write_jsonl(result, output, summary)
        else:
            result.write.mode("overwrite").parquet(str(output))
            _summarise_parquet(spark, output, summary)
        if is_parquet_in:
            mapped.unpersist()
    finally:
        if owned:
            spark.stop()
    summary.seconds = time.monotonic() - start
    return summary


def _count(summary: Summary, record: dict[str, Any]) -> None:
    summary.notes += 1
    summary.lines += len(record["claim_lines"])
    summary.warnings += len(record["warnings"])
    summary.errors += record["error"] is not None


def _write_jsonl(result: DataFrame, output: Path, summary: Summary) -> None:
    """Stream the sorted records to the driver one partition at a time and write them as the local engine does."""
    with output.open("w", encoding="utf-8") as out:
        for row in result.select("record").toLocalIterator():
            out.write(row[0] + "\n")
            _count(summary, json.loads(row[0]))
        out.flush()
        if output.is_file():
            os.fsync(out.fileno())


def _summarise_parquet(spark: SparkSession, output: Path, summary: Summary) -> None:
    """Totals read back from the written Parquet (cheap: no second pipeline run)."""
    from pyspark.sql import functions as F

    written = spark.read.parquet(str(output))
    warnings = F.coalesce(F.json_array_length(F.get_json_object("record", "$.warnings")), F.lit(0))
    row = written.agg(
        F.count(F.lit(1)), F.sum("n_claim_lines"), F.sum(warnings), F.count("error_code")
    ).collect()[0]
    summary.notes, summary.lines, summary.warnings, summary.errors = (int(v or 0) for v in row)
