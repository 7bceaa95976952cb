"""The text of a Doc, built once per Doc for the components that run on it one after another.

`Doc.text` joins every token's text on each access (a Python-level loop over the tokens): the sentence
splitter, the three rule matchers and the mention builder each read it. A Doc's text never changes (the
retokenizer keeps it), so the last Doc's text and lower-cased text are kept; the Doc itself is held (not only
its id) so a new Doc can never be mistaken for it.

The matchers read the text with a writer's slips read as the words meant, always at the same length, so that
offsets and evidence stay the note's own: OCR's digits inside words ("ab1ation") and letters inside level names
("T1O"), neighbouring letters swapped ("blokcs"), and speech recognition's homophones ("by lateral") and the
mishearings found by sound ("lump bar", nlp/pipeline/sound_alike.py), padded with spaces; the options of a
pick-list left unanswered ("[Diagnostic|Therapeutic]") are blanked. The slips are found once, on the note's
text, and written into both the cased and the lower-cased copy.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from nlp.levels import ocr_level_spots
from nlp.pipeline.prefilter import required_literals
from nlp.pipeline.rules import load_rule_file
from nlp.pipeline.sound_alike import sound_alike_edits

# OCR reads "l" as "1" or "|" and "o" as "0" inside words ("ab1ation", "sacral a1a", "C-arm f1uoro", "f|uoro"):
# between two lower-case letters such a character is the letter.
_OCR_DIGIT = re.compile(r"(?<=[a-z])[10|](?=[a-z])")  # (and a bar for "l": "f|uoroscopic", "bi|ateral")
_WORD = re.compile(r"[A-Za-z]{4,}")
_OCR_DIGIT_UPPER = re.compile(r"(?<=[A-Z])0(?=[A-Z])")  # ... and "0" for "O" in capitals ("PR0CEDURE", "N0TE")
# OCR's "rn" for "m" and "cl" for "d" ("rnedial", "rarnus", "clorsal"): read as the rule word they spell apart
_OCR_PAIR = re.compile(r"[A-Za-z]*(?:rn|cl)[A-Za-z]*")
_OCR_PAIRS = (("rn", "m"), ("cl", "d"))
# ... and "O" for 0 beside digits, "l" for 1 after one ("8O deg C", "5OHz", "O.5V", "0l/2025"; "l4-5" is a level)
_OCR_NUMBER = re.compile(r"(?<=\d)O|(?<![A-Za-z])O(?=\.?\d)|(?<=\d)l(?![A-Za-z])")
# ... and "l" for 1 at the start of a date's or a time's number ("DOB: l2/03/l962", "03/l9/24", "l4:l2"): not a
# level "l2"
_OCR_DATE_L = re.compile(r"(?<![A-Za-z0-9])l(?=\d{1,2}/\d{1,2}/|\d:\d)|(?<=\d/)l(?=\d/\d|\d{3}\b)|(?<=\d:)l(?=\d\b)")
# A word hyphenated across a line end ("radiofrequency den-\nervation", "bilateral-\nly")
_HYPHENATED = re.compile(r"([A-Za-z]{2,})-[ \t]*\r?\n[ \t]*([a-z]{2,})")
_SUFFIX = re.compile(r"(?:ly|s|es|ed|ing)$")
# An EHR pick-list as exported, "{Left/Right/Bilateral:Bilateral}": the options offered are not what was chosen
# ... and one left unanswered, "[Diagnostic|Therapeutic]", "[Right|Left|Bilateral]": no option was chosen
_OPEN_PICK_LIST = re.compile(
    r"\[[ \t]*[A-Za-z][A-Za-z /-]{0,30}(?:[ \t]*\|[ \t]*[A-Za-z][A-Za-z /-]{0,30}){1,6}[ \t]*\]")
_PICK_LIST = re.compile(r"\{[^{}:\n]{0,300}/[^{}:\n]{0,300}:(?=[^{}\n]{0,300}\})|(?<=[^{}\n])\}")

Edit = tuple[int, int, str]  # (start, end, the word meant, lower case; as long as end - start or shorter)


@cache
def _rule_words() -> frozenset[str]:
    return frozenset(w for rule in load_rule_file("spelling")["rules"] for w in rule.get("words", ()))


def _is_rule_word(word: str) -> bool:
    """A rule word, or one with an inflection ("denervation", "blocks", "bilaterally")."""
    words = _rule_words()
    return word in words or _SUFFIX.sub("", word) in words


@cache
def _transposed() -> dict[str, str]:
    """Each variant of a rule word with two neighbouring letters swapped, or one "i" and "l" confused -> the word
    (rules/spelling.json)."""
    words = _rule_words()
    out: dict[str, str] = {}
    for word in sorted(words):
        for i in range(len(word) - 1):
            variant = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            if variant != word and variant not in words:
                out.setdefault(variant, word)
        for i, ch in enumerate(word):  # OCR's "l" for "i" and "i" for "l": "medlal", "dlagnostic", "articuiar"
            if ch in "il":
                variant = word[:i] + ("l" if ch == "i" else "i") + word[i + 1 :]
                if variant not in words:
                    out.setdefault(variant, word)
    return out


@cache
def _heard_as() -> list[tuple[re.Pattern[str], str, frozenset[str] | None, bool]]:
    """Speech recognition's phrases for rule words (rules/spelling.json): the pattern, the word it reads as,
    strings one of which a match contains (the pattern is tried only on notes with one), and whether it is a
    mishearing (`spelling.heard_as`; not a cognate of written English, `spelling.cognates`)."""
    return [(re.compile(p["pattern"], re.I), p["read"], required_literals(p["pattern"], re.I, fold=True),
             rule["id"] == "spelling.heard_as")
            for rule in load_rule_file("spelling")["rules"] for p in rule.get("phrases", ())]


def _edits(text: str, low: str) -> list[Edit]:
    """The slips of `text` (`low`: its lower case, for the literal checks)."""
    edits: list[Edit] = []
    if "{" in text:
        edits.extend(_pick_list_edits(text))
    if "[" in text and "|" in text:
        edits.extend((m.start(), m.end(), "") for m in _OPEN_PICK_LIST.finditer(text))
    if "1" in text or "0" in text or "|" in text:
        edits.extend((m.start(), m.end(), "o" if m.group() == "0" else "l") for m in _OCR_DIGIT.finditer(text))
        edits.extend((m.start(), m.end(), "O") for m in _OCR_DIGIT_UPPER.finditer(text))
    if "rn" in low or "cl" in low:
        edits.extend(_ocr_pair_edits(text))
    edits.extend((start, start + len(digits), digits) for start, digits in ocr_level_spots(text))
    if "O" in text or "l" in text:
        edits.extend((m.start(), m.end(), "0" if m.group() == "O" else "1") for m in _OCR_NUMBER.finditer(text))
        if "/" in text or ":" in text:
            edits.extend((m.start(), m.end(), "1") for m in _OCR_DATE_L.finditer(text))
    if "-\n" in text or "- \n" in text or "-\r\n" in text:
        for m in _HYPHENATED.finditer(text):
            joined = (m.group(1) + m.group(2)).lower()
            if _is_rule_word(joined):
                edits.append((m.start(), m.end(), joined))
    table = _transposed()
    edits.extend((m.start(), m.end(), table[w]) for m in _WORD.finditer(text) if (w := m.group().lower()) in table)
    slips: set[str] = set()  # the known mishearings found, as written
    for pattern, word, literals, misheard in _heard_as():
        if literals is None or any(lit in low for lit in literals):
            for m in pattern.finditer(text):
                if len(word) <= m.end() - m.start():
                    edits.append((m.start(), m.end(), word))
                    if misheard:
                        slips.add(m.group().lower())
    heard = sound_alike_edits(text, slips)  # (after the known slips: where one of those is found, it stands)
    if not heard:
        return edits
    _add_free(edits, heard)
    if len(low) == len(text):
        # A homophone whose context was itself misheard ("rite lamb bar" -> "rite lumbar"): the phrases again,
        # on the text read so far
        read = _apply(low, edits, cased=False)
        for pattern, word, literals, _misheard in _heard_as():
            if literals is None or any(lit in read for lit in literals):
                _add_free(edits, [(m.start(), m.end(), word) for m in pattern.finditer(read)
                                  if len(word) <= m.end() - m.start()])
    return edits


def _add_free(edits: list[Edit], new: list[Edit]) -> None:
    """Add each of `new` that overlaps no edit already in `edits` (nor one added before it)."""
    for edit in new:
        if not any(start < edit[1] and edit[0] < end for start, end, _word in edits):
            edits.append(edit)


def _ocr_pair_edits(text: str) -> list[Edit]:
    """ "rnedial" -> "medial": a word that is a rule word once OCR's "rn" is read "m" (or "cl" "d"), padded."""
    edits: list[Edit] = []
    for m in _OCR_PAIR.finditer(text):
        written = m.group().lower()
        if written in _rule_words():
            continue
        read = written
        for pair, letter in _OCR_PAIRS:
            read = read.replace(pair, letter)
        if read != written and _is_rule_word(read):
            edits.append((m.start(), m.end(), read))
    return edits


def _pick_list_edits(text: str) -> list[Edit]:
    """Blank a pick-list's options and braces, leaving the value chosen ("{Left/Right/Bilateral:Bilateral}")."""
    edits: list[Edit] = []
    opened = False
    for m in _PICK_LIST.finditer(text):
        if m.group().startswith("{"):
            edits.append((m.start(), m.end(), ""))
            opened = True
        elif opened:  # (only the brace that closes a pick-list)
            edits.append((m.start(), m.end(), ""))
            opened = False
    return edits


def _apply(base: str, edits: list[Edit], cased: bool) -> str:
    """`base` with each edit written in (padded with spaces to its span); in the cased copy a word takes the case
    written there ("Rigth" -> "Right", "FACTE" -> "FACET")."""
    if not edits:
        return base
    chars = list(base)
    for start, end, word in edits:
        if not cased:
            word = word.lower()
        else:
            written = base[start:end]
            word = word.upper() if written.isupper() else word.capitalize() if written[:1].isupper() else word
        chars[start:end] = word.ljust(end - start)
    return "".join(chars)


_last: tuple[Doc | None, str, str | None, str] = (None, "", None, "")


def doc_text(doc: Doc) -> str:
    return _texts(doc)[0]


def doc_read(doc: Doc) -> str:
    """The text as the case-sensitive matchers read it: the writer's slips read as the words meant, case kept, same
    length."""
    return _texts(doc)[2]


def doc_lower(doc: Doc) -> str | None:
    """The lower-cased text with the writer's slips read as the words meant, or None when lower-casing changes its
    length (offsets would not line up)."""
    return _texts(doc)[1]


def _texts(doc: Doc) -> tuple[str, str | None, str]:
    global _last
    if _last[0] is not doc:
        text = doc.text
        low: str | None = text.lower()
        edits = _edits(text, low)
        if len(low) != len(text):  # rare Unicode such as "İ"
            low = None
        else:
            low = _apply(low, edits, cased=False)
        _last = (doc, text, low, _apply(text, edits, cased=True))
    return _last[1], _last[2], _last[3]
