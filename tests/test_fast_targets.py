"""FastTargetMatcher against medspaCy's TargetMatcher: the same spans, labels and rules on every note."""

from __future__ import annotations

import pytest
import spacy
from medspacy.target_matcher import TargetMatcher, TargetRule

from nlp.pipeline import components, quiet_medspacy
from nlp.pipeline.components import SPAN_GROUP, medspacy_targets, target_rules
from nlp.pipeline.fast_targets import FastTargetMatcher
from nlp.pipeline.tokenizer import customise_tokenizer
from tests.conftest import corpus_note_paths


def _spans(doc):  # noqa: ANN001, ANN202
    return [(s.start, s.end, s.label_, s._.target_rule.literal) for s in doc.spans[SPAN_GROUP]]


def test_same_spans_as_medspacy_on_every_sample_and_corpus_note() -> None:
    quiet_medspacy()
    nlp = spacy.blank("en")
    customise_tokenizer(nlp)
    fast = FastTargetMatcher(nlp, "t", target_rules(), SPAN_GROUP)
    reference = medspacy_targets(nlp, "r", target_rules())
    paths = corpus_note_paths()
    total = 0
    for text in ["", "L4-5"] + [p.read_text(encoding="utf-8") for p in paths]:
        want, got = _spans(reference(nlp(text))), _spans(fast(nlp(text)))
        assert got == want
        total += len(got)
    assert total > 3000


def test_spans_are_added_to_an_existing_group() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Right L4-5 MBB")
    doc.spans[SPAN_GROUP] = [doc[0:1]]
    FastTargetMatcher(nlp, "t", target_rules(), SPAN_GROUP)(doc)
    assert len(doc.spans[SPAN_GROUP]) > 2 and doc.spans[SPAN_GROUP][0].label_ == ""


def test_unsupported_rules_fall_back_to_medspacy(monkeypatch) -> None:  # noqa: ANN001
    nlp = spacy.blank("en")
    with pytest.raises(ValueError):
        FastTargetMatcher(nlp, "t", [TargetRule("facet", "PROCEDURE")], SPAN_GROUP)  # a phrase literal
    monkeypatch.setattr(components, "supported_target", lambda rule: False)
    assert isinstance(components.create_targets(nlp, "t"), TargetMatcher)
