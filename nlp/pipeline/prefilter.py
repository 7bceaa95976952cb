"""Literal prefilters derived from regex patterns: skip a regex when none of its required strings is in the text.

`required_literals(pattern)` walks the pattern's parse tree (`re._parser`) and returns a set of literal strings
one of which occurs in every possible match, or None when no such set can be derived (e.g. `[CTLS]\\d`). A
substring test is far cheaper than running a large alternation over the whole note, and most rules do not match
most notes. Only sound derivations are made: anything not understood (flags switched inside the pattern, look-
arounds, back-references, ranges) counts as "no requirement", so a prefilter can never skip a regex that matches.

`leading_literals(pattern)` does the same for the start of a match: strings one of which every match begins
with, so the regex need only be tried where one of them occurs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # Python >= 3.11
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python 3.10 and older
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

# A set is worth testing only if its shortest string has at least this many characters.
MIN_LITERAL = 2
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


def _score(options: frozenset[str]) -> tuple[int, int]:
    return min(map(len, options)), -len(options)


def _sequence(items: Iterable[tuple], fold: bool) -> frozenset[str] | None:
    """Every item of a sequence must match: the best requirement among its items and literal runs."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av).lower() if fold else chr(av))
            continue
        if run:
            prefix = "".join(run)
            candidates.append(frozenset([prefix]))
            leads = _leading_literals(op, av, fold)
            if leads:  # "r(?:ight|t)" (how re factors "right|rt") requires "right" or "rt"
                candidates.append(frozenset(prefix + lead for lead in leads))
            run = []
        options = _item(op, av, fold)
        if options:
            candidates.append(options)
    if run:
        candidates.append(frozenset(["".join(run)]))
    return max(candidates, key=_score, default=None)


def _leading_literals(op: object, av: object, fold: bool) -> list[str] | None:
    """The literal each alternative of a branch or character set starts with, if every one starts with one."""
    if op is _c.IN and av and all(o is _c.LITERAL for o, _ in av):  # type: ignore[union-attr]
        return [chr(v).lower() if fold else chr(v) for _, v in av]  # type: ignore[union-attr]
    if op is not _c.BRANCH:
        return None
    leads = []
    for alternative in av[1]:  # type: ignore[index]
        lead = []
        for o, v in alternative:
            if o is not _c.LITERAL:
                break
            lead.append(chr(v).lower() if fold else chr(v))
        if not lead:
            return None
        leads.append("".join(lead))
    return leads


def _item(op: object, av: object, fold: bool) -> frozenset[str] | None:
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av  # type: ignore[misc]
        return None if (add_flags or del_flags) and not fold else _sequence(sub, fold)
    if op is _c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:  # type: ignore[index]
            options = _sequence(alternative, fold)
            if not options:
                return None  # an alternative without a requirement: the branch requires nothing
            union |= options
        return frozenset(union)
    if op in _REPEATS:
        low, _high, sub = av  # type: ignore[misc]
        return _sequence(sub, fold) if low >= 1 else None
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av, fold)  # type: ignore[arg-type]
    if op is _c.IN and av and all(o is _c.LITERAL for o, _ in av):  # type: ignore[union-attr]
        return frozenset(chr(v).lower() if fold else chr(v) for _, v in av)  # type: ignore[union-attr]
    return None


def _minimal(options: frozenset[str]) -> frozenset[str]:
    """Drop strings that contain another member: "bilateral" occurs only where "bilat" does."""
    return frozenset(o for o in options if not any(x != o and x in o for x in options))


def _parse(pattern: str, flags: int, fold: bool):  # noqa: ANN202 - re._parser.SubPattern
    """The pattern's parse tree, or None where no literal can be trusted (locale flags, case-insensitive parts
    without `fold`, a pattern `re` cannot parse)."""
    if flags & re.LOCALE or (flags & re.IGNORECASE and not fold):
        return None
    try:
        parsed = _p.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    if parsed.state.flags & re.LOCALE or (parsed.state.flags & re.IGNORECASE and not fold):
        return None
    return parsed


def required_literals(pattern: str, flags: int = 0, fold: bool = False) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` (compiled with `flags`) contains; None if none derived.

    Without `fold` the strings are exact, and a pattern with any case-insensitive part gets None. With `fold`
    they are lower-cased and hold for the lower-cased text whatever the case flags, provided that text is ASCII
    (Unicode case-insensitive matching also equates characters such as the Kelvin sign and "k").
    """
    parsed = _parse(pattern, flags, fold)
    if parsed is None:
        return None
    options = _sequence(parsed, fold)
    if not options or min(map(len, options)) < MIN_LITERAL:
        return None
    if fold and not all(o.isascii() for o in options):
        return None  # e.g. "\u017f" (long s) matches "s" case-insensitively but lower-cases to itself
    return _minimal(options)


# ---------------------------------------------------------------- leading literals

_MAX_LEAD = 12  # characters of a leading literal worth knowing
_MAX_LEADS = 64  # more alternatives than this: not worth finding each one


def leading_literals(pattern: str, flags: int = 0, fold: bool = False) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` starts with; None if none derived (same flags rules as
    `required_literals`). Zero-width assertions at the start (\\b, look-arounds) are stepped over: they consume
    nothing, so the match still starts with the next literal.
    """
    parsed = _parse(pattern, flags, fold)
    if parsed is None:
        return None
    try:
        leads = _lead(list(parsed), _MAX_LEAD, fold)
    except _TooMany:
        return None
    if "" in leads or (fold and not all(s.isascii() for s in leads)):
        return None
    return _shortest(leads)


class _TooMany(Exception):
    pass


def _shortest(options: set[str]) -> frozenset[str]:
    """Drop strings that start with another member: a match starting with "bilateral" starts with "bilat"."""
    return frozenset(o for o in options if not any(x != o and o.startswith(x) for x in options))


def _lead(items: list, depth: int, fold: bool) -> set[str]:
    """Prefixes one of which a match of the item sequence starts with; "" in the set means "unknown"."""
    if not items or depth <= 0:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _lead(rest, depth, fold)
    if op is _c.LITERAL:
        char = chr(av).lower() if fold else chr(av)
        return _grow({char + tail for tail in _lead(rest, depth - 1, fold)})
    if op is _c.IN and av and all(o is _c.LITERAL for o, _ in av):
        tails = _lead(rest, depth - 1, fold)
        return _grow({(chr(v).lower() if fold else chr(v)) + tail for _, v in av for tail in tails})
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags or del_flags) and not fold:
            return {""}
        return _lead(list(sub) + rest, depth, fold)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            out |= _lead(list(alternative) + rest, depth, fold)
        return _grow(out)
    if op in _REPEATS:
        low, _high, sub = av
        first = _lead(list(sub), depth, fold)  # stops after one repetition: shorter prefixes stay true
        return first if low >= 1 else _grow(first | _lead(rest, depth, fold))
    return {""}


def _grow(options: set[str]) -> set[str]:
    if len(options) > _MAX_LEADS:
        raise _TooMany
    return options


# ---------------------------------------------------------------- first characters

_CATEGORY_CLASS = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_WORD: r"\w"}


def first_char_class(pattern: str, flags: int = 0) -> str | None:
    """A character class ("[\\s,;(abt]") holding the first character of every match of `pattern`, or None when
    none can be derived (a match may be empty or start with any character) or the pattern starts with a literal,
    a set or literal alternatives (`re` already skips to those by itself). Zero-width assertions at the start are
    stepped over. Under the pattern's own flags the class matches at least what the pattern can start with, so
    `(?=CLASS)(?:pattern)` has the same matches; `re` then rejects most positions with one character test instead
    of trying every alternative and look-behind there."""
    if flags & re.LOCALE:
        return None
    try:
        parsed = _p.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    if parsed.state.flags & re.LOCALE or not len(parsed) or _scanned_by_re(parsed[0]):
        return None
    found = _firsts(list(parsed))
    if found is None or found[1] or not found[0]:
        return None
    return "[" + "".join(sorted(found[0])) + "]"


def _scanned_by_re(item: tuple) -> bool:
    """A literal, a set, or alternatives that all start with a literal: `re` skips to those by itself."""
    op, av = item
    return op in (_c.LITERAL, _c.IN) or (op is _c.BRANCH and all(
        alternative and alternative[0][0] is _c.LITERAL for alternative in av[1]))


def _firsts(items: list) -> tuple[set[str], bool] | None:
    """(class parts one of which a match of the sequence starts with, whether it can match empty); None if
    unknown."""
    parts: set[str] = set()
    for op, av in items:
        found = _first_of(op, av)
        if found is None:
            return None
        parts |= found[0]
        if not found[1]:
            return parts, False
    return parts, True


def _first_of(op: object, av: object) -> tuple[set[str], bool] | None:  # noqa: PLR0911 - one case per opcode
    if op is _c.LITERAL:
        return {re.escape(chr(av))}, False  # type: ignore[arg-type]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True
    if op is _c.IN:
        parts = set()
        for o, v in av:  # type: ignore[union-attr]
            if o is _c.LITERAL:
                parts.add(re.escape(chr(v)))
            elif o is _c.RANGE:
                parts.add(f"{re.escape(chr(v[0]))}-{re.escape(chr(v[1]))}")
            elif o is _c.CATEGORY and v in _CATEGORY_CLASS:
                parts.add(_CATEGORY_CLASS[v])
            else:  # a negated set, a negated category
                return None
        return parts, False
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av  # type: ignore[misc]
        if add_flags & (re.IGNORECASE | re.LOCALE):
            return None  # ("(?i:r)" in a case-sensitive pattern: the class would be case-sensitive)
        return _firsts(list(sub))
    if op is _c.BRANCH:
        parts, empty = set(), False
        for alternative in av[1]:  # type: ignore[index]
            found = _firsts(list(alternative))
            if found is None:
                return None
            parts |= found[0]
            empty = empty or found[1]
        return parts, empty
    if op in _REPEATS:
        low, _high, sub = av  # type: ignore[misc]
        found = _firsts(list(sub))
        return None if found is None else (found[0], found[1] or low == 0)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _firsts(list(av))  # type: ignore[arg-type]
    return None
