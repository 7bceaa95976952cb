"""The library entry points: text -> Doc -> procedure facts -> claim lines -> record."""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp import SCHEMA_VERSION
from nlp.facts import Procedure
from nlp.mapper import PayerProfile, load_profile, map_procedures, ruleset_version
from nlp.mapper.lines import ClaimLine
from nlp.mapper.warnings import Warning

MAX_NOTE_CHARS = 1_000_000


class NoteError(ValueError):
    """A note that cannot be read; `code` is stable, the message never quotes note text."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Suggestion:
    """Claim-line suggestion for one note; `to_dict()` gives the contract's JSON record."""

    id: str | None
    payer: str
    claim_lines: list[ClaimLine] = field(default_factory=list)
    procedures: list[Procedure] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    needs_review: bool = False
    review_reasons: list[str] = field(default_factory=list)
    error: dict[str, str] | None = None
    text: str | None = None  # only kept when asked for (include_text)

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "id": self.id,
            "schema_version": SCHEMA_VERSION,
            "ruleset_version": ruleset_version(),
            "payer": self.payer,
            "claim_lines": [line.to_dict() for line in self.claim_lines],
            "procedures": [p.to_dict() for p in self.procedures],
            "warnings": [w.to_dict() for w in self.warnings],
            "needs_review": self.needs_review,
            "review_reasons": list(self.review_reasons),
            "error": self.error,
        }
        if self.text is not None:
            record["text"] = self.text
        return record


def check_text(text: object) -> str:
    """The note as text, or NoteError with a stable code."""
    if text is None:
        raise NoteError("MISSING_TEXT", "the note has no text")
    if isinstance(text, bytes):
        if b"\x00" in text:
            raise NoteError("BINARY_CONTENT", "the note looks like binary data, not text")
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise NoteError("NOT_UTF8", f"the note is not valid UTF-8 (byte {exc.start})") from None
    if not isinstance(text, str):
        raise NoteError("NOT_TEXT", f"the note text must be a string, got {type(text).__name__}")
    if "\x00" in text:
        raise NoteError("BINARY_CONTENT", "the note looks like binary data, not text")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate from a JSON escape cannot be written back out
        raise NoteError("NOT_UTF8", f"the note has a character that is not valid UTF-8 (position {exc.start})") \
            from None
    if not text.strip():
        raise NoteError("EMPTY_TEXT", "the note is empty or only whitespace")
    if len(text) > MAX_NOTE_CHARS:
        raise NoteError("TOO_LARGE", f"the note has {len(text)} characters; the limit is {MAX_NOTE_CHARS}")
    return text


def from_procedures(
    procedures: list[Procedure], profile: PayerProfile, note_id: str | None = None
) -> Suggestion:
    """The mapper step alone: facts -> suggestion (used by the pipeline path, gold building and Spark)."""
    result = map_procedures(procedures, profile)
    return Suggestion(
        id=note_id,
        payer=profile.name,
        claim_lines=result.lines,
        procedures=procedures,
        warnings=result.warnings,
        needs_review=result.needs_review(profile),
        review_reasons=result.review_reasons(profile),
    )


def error_suggestion(note_id: str | None, payer: str, code: str, message: str) -> Suggestion:
    return Suggestion(id=note_id, payer=payer, error={"code": code, "message": message})


def _procedures_of(doc: Any) -> list[Procedure]:
    if doc._.spinecode_error:
        raise NoteError("PROCESSING_FAILED", f"the pipeline failed on this note ({doc._.spinecode_error})")
    return [Procedure.from_dict(p) for p in doc._.spinecode_procedures or []]


def suggest(
    text: str | bytes, payer: str | Path | PayerProfile = "medicare", note_id: str | None = None,
    include_text: bool = False,
) -> Suggestion:
    """One note. Raises NoteError for unreadable input and ProfileError for a bad profile."""
    from nlp.pipeline import load

    profile = load_profile(payer)
    text = check_text(text)
    suggestion = from_procedures(_procedures_of(load()(text)), profile, note_id)
    if include_text:
        suggestion.text = text
    return suggestion


def suggest_many(
    texts: Iterable[str | bytes | tuple[str, str | bytes]], payer: str | Path | PayerProfile = "medicare",
    batch_size: int = 64, n_process: int = 1, include_text: bool = False,
) -> Iterator[Suggestion]:
    """Many notes, streamed, in input order. Items are texts or (id, text) pairs. A bad note yields a
    Suggestion with `error` set instead of stopping the stream.

    With n_process > 1, batches go to a pool of worker processes that return finished suggestions (measured
    faster than `nlp.pipe(n_process=...)`, which ships whole Docs back); at most 2 batches per worker are in
    flight, so memory stays flat however long the stream.
    """
    from nlp.pipeline import load

    profile = load_profile(payer)
    load()  # build once here; forked workers share it
    items = ((item if isinstance(item, tuple) else (None, item)) for item in texts)
    if n_process <= 1:
        for batch in _batches(items, batch_size):
            yield from _suggest_batch(batch, profile, include_text)
        return
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(n_process) as pool:
        pending: deque = deque()
        for batch in _batches(items, batch_size):
            pending.append(pool.apply_async(_suggest_batch, (batch, profile, include_text)))
            if len(pending) >= 2 * n_process:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _batches(items: Iterable[tuple[str | None, Any]], size: int) -> Iterator[list[tuple[str | None, Any]]]:
    batch: list[tuple[str | None, Any]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _suggest_batch(
    batch: list[tuple[str | None, Any]], profile: PayerProfile, include_text: bool
) -> list[Suggestion]:
    """One batch through the pipeline and the mapper; never raises for a bad note."""
    from nlp.pipeline import load

    out: list[Suggestion | None] = [None] * len(batch)
    good: list[tuple[str, int]] = []
    for i, (note_id, text) in enumerate(batch):
        try:
            good.append((check_text(text), i))
        except NoteError as err:
            out[i] = error_suggestion(note_id, profile.name, err.code, err.message)
    for doc, i in load().pipe(good, as_tuples=True, batch_size=len(batch)):
        note_id = batch[i][0]
        try:
            suggestion = from_procedures(_procedures_of(doc), profile, note_id)
        except NoteError as err:
            suggestion = error_suggestion(note_id, profile.name, err.code, err.message)
        if include_text and suggestion.error is None:
            suggestion.text = doc.text
        out[i] = suggestion
    return [s for s in out if s is not None]
