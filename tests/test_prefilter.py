"""Regex prefilters: the literal sets are right, and a prefilter never skips a regex that would match."""

from __future__ import annotations

import re

import pytest

from nlp.pipeline import fast_regex
from nlp.pipeline.fast_regex import lower_pattern
from nlp.pipeline.prefilter import first_char_class, leading_literals, required_literals
from nlp.pipeline.rules import load_rule_file
from tests.conftest import corpus_note_paths
from tests.templates.generate import generate


@pytest.mark.parametrize(("pattern", "expected"), [
    ("facet injection", {"facet injection"}),
    (r"(?:intra-?\s?articular\s+)?(?:facett?e?s?|zygapophys[ea]al)\s+", {"facet", "zygapophyse", "zygapophysa"}),
    (r"\bright(?:-sided)?\b|\brt\b\.?", {"right", "rt"}),
    (r"bilat(?:eral)?|bilateral|b/l", {"bilat", "b/l"}),  # "bilateral" contains "bilat": redundant
    (r"(?:first|second)?\s*block", {"block"}),  # the optional group is not required
    (r"[CTLS]\d{1,2}", None),  # only single characters
    (r"ab|c", None),  # "c" alone is too short to help
    (r"\[\s?\]", None),
    (r"(?i:facet)\s+joint", {"joint"}),  # a case-insensitive part is not exact
    (r"(?:x+|y*)facet", {"facet"}),
    (r"(?:facet|\w+)\s+injection", {"injection"}),
])
def test_required_literals(pattern: str, expected: set[str] | None) -> None:
    got = required_literals(pattern)
    assert (set(got) if got is not None else None) == expected


def test_case_insensitive_patterns_need_folding() -> None:
    assert required_literals("Right", re.IGNORECASE) is None
    assert required_literals("(?i)Right") is None
    assert required_literals(r"(?-i:US)\s+guidance|USG", re.IGNORECASE, fold=True) == {"guidance", "usg"}
    # U+017F LONG S matches "s" case-insensitively but lower-cases to itself: no folded literal
    assert re.fullmatch("\u017fteroid", "steroid", re.IGNORECASE)
    assert required_literals("\u017fteroid", re.IGNORECASE, fold=True) is None


def _texts() -> list[str]:
    paths = corpus_note_paths()
    return [p.read_text(encoding="utf-8") for p in paths] + [c.text for c in generate(300, seed=5)]


def _rule_matches(derive):  # noqa: ANN001, ANN202
    """(rule id, derived strings, lower-cased match) for every rule that gets strings and every match of it on the
    corpus, each rule matched as fast_regex does: lower-cased on lower-cased text, or with IGNORECASE where a part
    is case-sensitive."""
    texts = _texts()
    lowered = [t.lower() for t in texts]
    for name in ("targets", "context", "sections"):
        for rule in load_rule_file(name)["rules"]:
            pattern = rule["pattern"]
            if "(?-i:" in pattern:
                compiled, strings, haystacks = re.compile(pattern, re.I), derive(pattern, re.I, fold=True), texts
            else:
                low = lower_pattern(pattern)
                compiled, strings, haystacks = re.compile(low), derive(low), lowered
            if strings is None:
                continue
            for text in haystacks:
                for m in compiled.finditer(text):
                    yield rule["id"], strings, m.group(0).lower()


def test_every_rule_match_contains_one_of_its_literals() -> None:
    """The prefilter of every rule (as fast_regex derives it) holds for every match on the corpus."""
    checked = 0
    for rule_id, literals, span in _rule_matches(required_literals):
        assert any(lit in span for lit in literals), (rule_id, sorted(literals))
        checked += 1
    assert checked > 5000


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(?:no|not|never)\b", {"no", "never"}),  # "not" starts with "no"
    (r"(?:intra-?\s?articular\s+)?facet", {"intra", "facet"}),
    (r"(?<![a-z])(?:rt|right)\b", {"rt", "right"}),
    (r"(?:first|second)?\s*block", None),  # may start with white space
    (r"\s*block", None),
    (r"[ab]c", {"ac", "bc"}),
    (r"x*y", {"x", "y"}),
    (r"x*", None),  # may be empty: the empty prefix means unknown
    (r"x+y", {"x"}),
])
def test_leading_literals(pattern: str, expected: set[str] | None) -> None:
    got = leading_literals(pattern)
    assert (set(got) if got is not None else None) == expected


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bfoo|(?<=x)bar", "[bf]"),  # assertions step over to the first character consumed
    (r"(?:(?<=up)|(?<=flow)),", "[,]"),
    (r"(?<![a-z])\s*then", r"[\st]"),  # an optional part adds what may follow it
    (r"(?-i:US)|ct", "[Uc]"),
    (r"(?<=a)[^b]c", None),  # a negated set may start with anything
    (r"(?<=a)x*", None),  # a match may be empty
    (r"(?i:r)x", None),  # a case-insensitive part in a case-sensitive pattern
    (r"foo|bar", None),  # a leading literal or set: re skips to it already
    (r"[ctls]\d", None),
])
def test_first_char_class(pattern: str, expected: str | None) -> None:
    assert first_char_class(pattern) == expected


def test_every_rule_match_starts_with_one_of_its_leads() -> None:
    checked = 0
    for rule_id, leads, span in _rule_matches(leading_literals):
        assert span.startswith(tuple(leads)), (rule_id, sorted(leads))
        checked += 1
    assert checked > 5000


@pytest.mark.parametrize(("max_starts", "chars_per_start"), [(0, 10**9), (4, 10**9), (32, 6), (10_000, 1)])
def test_prefiltered_matcher_finds_what_plain_regexes_find(  # noqa: ANN001
    pipeline, monkeypatch, max_starts: int, chars_per_start: int
) -> None:
    """Target, ConText and section matches with prefilters, leads and first-character look-aheads on equal those
    of plain regex scans, whether the regexes run at the leads' offsets (many allowed) or scan the whole note
    (none allowed)."""
    monkeypatch.setattr(fast_regex, "_MAX_STARTS", max_starts)
    monkeypatch.setattr(fast_regex, "_CHARS_PER_START", chars_per_start)
    matchers = [pipeline.get_pipe("spinecode_targets")._matcher,
                pipeline.get_pipe("spinecode_context")._matcher, pipeline.get_pipe("spinecode_sections")._matcher]
    texts = _texts()[:120] + ["\u017fteroid injection at L4-5 \u212a", "R L4-5 MBB. RT side, right L5"]
    docs = [pipeline.make_doc(t) for t in texts]
    for matcher in matchers:
        with_filters = [matcher(doc) for doc in docs]
        saved = {key: list(rules) for key, rules in matcher._lowered.items()}
        try:
            for rules in matcher._lowered.values():
                rules[:] = [r._replace(literals=None, leads=None, scan=None) for r in rules]
            assert [matcher(doc) for doc in docs] == with_filters
        finally:
            matcher._lowered.update(saved)
        assert sum(map(len, with_filters)) > 300


def _random_pattern(rng, depth: int = 0) -> str:  # noqa: ANN001
    """A random regex over a tiny alphabet, with the constructs the prefilters reason about."""
    atoms = ["a", "b", "ab", "ba", "aab", "-", " ", "[ab]", "[a-c]", r"\s", r"\d", ".", r"\b", "(?<!a)", "(?=b)",
             "(?<=a)", "(?<![ab])", "A", "[AB]"]
    parts = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.2 and depth < 3:
            inner = _random_pattern(rng, depth + 1)
            parts.append(rng.choice(["(?:{})", "({})", "(?i:{})", "(?-i:{})", "(?>{})"]).format(inner))
        elif roll < 0.3 and depth < 3:
            parts.append(_random_pattern(rng, depth + 1) + "|" + _random_pattern(rng, depth + 1))
        else:
            parts.append(rng.choice(atoms))
        if rng.random() < 0.3 and not parts[-1].startswith(("(?<", "(?=", "\\b")):
            parts[-1] = "(?:" + parts[-1] + ")" + rng.choice(["?", "*", "+", "{1,2}", "{0,2}", "??", "+?", "{2}"])
    return "".join(parts)


def test_random_patterns_never_lose_a_match() -> None:
    """Soundness on random patterns and texts: every match contains a required literal and starts with a lead,
    and trying the regex only at the leads' offsets, or behind a look-ahead for its first characters, finds
    exactly what finditer finds."""
    import random

    rng = random.Random(20261127)
    texts = ["".join(rng.choice("aabbc AB-\n1") for _ in range(rng.randint(0, 24))) for _ in range(40)]
    checked = 0
    for _ in range(2500):
        pattern = _random_pattern(rng)
        for flags, fold in ((0, False), (re.IGNORECASE, True)):
            try:
                compiled = re.compile(pattern, flags)
            except re.error:
                continue
            literals = required_literals(pattern, flags, fold=fold)
            leads = leading_literals(pattern, flags, fold=fold)
            guarded = fast_regex._first_char_guarded(compiled)
            for text in texts:
                probe = text.lower() if fold else text
                found = list(compiled.finditer(text))
                for m in found:
                    span = m.group(0).lower() if fold else m.group(0)
                    if literals is not None:
                        assert any(lit in span for lit in literals), (pattern, flags, text, sorted(literals))
                    if leads is not None:
                        assert span.startswith(tuple(leads)), (pattern, flags, text, sorted(leads))
                if guarded is not None:
                    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in found], (pattern, text)
                if leads is not None:
                    starts = fast_regex._lead_positions(probe, leads, {})
                    if starts is not None:
                        got = [m.span() for m in fast_regex._matches_from(compiled, text, starts)]
                        assert got == [m.span() for m in found], (pattern, flags, text)
                checked += len(found)
    assert checked > 10_000
