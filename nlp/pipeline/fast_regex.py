"""A drop-in for medspaCy's RegexMatcher that reads the Doc text once per call.

medspaCy 1.3.1's RegexMatcher rebuilds `doc.text_with_ws` (a join over every token) for every pattern and
resolves unaligned matches by scanning tokens from the start: with ~60 regex rules per component this was half
of spinecode's run time (benchmarks/README.md). Matching semantics are the same: `char_span`, else expand to the
token boundaries on the left of the start and the right of the end.

Case-insensitive matching is done as a case-sensitive match of the lower-cased pattern on the lower-cased text,
which Python's `re` runs about twice as fast; rules with a case-sensitive part (`(?-i:...)`) keep the flag.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from typing import Any

from medspacy.common.regex_matcher import RegexMatcher
from spacy.tokens import Doc


def lower_pattern(pattern: str) -> str:
    """The pattern's letters lower-cased, escapes (\\S, \\D, \\W, \\B, \\u2013 ...) left as written."""
    out = []
    escaped = False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    return "".join(out)


class CachedTextRegexMatcher(RegexMatcher):
    def add(self, match_id: str, regex_rules: Iterable[str], on_match: Callable | None = None) -> None:
        super().add(match_id, regex_rules, on_match)
        key = self.vocab.strings[match_id]
        lowered = getattr(self, "_lowered", {})
        self._lowered = lowered
        for pattern in regex_rules:
            if self.flags & re.IGNORECASE and "(?-i:" not in pattern:
                lowered.setdefault(key, []).append((re.compile(lower_pattern(pattern), self.flags & ~re.IGNORECASE),
                                                    True))
            else:
                lowered.setdefault(key, []).append((re.compile(pattern, self.flags), False))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        text = doc.text
        low = text.lower()
        if len(low) != len(text):  # rare Unicode whose lower case changes length: keep offsets exact
            low = None
        starts: list[int] | None = None
        matches: list[tuple[int, int, int]] = []
        for match_id, patterns in getattr(self, "_lowered", {}).items():
            on_match = self._callbacks[match_id]
            for pattern, on_lower in patterns:
                if on_lower and low is None:
                    pattern = re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)
                for m in pattern.finditer(low if on_lower and low is not None else text):
                    span = doc.char_span(m.start(), m.end())
                    if span is None:
                        if starts is None:
                            starts = [t.idx for t in doc]
                        first = max(bisect_right(starts, m.start()) - 1, 0)
                        last = bisect_left(starts, m.end())
                        span = doc[first:last]
                    if len(span):
                        matches.append((match_id, span.start, span.end))
                        if on_match is not None:
                            on_match(self, doc, len(matches) - 1, matches)
        return matches


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
