"""The text the rule matchers read: OCR's digits inside words are read as letters, offsets unchanged."""

from __future__ import annotations

import spacy

from nlp.pipeline.doctext import doc_lower, doc_text


def test_ocr_digits_between_lower_case_letters_read_as_letters() -> None:
    text = "Right L4-5 radiofrequency ab1ation at the sacral a1a, C-arm f1uoro; L5-S1 and T1O-T11 and 10 mL stay."
    doc = spacy.blank("en")(text)
    low = doc_lower(doc)
    assert doc_text(doc) == text and low is not None and len(low) == len(text)
    assert "ablation" in low and "sacral ala" in low and "fluoro" in low
    assert "l5-s1" in low and "t1o-t11" in low and "10 ml" in low  # levels and numbers are left as written
