"""A drop-in for medspaCy 1.3.1's ConText that computes the same scopes and edges with plain tuples.

medspaCy builds a ConTextModifier per match, finds each modifier's sentence by walking tokens (`doc[i].sent`),
and compares modifiers and targets through property chains: about a sixth of spinecode's run time. This
component runs the same algorithm on (start, end) token tuples and sentence starts read once per Doc:

1. modifiers: regex matches of the rules (`CachedTextRegexMatcher`), overlaps pruned as medspaCy's matcher does;
2. scope: the modifier's sentence on its side(s), cut to the rule's `max_scope` tokens (`ConTextModifier.__set_scope`);
3. every pair of modifiers limits each other, in medspaCy's order (`ConTextGraph.update_scopes`, `limit_scope`);
4. a modifier modifies a target it does not overlap whose label it allows and which overlaps its scope.

It sets what ConText sets: the `span_attrs` flags, `span._.modifiers` and `doc._.context_graph` (medspaCy objects,
so code reading them keeps working). Rules with features it does not implement (`on_match`, `on_modifies`,
`max_targets`, `terminated_by`, excluded types, non-regex patterns) are refused: use medspaCy's ConText for those.
tests/test_fast_context.py checks it against medspaCy's ConText on a table of sentences and on the corpus.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any

import numpy
from medspacy.common.util import prune_overlapping_matches
from medspacy.context import ConText, ConTextRule
from medspacy.context.context_graph import ConTextGraph
from medspacy.context.context_modifier import ConTextModifier
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.pipeline.fast_regex import CachedTextRegexMatcher

_FORWARD, _BACKWARD, _TERMINATE, _PSEUDO = "FORWARD", "BACKWARD", "TERMINATE", "PSEUDO"


def supported(rule: ConTextRule) -> bool:
    """Whether FastConText gives medspaCy's result for this rule."""
    return (
        isinstance(rule.pattern, str) and rule.on_match is None and rule.on_modifies is None
        and rule.max_targets is None and not rule.terminated_by and rule.excluded_types is None
    )


class FastConText:
    """ConText with sentence scopes (no global max_scope), modifier pruning on, target-overlap pruning off."""

    def __init__(
        self, nlp: Language, name: str, rules: Iterable[ConTextRule], span_attrs: dict[str, dict[str, Any]],
        span_group_name: str, skip_space_tokens: bool = False,
    ) -> None:
        ConText.register_graph_attributes()
        for attrs in span_attrs.values():
            for attr in attrs:
                if not Span.has_extension(attr):
                    raise ValueError(f"Span extension {attr} is not registered")
        self.name = name
        self.span_attrs = span_attrs
        # medspaCy counts a rule's max_scope in tokens, whitespace tokens included, so a line break or a double
        # space inside a sentence ("possibly as a\nleft L4-L5 medial branch block") shortens the scope; with
        # skip_space_tokens it counts words only (whitespace-free text gives medspaCy's scopes either way).
        self.skip_space_tokens = skip_space_tokens
        self.span_group_name = span_group_name
        self.rules: list[ConTextRule] = []
        self._matcher = CachedTextRegexMatcher(nlp.vocab, flags=re.IGNORECASE)
        self._rule_of: dict[int, tuple[ConTextRule, str, str, frozenset[str] | None]] = {}
        for rule in rules:
            if not supported(rule):
                raise ValueError(f"FastConText does not implement the features of rule {rule.literal!r}")
            rule_id = f"{rule.category}_{len(self.rules)}"
            rule._rule_id = rule_id
            self.rules.append(rule)
            self._matcher.add(rule_id, [rule.pattern])
            allowed = frozenset(rule.allowed_types) if rule.allowed_types is not None else None
            self._rule_of[nlp.vocab.strings[rule_id]] = (rule, rule.direction, rule.category.upper(), allowed)

    def __call__(self, doc: Doc) -> Doc:
        targets = list(doc.spans[self.span_group_name]) if self.span_group_name in doc.spans else []
        graph = ConTextGraph(prune_on_modifier_overlap=False)
        graph.targets = targets
        doc._.context_graph = graph
        matches = self._matcher(doc)
        if not matches:
            return doc
        matches = prune_overlapping_matches(matches)
        sentence = _sentence_finder(doc)
        words = _word_positions(doc) if self.skip_space_tokens else None
        mods = []  # [rule, direction, CATEGORY, allowed, start, end, scope_start, scope_end]
        for match_id, start, end in matches:
            rule, direction, category, allowed = self._rule_of[match_id]
            s_start, s_end = sentence(start)
            limit = rule.max_scope
            if limit is None:
                before, after = s_start, s_end
            elif words is None:
                before, after = start - limit, end + limit
            else:  # the token `limit` words away: words[i] counts the words before token i
                before = bisect_left(words, words[start] - limit)
                after = bisect_right(words, words[end] + limit) - 1
            if direction == _FORWARD:
                s_start, s_end = end, min(s_end, after)
            elif direction == _BACKWARD:
                s_start, s_end = max(s_start, before), start
            else:  # bidirectional (and TERMINATE / PSEUDO, whose scope medspaCy computes the same way)
                s_start, s_end = max(s_start, before), min(s_end, after)
            mods.append([rule, direction, category, allowed, start, end, s_start, s_end])
        for i in range(len(mods) - 1):
            first = mods[i]
            for j in range(i + 1, len(mods)):
                _limit_scope(first, mods[j])
                _limit_scope(mods[j], first)
        modifiers = [ConTextModifier(m[0], m[4], m[5], None, m[6], m[7]) for m in mods]
        graph.modifiers = modifiers
        labels = [t.label_.upper() for t in targets]
        bounds = [(t.start, t.end) for t in targets]
        hits: list[list[Span]] = [[] for _ in mods]
        for t_index, (t_start, t_end) in enumerate(bounds):
            label = labels[t_index]
            for k, (_rule, direction, _cat, allowed, start, end, s_start, s_end) in enumerate(mods):
                # medspaCy's ConTextModifier.modifies: no self-modification, no TERMINATE/PSEUDO, allowed
                # label, target overlapping the scope (medspacy.util.tuple_overlaps, which is asymmetric).
                if start <= t_start < end or start < t_end <= end:
                    continue
                if direction == _TERMINATE or direction == _PSEUDO:
                    continue
                if allowed is not None and label not in allowed:
                    continue
                if s_start <= t_start < s_end or s_start < t_end <= s_end:
                    hits[k].append(targets[t_index])
        edges = []
        for modifier, modified in zip(modifiers, hits, strict=True):
            modifier._targets = modified
            modifier._num_targets = len(modified)
            edges.extend((target, modifier) for target in modified)
        graph.edges = edges
        for target, modifier in edges:
            target._.modifiers += (modifier,)
            for attr, value in self.span_attrs.get(modifier.category, {}).items():
                setattr(target._, attr, value)
        return doc


def _word_positions(doc: Doc) -> list[int] | None:
    """words[i]: how many tokens before token i are not whitespace (len(doc) + 1 entries); None without any."""
    spaces = doc.to_array("IS_SPACE")
    if not spaces.any():
        return None
    return [0, *numpy.cumsum(1 - spaces.astype("int64")).tolist()]


def _limit_scope(mod: list, other: list) -> None:
    """medspaCy's ConTextModifier.limit_scope(other) on list records (terminated_by is empty by construction)."""
    if not (mod[6] <= other[6] < mod[7] or mod[6] < other[7] <= mod[7]):
        return
    direction = mod[1]
    if direction == _TERMINATE:
        return
    if other[1] != _TERMINATE and other[2] != mod[2]:
        return
    if mod[0].category == other[0].category and mod[3] != other[3]:
        return
    if direction in (_FORWARD, "BIDIRECTIONAL") and other[4] > mod[4]:
        mod[7] = min(mod[7], other[4])
    if direction in (_BACKWARD, "BIDIRECTIONAL") and other[5] < mod[5]:
        mod[6] = max(mod[6], other[5])


def _sentence_finder(doc: Doc):  # noqa: ANN202 - a closure token index -> (sentence start, end)
    """`doc[i].sent` as (start, end), from the SENT_START flags read once (Span.sent's own algorithm)."""
    if "sent" in doc.user_span_hooks or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        def by_span(i: int) -> tuple[int, int]:
            sent = doc[i].sent  # hooks, or spaCy's own error when there are no sentence boundaries
            return sent.start, sent.end

        return by_span
    flags = doc.to_array(SENT_START).astype("int64")
    starts = [0, *(numpy.flatnonzero(flags[1:] == 1) + 1).tolist()]
    n = len(doc)

    def by_flags(i: int) -> tuple[int, int]:
        k = bisect_right(starts, i)
        return starts[k - 1], starts[k] if k < len(starts) else n

    return by_flags
