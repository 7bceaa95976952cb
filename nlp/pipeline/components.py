"""spaCy factories: medspaCy's target matcher, ConText and sectionizer loaded with spinecode's rules, and the
component that turns their output into serialisable procedure facts.

All are registered with `@Language.factory` and exported through the `spacy_factories` entry point, so
`spacy.blank("en").add_pipe("spinecode_targets")` works in anyone's pipeline.
"""


import json
from pathlib import Path
from typing import Any

from medspacy.context import ConText, ConTextRule
from medspacy.section_detection import Sectionizer, SectionRule
from medspacy.target_matcher import TargetMatcher, TargetRule
from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.pipeline.fast_context import FastConText
from nlp.pipeline.fast_context import supported as supported_context
from nlp.pipeline.fast_regex import use_cached_regex
from nlp.pipeline.fast_sections import FastSectionizer
from nlp.pipeline.fast_sections import supported as supported_section
from nlp.pipeline.fast_targets import FastTargetMatcher
from nlp.pipeline.fast_targets import supported as supported_target
from nlp.pipeline.rules import load_rule_file

SPAN_GROUP = "spinecode"
# ConText categories -> the Span attribute each sets.
CONTEXT_ATTRS: dict[str, dict[str, Any]] = {
    "NEGATED_EXISTENCE": {"is_negated": True},
    "HISTORICAL": {"is_historical": True},
    "HYPOTHETICAL": {"is_hypothetical": True},
    "CANCELLED": {"sc_cancelled": True},
    "GENERIC": {"sc_generic": True},
    "SKIN": {"sc_skin": True},
    "FINDING": {"sc_finding": True},
}
# The span flags ConText sets (the attributes CONTEXT_ATTRS names), read back by nlp.pipeline.mentions.
SPAN_FLAGS = ("is_negated", "is_historical", "is_hypothetical", "sc_cancelled", "sc_generic", "sc_skin", "sc_finding")


def _procedures_getter(doc: Doc) -> list[dict[str, Any]]:
    return json.loads(doc._.spinecode_facts) if doc._.spinecode_facts else []


def _register_extensions() -> None:
    for attr in SPAN_FLAGS:
        if not Span.has_extension(attr):
            Span.set_extension(attr, default=False)
    # Facts are kept as a JSON string: plain, and safe from medspaCy's msgpack hooks (which claim any dict
    # with a "section" key); `doc._.spinecode_procedures` reads them back as a list of dicts.
    if not Doc.has_extension("spinecode_facts"):
        Doc.set_extension("spinecode_facts", default=None)
    if not Doc.has_extension("spinecode_procedures"):
        Doc.set_extension("spinecode_procedures", getter=_procedures_getter)
    if not Doc.has_extension("spinecode_error"):
        Doc.set_extension("spinecode_error", default=None)


_register_extensions()


def target_rules() -> list[TargetRule]:
    """rules/targets.json as medspaCy TargetRules; every key but pattern and category becomes metadata."""
    return [TargetRule(r["id"], r["category"], pattern=r["pattern"],
                       metadata={k: v for k, v in r.items() if k not in ("pattern", "category")})
            for r in load_rule_file("targets")["rules"]]


def context_rules() -> list[ConTextRule]:
    """rules/context.json as medspaCy ConTextRules."""
    return [
        ConTextRule(
            r["id"], r["category"], pattern=r["pattern"], direction=r["direction"], max_scope=r.get("max_scope"),
            allowed_types=set(r["allowed_types"]) if "allowed_types" in r else None, metadata={"id": r["id"]},
        )
        for r in load_rule_file("context")["rules"]
    ]


def section_rules() -> list[SectionRule]:
    """rules/sections.json as medspaCy SectionRules."""
    return [SectionRule(r["id"], r["category"], pattern=r["pattern"]) for r in load_rule_file("sections")["rules"]]


@Language.factory("spinecode_targets")
def create_targets(nlp: Language, name: str) -> FastTargetMatcher | TargetMatcher:
    """Procedures, levels, nerves, sides, guidance, drugs and intent cues (rules/targets.json).

    FastTargetMatcher (medspaCy's spans without its empty token matchers) unless a rule needs more.
    """
    rules = target_rules()
    if all(supported_target(rule) for rule in rules):
        return FastTargetMatcher(nlp, name, rules, SPAN_GROUP)
    return medspacy_targets(nlp, name, rules)


def medspacy_targets(nlp: Language, name: str, rules: list[TargetRule]) -> TargetMatcher:
    """medspaCy's own TargetMatcher with spinecode's settings (the reference FastTargetMatcher is tested against)."""
    matcher = TargetMatcher(nlp, name=name, rules=None, result_type="group", span_group_name=SPAN_GROUP)
    use_cached_regex(matcher)
    matcher.add(rules)
    return matcher


@Language.factory("spinecode_context")
def create_context(nlp: Language, name: str) -> FastConText | ConText:
    """Negation, history, plans, cancellation, generic technique text, skin infiltration, findings.

    FastConText (same scopes and flags as medspaCy's ConText, several times faster) unless a rule needs a
    ConText feature it does not implement.
    """
    rules = context_rules()
    if all(supported_context(rule) for rule in rules):
        return FastConText(nlp, name, rules, CONTEXT_ATTRS, SPAN_GROUP, skip_space_tokens=True)
    return medspacy_context(nlp, name, rules)


def medspacy_context(nlp: Language, name: str, rules: list[ConTextRule]) -> ConText:
    """medspaCy's own ConText with spinecode's settings (the reference FastConText is tested against)."""
    context = ConText(
        nlp, name=name, rules=None, span_attrs=CONTEXT_ATTRS, input_span_type="group", span_group_name=SPAN_GROUP
    )
    use_cached_regex(context)
    context.add(rules)
    return context


@Language.factory("spinecode_sections", default_config={"token_sections": True})
def create_sections(nlp: Language, name: str, token_sections: bool) -> FastSectionizer | Sectionizer:
    """Procedure-note sections (rules/sections.json); medspaCy's clinic-note defaults do not fit these notes.

    FastSectionizer (medspaCy's sections, faster) unless a rule needs a Sectionizer feature it does not implement.
    `token_sections=False` skips `token._.section`, which spinecode never reads.
    """
    rules = section_rules()
    if all(supported_section(rule) for rule in rules):
        return FastSectionizer(nlp, name, rules, token_sections=token_sections)
    return medspacy_sectionizer(nlp, name, rules)


def medspacy_sectionizer(nlp: Language, name: str, rules: list[SectionRule]) -> Sectionizer:
    """medspaCy's own Sectionizer with spinecode's settings (the reference FastSectionizer is tested against)."""
    sectionizer = Sectionizer(nlp, name=name, rules=None, span_attrs=None)
    use_cached_regex(sectionizer)
    sectionizer.add(rules)
    return sectionizer


@Language.factory("spinecode_procedures")
def create_procedures(nlp: Language, name: str) -> "ProcedureAssembler":
    return ProcedureAssembler()


class ProcedureAssembler:
    """Doc -> `doc._.spinecode_procedures`: a list of plain dicts (see `nlp.facts.Procedure.to_dict`).

    The spaCy objects medspaCy leaves on the Doc (ConText graph, sections, rule objects) are cleared so the Doc
    serialises and `nlp.pipe(..., n_process=2)` works.
    """

    def __call__(self, doc: Doc) -> Doc:
        from nlp.assembly import assemble
        from nlp.pipeline.mentions import doc_to_mentions

        note = doc_to_mentions(doc)
        doc._.spinecode_facts = json.dumps([p.to_dict() for p in assemble(note)])
        _clear_unserialisable(doc)
        return doc


@Language.factory("spinecode_intent", default_config={"model_path": None, "threshold": None})
def create_intent(nlp: Language, name: str, model_path: str | None, threshold: float | None) -> "IntentModel":
    return IntentModel(model_path, threshold)


class IntentModel:
    """Asks the intent model about injections and blocks whose intent the rules left unknown.

    Without a model file (models/intent.json.gz, or `model_path`) it changes nothing: rules alone decide.
    """

    def __init__(self, model_path: str | None = None, threshold: float | None = None) -> None:
        from nlp import intent_model

        self._module = intent_model
        path = Path(model_path) if model_path else intent_model.MODEL_PATH
        # The card's threshold was chosen by cross-validation on dev for this very model file.
        self.threshold = threshold if threshold is not None else intent_model.card_threshold(path)
        self.model = intent_model.load_model(path) if model_path else intent_model.default_model()

    def __call__(self, doc: Doc) -> Doc:
        procs = doc._.spinecode_procedures
        injections = ("facet_injection", "medial_branch_block")
        todo = [p for p in procs if p["intent"] == "unknown" and p["kind"] in injections]
        if not todo or self.model is None:
            return doc
        label, prob = self._module.decide(self.model, self._module.features(doc.text, todo), self.threshold)
        for p in todo:
            p["intent_source"] = "model"
            p["intent_probability"] = prob
            p["intent"] = label
        doc._.spinecode_facts = json.dumps(procs)
        return doc


def _clear_unserialisable(doc: Doc) -> None:
    if Doc.has_extension("context_graph"):
        doc._.context_graph = None
    if Doc.has_extension("sections"):
        doc._.sections = []
    for key in list(doc.user_data):
        value = doc.user_data[key]
        if not isinstance(value, (str, int, float, bool, type(None), list, dict)):
            del doc.user_data[key]
        elif isinstance(value, (list, tuple)) and value and not isinstance(value[0], (str, int, float, dict)):
            del doc.user_data[key]
