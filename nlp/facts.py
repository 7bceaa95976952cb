"""Extracted procedure facts: the plain, serialisable hand-off from the NLP pipeline to the mapper."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("facet_injection", "medial_branch_block", "radiofrequency_ablation", "other")
FACET_FAMILY = ("facet_injection", "medial_branch_block")
SIDES = ("right", "left", "bilateral")
GUIDANCE = ("fluoroscopy", "ct", "ultrasound", "none")
INTENTS = ("diagnostic", "therapeutic", "unknown")

# Fine-grained names of procedures that are recognised but are not facet-family lines.
DENERVATION_LOOKALIKES = ("pulsed_radiofrequency", "chemical_neurolysis", "cryoneurolysis")
NON_FACET = (
    "sacroiliac_joint_injection", "si_lateral_branch_block", "si_lateral_branch_rfa", "interlaminar_epidural",
    "transforaminal_epidural", "caudal_epidural", "occipital_nerve_block", "trigger_point_injection",
    "discography", "genicular_procedure", "vertebral_augmentation", "sympathetic_block", "spinal_cord_stimulator",
    "pars_injection", "other_injection",
)


@dataclass(frozen=True)
class Evidence:
    """A span of the original note that supports a fact: text[start:end] == text."""

    start: int
    end: int
    text: str
    section: str | None
    rule: str

    def to_dict(self) -> dict[str, Any]:
        # Written out: dataclasses.asdict deep-copies field by field, a measurable cost per record.
        return {"start": self.start, "end": self.end, "text": self.text, "section": self.section, "rule": self.rule}


@dataclass
class Joint:
    level: str  # "L4-L5"
    side: str | None  # right | left | bilateral | None (not documented)
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self, with_evidence: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"level": self.level, "side": self.side}
        if with_evidence:
            out["evidence"] = [e.to_dict() for e in self.evidence]
        return out


@dataclass
class Procedure:
    """One performed procedure in one region (a procedure spanning two regions is two facts)."""

    kind: str
    name: str
    region: str | None
    joints: list[Joint]
    guidance: str
    intent: str
    intent_source: str | None = None  # "rule:<id>" or "model"
    intent_probability: float | None = None
    evidence: list[Evidence] = field(default_factory=list)  # procedure mention, guidance, intent cues

    def to_dict(self, with_evidence: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "name": self.name,
            "region": self.region,
            "joints": [j.to_dict(with_evidence) for j in self.joints],
            "guidance": self.guidance,
            "intent": self.intent,
            "intent_source": self.intent_source,
            "intent_probability": self.intent_probability,
        }
        if with_evidence:
            out["evidence"] = [e.to_dict() for e in self.evidence]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Procedure:
        """Build from a record or gold facts entry (evidence optional)."""
        def ev(items: list[dict[str, Any]] | None) -> list[Evidence]:
            return [Evidence(**e) for e in items or []]

        return cls(
            kind=data["kind"],
            name=data.get("name") or data["kind"],
            region=data.get("region"),
            joints=[Joint(j["level"], j.get("side"), ev(j.get("evidence"))) for j in data.get("joints", [])],
            guidance=data.get("guidance", "none"),
            intent=data.get("intent", "unknown"),
            intent_source=data.get("intent_source"),
            intent_probability=data.get("intent_probability"),
            evidence=ev(data.get("evidence")),
        )
