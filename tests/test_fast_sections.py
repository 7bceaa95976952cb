"""FastSectionizer against medspaCy's Sectionizer: the same sections and token values on every note."""

from __future__ import annotations

import pytest
import spacy
from medspacy.section_detection import Sectionizer, SectionRule

from nlp.pipeline import components, quiet_medspacy
from nlp.pipeline.components import medspacy_sectionizer, section_rules
from nlp.pipeline.fast_sections import FastSectionizer
from nlp.pipeline.tokenizer import customise_tokenizer
from tests.conftest import corpus_note_paths

TEXTS = [
    "",
    "no headers at all, L4-5 facet injection",
    "PROCEDURE: Right L4-5 MBB\nINDICATION: pain\nTECHNIQUE: needle placed. PLAN: follow up",
    "Findings: arthropathy. Impression: facet pain; Assessment and plan: RFA",
]


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    quiet_medspacy()
    nlp = spacy.blank("en")
    customise_tokenizer(nlp)
    return nlp


def _sections(doc):  # noqa: ANN001, ANN202
    return [(s.category, s.title_start, s.title_end, s.body_start, s.body_end, s.parent, s.rule and s.rule.literal)
            for s in doc._.sections]


def _tokens(doc):  # noqa: ANN001, ANN202
    return [t._.section and (t._.section.category, t._.section.title_start) for t in doc]


def test_same_sections_and_token_values_as_medspacy(nlp) -> None:  # noqa: ANN001
    fast = FastSectionizer(nlp, "fast", section_rules())
    reference = medspacy_sectionizer(nlp, "ref", section_rules())
    paths = corpus_note_paths()
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in paths]
    headed = 0
    for text in texts:
        want, got = reference(nlp(text)), fast(nlp(text))
        assert _sections(got) == _sections(want)
        assert _tokens(got) == _tokens(want)
        headed += len(_sections(want)) > 1
    assert headed > 200


def test_token_values_can_be_skipped(nlp) -> None:  # noqa: ANN001
    doc = FastSectionizer(nlp, "fast", section_rules(), token_sections=False)(nlp(TEXTS[2]))
    assert [s.category for s in doc._.sections] == ["procedure", "indication", "technique", "plan"]
    assert all(t._.section is None for t in doc)


def test_unsupported_rules_fall_back_to_medspacy(monkeypatch) -> None:  # noqa: ANN001
    nlp = spacy.blank("en")
    with pytest.raises(ValueError):
        FastSectionizer(nlp, "s", [SectionRule("x", "sub", pattern="sub:", parents=["procedure"])])
    monkeypatch.setattr(components, "supported_section", lambda rule: False)
    assert isinstance(components.create_sections(nlp, "s", True), Sectionizer)
