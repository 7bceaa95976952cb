"""Regex prefilters: the literal sets are right, and a prefilter never skips a regex that would match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nlp.pipeline import fast_regex
from nlp.pipeline.fast_regex import lower_pattern
from nlp.pipeline.prefilter import leading_literals, required_literals
from nlp.pipeline.rules import load_rule_file
from tests.templates.generate import generate

ROOT = Path(__file__).resolve().parents[1]


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
    paths = sorted((ROOT / "corpora" / "samples").glob("*.txt")) + sorted((ROOT / "corpora" / "notes").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths] + [c.text for c in generate(300, seed=5)]


def test_every_rule_match_contains_one_of_its_literals() -> None:
    """The prefilter of every rule (as fast_regex derives it) holds for every match on the corpus."""
    texts = _texts()
    lowered = [t.lower() for t in texts]
    checked = 0
    for name in ("targets", "context", "sections"):
        for rule in load_rule_file(name)["rules"]:
            pattern = rule["pattern"]
            if "(?-i:" in pattern:
                compiled = re.compile(pattern, re.IGNORECASE)
                literals = required_literals(pattern, re.IGNORECASE, fold=True)
                haystacks = texts
            else:
                compiled = re.compile(lower_pattern(pattern))
                literals = required_literals(lower_pattern(pattern))
                haystacks = lowered
            if literals is None:
                continue
            for text in haystacks:
                for m in compiled.finditer(text):
                    span = m.group(0).lower() if compiled.flags & re.IGNORECASE else m.group(0)
                    assert any(lit in span for lit in literals), (rule["id"], sorted(literals))
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


def test_every_rule_match_starts_with_one_of_its_leads() -> None:
    texts = _texts()
    lowered = [t.lower() for t in texts]
    checked = 0
    for name in ("targets", "context", "sections"):
        for rule in load_rule_file(name)["rules"]:
            pattern = rule["pattern"]
            if "(?-i:" in pattern:
                compiled, leads = re.compile(pattern, re.IGNORECASE), leading_literals(pattern, re.I, fold=True)
                haystacks = texts
            else:
                compiled, leads = re.compile(lower_pattern(pattern)), leading_literals(lower_pattern(pattern))
                haystacks = lowered
            if leads is None:
                continue
            for text in haystacks:
                for m in compiled.finditer(text):
                    assert m.group(0).lower().startswith(tuple(leads)), (rule["id"], sorted(leads))
                    checked += 1
    assert checked > 5000


@pytest.mark.parametrize(("max_starts", "chars_per_start"), [(0, 10**9), (4, 10**9), (32, 6), (10_000, 1)])
def test_prefiltered_matcher_finds_what_plain_regexes_find(  # noqa: ANN001
    pipeline, monkeypatch, max_starts: int, chars_per_start: int
) -> None:
    """Target, ConText and section matches with prefilters and leads on equal those of plain regex scans,
    whether the regexes run at the leads' offsets (many allowed) or scan the whole note (none allowed)."""
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
                rules[:] = [r._replace(literals=None, leads=None) for r in rules]
            assert [matcher(doc) for doc in docs] == with_filters
        finally:
            matcher._lowered.update(saved)
        assert sum(map(len, with_filters)) > 300
