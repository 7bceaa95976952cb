"""Batch annotation: stream notes from a folder, JSONL or CSV into a JSONL of records, resumably.

Bad input never stops a run and never drops a note: each becomes a record with an `error` object.
No note text is ever logged.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from nlp.suggestion import MAX_NOTE_CHARS, NoteError, check_text

MAX_NOTE_BYTES = 4 * MAX_NOTE_CHARS  # checked before decoding; the character limit is checked after


@dataclass
class InputItem:
    id: str
    text: str | None
    error: tuple[str, str] | None = None  # (code, message)


def _read_bytes(raw: bytes) -> tuple[str | None, tuple[str, str] | None]:
    if len(raw) > MAX_NOTE_BYTES:
        return None, ("TOO_LARGE", f"the note has {len(raw)} bytes; the limit is {MAX_NOTE_BYTES}")
    try:
        return check_text(raw), None
    except NoteError as err:
        return None, (err.code, err.message)


def _from_value(note_id: str, value: Any) -> InputItem:
    if value is None:
        return InputItem(note_id, None, ("MISSING_TEXT", "the record has no 'text'"))
    try:
        return InputItem(note_id, check_text(value))
    except NoteError as err:
        return InputItem(note_id, None, (err.code, err.message))


def _iter_dir(path: Path) -> Iterator[InputItem]:
    for file in sorted(path.glob("*.txt")):
        try:
            raw = file.read_bytes()
        except OSError as exc:
            yield InputItem(file.stem, None, ("UNREADABLE", f"cannot read file: {exc.strerror}"))
            continue
        text, error = _read_bytes(raw)
        yield InputItem(file.stem, text, error)


def _iter_jsonl(stream: IO[bytes]) -> Iterator[InputItem]:
    for n, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        fallback = f"line-{n}"
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            yield InputItem(fallback, None, ("INVALID_JSON", f"input line {n} is not a JSON object"))
            continue
        if not isinstance(obj, dict):
            yield InputItem(fallback, None, ("INVALID_JSON", f"input line {n} is not a JSON object"))
            continue
        note_id = obj.get("id")
        if note_id is None or str(note_id) == "":
            yield InputItem(fallback, None, ("MISSING_ID", f"input line {n} has no 'id'"))
            continue
        yield _from_value(str(note_id), obj.get("text"))


def _iter_csv(path: Path) -> Iterator[InputItem]:
    csv.field_size_limit(sys.maxsize)
    # Streamed; bytes that are not UTF-8 survive as surrogates so the one bad note is reported, not the file.
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None or "id" not in reader.fieldnames or "text" not in reader.fieldnames:
            raise ValueError(f"{path}: a CSV input needs 'id' and 'text' columns")
        for n, row in enumerate(reader, start=2):
            note_id = (row.get("id") or "").strip()
            if not note_id:
                yield InputItem(f"row-{n}", None, ("MISSING_ID", f"CSV row {n} has no 'id'"))
                continue
            text = row.get("text")
            if text is not None and any("\udc80" <= ch <= "\udcff" for ch in text):
                yield InputItem(note_id, None, ("NOT_UTF8", "the note is not valid UTF-8"))
                continue
            yield _from_value(note_id, text)


def iter_inputs(source: str | Path) -> Iterator[InputItem]:
    """Notes from a folder of .txt, a .jsonl, a .csv, or '-' (JSONL on standard input); duplicates flagged."""
    if str(source) == "-":
        items = _iter_jsonl(sys.stdin.buffer)
    else:
        path = Path(source)
        if path.is_dir():
            items = _iter_dir(path)
        elif path.suffix.lower() == ".jsonl" and path.is_file():
            items = _iter_jsonl(path.open("rb"))
        elif path.suffix.lower() == ".csv" and path.is_file():
            items = _iter_csv(path)
        elif not path.exists():
            raise FileNotFoundError(f"input not found: {path}")
        else:
            raise ValueError(f"{path}: input must be a folder of .txt files, a .jsonl, a .csv or '-'")
    seen: set[str] = set()
    for item in items:
        if item.id in seen and item.error is None:
            item = InputItem(item.id, None, ("DUPLICATE_ID", "an earlier input record has the same id"))
        seen.add(item.id)
        yield item


def completed_ids(output: Path) -> Counter[str]:
    """Ids already written to OUTPUT; a last line cut off by a kill is removed so the file stays valid JSONL."""
    done: Counter[str] = Counter()
    if not output.exists():
        return done
    with output.open("rb+") as fh:
        # Find the last newline from the end, in blocks, so a multi-gigabyte output is never read whole.
        size = fh.seek(0, os.SEEK_END)
        keep, pos = 0, size
        while pos > 0:
            step = min(1 << 16, pos)
            pos -= step
            fh.seek(pos)
            block = fh.read(step)
            cut = block.rfind(b"\n")
            if cut >= 0:
                keep = pos + cut + 1
                break
        if keep != size:
            fh.truncate(keep)
        fh.seek(0)
        for line in fh:
            try:
                done[str(json.loads(line)["id"])] += 1
            except (json.JSONDecodeError, KeyError, TypeError):
                continue
    return done


class Progress:
    """A progress bar on a terminal, periodic plain lines otherwise; always on stderr."""

    def __init__(self, stream: IO[str] = sys.stderr, every: float = 10.0) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.every = 0.2 if self.tty else every
        self.start = time.monotonic()
        self.last = 0.0
        self.done = 0

    def update(self, done: int, total: int | None = None) -> None:
        self.done = done
        now = time.monotonic()
        if now - self.last < self.every:
            return
        self.last = now
        rate = done / max(now - self.start, 1e-9)
        eta = f", ETA {int((total - done) / rate)}s" if total and rate > 0 else ""
        if self.tty:
            width = 30
            filled = int(width * done / total) if total else 0
            bar = "#" * filled + "." * (width - filled) if total else ""
            print(f"\r[{bar}] {done}{'/' + str(total) if total else ''} notes, {rate:.0f} notes/s{eta}  ",
                  end="", file=self.stream, flush=True)
        else:
            print(f"annotate: {done} notes, {rate:.0f} notes/s{eta}", file=self.stream, flush=True)

    def close(self) -> None:
        if self.tty:
            print(file=self.stream)


def count_inputs(source: str | Path) -> int | None:
    """Cheap total for the progress bar (folders and JSONL only)."""
    if str(source) == "-":
        return None
    path = Path(source)
    if path.is_dir():
        return sum(1 for _ in path.glob("*.txt"))
    if path.suffix.lower() == ".jsonl":
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    return None


@dataclass
class Summary:
    notes: int = 0
    skipped: int = 0
    lines: int = 0
    warnings: int = 0
    errors: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        rate = self.notes / self.seconds if self.seconds else 0.0
        return (f"annotate: {self.notes} notes ({self.skipped} already done), {self.lines} claim lines, "
                f"{self.warnings} warnings, {self.errors} errors, {self.seconds:.1f}s ({rate:.0f} notes/s)")


def annotate(
    source: str | Path, output: Path, payer: str | Path = "medicare", workers: int = 1, resume: bool = False,
    progress: Progress | None = None, batch_size: int = 64,
) -> Summary:
    """Annotate every input note into OUTPUT (JSON Lines, input order, appended and flushed per record)."""
    from nlp.mapper import load_profile
    from nlp.suggestion import error_suggestion, suggest_many

    profile = load_profile(payer)
    output.parent.mkdir(parents=True, exist_ok=True)
    done = completed_ids(output) if resume and output.is_file() else Counter()
    summary = Summary()
    start = time.monotonic()
    total = count_inputs(source)
    errors: dict[int, InputItem] = {}
    position = -1

    def pending() -> Iterator[tuple[str, str]]:
        # Input errors are set aside (keyed by position) and an empty note keeps their place in the stream.
        nonlocal position
        skip = Counter(done)
        for item in iter_inputs(source):
            if skip[item.id] > 0:
                skip[item.id] -= 1
                summary.skipped += 1
                continue
            position += 1
            if item.error is not None:
                errors[position] = item
                yield item.id, ""
            else:
                yield item.id, item.text or ""

    # "w" truncates a previous run's file but also writes to a pipe or /dev/stdout; --resume appends.
    with output.open("a" if resume else "w", encoding="utf-8") as out:
        stream = suggest_many(pending(), payer=profile, n_process=max(1, workers), batch_size=batch_size)
        for index, suggestion in enumerate(stream):
            if index in errors:
                code, message = errors.pop(index).error or ("UNKNOWN", "")
                suggestion = error_suggestion(suggestion.id, profile.name, code, message)
            record = suggestion.to_dict()
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
            out.flush()
            summary.notes += 1
            summary.lines += len(record["claim_lines"])
            summary.warnings += len(record["warnings"])
            summary.errors += record["error"] is not None
            if progress:
                progress.update(summary.notes + summary.skipped, total)
        if output.is_file():
            os.fsync(out.fileno())
    if progress:
        progress.close()
    summary.seconds = time.monotonic() - start
    return summary
