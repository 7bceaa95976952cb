"""The command line: output on stdout only, exit codes, formats, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES

NOTE = "PROCEDURE: Bilateral L4-5 and L5-S1 facet joint injections under fluoroscopy, 40 mg Kenalog.\n"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nlp.cli", *args], input=stdin, capture_output=True)


def test_suggest_json_from_stdin_prints_one_record() -> None:
    done = run("suggest", "-", stdin=NOTE.encode())
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert [(x["code"], x["modifiers"]) for x in record["claim_lines"]] == [("64493", ["50"]), ("64494", ["50"])]
    assert record["schema_version"] == "1" and record["payer"] == "medicare" and record["error"] is None
    assert "text" not in record


def test_suggest_table_and_payer(tmp_path: Path) -> None:
    note = tmp_path / "n1.txt"
    note.write_text(NOTE)
    done = run("suggest", str(note), "--format", "table", "--payer", "asc-facility")
    assert done.returncode == 0
    out = done.stdout.decode()
    assert "64493" in out and "RT" in out and "LT" in out and "evidence" in out


def test_suggest_include_text() -> None:
    record = json.loads(run("suggest", "-", "--include-text", stdin=NOTE.encode()).stdout)
    assert record["text"] == NOTE


def test_unreadable_note_exits_1_with_error_record(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe right L4-5 \xff")
    done = run("suggest", str(bad))
    assert done.returncode == 1
    assert json.loads(done.stdout)["error"]["code"] == "NOT_UTF8"
    assert b"L4-5" not in done.stderr  # no note text in messages
    assert run("suggest", str(tmp_path / "missing.txt")).returncode == 1


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("suggest", "-", "--format", "xml", stdin=b"x").returncode == 2
    bad = tmp_path / "p.toml"
    bad.write_text('name = "x"\n')
    done = run("suggest", "-", "--payer", str(bad), stdin=NOTE.encode())
    assert done.returncode == 2 and b"missing key" in done.stderr
    assert run("annotate").returncode == 2


def test_annotate_samples_and_evaluate(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    done = run("annotate", str(SAMPLES), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout == b""
    records = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["id"] for r in records] == sorted(p.stem for p in SAMPLES.glob("*.txt"))
    assert b"annotate:" in done.stderr


def test_help_is_fast_enough_to_not_import_spacy() -> None:
    code = "import sys, nlp.cli; assert 'spacy' not in sys.modules and 'medspacy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_annotate_can_write_to_a_pipe() -> None:
    done = run("annotate", str(SAMPLES), "-o", "/dev/stdout")
    assert done.returncode == 0
    assert len(done.stdout.decode().splitlines()) == len(list(SAMPLES.glob("*.txt")))


def test_records_are_byte_identical_whatever_the_hash_seed(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"o{seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "nlp.cli", "annotate", str(SAMPLES), "-o", str(out)], env=env,
                       capture_output=True, check=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
