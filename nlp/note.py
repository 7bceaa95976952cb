"""The plain view of a processed note that the assembler works on: mentions with their context flags,
sentences and sections, all as character offsets. Built from a spaCy Doc by `nlp.pipeline.mentions`, but
holds no spaCy objects so the assembly rules can be tested on their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Sections whose content describes what was done in this encounter. "header" sections summarise it
# (procedure title, impression); "body" sections narrate it. Everything else yields no facts.
HEADER_SECTIONS = frozenset({"procedure", "impression"})
BODY_SECTIONS = frozenset({"technique", "medications", "guidance", None})
INTENT_SECTIONS = HEADER_SECTIONS | BODY_SECTIONS | {"indication"}
CANCEL_SECTIONS = HEADER_SECTIONS | BODY_SECTIONS | {"complications"}


@dataclass
class Mention:
    category: str  # PROCEDURE, LEVEL, NERVE, SIDE, GUIDANCE, DRUG, INTENT, REPEAT, REGION
    rule: str
    start: int
    end: int
    text: str
    sent: int
    section: str | None
    meta: dict[str, Any] = field(default_factory=dict)
    negated: bool = False
    historical: bool = False
    hypothetical: bool = False
    cancelled: bool = False
    generic: bool = False
    skin: bool = False
    finding: bool = False

    @property
    def asserted(self) -> bool:
        """Stated as done in this encounter."""
        return not (
            self.negated or self.historical or self.hypothetical or self.cancelled or self.generic or self.finding
        )

    @property
    def value(self) -> Any:
        return self.meta.get("value")


@dataclass
class Note:
    text: str
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    section_spans: list[tuple[int, int, str | None]] = field(default_factory=list)
    # The text as the rules read it: the writer's slips read as the words meant ("rite" -> "rt", "lamb bar" ->
    # "lumbar", "period" -> "."), same length, so offsets hold. None: the text as written.
    read: str | None = None
