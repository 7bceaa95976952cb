"""End to end on the real transcribed notes in ../shared/external-notes (read in place, never copied)."""

from __future__ import annotations

import json

import nlp
from nlp.evaluate import line_key
from tests.conftest import external_notes_or_skip


def test_every_external_note_matches_gold() -> None:
    folder = external_notes_or_skip()
    gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text().splitlines() if x.strip()]
    assert len(gold) >= 15
    mismatches = []
    for g in gold:
        text = (folder / f"{g['id']}.txt").read_text(encoding="utf-8")
        record = nlp.suggest(text, payer=g["payer"], note_id=g["id"]).to_dict()
        got = [line_key(x) for x in record["claim_lines"]]
        want = [line_key(x) for x in g["claim_lines"]]
        if got != want or record["needs_review"] != g["needs_review"]:
            mismatches.append((g["id"], want, got, g["needs_review"], record["needs_review"]))
    assert mismatches == []


def test_level_not_documented_notes_say_why() -> None:
    folder = external_notes_or_skip()
    for name in ("mts-lumbar-facet-injections", "mts-cervical-medial-branch-blocks", "mts-cervical-medial-branch-rftc"):
        record = nlp.suggest((folder / f"{name}.txt").read_text()).to_dict()
        assert "LEVEL_NOT_DOCUMENTED" in [w["code"] for w in record["warnings"]], name


def test_look_alikes_are_reported_not_coded() -> None:
    folder = external_notes_or_skip()
    for name in ("mts-bilateral-si-joint-injections", "mts-tfesi-left-l4-5-l5-s1", "mts-si-joint-rfa-l5-s1-s3"):
        record = nlp.suggest((folder / f"{name}.txt").read_text()).to_dict()
        assert record["claim_lines"] == []
        assert [w["code"] for w in record["warnings"]] == ["NON_FACET_PROCEDURE"], name
