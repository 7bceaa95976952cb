"""A line- and header-aware sentence splitter for procedure notes.

Dictated notes, EHR templates and transcriptions whose line breaks became commas ("DIAGNOSIS:,  Lumbar
spondylosis.,POSTOPERATIVE") need boundaries at line breaks, at ".," and ":," joins, before upper-case headers
and at ordinary sentence ends (and a dictation with commas for full stops, at its comma clauses). Compared with
PyRuSH and spaCy's sentencizer on the corpus (benchmarks/sentence_splitters.py, figures in benchmarks/README.md)
it gave the best claim-line accuracy on dev and test at about the sentencizer's speed: ConText scopes must end
where a line or a joined header ends.
"""


import re

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from nlp.keylines import COLUMN_GAP, KEY
from nlp.pipeline.doctext import doc_text

_ABBREVIATIONS = frozenset(
    "dr mr mrs ms e.g i.e approx vs no st fig pt pts inj dx tx hx sx fx min max cc ml mg etc ca approx. inc".split()
)
_BOUNDARY = re.compile(
    r"\n+\s*"                                        # line breaks
    r"|(?<=[.:;]),\s*"                               # ".," or ":," joins of transcribed headers
    r"|(?<=:)\s*,\s*"                                # "PROCEDURE:  ,The patient"
    r"|(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])"           # sentence end
    r"|(?<=[.;])\s+(?=\([a-z1-9]\)\s)"               # "... drape. (a) Left oblique view ... (b) Same needle"
    # terse notes: "... bupi each. this is block #1", "not C5-6. same side", "(R = error). no R side done",
    # "... facet injections. c6-7 not performed", "... done. r l5-s1 skipped"
    r"|(?<=[A-Za-z]{3}\.|[a-z]{2}\)\.|.[A-Za-z/-]\d\.)\s+(?=[a-z]{2}|[a-z]/[a-z]|[ctls]\s?\d|[rlb]\s+[ctls]\s?\d)"
    r"|(?<=[.!?])\s+(?=(?:today|now|then|this\s+(?:visit|session|time))\b)"  # "still good on R. today lt L4-5 IA"
    # an upper-case header mid-line (not "L4-L5 NOT INJECTED: FUSION MASS", a clause in capitals)
    r"|(?<=[a-z0-9.)])\s+(?=(?:\d{1,2}[.)]\s+)?(?!(?:NOT|NO|NEVER|WAS|WERE|IS|ARE)\s)[A-Z][A-Z/&\- ]{3,40}:)"
)
# A note typed without capitals ("prone, prepped, time-out done. c-arm oblique view ..."): its sentences start in
# lower case, so a full stop and a space end one whatever follows (abbreviations are checked as for any other).
# (not on a table row: "| third occipital n. (high) | r |")
_LOWER_CASE_END = re.compile(r"(?<=[.!?])(?=\s)[ \t]*\n?[ \t]*(?=[\"']?[a-z])(?![^\n]*\|)")
_ONE_CASE = 0.02  # letters of the other case below this share of all letters: a note typed in one case


def _one_case(text: str) -> str | None:
    """ "lower" or "upper" for a note typed (almost) all in one case, else None."""
    letters = sum(c.isalpha() for c in text)
    if not letters:
        return None
    if sum(c.isupper() for c in text) < _ONE_CASE * letters:
        return "lower"
    return "upper" if sum(c.islower() for c in text) < _ONE_CASE * letters else None


_WRAP_WIDTH = 70
_KEY_AHEAD = re.compile(rf"[ \t]*{KEY}")  # a "Key:" line next
_LEADER = re.compile(r"(?:\s\.{3,}|\.{5,})$")
_SPOKEN_PERIOD = re.compile(r"(?<=\w)\s+period\b[ \t]*(?:new\s+paragraph[ \t]*|next\s+line[ \t]*)?(?=\S)")
# Notes whose longest line is shorter than this were not wrapped to a width ("s/p cervical MBB x2 w/ >80% relief
# \nfluoro, lat + oblique"): their lines are fragments, whatever the longest one.
_MIN_WRAP_WIDTH = 45
# A line this long is prose, not a terse note's fragment ("rt L4-5 FJI\nfluoro"), when it goes on in lower case
_PROSE_LINE = 35
_NEAR_WIDTH = 0.85  # a line this close to the note's wrap width, stopping mid-sentence, was wrapped
_MID_PHRASE = re.compile(
    r"\b(?:a|an|the|of|to|at|in|on|for|with|from|and|or|is|are|was|were|be|been|by|as|into|under|then|this|that|"
    r"these|those|each|both|his|her|their|its|if|after|before|than|per|via|using|between|toward|towards|onto|"
    r"versus|vs|plus|without|within|through|thru|including|consider|considering|recommend|diagnostic|therapeutic|"
    r"confirmatory)$", re.I)


def ends_mid_phrase(line: str) -> bool:
    """The line stops on a word no phrase ends with: a hard wrap, whatever the line's length."""
    return bool(_MID_PHRASE.search(line.rstrip()))


_SIDE_OR_LEVEL = re.compile(r"[CTLS]\d|(?:B/L|BIL|BILAT|RT|LT|R|L|Right|Left|Bilateral)\b(?![ \t]*:)")
# a wrapped line's next line: lower case, a level ("left\nL4-L5"), or a parenthesis opening on either
# ("we will revisit facet evaluation\n(left L4-5, L5-S1 MBB).")
_GOES_ON = re.compile(r"[a-z]|[CTLS]\d|\((?:[a-z]|[CTLS]\d)")
# ("=> L L4-5 IA only", "+ L paraspinal TPI x2"; not "+ 20 mg Depo-Medrol", the rest of a mixture)
# (an upper-case abbreviation going on in lower case, "L4 and L5\nSAP/TP junctions", or ending the sentence,
# "will proceed to left L4-5, L5-S1\nRFA.", is the wrapped sentence's)
_NEW_ITEM = re.compile(
    rf"{KEY}|\d{{1,2}}[.)]\s|[-*\u2022\[]|\+(?![ \t]*\d)"
    rf"|[A-Z]{{2,}}(?![A-Za-z/]*(?:[ \t]+[a-z]|[.,;][ \t]*(?:\r?\n|$)))|=>|\u2192")

# A line opening with a needle gauge or a dose ("22g, arthrogram", "1cc depo 40") after a line that did not stop
# mid-phrase, in a terse note (not "... Depo-Medrol\n40 mg (1 mL) with ..." wrapped in a prose one)
_TERSE_LINE = 40  # the median length of a terse note's lines is below this
_DOSE_START = re.compile(r"[ \t]*\d+(?:\.\d+)?[ \t]?(?:g|ga|gauge|cc|ml|mg)\b", re.I)


def _wrapped(text: str, newline: int, nxt: int, width: int = _WRAP_WIDTH, unwrapped: bool = False,
             capitalised: bool = False, terse: bool = False) -> bool:
    """A hard-wrapped paragraph: a long line with no end punctuation followed by a line that goes on."""
    if text.count("\n", newline, nxt) > 1:
        return False  # a blank line always ends a sentence
    line = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    if line.endswith((".", ":", "!", "?")) or "|" in line or len(COLUMN_GAP.findall(line)) >= 2:
        return False  # (a table row, with pipes or space-aligned columns, is a line of its own)
    if line.endswith(";"):
        # "... arthropathy on MRI;\nfacet injections were discussed, but ...": a clause going on in lower case
        # on a line wrapped near the note's width; "Side: right;\nLevel: L4-5" is a list of fields
        # ("... facet arthropathy;\nC7-T1 normal.")
        return (width >= _MIN_WRAP_WIDTH and len(line) >= width * _NEAR_WIDTH and not unwrapped
                and (text[nxt : nxt + 1].islower() or bool(_SIDE_OR_LEVEL.match(text, nxt)))
                and not _NEW_ITEM.match(text, nxt))
    if ends_mid_phrase(line) and (text[nxt : nxt + 1].islower() or _SIDE_OR_LEVEL.match(text, nxt)):
        # "... part was\n   abandoned: no cannulae ...": no "Key:" line after a line stopped mid-phrase;
        # "... if axial pain persists, consider\nB/L L4-5, L5-S1 MBB."
        return True
    if line.count("(") > line.count(")") and not _NEW_ITEM.match(text, nxt):
        return True  # "... medial branch blocks (block\n#1) under fluoroscopy": a parenthesis still open
    if (capitalised and len(line) >= _PROSE_LINE and not unwrapped and text[nxt : nxt + 1].islower()
            and not _NEW_ITEM.match(text, nxt)):
        return True  # "... Given the plan we did not\nproceed.": in a note whose lines start in capitals
    near_width = width >= _MIN_WRAP_WIDTH and len(line) >= width * _NEAR_WIDTH
    if not unwrapped and near_width and _GOES_ON.match(text, nxt) and not _NEW_ITEM.match(text, nxt):
        return True  # "...oblique view the right L4-L5\nfacet joint was visualized" in a note wrapped at 72
    if terse and _DOSE_START.match(text, nxt) and not ends_mid_phrase(line):
        return False  # "... good relief that level\n22g, arthrogram, 1cc depo": a terse note's next step
    if unwrapped or len(line) < _WRAP_WIDTH:
        # A line wrapped short (or any line of a note whose lines are paragraphs) still goes on when it stops on a
        # word no phrase ends with and the next line continues in lower case ("If relief is\nsustained"); terse
        # notes' lines ("rt L4-5 FJI\nfluoro") do not.
        return ends_mid_phrase(line) and text[nxt : nxt + 1].islower() and not _NEW_ITEM.match(text, nxt)
    return not _NEW_ITEM.match(text, nxt)


_PARAGRAPH_LINE = 110  # longer than any wrap width seen in notes
_SPREAD = 40


def _paragraph_lines(text: str) -> bool:
    """Lines that are paragraphs, never wrapped: several lines longer than any wrap width, of lengths far apart
    (a note wrapped at a width has its long lines all near that width), or one line twice that long, in a note
    whose long lines mostly stop without a full stop. Dictations typed without full stops ("history the patient
    had two prior ...\nprocedure in detail the patient was ...") end their sentences at the line breaks."""
    lines = [line.rstrip() for line in text.split("\n") if len(line.rstrip()) > _PARAGRAPH_LINE]
    if sum(line.endswith((".", "!", "?", ":", ";")) for line in lines) * 2 >= len(lines):
        return False  # paragraphs that end with full stops: a line without one may still be wrapped
    long = [len(line) for line in lines]
    return (len(long) >= 2 and max(long) - min(long) > _SPREAD) or max(long) > 2 * _PARAGRAPH_LINE


_CAPITALISED = 0.9


def _capitalised_lines(text: str) -> bool:
    """Lines that start a sentence (after a blank line or a line ending in a full stop) start in capitals, as typed
    prose does; terse notes start theirs in lower case ("fluoro. prone", "total kenalog 30 mg"), so there a
    lower-case line says nothing about the line before."""
    starts = []
    before = "."
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            if before.endswith((".", "!", "?", ":")) and stripped[0].isalpha():
                starts.append(stripped[0])
            before = stripped
        else:
            before = "."
    return len(starts) >= 4 and sum(c.isupper() for c in starts) >= _CAPITALISED * len(starts)


def boundary_offsets(text: str) -> list[int]:
    """Character offsets where a new sentence starts."""
    # A note typed all in capitals says nothing by its case about where a sentence or a wrapped line starts: read
    # it as a note typed without capitals (same offsets when lower-casing keeps every character's length).
    case = _one_case(text)
    if case == "upper" and len(lowered := text.lower()) == len(text):
        text, case = lowered, "lower"
    starts = []
    # The note's own wrap width (its longest line, up to _WRAP_WIDTH): a line near it that stops without end
    # punctuation, followed by a lower-case line, was wrapped.
    width = min(_WRAP_WIDTH, max(map(len, text.split("\n"))))
    unwrapped = _paragraph_lines(text)
    capitalised = _capitalised_lines(text)
    lengths = sorted(len(line.strip()) for line in text.split("\n") if line.strip())
    terse = bool(lengths) and lengths[(len(lengths) - 1) // 2] < _TERSE_LINE
    # Dictation left as words ("... the left side period the patient ..."): in a note that does it more than
    # once, a spoken "period" ends a sentence.
    if text.count(" period") > 1:
        starts.extend(m.end() for m in _SPOKEN_PERIOD.finditer(text))
    matches = list(_BOUNDARY.finditer(text))
    if case == "lower":
        matches = sorted([*matches, *_LOWER_CASE_END.finditer(text)], key=lambda m: m.start())
    for m in matches:
        if m.group(0).startswith("\n") and _wrapped(text, m.start(), m.end(), width, unwrapped, capitalised, terse):
            continue
        # "Side ........ Right": a form's dotted leader is not the end of a sentence
        if m.group(0).strip() == "" and _LEADER.search(text, max(0, m.start() - 8), m.start()):
            continue
        # "40 mg/mL. The" may go on after an abbreviation; "40 mg/mL.\n\nThe" never does.
        if m.group(0).strip() == "" and m.group(0).count("\n") < 2 and text[m.start() - 1 : m.start()] in ".!?":
            word = re.search(r"([A-Za-z.]+)\.$", text[max(0, m.start() - 12) : m.start()])
            # ("... L4 MB and L5 DR.\nLeft: pulsed ...": the dorsal ramus, not "Dr." before a name; "... total
            # 30mg.\nleft L3-4 not done": a line longer than any wrap width was not wrapped)
            ends_line = "\n" in m.group(0) and (word is not None and word.group(1).isupper() or bool(
                _KEY_AHEAD.match(text, m.end())) or m.start() - text.rfind("\n", 0, m.start()) > _PARAGRAPH_LINE)
            if word and word.group(1).lower() in _ABBREVIATIONS and not ends_line:
                continue
        starts.append(m.end())
    starts = sorted(set(starts))
    return sorted(set(starts).union(_run_on_clauses(text, starts)))


# A dictation transcribed with commas for every pause and no full stops ("... informed consent obtained for both,
# patient placed prone, fluoroscopy used throughout, right side first, ..."): its comma clauses are its sentences,
# so that "previously" or "last month" in one clause does not reach the next.
_RUN_ON_CHARS = 300
_RUN_ON_COMMAS = 8
_CLAUSE = re.compile(r",\s+(?![CTLS]\s?\d|\d|and\b|or\b)(?=[A-Za-z])")  # (a comma may end a hard-wrapped line)
_COMMA = re.compile(r",\s")


def _run_on_clauses(text: str, starts: list[int]) -> list[int]:
    out = []
    for begin, end in zip([0, *starts], [*starts, len(text)], strict=True):
        commas = len(_COMMA.findall(text, begin, end))
        if end - begin < _RUN_ON_CHARS or commas < _RUN_ON_COMMAS or text.count(". ", begin, end) * 4 > commas:
            continue  # ("Dr. Paul Whitcombe" may stand in one)
        out.extend(m.end() for m in _CLAUSE.finditer(text, begin, end))
    return out


@Language.factory("spinecode_sentences")
def create_sentence_splitter(nlp: Language, name: str) -> "SentenceSplitter":
    return SentenceSplitter()


class SentenceSplitter:
    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # Set all flags in one array: assigning token.is_sent_start one by one is quadratic in spaCy.
        idx = doc.to_array(IDX).astype("int64")
        positions = numpy.searchsorted(idx, numpy.array(boundary_offsets(doc_text(doc)), dtype="int64"), side="left")
        flags = numpy.full(len(doc), -1, dtype="int64")
        flags[positions[positions < len(doc)]] = 1
        flags[0] = 1
        doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))
        return doc
