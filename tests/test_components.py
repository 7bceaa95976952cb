"""The spaCy components: registered, exported through the entry point, quiet, and multi-process safe."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

import pytest
import spacy

from nlp.pipeline import PIPE_NAMES


def test_every_component_is_exported_through_the_entry_point() -> None:
    exported = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(PIPE_NAMES) <= exported


@pytest.mark.parametrize("name", PIPE_NAMES)
def test_component_loads_in_a_blank_pipeline(name: str) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(name)
    assert nlp.pipe_names == [name]


def test_components_compose_in_someone_elses_pipeline() -> None:
    nlp = spacy.blank("en")
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    doc = nlp("PROCEDURE: Right L4-5 facet joint injection under fluoroscopy with 40 mg Kenalog.")
    procs = doc._.spinecode_procedures
    assert [(p["kind"], p["joints"][0]["level"], p["joints"][0]["side"]) for p in procs] == [
        ("facet_injection", "L4-L5", "right")
    ]


def test_tokenizer_keeps_joint_notation_whole(pipeline) -> None:  # noqa: ANN001
    doc = pipeline.make_doc("Right L4-L5, L5S1 and C7-T1 (L4/5; L4\u2013L5).")
    tokens = [t.text for t in doc]
    for joint in ("L4-L5", "L5S1", "C7-T1", "L4/5", "L4\u2013L5"):
        assert joint in tokens


def test_words_that_end_in_one_are_not_spoken_levels(pipeline) -> None:  # noqa: ANN001
    from nlp.pipeline.components import SPAN_GROUP

    doc = pipeline("Lone Tree Clinic, Dr. Tone. Left L one and L two medial branch blocks under fluoroscopy.")
    levels = [s.text for s in doc.spans[SPAN_GROUP] if s.label_ == "LEVEL"]
    assert levels == ["L one and L two"]


def test_two_processes_give_the_same_facts(pipeline) -> None:  # noqa: ANN001
    texts = [
        "Bilateral L3-4 and L4-5 medial branch blocks under fluoroscopy with bupivacaine.",
        "Left C5-6 facet injection, CT guidance, 4 mg dexamethasone.",
        "History of L4-5 RFA. Plan: repeat RFA next month.",
    ] * 4
    single = [d._.spinecode_procedures for d in pipeline.pipe(texts)]
    double = [d._.spinecode_procedures for d in pipeline.pipe(texts, n_process=2, batch_size=2)]
    assert single == double
    assert single[0] and single[2] == []


def test_loading_and_running_prints_nothing_to_stdout() -> None:
    code = (
        "import nlp; r = nlp.suggest('Right L4-5 MBB under fluoroscopy with bupivacaine.'); "
        "assert r.claim_lines"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == ""
    assert "DEBUG" not in done.stderr
