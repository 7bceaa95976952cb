"""Rule files (targets, ConText, sections) loaded from package data with importlib.resources."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_rule_file(name: str) -> dict[str, Any]:
    """A rule file (`targets`, `context`, `sections`, `checkboxes`, `assembly`, `documents`, `spelling`): the parsed
    JSON with macros expanded and ids checked."""
    text = resources.files("nlp.resources.rules").joinpath(f"{name}.json").read_text(encoding="utf-8")
    data = json.loads(text)
    macros: dict[str, str] = data.get("macros", {})
    seen: set[str] = set()
    for rule in data["rules"]:
        if rule["id"] in seen:
            raise ValueError(f"{name}.json: duplicate rule id {rule['id']}")
        seen.add(rule["id"])
        for key, value in macros.items():
            rule["pattern"] = rule["pattern"].replace("{" + key + "}", value)
    return data


def ruleset_versions() -> dict[str, str]:
    names = ("targets", "context", "sections", "checkboxes", "assembly", "documents", "spelling")
    return {name: load_rule_file(name)["version"] for name in names}
