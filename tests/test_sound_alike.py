"""Unproofread dictation's mishearings found by sound (nlp/pipeline/sound_alike.py): read as the rule word in notes
that show spoken punctuation, never in others, and never over a rule word or a real word like one."""

from __future__ import annotations

import pytest

from nlp.pipeline.sound_alike import sound_alike_edits, sound_key

DICTATED = "procedure colon right {} period new paragraph prone comma prepped period tolerated well period"


def _heard(phrase: str) -> list[tuple[str, str]]:
    text = DICTATED.format(phrase)
    return [(text[s:e], word) for s, e, word in sound_alike_edits(text) if word.isalpha()]


@pytest.mark.parametrize(("written", "word"), [
    ("lumbar", "lump bar"), ("medial", "meddle"), ("dorsal", "door sal"), ("ramus", "Ramos"),
    ("lidocaine", "light a cane"), ("radiofrequency", "radio free Quincy"), ("fluoroscopy", "fluoro's copy"),
    ("ablation", "a blaze on"),
])
def test_mishearings_share_the_sound_key_of_the_word(written: str, word: str) -> None:
    assert sound_key(written) == sound_key(word)


@pytest.mark.parametrize(("phrase", "heard"), [
    ("lump bar meddle branch block", [("lump bar", "lumbar"), ("meddle", "medial")]),
    ("L five door sal Ramos", [("door sal", "dorsal"), ("Ramos", "ramus")]),
    ("radio free Quincy a blaze on", [("radio free Quincy", "radiofrequency"), ("a blaze on", "ablation")]),
    ("light a cane and Beauvais cane", [("light a cane", "lidocaine"), ("Beauvais cane", "bupivacaine")]),
    ("third of Sipital nerve", [("of Sipital", "occipital")]),
])
def test_unproofread_dictation_reads_mishearings_as_rule_words(phrase: str, heard: list[tuple[str, str]]) -> None:
    assert _heard(phrase) == heard


@pytest.mark.parametrize("phrase", [
    "medial branches with the needle was placed",  # rule words written right, and what follows them
    "metal hardware and a solution of saline",  # real words that sound like rule words
    "bilateral L4 and L5",  # a level's letter is not part of a word
    "March and may remain",  # small words do not end a mishearing
])
def test_rule_words_and_real_words_are_left_alone(phrase: str) -> None:
    assert _heard(phrase) == []


def test_notes_that_are_not_unproofread_dictation_are_never_read_by_sound() -> None:
    text = "Procedure: right lump bar meddle branch block. Under fluoroscopy. Tolerated well."
    assert sound_alike_edits(text) == []


def test_spoken_punctuation_is_read_as_the_mark_with_the_space_before_it() -> None:
    text = DICTATED.format("L4-5 facet injection")
    read = list(text)
    for s, e, word in sound_alike_edits(text):
        read[s:e] = word.ljust(e - s)
    read_text = "".join(read)
    assert read_text.startswith("procedure:      right L4-5 facet injection.       new paragraph prone comma")
    assert len(read_text) == len(text)
