"""Procedure facts -> claim lines (coding-rules.md sections 1-6). Pure Python and deterministic."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from nlp.facts import DENERVATION_LOOKALIKES, Evidence, Joint, Procedure
from nlp.levels import CERVICAL_THORACIC, LUMBAR_SACRAL, joint_index, region_of
from nlp.mapper.profile import PayerProfile
from nlp.mapper.warnings import Warning, make_warning

_REGIONS = (CERVICAL_THORACIC, LUMBAR_SACRAL)
_FAMILY_ORDER = ("injection_image", "injection_ultrasound", "rfa")
_KX_CODES = frozenset({"64490", "64491", "64492", "64493", "64494", "64495"})
# Hospital outpatient prior authorization covers these families only (not the Category III ultrasound codes).
_PRIOR_AUTH_CODES = _KX_CODES | frozenset({"64633", "64634", "64635", "64636"})
# coding-rules.md section 6: the warning is about 64492 / 64495 (ultrasound codes have their own warning).
_THIRD_LEVEL_CODES = frozenset({"64492", "64495"})


@cache
def code_table() -> dict[str, Any]:
    text = resources.files("nlp.resources").joinpath("codes.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def ruleset_version() -> str:
    return str(code_table()["version"])


@dataclass
class ClaimLine:
    code: str
    modifiers: list[str]
    units: int
    label: str
    joints: list[dict[str, Any]]
    evidence: list[Evidence]
    rules: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "modifiers": list(self.modifiers),
            "units": self.units,
            "label": self.label,
            "joints": [dict(j) for j in self.joints],
            "evidence": [e.to_dict() for e in self.evidence],
            "rules": list(self.rules),
        }


@dataclass
class MapResult:
    lines: list[ClaimLine] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def needs_review(self, profile: PayerProfile) -> bool:
        return any(w.code in profile.review_warnings for w in self.warnings)

    def review_reasons(self, profile: PayerProfile) -> list[str]:
        return sorted({w.code for w in self.warnings if w.code in profile.review_warnings})


@dataclass
class _Level:
    """A joint within one billing group: sides merged across the procedures that treated it."""

    level: str
    sides: set[str]  # subset of {"right", "left"}; empty = side not documented
    evidence: list[Evidence]

    @property
    def side(self) -> str | None:
        if self.sides == {"right", "left"}:
            return "bilateral"
        return next(iter(self.sides)) if self.sides else None


@dataclass
class _Group:
    family: str
    intents: set[str]
    levels: dict[str, _Level]
    evidence: list[Evidence]


def _sides(side: str | None) -> set[str]:
    if side == "bilateral":
        return {"right", "left"}
    return {side} if side in ("right", "left") else set()


def _family(proc: Procedure) -> str | None:
    if proc.kind == "radiofrequency_ablation":
        return "rfa" if proc.guidance in ("fluoroscopy", "ct") else None
    if proc.guidance in ("fluoroscopy", "ct"):
        return "injection_image"
    if proc.guidance == "ultrasound":
        return "injection_ultrasound"
    return None


def _dedupe(evidence: list[Evidence]) -> list[Evidence]:
    seen: dict[tuple[int, int, str], Evidence] = {}
    for e in evidence:
        seen.setdefault((e.start, e.end, e.rule), e)
    return sorted(seen.values(), key=lambda e: (e.start, e.end, e.rule))


def _screen(procedures: list[Procedure], warnings: list[Warning]) -> dict[str, _Group]:
    """Warnings for procedures that give no line; merge the billable ones into family groups."""
    groups: dict[str, _Group] = {}
    for proc in procedures:
        where = proc.name + (f" ({proc.region})" if proc.region else "")
        if proc.kind == "other":
            if proc.name == "pulsed_radiofrequency":
                warnings.append(make_warning("PULSED_RF_UNLISTED", where))
            elif proc.name in DENERVATION_LOOKALIKES:
                warnings.append(make_warning("DENERVATION_UNLISTED", where))
            else:
                warnings.append(make_warning("NON_FACET_PROCEDURE", proc.name))
            continue
        if proc.guidance == "none":
            warnings.append(make_warning("NO_IMAGE_GUIDANCE", where))
            continue
        family = _family(proc)
        if family is None:
            warnings.append(make_warning("RFA_GUIDANCE_NOT_CODED", where))
            continue
        if not proc.joints:
            warnings.append(make_warning("LEVEL_NOT_DOCUMENTED", where))
            continue
        group = groups.setdefault(family, _Group(family, set(), {}, []))
        group.intents.add("therapeutic" if family == "rfa" else proc.intent)
        group.evidence.extend(proc.evidence)
        for joint in proc.joints:
            level = group.levels.setdefault(joint.level, _Level(joint.level, set(), []))
            level.sides |= _sides(joint.side)
            level.evidence.extend(joint.evidence)
    for group in groups.values():
        for level in group.levels.values():
            if not level.sides:
                warnings.append(make_warning("LATERALITY_NOT_DOCUMENTED", level.level))
    return groups


def _primary_order(levels: list[_Level]) -> list[_Level]:
    """Primary = joint done on most sides, ties cranial-first; add-ons follow cranio-caudally."""
    if not levels:
        return []
    primary = min(levels, key=lambda lv: (-len(lv.sides), joint_index(lv.level)))
    rest = sorted((lv for lv in levels if lv is not primary), key=lambda lv: joint_index(lv.level))
    return [primary, *rest]


def _segments(group: _Group, profile: PayerProfile) -> list[tuple[str, list[_Level], str]]:
    """Ordered runs of joints that share one code sequence: (region of the codes, joints, rule id)."""
    by_region: dict[str, list[_Level]] = {r: [] for r in _REGIONS}
    for level in group.levels.values():
        by_region[region_of(level.level)].append(level)
    ct, ls = by_region[CERVICAL_THORACIC], by_region[LUMBAR_SACRAL]
    junction = (
        profile.thoracolumbar_junction
        and [lv.level for lv in ct] == ["T12-L1"]
        and any(lv.level == "L1-L2" for lv in ls)
    )
    if junction:
        # T12-L1 takes the thoracic primary whatever its sides; lumbar joints take the lumbar add-ons.
        lumbar = sorted(ls, key=lambda lv: joint_index(lv.level))
        return [("junction", [ct[0], *lumbar], "map.junction.t12_l1_l1_l2")]
    return [(r, _primary_order(by_region[r]), f"map.{group.family}.{r}") for r in _REGIONS if by_region[r]]


def _side_of(levels: list[_Level]) -> str | None:
    sides: set[str] = set()
    for lv in levels:
        sides |= lv.sides
    if sides == {"right", "left"}:
        return "bilateral"
    return next(iter(sides)) if sides else None


def _laterality(side: str | None, addon: bool, profile: PayerProfile, units: int) -> list[tuple[list[str], int]]:
    """(modifiers, units) for each line a side pattern becomes under the profile."""
    if side == "right":
        return [(["RT"], units)]
    if side == "left":
        return [(["LT"], units)]
    if side is None:
        return [([], units)]
    style = profile.bilateral_addon if addon else profile.bilateral_primary
    if style == "modifier_50":
        return [(["50"], units)]
    if style == "rt_lt_lines":
        return [(["RT"], units), (["LT"], units)]
    return [([], units * 2)]


def _joint_dicts(levels: list[_Level]) -> list[dict[str, Any]]:
    return [{"level": lv.level, "side": lv.side} for lv in levels]


def _emit(
    out: list[ClaimLine], code: str, levels: list[_Level], side: str | None, addon: bool, units: int,
    kx: bool, group: _Group, rules: list[str], profile: PayerProfile,
) -> None:
    label = code_table()["labels"][code]
    evidence = _dedupe([e for lv in levels for e in lv.evidence] + group.evidence)
    for modifiers, n in _laterality(side, addon, profile, units):
        mods = modifiers + (["KX"] if kx and code in _KX_CODES else [])
        out.append(ClaimLine(code, mods, n, label, _joint_dicts(levels), evidence, list(rules)))


def _group_lines(group: _Group, profile: PayerProfile, warnings: list[Warning]) -> list[tuple[int, ClaimLine]]:
    """Lines of one family group, each with its region rank for ordering."""
    codes = code_table()["families"][group.family]
    intent = next(iter(group.intents)) if len(group.intents) == 1 else "mixed"
    if group.family != "rfa":
        if intent == "unknown":
            warnings.append(make_warning("INTENT_NOT_DOCUMENTED", group.family))
        elif intent == "mixed":
            warnings.append(make_warning("INTENT_CONFLICT", group.family))
    kx = profile.kx_on_diagnostic and intent == "diagnostic"
    out: list[tuple[int, ClaimLine]] = []
    for region, levels, rule in _segments(group, profile):
        lines: list[ClaimLine] = []
        if region == "junction":
            primary_code = codes[CERVICAL_THORACIC][0]
            addon_codes = codes[LUMBAR_SACRAL][1:]
        else:
            primary_code, addon_codes = codes[region][0], codes[region][1:]
        primary, rest = levels[0], levels[1:]
        _emit(lines, primary_code, [primary], primary.side, False, 1, kx, group, [rule, "map.primary"], profile)
        if group.family == "rfa":
            # Each additional joint is a unit; one line per side pattern (bilateral, right-only, left-only).
            for side in ("bilateral", "right", "left"):
                same = [lv for lv in rest if lv.side == side]
                if same:
                    _emit(lines, addon_codes[0], same, side, True, len(same), kx, group,
                          [rule, "map.rfa.additional_joints"], profile)
            undocumented = [lv for lv in rest if lv.side is None]
            if undocumented:
                _emit(lines, addon_codes[0], undocumented, None, True, len(undocumented), kx, group,
                      [rule, "map.rfa.additional_joints"], profile)
            lines = _merge_same_modifiers(lines)
        else:
            if rest:
                second = rest[0]
                _emit(lines, addon_codes[0], [second], second.side, True, 1, kx, group,
                      [rule, "map.second_level"], profile)
            if len(rest) > 1:
                # Third and further levels: one add-on line, once, however many joints.
                further = rest[1:]
                _emit(lines, addon_codes[1], further, _side_of(further), True, 1, kx, group,
                      [rule, "map.third_plus_once"], profile)
                if profile.third_level_not_covered and addon_codes[1] in _THIRD_LEVEL_CODES:
                    warnings.append(make_warning("THIRD_LEVEL_NOT_COVERED", addon_codes[1]))
            if group.family == "injection_ultrasound" and profile.ultrasound_not_covered:
                warnings.append(make_warning("ULTRASOUND_NOT_COVERED", primary_code))
        rank = 0 if region in ("junction", CERVICAL_THORACIC) else 1
        out.extend((rank, line) for line in lines)
    return out


def _merge_same_modifiers(lines: list[ClaimLine]) -> list[ClaimLine]:
    """One line per code and modifier set: RT/LT lines from bilateral and one-sided joints add their units."""
    merged: dict[tuple[str, tuple[str, ...]], ClaimLine] = {}
    for line in lines:
        key = (line.code, tuple(line.modifiers))
        if key in merged:
            kept = merged[key]
            kept.units += line.units
            kept.joints = sorted(kept.joints + line.joints, key=lambda j: joint_index(j["level"]))
            kept.evidence = _dedupe(kept.evidence + line.evidence)
        else:
            merged[key] = line
    return list(merged.values())


def map_procedures(procedures: list[Procedure], profile: PayerProfile) -> MapResult:
    """Claim lines and warnings for the procedures performed in one note's session."""
    result = MapResult()
    groups = _screen(procedures, result.warnings)
    ranked: list[tuple[int, int, int, ClaimLine]] = []
    for family in _FAMILY_ORDER:
        if family in groups:
            for seq, (rank, line) in enumerate(_group_lines(groups[family], profile, result.warnings)):
                ranked.append((rank, _FAMILY_ORDER.index(family), seq, line))
    ranked.sort(key=lambda t: t[:3])
    result.lines = [line for *_, line in ranked]
    if profile.place_of_service in ("19", "22") and any(line.code in _PRIOR_AUTH_CODES for line in result.lines):
        result.warnings.append(make_warning("PRIOR_AUTH_REQUIRED", profile.place_of_service))
    result.warnings = _unique_warnings(result.warnings)
    return result


def _unique_warnings(warnings: list[Warning]) -> list[Warning]:
    seen: set[tuple[str, str | None]] = set()
    out = []
    for w in warnings:
        if (w.code, w.detail) not in seen:
            seen.add((w.code, w.detail))
            out.append(w)
    return out


__all__ = ["ClaimLine", "Joint", "MapResult", "map_procedures", "ruleset_version"]
