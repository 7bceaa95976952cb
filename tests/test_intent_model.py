"""The intent model: trains, saves with skops, reloads, refuses other library versions, and is used only
where the rules leave intent unknown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp import intent_model

DX = [
    "Diagnostic medial branch block, local anesthetic only, pain diary to record percent relief.",
    "Block #1 of two confirmatory blocks, bupivacaine 0.5 mL per nerve, relief assessed at 6 hours.",
    "Comparative lidocaine block to confirm facet pain before radiofrequency ablation.",
    "First diagnostic MBB with ropivacaine; patient to log pain scores in the diary.",
]
TX = [
    "Therapeutic facet joint injection with 40 mg Kenalog and bupivacaine for ongoing arthritic pain.",
    "Intra-articular steroid injection, methylprednisolone 40 mg, for pain relief over the coming months.",
    "Facet injection with dexamethasone for lasting relief of facet arthropathy pain, repeat in 3 months.",
    "Therapeutic intra-articular injection with triamcinolone to treat chronic facet pain.",
]


def _corpus(tmp_path: Path) -> Path:
    notes = tmp_path / "notes"
    notes.mkdir()
    rows = []
    for i, text in enumerate(DX * 3 + TX * 3):
        note_id = f"n{i:03d}"
        (notes / f"{note_id}.txt").write_text(text)
        intent = "diagnostic" if text in DX else "therapeutic"
        rows.append({"id": note_id, "procedures": [{"kind": "medial_branch_block", "intent": intent}]})
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return tmp_path


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    tmp = tmp_path_factory.mktemp("intent")
    out = tmp / "model" / "intent.skops"
    card = intent_model.train_and_save(_corpus(tmp), out)
    return out, card


def test_train_save_and_card(trained: tuple[Path, dict]) -> None:
    path, card = trained
    assert path.is_file() and path.with_suffix(".card.json").is_file()
    assert card["versions"] == intent_model.versions()
    assert "24 notes" in card["training_data"] and 0.0 <= card["cross_validated_accuracy"] <= 1.0


def test_reload_and_predict(trained: tuple[Path, dict]) -> None:
    model = intent_model.load_model(trained[0])
    label, prob = intent_model.predict("Diagnostic block with bupivacaine only; pain diary given.", [], model)
    assert 0.5 <= prob <= 1.0
    assert label in ("diagnostic", "unknown")
    label, _ = intent_model.predict("Therapeutic injection of Kenalog steroid for lasting relief.", [], model)
    assert label in ("therapeutic", "unknown")


def test_loading_refuses_other_library_versions(trained: tuple[Path, dict], tmp_path: Path) -> None:
    path, card = trained
    copy = tmp_path / "intent.skops"
    copy.write_bytes(path.read_bytes())
    card = dict(card, versions=dict(card["versions"], **{"scikit-learn": "0.0.1"}))
    copy.with_suffix(".card.json").write_text(json.dumps(card))
    with pytest.raises(intent_model.ModelVersionError, match="scikit-learn"):
        intent_model.load_model(copy)


def test_component_uses_the_model_only_when_rules_are_silent(trained: tuple[Path, dict]) -> None:
    import spacy

    from nlp.pipeline import PIPE_NAMES

    nlp = spacy.blank("en")
    for name in PIPE_NAMES[:-1]:
        nlp.add_pipe(name)
    nlp.add_pipe("spinecode_intent", config={"model_path": str(trained[0]), "threshold": 0.0})
    silent = nlp("PROCEDURE: Right L4-5 medial branch block under fluoroscopy. Medication injected at each level.")
    stated = nlp("PROCEDURE: Right L4-5 therapeutic facet injection under fluoroscopy with bupivacaine.")
    assert silent._.spinecode_procedures[0]["intent_source"] == "model"
    assert silent._.spinecode_procedures[0]["intent"] in ("diagnostic", "therapeutic")
    assert stated._.spinecode_procedures[0]["intent_source"].startswith("rule:")
    assert stated._.spinecode_procedures[0]["intent"] == "therapeutic"
