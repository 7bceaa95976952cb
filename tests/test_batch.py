"""Batch annotation: every input gets exactly one record, bad input becomes an error record, resume works."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nlp.batch import annotate, completed_ids, iter_inputs

GOOD = "Right L4-5 facet injection under fluoroscopy with 40 mg Kenalog."


def _records(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text().splitlines()]


def test_bad_jsonl_records_become_error_records(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": GOOD}),
        "{not json",
        json.dumps({"text": GOOD}),
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": "   \n  "}),
        json.dumps({"id": "a", "text": GOOD}),
        json.dumps({"id": "d", "text": "x" * 1_000_001}),
        json.dumps({"id": "e", "text": "bin\u0000ary"}),
        json.dumps({"id": "f", "text": 42}),
        '{"id": "h", "text": "right L4-5 \\ud800 facet"}',
        json.dumps({"id": "g", "text": GOOD}),
    ]
    src.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    summary = annotate(src, out)
    records = _records(out)
    assert [r["id"] for r in records] == ["a", "line-2", "line-3", "b", "c", "a", "d", "e", "f", "h", "g"]
    codes = [r["error"]["code"] if r["error"] else None for r in records]
    assert codes == [None, "INVALID_JSON", "MISSING_ID", "MISSING_TEXT", "EMPTY_TEXT", "DUPLICATE_ID",
                     "TOO_LARGE", "BINARY_CONTENT", "NOT_TEXT", "NOT_UTF8", None]
    assert records[0]["claim_lines"] and records[-1]["claim_lines"]
    assert summary.errors == 9 and summary.notes == 11
    assert all(GOOD not in json.dumps(r["error"]) for r in records if r["error"])


def test_folder_and_csv_inputs(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "n1.txt").write_text(GOOD)
    (folder / "n2.txt").write_bytes(b"\xff\xfe\xfa")
    (folder / "n3.txt").write_text("")
    assert [(i.id, i.error[0] if i.error else None) for i in iter_inputs(folder)] == [
        ("n1", None), ("n2", "NOT_UTF8"), ("n3", "EMPTY_TEXT")]
    csv_path = tmp_path / "in.csv"
    csv_path.write_text('id,text\nx1,"PROCEDURE: Left L5-S1 MBB,\nunder fluoroscopy, bupivacaine."\nx2,\n')
    items = list(iter_inputs(csv_path))
    assert [i.id for i in items] == ["x1", "x2"]
    assert "\n" in (items[0].text or "") and items[1].error[0] == "EMPTY_TEXT"


def test_resume_skips_done_ids_and_repairs_a_cut_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"n{i}", "text": GOOD}) + "\n" for i in range(6)))
    out = tmp_path / "out.jsonl"
    annotate(src, out)
    lines = out.read_text().splitlines(keepends=True)
    out.write_text("".join(lines[:3]) + lines[3][:25])  # a kill in the middle of a line
    assert sum(completed_ids(out).values()) == 3
    summary = annotate(src, out, resume=True)
    assert summary.skipped == 3 and summary.notes == 3
    assert [r["id"] for r in _records(out)] == [f"n{i}" for i in range(6)]


@pytest.mark.slow
def test_sigkill_mid_run_then_resume_gives_every_id_once(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    n = 1500
    src.write_text("".join(json.dumps({"id": f"n{i}", "text": GOOD + f" #{i}"}) + "\n" for i in range(n)))
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "nlp.cli", "annotate", str(src), "-o", str(out), "--batch-size", "8"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = len(out.read_text().splitlines())
    assert 0 < partial < n
    done = subprocess.run([*cmd, "--resume"], capture_output=True)
    assert done.returncode == 0, done.stderr
    ids = [r["id"] for r in _records(out)]
    assert sorted(ids, key=lambda x: int(x[1:])) == [f"n{i}" for i in range(n)]
    assert len(ids) == len(set(ids))


@pytest.mark.slow
def test_two_workers_match_one(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    texts = [GOOD, "Bilateral C3-4 MBB, ultrasound, lidocaine only.", "", "Plan: L4-5 RFA."] * 10
    src.write_text("".join(json.dumps({"id": f"n{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    annotate(src, one)
    annotate(src, two, workers=2, batch_size=4)
    assert one.read_text() == two.read_text()
