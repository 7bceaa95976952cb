"""A drop-in for medspaCy's RegexMatcher that reads the Doc text once per call.

medspaCy 1.3.1's RegexMatcher rebuilds `doc.text_with_ws` (a join over every token) for every pattern and
resolves unaligned matches by scanning tokens from the start: with ~60 regex rules per component this was half
of spinecode's run time (benchmarks/README.md). Matching semantics are the same: `char_span`, else expand to the
token boundaries on the left of the start and the right of the end.

Case-insensitive matching is done as a case-sensitive match of the lower-cased pattern on the lower-cased text,
which Python's `re` runs about twice as fast; rules with a case-sensitive part (`(?-i:...)`) keep the flag.

Each rule's regex runs only where it can match (literals derived at load time by `nlp.pipeline.prefilter`):
it is skipped when none of its required literals is in the note, and when every match must start with one of
a few literals that occur in the note only a few times, it is tried at those offsets instead of scanning the
whole note; a rule that starts with look-behinds or an alternation scans behind a look-ahead for the characters
its matches can start with. All give exactly the matches of `finditer` (tests/test_prefilter.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

import numpy
from medspacy.common.regex_matcher import RegexMatcher
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from nlp.pipeline.doctext import doc_lower, doc_read
from nlp.pipeline.prefilter import first_char_class, leading_literals, required_literals


def lower_pattern(pattern: str) -> str:
    """The pattern's letters lower-cased, escapes (\\S, \\D, \\W, \\B, \\u2013 ...) left as written."""
    out = []
    escaped = False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    return "".join(out)


class _Rule(NamedTuple):
    pattern: re.Pattern
    on_lower: bool  # the lower-cased pattern, matched on the lower-cased text
    literals: frozenset[str] | None  # one must occur (nlp.pipeline.prefilter) or the regex cannot match
    folded: bool  # literals and leads are lower-cased: valid on the lower-cased text of an ASCII note
    leads: frozenset[str] | None  # every match starts with one: try the regex only where one occurs
    scan: re.Pattern | None = None  # the pattern for a scan of the whole note, if not `pattern` itself


class CachedTextRegexMatcher(RegexMatcher):
    def add(self, match_id: str, regex_rules: Iterable[str], on_match: Callable | None = None) -> None:
        super().add(match_id, regex_rules, on_match)
        key = self.vocab.strings[match_id]
        lowered = getattr(self, "_lowered", {})
        self._lowered = lowered
        for pattern in regex_rules:
            if self.flags & re.IGNORECASE and "(?-i:" not in pattern:
                low = lower_pattern(pattern)
                flags = self.flags & ~re.IGNORECASE
                rule = _Rule(re.compile(low, flags), True, required_literals(low, flags), False,
                             leading_literals(low, flags))
            elif self.flags & re.IGNORECASE:
                rule = _Rule(re.compile(pattern, self.flags), False, required_literals(pattern, self.flags, fold=True),
                             True, leading_literals(pattern, self.flags, fold=True))
            else:
                rule = _Rule(re.compile(pattern, self.flags), False, required_literals(pattern, self.flags), False,
                             leading_literals(pattern, self.flags))
            if rule.leads is None:
                rule = rule._replace(scan=_first_char_guarded(rule.pattern))
            lowered.setdefault(key, []).append(rule)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        text = doc_read(doc)  # the note's text with OCR's letter / digit slips read (same length)
        low = doc_lower(doc)  # None for rare Unicode whose lower case changes length: offsets stay exact
        is_ascii = text.isascii()
        tokens: _Tokens | None = None
        low_seen: dict[str, list[int]] = {}  # lead -> its offsets (rules share leads such as "was", "no")
        text_seen: dict[str, list[int]] = {}
        matches: list[tuple[int, int, int]] = []
        for match_id, rules in getattr(self, "_lowered", {}).items():
            on_match = self._callbacks[match_id]
            for rule in rules:
                pattern, haystack = rule.pattern, text
                scan = rule.scan or pattern
                if rule.on_lower:
                    if low is None:
                        pattern = scan = re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)
                    else:
                        haystack = low
                # Literals and leads hold on `probe`: the text matched, or for a folded rule its lower case.
                usable = (not rule.folded or is_ascii) and not (rule.on_lower and low is None)
                probe = low if rule.folded else haystack
                if usable and rule.literals is not None and not any(lit in probe for lit in rule.literals):
                    continue
                found = None
                if usable and rule.leads is not None:
                    seen = low_seen if probe is low else text_seen
                    starts = _lead_positions(probe, rule.leads, seen)  # type: ignore[arg-type]
                    if starts is not None:
                        found = _matches_from(pattern, haystack, starts)
                for m in found if found is not None else scan.finditer(haystack):
                    if tokens is None:
                        tokens = _tokens_of(doc)
                    first, last = tokens.align(m.start(), m.end())
                    if last > first:
                        matches.append((match_id, first, last))
                        if on_match is not None:
                            on_match(self, doc, len(matches) - 1, matches)
        return matches


def _first_char_guarded(pattern: re.Pattern) -> re.Pattern | None:
    """The pattern behind a look-ahead for the characters its matches can start with (same matches): `re` tries
    a pattern that starts with an assertion or an alternation whole at every position, but a one-character
    look-ahead fails at most of them at once."""
    if re.match(r"\(\?[aiLmsux]+\)", pattern.pattern):  # (global flags must stay first)
        return None
    char_class = first_char_class(pattern.pattern, pattern.flags)
    return None if char_class is None else re.compile(f"(?={char_class})(?:{pattern.pattern})", pattern.flags)


# Beyond _MAX_STARTS + len(text) // _CHARS_PER_START possible starts, one scan of the whole text (finditer) is
# cheaper than a match per start (a scan costs in proportion to the text; measured on the corpus notes).
_MAX_STARTS = 32
_CHARS_PER_START = 6


def _lead_positions(probe: str, leads: frozenset[str], seen: dict[str, list[int]]) -> list[int] | None:
    """Sorted offsets where one of the leading literals occurs; None if there are too many to try one by one."""
    limit = _MAX_STARTS + len(probe) // _CHARS_PER_START
    starts: list[int] = []
    for lead in leads:
        found = seen.get(lead)
        if found is None:
            found = []
            i = probe.find(lead)
            while i >= 0 and len(found) <= limit:
                found.append(i)
                i = probe.find(lead, i + 1)
            seen[lead] = found
        starts += found
        if len(starts) > limit:
            return None
    starts.sort()
    return starts


def _matches_from(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """`pattern.finditer(text)` when every match starts at one of `starts` and is not empty: the leftmost match
    at or after the previous match's end is the first start from there where the pattern matches. `match` with
    a position still sees the text before it (look-behinds, \\b)."""
    pos = 0
    for start in starts:
        if start < pos:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            pos = m.end()


_last_tokens: tuple[bytes, _Tokens | None] = (b"", None)


def _tokens_of(doc: Doc) -> _Tokens:
    """Token offsets, indexed once for the matchers that run on the same Doc one after another: reading the
    offsets is cheap, indexing them is not, so the index is reused while the offsets are the same."""
    global _last_tokens
    offsets = doc.to_array([IDX, LENGTH])
    key = offsets.tobytes()
    if _last_tokens[0] != key or _last_tokens[1] is None:
        _last_tokens = (key, _Tokens(offsets))
    return _last_tokens[1]


class _Tokens:
    """Token offsets of a Doc, read once: aligns character matches as `Doc.char_span` then the expansion did."""

    def __init__(self, offsets: numpy.ndarray) -> None:
        self.starts: list[int] = offsets[:, 0].tolist()
        ends = (offsets[:, 0] + offsets[:, 1]).tolist()
        self.by_start = {s: i for i, s in enumerate(self.starts)}
        self.by_end = {e: i for i, e in enumerate(ends)}
        self.n = len(self.starts)

    def align(self, start: int, end: int) -> tuple[int, int]:
        """Token range: exact if the match is token-aligned, else expanded to the tokens it touches."""
        first, last = self.by_start.get(start), self.by_end.get(end)
        if first is not None and last is not None:
            return first, last + 1
        first = max(bisect_right(self.starts, start) - 1, 0)
        return first, min(bisect_left(self.starts, end), self.n)


def use_cached_regex(component: Any) -> bool:
    """Swap the regex matcher inside a medspaCy TargetMatcher, ConText or Sectionizer (before rules are added).

    Returns False, leaving the component as it is, if medspaCy's internals differ from 1.3.1.
    """
    owner = type(component).__name__
    matcher = getattr(component, f"_{owner}__matcher", None)
    if matcher is None or not hasattr(matcher, "_MedspacyMatcher__regex_matcher"):
        return False
    old = matcher._MedspacyMatcher__regex_matcher
    new = CachedTextRegexMatcher(old.vocab, flags=old.flags, resolve_start=old.resolve_start,
                                 resolve_end=old.resolve_end)
    matcher._MedspacyMatcher__regex_matcher = new
    return True


class RuleMatcher(NamedTuple):
    """One case-insensitive regex matcher over a component's rules, and the rule each match id stands for."""

    matcher: CachedTextRegexMatcher
    rules: list[Any]
    rule_of: dict[int, Any]


def rule_matcher(vocab: Any, rules: Iterable[Any], supported: Callable[[Any], bool], owner: str) -> RuleMatcher:
    """Register medspaCy rules (TargetRule, SectionRule) with one matcher, ids `<category>_<n>` as medspaCy does."""
    matcher = CachedTextRegexMatcher(vocab, flags=re.IGNORECASE)
    kept: list[Any] = []
    rule_of: dict[int, Any] = {}
    for rule in rules:
        if not supported(rule):
            raise ValueError(f"{owner} does not implement the features of rule {rule.literal!r}")
        rule_id = f"{rule.category}_{len(kept)}"
        rule._rule_id = rule_id
        kept.append(rule)
        matcher.add(rule_id, [rule.pattern])
        rule_of[vocab.strings[rule_id]] = rule
    return RuleMatcher(matcher, kept, rule_of)
