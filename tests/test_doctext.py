"""The text the rule matchers read: OCR's digits inside words are read as letters and its letters inside level names
as digits, offsets unchanged."""

from __future__ import annotations

import pytest
import spacy

from nlp.levels import ocr_level_digits, parse_levels
from nlp.pipeline.doctext import doc_lower, doc_read, doc_text


def test_ocr_digits_between_lower_case_letters_read_as_letters() -> None:
    text = "Right L4-5 radiofrequency ab1ation at the sacral a1a, C-arm f1uoro; L5-S1 and T1O-T11 and 10 mL stay."
    doc = spacy.blank("en")(text)
    low, read = doc_lower(doc), doc_read(doc)
    assert doc_text(doc) == text and low is not None and len(low) == len(text) == len(read)
    assert "ablation" in low and "sacral ala" in low and "fluoro" in low
    assert "l5-s1" in low and "10 ml" in low  # levels and numbers are left as written ...
    assert "t10-t11" in low and "T10-T11" in read  # ... but OCR's "O" in a level is its zero
    assert "radiofrequency ablation" in read and "Right L4-5" in read  # case kept for case-sensitive rules


@pytest.mark.parametrize(("written", "read"), [
    ("T1O-T11", "T10-T11"), ("Tl2-L1", "T12-L1"), ("left TI1 and T12", "left T11 and T12"),
    ("Tl2-Ll and Ll-L2", "T12-L1 and L1-L2"), ("Tll", "T11"), ("SI joint", "SI joint"), ("CO2", "CO2"),
    ("we'll", "we'll"), ("T13", "T13"), ("C-arm", "C-arm"), ("total 10 mL", "total 10 mL"), ("Lido 1%", "Lido 1%"),
    ("TLSO", "TLSO"),
])
def test_ocr_letters_in_level_names(written: str, read: str) -> None:
    assert ocr_level_digits(written) == read


def test_levels_parse_through_ocr_letters() -> None:
    assert [(i.upper, i.lower) for i in parse_levels("T1O-T11")] == [("T10", "T11")]


def test_bare_descending_pair_after_l5_is_the_lumbosacral_joint() -> None:
    read = [(i.kind, i.upper, i.lower) for i in parse_levels("L4-5, 5-1")]
    assert read == [("joint", "L4", "L5"), ("joint", "L5", "S1")]
    assert [(i.kind, i.upper, i.lower) for i in parse_levels("L5 to 1")] == [("range", "L1", "L5")]


@pytest.mark.parametrize(("written", "read"), [
    ("Laterality: {Left/Right/Bilateral:Bilateral}", "Laterality: " + " " * 22 + "Bilateral "),
    ("Nerves: {L1 MB/L4 MB/L5 DR:L4 MB, L5 DR}\nSide: {R/L:R}", "Nerves: " + " " * 19 + "L4 MB, L5 DR \nSide: "
     + " " * 5 + "R "),
    ("Sedation: {none}", "Sedation: {none}"),  # braces without options are left as written
    ("Plan: {a/b} then x}", "Plan: {a/b} then x}"),  # no chosen value: not a pick-list
])
def test_pick_list_options_are_blanked_and_the_choice_kept(written: str, read: str) -> None:
    doc = spacy.blank("en")(written)
    assert doc_read(doc) == read and doc_text(doc) == written
    assert doc_lower(doc) == read.lower()


def test_ocr_bar_between_letters_reads_as_l() -> None:
    text = "Under f|uoroscopic guidance, bi|ateral; a | b and L4|L5 stay."
    read = doc_read(spacy.blank("en")(text))
    assert "fluoroscopic" in read and "bilateral" in read and "a | b" in read and "L4|L5" in read
