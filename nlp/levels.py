"""Spine levels: vertebrae, facet joints, nerve-to-joint arithmetic and level notation parsing.

Pure Python (no spaCy) so the mapper, the corpus tools and the pipeline share one definition of a level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

# Vertebrae in cranio-caudal order. C8 is not a vertebra but is the nerve between C7 and T1; it is kept
# separate (NERVES) so that joints are only ever formed from real vertebrae.
_COUNTS = {"C": 7, "T": 12, "L": 5, "S": 5}
VERTEBRAE: tuple[str, ...] = tuple(f"{r}{i}" for r in "CTLS" for i in range(1, _COUNTS[r] + 1))
_V_INDEX = {v: i for i, v in enumerate(VERTEBRAE)}

# Facet joints billable as facet-family levels: C2-C3 ... L5-S1.
JOINTS: tuple[str, ...] = tuple(
    f"{a}-{b}"
    for a, b in zip(VERTEBRAE, VERTEBRAE[1:], strict=False)
    if _V_INDEX["C2"] <= _V_INDEX[a] <= _V_INDEX["L5"]
)
_J_INDEX = {j: i for i, j in enumerate(JOINTS)}

# Nerves that supply facet joints, cranio-caudal. TON = third occipital nerve (C2-C3).
NERVES: tuple[str, ...] = (
    ("TON",) + tuple(f"C{i}" for i in range(3, 9)) + tuple(f"T{i}" for i in range(1, 13))
    + tuple(f"L{i}" for i in range(1, 6)) + tuple(f"S{i}" for i in range(1, 5))
)
_N_INDEX = {n: i for i, n in enumerate(NERVES)}

CERVICAL_THORACIC = "cervical_thoracic"
LUMBAR_SACRAL = "lumbar_sacral"


def joint_index(joint: str) -> int:
    """Cranio-caudal position of a joint (for sorting)."""
    return _J_INDEX[joint]


def is_joint(name: str) -> bool:
    return name in _J_INDEX


def region_of(joint: str) -> str:
    """C2-C3 ... T11-T12 and T12-L1 are cervical/thoracic; L1-L2 ... L5-S1 lumbar/sacral. The same for a vertebra
    or nerve name by its own letter ("C5", "T12", "TON" cervical/thoracic; "L1", "L5" lumbar/sacral)."""
    return LUMBAR_SACRAL if joint.startswith("L") else CERVICAL_THORACIC


def normalise_vertebra(region: str, number: int) -> str | None:
    name = f"{region.upper()}{number}"
    return name if name in _V_INDEX else None


def joint_between(upper: str, lower: str) -> str | None:
    """The joint formed by two adjacent vertebrae, else None."""
    if upper in _V_INDEX and lower in _V_INDEX and _V_INDEX[lower] == _V_INDEX[upper] + 1:
        joint = f"{upper}-{lower}"
        return joint if joint in _J_INDEX else None
    return None


def joints_in_range(upper: str, lower: str) -> list[str]:
    """Joints spanned by a vertebral range: L3 through S1 = L3-L4, L4-L5, L5-S1."""
    if upper not in _V_INDEX or lower not in _V_INDEX:
        return []
    a, b = sorted((_V_INDEX[upper], _V_INDEX[lower]))
    out = []
    for i in range(a, b):
        joint = joint_between(VERTEBRAE[i], VERTEBRAE[i + 1])
        if joint:
            out.append(joint)
    return out


def nerves_in_range(upper: str, lower: str) -> list[str]:
    """Nerve levels spanned by a range (L3-L5 medial branches = L3, L4, L5)."""
    if upper not in _N_INDEX or lower not in _N_INDEX:
        return []
    a, b = sorted((_N_INDEX[upper], _N_INDEX[lower]))
    return list(NERVES[a : b + 1])


def _joint_for_nerve_pair(upper: str, lower: str) -> str | None:
    """Joint blocked by two contiguous nerves.

    Cervical: a joint is supplied by the medial branches of its own level and the level below
    (C4 + C5 = C4-C5; C7 + C8 = C7-T1). Thoracic and lumbar: by the level above and its own level
    (L3 + L4 = L4-L5; L4 + L5 dorsal ramus = L5-S1; T11 + T12 = T12-L1; T12 + L1 = L1-L2).
    """
    if lower.startswith("C") or lower == "C8":
        if upper == "TON":
            return "C2-C3"
        if lower == "C8":
            return "C7-T1"
        return joint_between(upper, lower)
    # Thoracolumbar rule: the joint below the lower nerve's vertebra.
    i = _V_INDEX.get(lower)
    if i is None or i + 1 >= len(VERTEBRAE):
        return None
    return joint_between(lower, VERTEBRAE[i + 1])


def joints_from_nerves(nerves: set[str] | list[str]) -> list[str]:
    """N contiguous nerves on one side block N-1 joints; the TON alone blocks C2-C3."""
    present = sorted({n for n in nerves if n in _N_INDEX}, key=_N_INDEX.__getitem__)
    joints: set[str] = set()
    if "TON" in present:
        joints.add("C2-C3")
    for a, b in zip(present, present[1:], strict=False):
        if _N_INDEX[b] == _N_INDEX[a] + 1:
            joint = _joint_for_nerve_pair(a, b)
            if joint:
                joints.add(joint)
    return sorted(joints, key=joint_index)


def joints_supplied_by(nerve: str) -> list[str]:
    """The joints a nerve is one of the two nerves of: not blocking it leaves them incompletely blocked."""
    if nerve not in _N_INDEX:
        return []
    i = _N_INDEX[nerve]
    pairs = [NERVES[j : j + 2] for j in (i - 1, i) if 0 <= j and j + 1 < len(NERVES)]
    # C2-C3 is the TON's alone: "the C3 medial branch was not blocked" leaves a TON block of C2-3 whole.
    out = {joint for pair in pairs for joint in joints_from_nerves(list(pair)) if joint != "C2-C3"}
    if nerve == "TON":
        out.add("C2-C3")
    return sorted(out, key=joint_index)


def nerve_at_landmark(vertebra: str, landmark: str) -> str | None:
    """The medial branch that crosses a bony target named by its vertebra.

    Cervical medial branches cross the waist of their own articular pillar (C5 pillar = C5). Thoracic and
    lumbar ones cross the transverse process / SAP junction of the vertebra below (L4 TP = L3, T1 = C8,
    S1 SAP / sacral ala = L5 dorsal ramus).
    """
    if vertebra not in _N_INDEX:
        return None
    if vertebra.startswith("C") or landmark == "pillar":
        return vertebra
    i = _N_INDEX[vertebra]
    return NERVES[i - 1] if i > 0 else None


# --- notation parsing ---------------------------------------------------------------------------

# "L3 through S1", "L1-2 down to L5-S1": written ranges, whichever way the dictation runs.
_RANGE_WORD = r"(?:(?:down|up|on\s+down)\s+)?(?:through|thru|to)"
_RANGE_END = re.compile(rf"\s{_RANGE_WORD}\s+$", re.I)
_DASH = rf"(?:\s?[-\u2010\u2011\u2012\u2013\u2014/]\s?|\s(?i:{_RANGE_WORD})\s|\s)"
_REG = r"[CTLSctls]"
_NOT_UNIT = r"(?!\s?(?:mg|ml|mL|cc|%|mm|cm|g\b|gauge|-gauge|inch|hz|volts?|v\b|sec|s\b|min))"
# One item: a vertebra, a pair or range of vertebrae, or a concatenated joint (L45, L5S1, C56, T12L1).
_ITEM_RE = re.compile(
    rf"(?<![A-Za-z0-9])(?P<r1>{_REG})\s?(?P<n1>\d{{1,2}})(?![0-9])"
    # An OCR'd "1" read as "l" after a region letter ("L5-Sl", "T12-Ll") is taken as the digit.
    rf"(?:(?P<sep>{_DASH})(?P<r2>{_REG})?\s?(?P<n2>\d{{1,2}}|(?<=[CTLS])l(?![A-Za-z]))(?![0-9]){_NOT_UNIT}"
    rf"|(?P<r2b>{_REG})(?P<n2b>\d{{1,2}}|(?<=S)l(?![A-Za-z]))(?![0-9]))?"
    rf"|(?<![A-Za-z0-9.])(?P<bn1>\d{{1,2}})(?P<bsep>\s?[-\u2013/]\s?)(?P<br2>{_REG})?(?P<bn2>\d{{1,2}})(?![0-9]){_NOT_UNIT}"
    # "L2,3,4": a bare number after a comma, the next vertebra of the list (checked when parsed)
    rf"|(?<=,)\s?(?P<sn>\d{{1,2}})(?![0-9])(?!\s?[-\u2013/]\s?\d){_NOT_UNIT}"
)


_CHAINED = re.compile(
    rf"{_REG}\d{{1,2}}(?:\s?/\s?{_REG}?\d{{1,2}}){{2,}}|{_REG}\d{{1,2}}(?:[-\u2013]{_REG}?\d{{1,2}}){{2,}}")
# "C5 6 7 MBs": the same chain with spaces, read only when its vertebrae are consecutive
_SPACED_CHAIN = re.compile(rf"{_REG}\s?\d{{1,2}}(?:[ \t]\d{{1,2}}){{2,}}")
_CHAIN_ITEM = re.compile(rf"({_REG})?(\d{{1,2}})")


@dataclass(frozen=True)
class LevelItem:
    """One parsed piece of a level expression, with character offsets relative to the expression."""

    kind: str  # "joint", "range" or "vertebra"
    upper: str
    lower: str
    start: int
    end: int
    explicit_range: bool = False  # written with through/thru/to
    of_joints: bool = False  # "L2-3 through L5-S1": joints at both ends, never a nerve range

    def joints(self) -> list[str]:
        if self.kind == "joint":
            return [f"{self.upper}-{self.lower}"]
        if self.kind == "range":
            return joints_in_range(self.upper, self.lower)
        return []

    def nerves(self) -> list[str]:
        if self.kind == "vertebra":
            return [self.upper]
        return nerves_in_range(self.upper, self.lower)


def _vertebra(region: str, number: str) -> str | None:
    """A vertebra, or "C8", the nerve between C7 and T1 that notes name like a level."""
    if region.upper() == "C" and int(number) == 8:
        return "C8"
    return normalise_vertebra(region, int(number))


def _order(name: str) -> float:
    """Cranio-caudal position of a vertebra, with C8 between C7 and T1."""
    return _V_INDEX["C7"] + 0.5 if name == "C8" else _V_INDEX[name]


def _split_concat(region: str, digits: str) -> tuple[str, str] | None:
    """L45 -> (L4, L5); C56 -> (C5, C6); T12 stays a vertebra."""
    region = region.upper()
    if len(digits) != 2 or _vertebra(region, digits):
        return None
    a, b = int(digits[0]), int(digits[1])
    if b != a + 1:
        return None
    upper, lower = _vertebra(region, str(a)), _vertebra(region, str(b))
    if region == "L" and a == 5:
        return None
    if upper and lower:
        return upper, lower
    return None


_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split(), start=1)}
# Homophones speech recognition writes for a number right after a vertebra ("L3 for facet joint"); the level
# rule only lets them into a level mention in that place.
_NUMBER_WORDS.update({"for": "4", "fore": "4", "ate": "8", "won": "1"})  # ("T7 T ate", "block number won")
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.I)


def _rewritten(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each (start, end, replacement) written in (in order, not overlapping) and, for each character of
    the result, the span of `text` it was written as, so items parsed from the result point back into the text."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for start, end, replacement in edits:
        out.append(text[pos:start])
        spans.extend((k, k + 1) for k in range(pos, start))
        out.append(replacement)
        spans.extend([(start, end)] * len(replacement))
        pos = end
    out.append(text[pos:])
    spans.extend((k, k + 1) for k in range(pos, len(text)))
    return "".join(out), spans


def _spoken_digits(text: str) -> tuple[str, list[tuple[int, int]]]:
    """ "L four five" -> "L4 5", pointing back into the text. A space between a region letter and its number word
    goes with the word."""
    edits = []
    for m in _NUMBER_WORD.finditer(text):
        start = m.start()
        if start > 1 and text[start - 1] == " " and text[start - 2] in "CTLSctls" and (
                start < 3 or not text[start - 3].isalnum()):
            start -= 1  # "L four": the region letter and its number are one vertebra, "L4"
        edits.append((start, m.end(), _NUMBER_WORDS[m.group(1).lower()]))
    return _rewritten(text, edits)


def _heard_letters(text: str) -> tuple[str, list[tuple[int, int]]]:
    """ "tea seven tea eight" -> "T seven T eight", pointing back into the text."""
    return _rewritten(text, [(m.start(), m.end(), "T" if m.group(1) else "C" if m.group(2) else "S" if m.group(4)
                               else "L") for m in _HEARD_LETTER.finditer(text)])


def spoken_as_digits(text: str) -> str:
    """ "L three L four" -> "L3 L4", "el three el four" -> "L3 L4": a level expression with its number words as
    digits and its heard region letters as letters."""
    return _spoken_digits(_heard_letters(text)[0])[0]


_BETWEEN = re.compile(r"between\s+(?:the\s+)?([CTLS]\s?\d{1,2})\s+and\s+(?:the\s+)?([CTLS]\s?\d{1,2}|sacrum)", re.I)
_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth".split("|")
_ORDINAL_PAIR = re.compile(
    rf"between\s+the\s+({'|'.join(_ORDINALS)})\s+(?:(cervical|thoracic|lumbar)\s+(?:vertebra\s+)?)?and\s+(?:the\s+)?"
    rf"({'|'.join(_ORDINALS)})\s+(cervical|thoracic|lumbar|sacral)\b.*", re.I | re.S)
_L5_SACRUM = re.compile(r"between\s+the\s+(?:fifth|5th)\s+lumbar\s+(?:vertebra|vertebral\s+body|segment)\s+and\s+"
                        r"(?:the\s+)?(?:sacrum|first\s+sacral\s+(?:vertebra|segment))", re.I)
# "L1-2 down to the lumbosacral joint", "L3 to the sacrum" (rule level.range_to_sacrum): the range's end in words.
_TO_SACRUM = re.compile(
    r"(?<=\s)(?:the\s+)?(?:sacrum|lumbo[-\s]?sacral(?:\s+(?:facet\s+)?(?:joints?|junction|level))?)$", re.I)
_BARE_PAIRS = re.compile(r"(?:[1-4]-[2-5]|5-1)(?:\s*(?:,|&|\+|and|/)\s*(?:[1-4]-[2-5]|5-1))*", re.I)
_REGION_WORD = re.compile(r"\b(cervical|thoracic|lumbar)[ \t](?=\d)", re.I)
# "L4 5 and L5 S", "L3 through S": a mention read from "L5 S one" ("ess one") ends at the sacrum's letter
_CUT_SACRUM = re.compile(r"(?<![A-Za-z0-9])(?:L5[ \t]?|(?:through|thru|to)[ \t]+)S$")
# speech recognition's words for a region letter before a spoken number ("tea eleven comma tea twelve", "see three",
# "el four", "el five ess one", "el 5 S1")
_HEARD_LETTER = re.compile(
    r"\b(?:(te[ea])|(se[ea])|(ell?))"
    r"(?=[ \t]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b)"
    r"|\b(ess|ass)(?=[ \t]+one\b|[ \t]*$)", re.I)
_LETTER_DOT = re.compile(
    r"(?<![A-Za-z.])([CTLS])\.[ \t]+(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)", re.I)
# OCR's letters for digits in a level name: "Tl2", "TI2", "Ll", "Tll" (l, I or | for 1), "T1O" (O for 0). The region
# letter is upper case and the number a vertebra's ("SI", the sacroiliac joint, and "CO2" stay as written).
_OCR_LEVEL = re.compile(r"(?<![A-Za-z0-9])([CTLS])([0-9lIO|!]{1,2})(?![A-Za-z0-9])")
_OCR_DIGIT_OF = str.maketrans("lIO|!", "11011")  # ("L5-S!": a typist's shifted 1)
_LAST_NUMBER = {"C": 8, "T": 12, "L": 5, "S": 5}
# ... and "S" for 5 in "L4-S" listed before L5-S1 (alone, "B/L L4-S MBB" is shorthand for L4 to the sacrum; and
# reading "LS-S1" as L5-S1 cost a test note, so "LS" stays as written)
_OCR_S_FOR_5 = re.compile(r"(?<![A-Za-z0-9])L4\s?[-/\u2013]\s?(S)(?![A-Za-z0-9])"
                          r"(?=\s*(?:,|and|&|\+)\s*(?:the\s+)?L5\s?[-/\u2013]\s?S)")
# German "Th" for a thoracic vertebra ("Th4/5", "Th11"): read as "T 4/5", same length
_GERMAN_TH = re.compile(r"(?<![A-Za-z0-9])T(h)(?=(?:1[0-2]|[1-9])(?![0-9]))")


def ocr_level_spots(text: str) -> list[tuple[int, str]]:
    """Where OCR wrote letters inside the level names of `text`, with the digits they stand for ("T1O" -> (1, "10")),
    and where a German "Th" names a thoracic vertebra ("Th4/5" -> (1, " "))."""
    spots = [(m.start(1), "5") for m in _OCR_S_FOR_5.finditer(text)] if "L4" in text else []
    if "Th" in text:
        spots.extend((m.start(1), " ") for m in _GERMAN_TH.finditer(text))
    if not any(c in text for c in "lIO|!"):
        return spots
    for m in _OCR_LEVEL.finditer(text):
        written = m.group(2)
        if written.isdigit() or set(written) <= {"I"} or written[0] in "O0":
            continue
        digits = written.translate(_OCR_DIGIT_OF)
        if 1 <= int(digits) <= _LAST_NUMBER[m.group(1)]:
            spots.append((m.start(2), digits))
    return spots


def ocr_level_digits(text: str) -> str:
    """`text` with OCR's letters inside level names read as the digits ("T1O-T11" -> "T10-T11", "Ll-L2" -> "L1-L2"),
    same length."""
    spots = ocr_level_spots(text)
    if not spots:
        return text
    chars = list(text)
    for start, digits in spots:
        chars[start : start + len(digits)] = digits
    return "".join(chars)


def _parsed_back(rewritten: str, spans: list[tuple[int, int]]) -> list[LevelItem]:
    """The items of a rewritten expression (`_rewritten`), pointing back into the text it was written from."""
    return [replace(item, start=spans[item.start][0], end=spans[item.end - 1][1]) for item in parse_levels(rewritten)]


def parse_levels(text: str) -> list[LevelItem]:
    """Parse a level expression ("L3-4, L4-5 and L5-S1", "L3 through S1", "C3, C4, C5", "L45, L5S1").

    Region letters carry forward to bare numbers ("L3-4, 4-5"). Items that are not spinal levels are dropped.
    Spoken numbers ("L four five", "C seven T one") are read as their digits, and a region word before a
    pair of numbers as its letter ("lumbar 4-5").
    """
    text = ocr_level_digits(text)
    if "." in text and _LETTER_DOT.search(text):  # "C. three and C. four": dictation's letter with a full stop
        return _parsed_back(*_rewritten(text, [(m.start(), m.end(), m.group(1) + " ")
                                               for m in _LETTER_DOT.finditer(text)]))
    if (sacrum := _TO_SACRUM.search(text)) is not None and _RANGE_END.search(text, 0, sacrum.start()):
        first_is_joint = bool(re.match(r"[CTL]\s?\d{1,2}\s?[-/\u2013]", text, re.I))
        end = "L5-S1" if first_is_joint else "S1"  # a joint ranges to the last joint, a vertebra to the last vertebra
        padded = text[:sacrum.start()] + end.ljust(len(sacrum.group()))
        return [replace(item, end=len(text)) if item.end > sacrum.start() else item for item in parse_levels(padded)]
    if _BARE_PAIRS.fullmatch(text):  # "4-5, 5-1" (rule level.bare_pairs, after a lumbar facet word): lumbar joints
        return [replace(item, start=max(0, item.start - 1), end=item.end - 1) for item in parse_levels("L" + text)]
    if (between := _BETWEEN.fullmatch(text)) is not None:  # "between L4 and L5": the joint they form
        upper, lower = (_vertebra(between.group(k)[0].upper(), between.group(k)[1:].strip())
                        if between.group(k).lower() != "sacrum" else "S1" for k in (1, 2))
        if upper and lower and joint_between(upper, lower):
            return [LevelItem("joint", upper, lower, between.start(1), between.end(2))]
    if _L5_SACRUM.fullmatch(text):  # "between the fifth lumbar vertebra and the sacrum"
        return [LevelItem("joint", "L5", "S1", 0, len(text))]
    if (ordinal := _ORDINAL_PAIR.fullmatch(text)) is not None:  # "between the fifth and sixth cervical vertebrae"
        n1, r1, n2, r2 = ordinal.group(1, 2, 3, 4)
        lower = _vertebra(r2[0].upper(), str(_ORDINALS.index(n2.lower()) + 1))
        upper = _vertebra((r1 or r2)[0].upper(), str(_ORDINALS.index(n1.lower()) + 1))
        if upper and lower and joint_between(upper, lower):
            return [LevelItem("joint", upper, lower, 0, len(text))]
    if _CUT_SACRUM.search(text):  # "L5 S" (read from "L5 S one", the mention ends at the letter): L5-S1
        return [replace(item, end=min(item.end, len(text))) for item in parse_levels(text + "1")]
    if _HEARD_LETTER.search(text):  # "tea seven tea eight" -> "T seven T eight", items pointing back into the text
        return _parsed_back(*_heard_letters(text))
    if words := list(_REGION_WORD.finditer(text)):  # "lumbar 4-5" -> "      L4-5": offsets hold
        text = _REGION_WORD.sub(lambda m: " " * (len(m.group()) - 1) + m.group(1)[0].upper(), text)
        return [next((replace(item, start=w.start()) for w in words if w.start() <= item.start < w.end()), item)
                for item in parse_levels(text)]
    if _NUMBER_WORD.search(text):
        return _parsed_back(*_spoken_digits(text))
    spaced = _SPACED_CHAIN.fullmatch(text.strip()) is not None
    if spaced or _CHAINED.fullmatch(text.strip()):  # "T11/T12/L1", "L3/4/5", "C3-C4-C5": three or more vertebrae
        chain, region = [], "L"
        for m in _CHAIN_ITEM.finditer(text):
            region = m.group(1) or region
            chain.append((m, _vertebra(region, m.group(2))))
        if all(v for _, v in chain):  # "C34/C45/C56" is a list of concatenated joints instead
            names = [v for _, v in chain if v]
            if all(_order(b) == _order(a) + 1 for a, b in pairwise(names)):
                # consecutive: the span from first to last, like "L3-L5" (its joints, or its nerves by a nerve word)
                return [LevelItem("range", names[0], names[-1], chain[0][0].start(), chain[-1][0].end())]
            if not spaced:
                return [LevelItem("vertebra", v, v, m.start(), m.end()) for m, v in chain if v]
    items: list[LevelItem] = []
    last_region: str | None = None
    pos = 0
    while (m := _ITEM_RE.search(text, pos)) is not None:
        start, end = m.start(), m.end()
        pos = end
        if m.group("r1") and m.group("n2") and _vertebra(m.group("r1"), m.group("n1")) is None:
            # "L34/L45": a concatenated joint followed by another; read the first alone, then go on.
            split = _split_concat(m.group("r1"), m.group("n1"))
            if split:
                pos = m.end("n1")
                items.append(LevelItem("joint", split[0], split[1], start, pos))
                last_region = m.group("r1").upper()
                continue
        if m.group("sn"):
            prev = items[-1] if items else None
            nxt = _vertebra(prev.upper[0], m.group("sn")) if prev and prev.kind == "vertebra" else None
            if prev is not None and nxt and _order(nxt) == _order(prev.upper) + 1:
                items.append(LevelItem("vertebra", nxt, nxt, m.start("sn"), end))
            continue
        if m.group("r1"):
            r1, n1 = m.group("r1").upper(), m.group("n1")
            sep = m.group("sep") or ""
            r2, n2 = (m.group("r2"), m.group("n2")) if m.group("n2") else (m.group("r2b"), m.group("n2b"))
            n2 = "1" if n2 == "l" else n2
        else:
            if last_region is None:
                continue
            r1, n1, sep, r2, n2 = last_region, m.group("bn1"), m.group("bsep"), m.group("br2"), m.group("bn2")
        upper = _vertebra(r1, n1)
        if n2 is None:
            split = _split_concat(r1, n1)
            if split:
                items.append(LevelItem("joint", split[0], split[1], start, end))
            elif upper:
                items.append(LevelItem("vertebra", upper, upper, start, end))
            last_region = r1
            continue
        if upper is None:
            continue
        explicit_range = bool(re.search(r"through|thru|to", sep, re.I))
        lower = _vertebra((r2 or r1).upper(), n2)
        if not r2 and r1 == "L" and n2 == "1" and upper == "L5" and not explicit_range:
            lower = "S1"  # "L5-1", "L4-5, 5-1": L5-S1 (no one writes the span L1-L5 downwards)
        elif upper == "L5" and (r2 or r1).upper() == "L" and n2 == "6" and not explicit_range:
            lower = "S1"  # "L5-L6" with six lumbar vertebrae (a lumbarised S1): the lowest lumbar joint, L5-S1's place
        if lower is None or lower == upper:
            n1_start = m.start("n1") if m.group("n1") else m.start("bn1")  # "L4-5, 5-6": a bare pair's first number
            items.append(LevelItem("vertebra", upper, upper, start, n1_start + len(n1)))
            last_region = r1
            continue
        if _order(lower) < _order(upper):
            upper, lower = lower, upper
        adjacent = joint_between(upper, lower) is not None
        if sep.strip() == "" and sep and not adjacent:
            # "L4 6" is not notation; keep only the first vertebra.
            items.append(LevelItem("vertebra", upper, upper, start, start + len(m.group(0).split()[0])))
            last_region = r1
            continue
        if adjacent and not explicit_range:
            items.append(LevelItem("joint", upper, lower, start, end))
        else:
            items.append(LevelItem("range", upper, lower, start, end, explicit_range))
        last_region = lower[0] if lower[0] != "S" else "L"
    return _join_joint_ranges(text, _space_pairs_as_vertebrae(text, items))


_SPACE_PAIR = re.compile(r"([CTLS]\s?\d{1,2})[ \t]+([CTLS]\s?\d{1,2})", re.I)


def _space_pairs_as_vertebrae(text: str, items: list[LevelItem]) -> list[LevelItem]:
    """ "C4 C5 and C6 medial branches": in a list whose other items are single vertebrae, two vertebrae written
    side by side are two more of them, not the joint "C4-C5" they would be alone."""
    if not any(item.kind == "vertebra" for item in items) and not _vertebra_run(text, items):
        return items
    out: list[LevelItem] = []
    for item in items:
        pair = _SPACE_PAIR.fullmatch(text, item.start, item.end) if item.kind == "joint" else None
        if pair is None:
            out.append(item)
            continue
        out.append(LevelItem("vertebra", item.upper, item.upper, pair.start(1), pair.end(1)))
        out.append(LevelItem("vertebra", item.lower, item.lower, pair.start(2), pair.end(2)))
    return out


def _vertebra_run(text: str, items: list[LevelItem]) -> bool:
    """ "L C3 C4 C5 C6 MB": pairs side by side that run on, each starting below the last (not "L4 L5 L5 S1"), are
    one list of vertebrae."""
    return any(prev.kind == item.kind == "joint" and _SPACE_PAIR.fullmatch(text, prev.start, prev.end)
               and _SPACE_PAIR.fullmatch(text, item.start, item.end) and not text[prev.end : item.start].strip()
               and _order(item.upper) == _order(prev.lower) + 1 for prev, item in zip(items, items[1:], strict=False))


_JOINT_RANGE_SEP = re.compile(rf"\s*(?:-|\u2013|{_RANGE_WORD})\s*", re.I)


def _join_joint_ranges(text: str, items: list[LevelItem]) -> list[LevelItem]:
    """ "L2-3 through L5-S1" names every joint from the first to the last: one range item."""
    out: list[LevelItem] = []
    for item in items:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "joint" and item.kind == "joint"
                and _JOINT_RANGE_SEP.fullmatch(text, prev.end, item.start)
                and _order(item.upper) > _order(prev.upper)):
            out[-1] = LevelItem("range", prev.upper, item.lower, prev.start, item.end, True, of_joints=True)
            continue
        out.append(item)
    return out
