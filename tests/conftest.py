"""Shared fixtures: paths to the bundled samples and the shared external notes (when present)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpora" / "samples"
EXTERNAL = ROOT.parent / "shared" / "external-notes"
# The checks that run on every note (fast components against medspaCy's, prefilters, evidence offsets) take every
# third corpus note, or fewer so that they read about _MAX_NOTES (the corpus grows by ~1,000 notes a session and
# these checks had grown to 6 of `make test`'s 17 minutes), unless SPINECODE_ALL_NOTES=1 (`make test-all`): the same
# notes on every run of the same corpus.
ALL_NOTES = os.environ.get("SPINECODE_ALL_NOTES") == "1"
_NOTE_STEP = 3
_MAX_NOTES = 3000


@pytest.fixture(scope="session")
def pipeline():  # noqa: ANN201
    import nlp

    return nlp.load()


def external_notes_or_skip() -> Path:
    if not (EXTERNAL / "gold.jsonl").is_file():
        pytest.skip(f"shared external notes not found at {EXTERNAL} (they live beside the repo, not in it)")
    return EXTERNAL


def corpus_note_paths() -> list[Path]:
    """The bundled samples and the corpus notes (an even spread of at most about _MAX_NOTES, every third one at
    most, unless SPINECODE_ALL_NOTES=1)."""
    notes = sorted((ROOT / "corpora" / "notes").glob("*.txt"))
    step = max(_NOTE_STEP, -(-len(notes) // _MAX_NOTES))
    return sorted(SAMPLES.glob("*.txt")) + (notes if ALL_NOTES else notes[::step])
