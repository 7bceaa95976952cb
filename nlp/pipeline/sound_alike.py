"""Speech recognition's mishearings of rule words, found by sound rather than by a list of known ones.

Unproofread dictation splits and misspells the words the rules need in ways no list anticipates ("lump bar",
"meddle branch", "door sal Ramos", "radio free Quincy a blaze on", "light a cane"). A run of one to five words on
one line that sounds like a rule word (rules/spelling.json, `spelling.sounds_like`) is read as that word. The sound
key is a small Metaphone-like code: voiced and voiceless consonants merged, vowels after the first letter dropped,
doubled letters collapsed. A note is searched only when it shows that it is unproofread dictation (spoken
punctuation: "comma", "new paragraph"; or speech recognition's known mishearings, `spelling.heard_as`: "rite",
"floor oscopy", with the words the sound key hears beside them), so ordinary notes are never rewritten by sound.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache

from nlp.pipeline.rules import load_rule_file

_KEY_STEPS = [(re.compile(pattern), repl) for pattern, repl in (
    (r"[^a-z]", ""), (r"ph", "f"), (r"gh", ""), (r"ck", "k"), (r"sch", "sk"), (r"th", "t"), (r"qu", "kw"),
    (r"ti(?=on)", "s"), (r"c(?=[eiy])", "s"), (r"[cqgjk]", "k"), (r"x", "ks"), (r"z", "s"), (r"v", "f"),
    (r"d", "t"), (r"b", "p"), (r"(?<=.)[wh]", ""), (r"y", "e"))]
_VOWELS = re.compile(r"[aeiou]")
_DOUBLED = re.compile(r"(.)\1+")
# words, not parts of a level ("L4", "S1") nor a level's letter alone ("L for five")
_TOKEN = re.compile(r"(?<![A-Za-z0-9])(?![CTLSctls](?![A-Za-z]))[A-Za-z]+(?![A-Za-z0-9])")
_JOIN = re.compile(r"[ \t'\u2019-]{1,3}")  # what may separate the pieces of one heard word: not a line end
_MAX_WORDS = 5  # ("decks a meth a zone")
# small words a mishearing may start with ("of Sipital", "the Rasic")
_LEADING = frozenset({"a", "o", "oh", "of", "be", "the"})


@lru_cache(maxsize=4096)
def sound_key(text: str) -> str:
    """The sound of `text` as a short code ("lump bar" and "lumbar" -> "lmpr")."""
    s = text.lower()
    for pattern, repl in _KEY_STEPS:
        s = pattern.sub(repl, s)
    if not s:
        return ""
    head = "a" if s[0] in "aeiou" else s[0]
    return _DOUBLED.sub(r"\1", head + _VOWELS.sub("", s[1:]))


@dataclass(frozen=True)
class _Settings:
    words: dict[str, list[str]]  # sound key -> rule words with it
    keys: dict[str, tuple[tuple[str, str], ...]]  # first letter of the key -> (key, word), for near matches
    known: frozenset[str]  # the rule words and their inflections, written right: never part of a mishearing
    never: frozenset[str]  # real words that sound like a rule word ("metal", "a solution")
    edge: frozenset[str]  # small words a mishearing does not start or end with ("needle was", "March and")
    cue: re.Pattern[str]
    min_cues: int
    slip_cues: int  # a known mishearing counts as this many spoken punctuation marks
    marks: dict[str, str]  # spoken punctuation -> the mark ("comma" -> ",")
    exact_ratio: float
    split_ratio: float  # the same sound heard in pieces ("ox sip Idle"): their letters drift further
    near_ratio: float


@cache
def _settings() -> _Settings:
    rule = next(r for r in load_rule_file("spelling")["rules"] if r["id"] == "spelling.sounds_like")
    words: dict[str, list[str]] = {}
    keys: dict[str, list[tuple[str, str]]] = {}
    for word in rule["words"]:
        key = sound_key(word)
        words.setdefault(key, []).append(word)
        keys.setdefault(key[0], []).append((key, word))
    known = {w.replace("-", "") + suffix for w in rule["words"] for suffix in ("", "s", "es", "ed", "ing", "ly")}
    return _Settings(words, {k: tuple(v) for k, v in keys.items()}, frozenset(known),
                     frozenset(rule["never"]), frozenset(rule["edge_words"]), re.compile(rule["dictation_cue"], re.I),
                     rule["min_cues"], rule["slip_cues"], rule["spoken_marks"], rule["exact_ratio"],
                     rule["split_ratio"], rule["near_ratio"])


def _one_edit_apart(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _heard_word(written: str, pieces: int, width: int, settings: _Settings) -> tuple[bool, float, str] | None:
    """(same sound?, likeness, rule word) for the rule word a run of `pieces` words (`written`: their letters, lower
    case) sounds like, if it fits in `width` characters. One word must sound exactly like it; a word split in
    pieces may be one sound off ("Beauvais cane")."""
    key = sound_key(written)
    if len(key) < 3:
        return None
    candidates = [(w, True) for w in settings.words.get(key, ())]
    if pieces > 1 and len(key) >= 4:
        candidates += [(w, False) for k, w in settings.keys.get(key[0], ()) if _one_edit_apart(k, key)]
    best: tuple[bool, float, str] | None = None
    for word, exact in candidates:
        letters = word.replace("-", "")
        if len(word) > width or len(written) > 1.4 * len(letters):
            continue
        ratio = SequenceMatcher(None, written, letters).ratio()
        needed = settings.near_ratio if not exact else settings.split_ratio if pieces > 1 else settings.exact_ratio
        if ratio >= needed and (
                best is None or (exact, ratio) > best[:2]):
            best = (exact, ratio, word)
    return best


def sound_alike_edits(text: str, known_slips: Collection[str] = ()) -> list[tuple[int, int, str]]:
    """(start, end, what it reads as) for each run of words in `text` that sounds like a rule word, and each
    punctuation mark spoken as a word ("technique colon"); [] unless the note is unproofread dictation: spoken
    punctuation, or `known_slips` (the known mishearings read in it, lower case: "rite", "floor oscopy"), each
    worth `slip_cues` spoken marks; with at least one known slip, each other rule word the sound key hears
    ("meaty all", "floor Oscar P") counts as one more."""
    settings = _settings()
    cues = list(settings.cue.finditer(text))
    score = len(cues) + settings.slip_cues * len(known_slips)
    heard: list[tuple[int, int, str]] | None = None
    if score < settings.min_cues and known_slips:
        heard = _heard_words(text, settings)
        score += len({text[start:end].lower() for start, end, _word in heard} - set(known_slips))
    if score < settings.min_cues:
        return []
    # (the mark takes the space before it: "left comma sensory" reads "left,      sensory")
    edits = [(len(text[: m.start()].rstrip(" \t")), m.end(), mark) for m in cues
             if (mark := settings.marks.get(" ".join(m.group().lower().split()))) is not None]
    return edits + (heard if heard is not None else _heard_words(text, settings))


def _heard_words(text: str, settings: _Settings) -> list[tuple[int, int, str]]:
    tokens = [t for t in _TOKEN.finditer(text) if not settings.cue.fullmatch(t.group())]
    edits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        best: tuple[bool, int, float, str] | None = None  # (same sound?, words, likeness, rule word)
        for n in range(1, min(_MAX_WORDS, len(tokens) - i) + 1):
            run = tokens[i : i + n]
            if n > 1 and not _JOIN.fullmatch(text, run[-2].end(), run[-1].start()):
                break
            pieces = [t.group().lower() for t in run]
            written = "".join(pieces)
            if pieces[-1] in settings.known or pieces[-1] in settings.never or (n == 1 and written in settings.known):
                break  # a rule word written right, or a real word like one, is not part of a mishearing (but a
                # rule word in pieces is one: "tri am cinolone", "fluoro's copy")
            if n > 1 and (pieces[0] in settings.edge - _LEADING or pieces[-1] in settings.edge):
                continue
            found = _heard_word(written, n, run[-1].end() - run[0].start(), settings)
            # (the same sound before one sound off, then the longer run: "a blaze on" is "ablation", not "a
            # blaze" "ablated")
            if found and (best is None or (found[0], n) > best[:2]):
                best = (found[0], n, found[1], found[2])
        if best is None:
            i += 1
            continue
        _exact, n, _ratio, word = best
        edits.append((tokens[i].start(), tokens[i + n - 1].end(), word))
        i += n
    return edits
