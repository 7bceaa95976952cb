"""FastConText against medspaCy's ConText: same flags, scopes and edges on hand-made sentences and every note."""

from __future__ import annotations

import pytest
import spacy
from medspacy.context import ConText, ConTextRule

from nlp.pipeline import components, quiet_medspacy
from nlp.pipeline.components import CONTEXT_ATTRS, SPAN_FLAGS, SPAN_GROUP, context_rules, medspacy_context
from nlp.pipeline.fast_context import FastConText
from nlp.pipeline.tokenizer import customise_tokenizer
from tests.conftest import corpus_note_paths

SENTENCES = [
    "No facet injection was performed today.",
    "Right L4-5 facet injection; no complications.",
    "History of L4-5 RFA in 2022. Today bilateral L3-4 and L4-5 medial branch blocks.",
    "The patient had a prior MBB with 80% relief, and is here for RFA of L4-5 which was not performed.",
    "Plan: repeat RFA next month if relief persists but today we did a right L5-S1 facet injection.",
    "The procedure was aborted after the needle was placed at L4-5 due to a vasovagal reaction.",
    "MRI demonstrates facet arthropathy at L4-5 and L5-S1. Bilateral L4-5 MBB performed.",
    "[ ] Left L3-4 facet injection [x] Right L3-4 facet injection",
    "Skin infiltrated with 1% lidocaine; 22 g needle advanced to the L4 medial branch under fluoroscopy.",
    "Candidate for RFA versus repeat blocks; rule out SI joint pain. No steroid was used.",
    "PROCEDURE: Left C5-6 facet injection\nINDICATION: neck pain, failed PT\nno sedation. then L4-5",
    "was not done, L4-5 MBB, was not done but L5-S1 RFA done; denies prior injections",
    "",
    "L4",
]


def _pipeline(fast: bool):  # noqa: ANN202 - spacy.Language
    quiet_medspacy()
    nlp = spacy.blank("en")
    customise_tokenizer(nlp)
    nlp.add_pipe("spinecode_sentences")
    nlp.add_pipe("spinecode_targets")
    rules = context_rules()
    context = FastConText(nlp, "ctx", rules, CONTEXT_ATTRS, SPAN_GROUP) if fast else medspacy_context(nlp, "ctx", rules)
    return nlp, context


@pytest.fixture(scope="module")
def both():  # noqa: ANN201
    return _pipeline(fast=True), _pipeline(fast=False)


def _result(nlp_and_context, text: str):  # noqa: ANN001, ANN202
    nlp, context = nlp_and_context
    doc = context(nlp(text))
    spans = list(doc.spans.get(SPAN_GROUP, []))
    flags = [(s.start, s.end, s.label_, tuple(getattr(s._, f) for f in SPAN_FLAGS)) for s in spans]
    edges = [(s.start, s.end, tuple((m.modifier_span, m.scope_span, m.category) for m in s._.modifiers))
             for s in spans]
    graph = doc._.context_graph
    mods = [(m.modifier_span, m.scope_span, m.category, m.num_targets) for m in graph.modifiers]
    return flags, edges, mods


@pytest.mark.parametrize("text", SENTENCES)
def test_same_flags_scopes_and_edges_as_medspacy(both, text: str) -> None:  # noqa: ANN001
    fast, reference = both
    got, want = _result(fast, text), _result(reference, text)
    assert got == want


def test_the_table_exercises_every_flag_and_scope_limit(both) -> None:  # noqa: ANN001
    fast, _ = both
    seen = set()
    for text in SENTENCES:
        flags, _, mods = _result(fast, text)
        seen |= {name for *_, values in flags for name, value in zip(SPAN_FLAGS, values, strict=True) if value}
        seen |= {"terminate" for m in mods if m[2] == "TERMINATE"}
    assert {"is_negated", "is_historical", "is_hypothetical", "sc_cancelled", "sc_skin", "sc_finding",
            "terminate"} <= seen


def test_same_results_as_medspacy_on_every_sample_and_corpus_note(both) -> None:  # noqa: ANN001
    fast, reference = both
    paths = corpus_note_paths()
    assert len(paths) > 200
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert _result(fast, text) == _result(reference, text), path.name


def test_the_pipeline_uses_fast_context(pipeline) -> None:  # noqa: ANN001
    assert isinstance(pipeline.get_pipe("spinecode_context"), FastConText)


def test_unsupported_rule_features_fall_back_to_medspacy(monkeypatch) -> None:  # noqa: ANN001
    nlp = spacy.blank("en")
    rule = ConTextRule("x", "NEGATED_EXISTENCE", pattern=r"\bno\b", direction="FORWARD", max_targets=1)
    with pytest.raises(ValueError):
        FastConText(nlp, "ctx", [rule], CONTEXT_ATTRS, SPAN_GROUP)
    monkeypatch.setattr(components, "supported_context", lambda rule: False)
    assert isinstance(components.create_context(nlp, "ctx"), ConText)


def test_skip_space_tokens_counts_max_scope_in_words() -> None:
    """medspaCy counts whitespace tokens (a double space, a line break inside a sentence) in max_scope; with
    skip_space_tokens they do not shorten the scope, and text without whitespace tokens gets medspaCy's scopes."""
    quiet_medspacy()
    nlp = spacy.blank("en")
    customise_tokenizer(nlp)
    nlp.add_pipe("spinecode_sentences")
    nlp.add_pipe("spinecode_targets")
    rule = ConTextRule("no", "NEGATED_EXISTENCE", pattern=r"\bno\b", direction="FORWARD", max_scope=2)

    def negated(text: str, skip: bool) -> list[bool]:
        doc = FastConText(nlp, "ctx", [rule], CONTEXT_ATTRS, SPAN_GROUP, skip_space_tokens=skip)(nlp(text))
        return [s._.is_negated for s in doc.spans[SPAN_GROUP] if s.label_ == "LEVEL"]

    assert negated("no right L4-5", skip=False) == negated("no right L4-5", skip=True) == [True]
    assert negated("no  right L4-5", skip=False) == [False]
    assert negated("no  right L4-5", skip=True) == [True]
    assert negated("no right  then L4-5", skip=True) == [False]
