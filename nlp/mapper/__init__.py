"""Deterministic CPT mapper: procedure facts + payer profile -> claim lines, warnings, review flag.

Pure Python: importing this package never imports spaCy.
"""

from nlp.mapper.lines import ClaimLine, MapResult, map_procedures, ruleset_version
from nlp.mapper.profile import BUILTIN_PROFILES, DEFAULT_PROFILE, PayerProfile, ProfileError, load_profile
from nlp.mapper.warnings import WARNING_CODES, Warning

__all__ = [
    "BUILTIN_PROFILES", "DEFAULT_PROFILE", "WARNING_CODES", "ClaimLine", "MapResult", "PayerProfile",
    "ProfileError", "Warning", "load_profile", "map_procedures", "ruleset_version",
]
