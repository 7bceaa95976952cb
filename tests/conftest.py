"""Shared fixtures: paths to the bundled samples and the shared external notes (when present)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpora" / "samples"
EXTERNAL = ROOT.parent / "shared" / "external-notes"


@pytest.fixture(scope="session")
def pipeline():  # noqa: ANN201
    import nlp

    return nlp.load()


def external_notes_or_skip() -> Path:
    if not (EXTERNAL / "gold.jsonl").is_file():
        pytest.skip(f"shared external notes not found at {EXTERNAL} (they live beside the repo, not in it)")
    return EXTERNAL
