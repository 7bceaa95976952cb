"""A drop-in for medspaCy 1.3.1's TargetMatcher (result_type "group") for regex rules.

medspaCy's TargetMatcher runs an empty spaCy Matcher and PhraseMatcher on every note (with a warning each time)
before its regex matcher; with regex-only rules this component runs the regex matcher alone
(`CachedTextRegexMatcher`), prunes overlaps with medspaCy's own function and adds the same spans, labels and
`span._.target_rule` values to the same span group. Rules with token patterns, phrase literals, `on_match` or
`attributes` are refused: use medspaCy's TargetMatcher for those.
"""

from __future__ import annotations

from collections.abc import Iterable

from medspacy.common.util import prune_overlapping_matches
from medspacy.target_matcher import TargetRule
from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.pipeline.fast_regex import rule_matcher


def supported(rule: TargetRule) -> bool:
    """Whether FastTargetMatcher gives medspaCy's result for this rule."""
    return isinstance(rule.pattern, str) and rule.on_match is None and rule.attributes is None


class FastTargetMatcher:
    def __init__(self, nlp: Language, name: str, rules: Iterable[TargetRule], span_group_name: str) -> None:
        if not Span.has_extension("target_rule"):
            Span.set_extension("target_rule", default=None)
        self.name = name
        self.span_group_name = span_group_name
        self._matcher, self.rules, self._rule_of = rule_matcher(nlp.vocab, rules, supported, "FastTargetMatcher")

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in prune_overlapping_matches(self._matcher(doc)):
            rule = self._rule_of[match_id]
            span = Span(doc, start, end, label=rule.category)
            span._.target_rule = rule
            spans.append(span)
        if self.span_group_name in doc.spans:
            doc.spans[self.span_group_name] += spans
        else:
            doc.spans[self.span_group_name] = spans
        return doc
