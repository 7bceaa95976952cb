"""Payer profiles: TOML files shipped in `nlp/resources/payers/` or supplied by the user."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

BUILTIN_PROFILES = ("medicare", "asc-facility", "cpt-commercial")
DEFAULT_PROFILE = "medicare"

_BILATERAL_PRIMARY = ("modifier_50", "rt_lt_lines")
_BILATERAL_ADDON = ("modifier_50", "rt_lt_lines", "units")

# key -> (type, allowed values or None); nested tables as dotted keys.
_SCHEMA: dict[str, tuple[type, tuple[Any, ...] | None]] = {
    "schema": (int, (1,)),
    "name": (str, None),
    "description": (str, None),
    "bilateral.primary": (str, _BILATERAL_PRIMARY),
    "bilateral.addon": (str, _BILATERAL_ADDON),
    "modifiers.kx_on_diagnostic": (bool, None),
    "rules.thoracolumbar_junction": (bool, None),
    "coverage.third_level_not_covered": (bool, None),
    "coverage.ultrasound_not_covered": (bool, None),
    "coverage.place_of_service": (str, None),
    "review.warnings": (list, None),
}
_TABLES = {k.split(".")[0] for k in _SCHEMA if "." in k}


class ProfileError(ValueError):
    """A payer profile that cannot be used; the message names the offending key."""


@dataclass(frozen=True)
class PayerProfile:
    name: str
    description: str
    bilateral_primary: str
    bilateral_addon: str
    kx_on_diagnostic: bool
    thoracolumbar_junction: bool
    third_level_not_covered: bool
    ultrasound_not_covered: bool
    place_of_service: str
    review_warnings: frozenset[str]

    @classmethod
    def from_mapping(cls, data: dict[str, Any], source: str = "<profile>") -> PayerProfile:
        flat: dict[str, Any] = {}
        for key, value in data.items():
            if key in _TABLES:
                if not isinstance(value, dict):
                    raise ProfileError(f"{source}: '{key}' must be a table")
                for sub, subvalue in value.items():
                    flat[f"{key}.{sub}"] = subvalue
            else:
                flat[key] = value
        for key in flat:
            if key not in _SCHEMA:
                raise ProfileError(f"{source}: unknown key '{key}'")
        for key, (typ, allowed) in _SCHEMA.items():
            if key not in flat:
                raise ProfileError(f"{source}: missing key '{key}'")
            value = flat[key]
            if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
                raise ProfileError(f"{source}: key '{key}' must be {typ.__name__}, got {value!r}")
            if allowed is not None and value not in allowed:
                raise ProfileError(f"{source}: key '{key}' must be one of {list(allowed)}, got {value!r}")
        from nlp.mapper.warnings import WARNING_CODES

        unknown = [w for w in flat["review.warnings"] if w not in WARNING_CODES]
        if unknown:
            raise ProfileError(f"{source}: key 'review.warnings' has unknown warning codes {unknown}")
        if flat["coverage.place_of_service"] not in ("", *[f"{i:02d}" for i in range(1, 100)]):
            raise ProfileError(f"{source}: key 'coverage.place_of_service' must be a two-digit code or empty")
        return cls(
            name=flat["name"],
            description=flat["description"],
            bilateral_primary=flat["bilateral.primary"],
            bilateral_addon=flat["bilateral.addon"],
            kx_on_diagnostic=flat["modifiers.kx_on_diagnostic"],
            thoracolumbar_junction=flat["rules.thoracolumbar_junction"],
            third_level_not_covered=flat["coverage.third_level_not_covered"],
            ultrasound_not_covered=flat["coverage.ultrasound_not_covered"],
            place_of_service=flat["coverage.place_of_service"],
            review_warnings=frozenset(flat["review.warnings"]),
        )


_cache: dict[str, PayerProfile] = {}


def load_profile(payer: str | Path | PayerProfile = DEFAULT_PROFILE) -> PayerProfile:
    """A built-in profile by name, or a user's TOML file by path."""
    if isinstance(payer, PayerProfile):
        return payer
    key = str(payer)
    if key in _cache:
        return _cache[key]
    if key in BUILTIN_PROFILES:
        text = resources.files("nlp.resources.payers").joinpath(f"{key}.toml").read_text(encoding="utf-8")
        source = f"{key} (built-in)"
    else:
        path = Path(key)
        if path.suffix != ".toml" or not path.is_file():
            raise ProfileError(
                f"unknown payer '{key}': use one of {', '.join(BUILTIN_PROFILES)} or a path to a .toml profile"
            )
        text = path.read_text(encoding="utf-8")
        source = str(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{source}: not valid TOML: {exc}") from exc
    profile = PayerProfile.from_mapping(data, source)
    _cache[key] = profile
    return profile
