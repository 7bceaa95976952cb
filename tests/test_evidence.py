"""Every evidence span indexes the original text exactly, on every note we have."""

from __future__ import annotations

from pathlib import Path

import pytest

import nlp
from tests.conftest import EXTERNAL, SAMPLES, corpus_note_paths


def _all_notes() -> list[Path]:
    notes = corpus_note_paths()
    if EXTERNAL.is_dir():
        notes += sorted(EXTERNAL.glob("*.txt"))
    return notes


def _spans(record: dict) -> list[dict]:
    spans = [e for line in record["claim_lines"] for e in line["evidence"]]
    for proc in record["procedures"]:
        spans += proc.get("evidence", [])
        for joint in proc["joints"]:
            spans += joint.get("evidence", [])
    return spans


def test_evidence_offsets_are_exact() -> None:
    notes = _all_notes()
    assert len(notes) >= 12
    checked = 0
    texts = [p.read_text(encoding="utf-8") for p in notes]
    for path, text, suggestion in zip(notes, texts, nlp.suggest_many(texts), strict=True):
        for span in _spans(suggestion.to_dict()):
            assert text[span["start"] : span["end"]] == span["text"], (path.name, span)
            checked += 1
    assert checked > 50


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_every_claim_line_cites_evidence_and_rules(path: Path) -> None:
    record = nlp.suggest(path.read_text(encoding="utf-8")).to_dict()
    for line in record["claim_lines"]:
        assert line["evidence"], line["code"]
        assert any(e["rule"].startswith("level.") for e in line["evidence"]), line["code"]
        assert line["rules"] and all(r.startswith("map.") for r in line["rules"])
