"""The text of a Doc, built once per Doc for the components that run on it one after another.

`Doc.text` joins every token's text on each access (a Python-level loop over the tokens): the sentence
splitter, the three rule matchers and the mention builder each read it. A Doc's text never changes (the
retokenizer keeps it), so the last Doc's text and lower-cased text are kept; the Doc itself is held (not only
its id) so a new Doc can never be mistaken for it.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from nlp.levels import ocr_level_digits
from nlp.pipeline.rules import load_rule_file

# OCR reads "l" as "1" and "o" as "0" inside words ("ab1ation", "sacral a1a", "C-arm f1uoro"): between two lower-case
# letters such a digit is the letter, for the matchers (same length, so offsets and evidence stay the note's own).
_OCR_DIGIT = re.compile(r"(?<=[a-z])[10](?=[a-z])")

_WORD = re.compile(r"[A-Za-z]{4,}")


@cache
def _transposed() -> dict[str, str]:
    """Each variant of a rule word with two neighbouring letters swapped -> the word (rules/spelling.json)."""
    words = {w for rule in load_rule_file("spelling")["rules"] for w in rule.get("words", ())}
    out: dict[str, str] = {}
    for word in sorted(words):
        for i in range(len(word) - 1):
            variant = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            if variant != word and variant not in words:
                out.setdefault(variant, word)
    return out


@cache
def _heard_as() -> list[tuple[re.Pattern[str], str]]:
    """Speech recognition's phrases for rule words (rules/spelling.json), each with the word it stands for."""
    rules = load_rule_file("spelling")["rules"]
    return [(re.compile(p["pattern"], re.I), p["read"]) for rule in rules for p in rule.get("phrases", ())]


def _as_heard(text: str, base: str) -> str:
    """`base` with each misheard phrase of `text` ("by lateral", "Kenna log") written as its word, padded with spaces
    to the phrase's length (same length); phrases shorter than their word are left as written."""
    fixes = [(m.start(), m.end(), word) for pattern, word in _heard_as() for m in pattern.finditer(text)
             if len(word) <= m.end() - m.start()]
    if not fixes:
        return base
    chars = list(base)
    for start, end, word in fixes:
        written = base[start:end]
        word = word.upper() if written.isupper() else word
        chars[start:end] = word.ljust(end - start)
    return "".join(chars)


def _untransposed(text: str, base: str) -> str:
    """`base` (`text` or its lower case) with each word of `text` that is a rule word with two letters swapped
    written as the word, in the case `base` has there (same length)."""
    table = _transposed()
    fixes = [(m.start(), table[w]) for m in _WORD.finditer(text) if (w := m.group().lower()) in table]
    if not fixes:
        return base
    chars = list(base)
    for start, word in fixes:
        written = base[start : start + len(word)]
        word = word.upper() if written.isupper() else word.capitalize() if written[0].isupper() else word
        chars[start : start + len(word)] = word
    return "".join(chars)


_last: tuple[Doc | None, str, str | None, str] = (None, "", None, "")


def doc_text(doc: Doc) -> str:
    return _texts(doc)[0]


def doc_read(doc: Doc) -> str:
    """The text as the case-sensitive matchers read it: OCR's digits inside words as letters and its letters in level
    names as digits, case kept, same length."""
    return _texts(doc)[2]


def doc_lower(doc: Doc) -> str | None:
    """The lower-cased text (with OCR's digits inside words read as letters and its letters in level names as
    digits), or None when lower-casing changes its length (offsets would not line up)."""
    return _texts(doc)[1]


def _texts(doc: Doc) -> tuple[str, str | None, str]:
    global _last
    if _last[0] is not doc:
        text = doc.text
        read = _as_heard(text, _untransposed(text, ocr_level_digits(text, _ocr_letters(text, text))))
        low: str | None = text.lower()
        if len(low) != len(text):  # rare Unicode such as "İ"
            low = None
        else:
            # "T1O-T11", "Tl2": the level matcher sees the digits; "blokcs": the word
            low = _as_heard(text, _untransposed(text, ocr_level_digits(text, _ocr_letters(text, low))))
        _last = (doc, text, low, read)
    return _last[1], _last[2], _last[3]


def _ocr_letters(text: str, base: str) -> str:
    """`base` (`text` or its lower case) with each 1 or 0 that stands between two lower-case letters of `text` read as
    l or o."""
    if "1" not in text and "0" not in text:
        return base
    spots = [m.start() for m in _OCR_DIGIT.finditer(text)]
    if not spots:
        return base
    chars = list(base)
    for i in spots:
        chars[i] = "l" if text[i] == "1" else "o"
    return "".join(chars)
