"""A drop-in for medspaCy 1.3.1's Sectionizer for flat section rules (no parents, no scope limits).

medspaCy's Sectionizer sets `token._.section` on every token through spaCy's Underscore objects, which took
most of its time; spinecode reads only `doc._.sections`, and its procedure component clears the token values
again. This component builds the same `Section` list from the same regex matches (`CachedTextRegexMatcher`,
overlaps pruned as medspaCy's matcher does) and sets the token values only when `token_sections` is on (the
default, as in medspaCy; spinecode's own pipeline turns it off). Rules with parents, a max_scope or a non-regex
pattern are refused: use medspaCy's Sectionizer for those.
"""

from __future__ import annotations

from collections.abc import Iterable

from medspacy.common.util import prune_overlapping_matches
from medspacy.section_detection import Section, SectionRule
from spacy.language import Language
from spacy.tokens import Doc

from nlp.pipeline.fast_regex import rule_matcher


def supported(rule: SectionRule) -> bool:
    """Whether FastSectionizer gives medspaCy's result for this rule."""
    return (
        isinstance(rule.pattern, str) and rule.on_match is None and not rule.parents and not rule.parent_required
        and rule.max_scope is None
    )


class FastSectionizer:
    """Sectionizer(rules=None, span_attrs=None) semantics: no start/end-line filters, no sentence boundaries."""

    def __init__(self, nlp: Language, name: str, rules: Iterable[SectionRule], token_sections: bool = True) -> None:
        self.name = name
        self.token_sections = token_sections
        self._matcher, self.rules, self._rule_of = rule_matcher(nlp.vocab, rules, supported, "FastSectionizer")

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        matches = self._matcher(doc)
        if not matches:
            doc._.sections = [Section(None, 0, 0, 0, n)]
            return doc  # medspaCy sets no token values here
        matches = prune_overlapping_matches(matches)
        sections = [Section(None, 0, 0, 0, matches[0][1])] if matches[0][1] != 0 else []
        for i, (match_id, start, end) in enumerate(matches):
            rule = self._rule_of[match_id]
            body_end = matches[i + 1][1] if i + 1 < len(matches) else n
            sections.append(Section(rule.category, start, end, end, body_end, None, rule))
        doc._.sections = sections
        if self.token_sections:
            for section in sections:
                for token in doc[section.title_start : section.body_end]:
                    token._.section = section
        return doc
