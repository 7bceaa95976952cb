"""The corpus is consistent (gold rebuilt from the facts, a fixed disjoint split, no borrowed text), and the
suggester's accuracy on it does not fall.

Figures are reported in corpora/README.md. The accuracy tests are regression floors a little under what the
pipeline measures today; the corpus issue's targets on `test` (exact match >= 0.97, intent >= 0.95, no false
lines on no-line notes) are not met yet and replace these floors once they hold.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import ROOT

GOLD = ROOT / "corpora" / "gold"


def test_gold_is_up_to_date_with_the_facts() -> None:
    facts = sum(1 for p in (ROOT / "corpora" / "facts").glob("*.jsonl") for line in p.read_text().splitlines()
                if line.strip())
    gold = sum(1 for p in GOLD.glob("*.jsonl") for line in p.read_text().splitlines() if line.strip())
    assert gold == facts >= 250


def test_gold_matches_a_fresh_build(tmp_path: Path) -> None:
    import shutil

    from corpora.build_gold import build

    for name in ("notes", "facts"):
        shutil.copytree(ROOT / "corpora" / name, tmp_path / name)
    build(tmp_path)
    for split in ("dev", "test"):
        assert (tmp_path / "gold" / f"{split}.jsonl").read_text() == (GOLD / f"{split}.jsonl").read_text()


def test_split_is_fixed_and_disjoint() -> None:
    ids = {split: {json.loads(x)["id"] for x in (GOLD / f"{split}.jsonl").read_text().splitlines()}
           for split in ("dev", "test")}
    assert not ids["dev"] & ids["test"]
    assert all(json.loads(x)["split"] == "test" for x in (GOLD / "test.jsonl").read_text().splitlines())
    assert 0.3 <= len(ids["test"]) / (len(ids["dev"]) + len(ids["test"])) <= 0.5


def test_notes_have_no_shared_external_text() -> None:
    """The corpus is written for the project: no line of a shared external note appears in it."""
    external = ROOT.parent / "shared" / "external-notes"
    if not external.is_dir():
        pytest.skip("shared external notes not present")
    sentences = set()
    for path in external.glob("*.txt"):
        for part in path.read_text().replace(".,", ".\n").split("."):
            part = " ".join(part.split())
            if len(part) > 60:
                sentences.add(part)
    for note in Path(ROOT / "corpora" / "notes").glob("*.txt"):
        text = " ".join(note.read_text().split())
        assert not [s for s in sentences if s in text], note.name


# (split, payer) -> floors: claim-line exact match, intent accuracy, and a ceiling on the share of no-line notes
# that get a false line (a share, so that adding notes to the corpus does not move it). Dev's ceiling is not zero:
# a new round's dev half is added with the false lines it gets after one pass of rules (6 of 2,700 in November).
FLOORS = {
    ("dev", "medicare"): (0.98, 0.98, 0.005),
    ("test", "medicare"): (0.90, 0.95, 0.06),  # intent >= 0.95 is the corpus issue's own target
    ("test", "cpt-commercial"): (0.90, 0.95, 0.06),
}


@pytest.mark.parametrize(("split", "payer"), list(FLOORS))
def test_accuracy_does_not_fall(split: str, payer: str) -> None:
    from nlp.evaluate import evaluate_file

    # (two worker processes where the machine has two cores: the corpus is 13,000 notes)
    report = evaluate_file(GOLD / f"{split}.jsonl", payer=payer, notes_dir=ROOT / "corpora" / "notes",
                           n_process=min(2, os.cpu_count() or 1))
    exact, intent, false_share = FLOORS[(split, payer)]
    assert report["exact_match"] >= exact
    assert report["field_accuracy"]["intent"] >= intent
    assert report["false_lines_on_no_line_notes"] <= false_share * report["no_line_notes"]
