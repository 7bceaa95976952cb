"""Joints per procedure: body over header, explicit joints over nerve arithmetic per region and side, sides
filled in and repeated, removals applied with the last-word rule."""

from __future__ import annotations

from nlp.assembly.base import AssemblerBase, Instance, side_name, sides_of
from nlp.facts import Evidence, Joint
from nlp.levels import joint_index, joints_from_nerves, parse_levels, region_of

_ANAPHORA_REACH = 300  # a side-only "not done" this soon after a level's "not done" is about that level


def _pairs(joints: dict[str, Joint]) -> set[tuple[str, str | None]]:
    return {(j.level, j.side) for j in joints.values()}


Entry = tuple[str, set[str], list[Evidence], str, bool]


def _named_over_sites(entries: list[Entry]) -> list[Entry]:
    """Nerves read from bony landmarks yield to the nerves the note names when the note gives both the same
    numbers: "T7, T8 and T9 transverse processes ... to block the T7, T8, T9 medial branches" names the T7-T9
    nerves (anatomy would put the T6-T8 nerves at those processes); the physician's own nerve names win, as
    named joints win over nerve arithmetic."""
    def keys(e: Entry) -> set[tuple[str | None, str | None]]:
        return {(region_of(e[0].removeprefix("nerve:")), side) for side in e[1] or {None}}

    def written(e: Entry) -> set[str]:  # the vertebrae the landmark was named by ("T7", "C3/C4")
        return {v for item in parse_levels(e[2][0].text) for v in (item.upper, item.lower)} if e[2] else set()

    nerves = [e for e in entries if e[0].startswith("nerve:") and not e[4]]
    sites = [e for e in nerves if any(x.rule.startswith("landmark.") for x in e[2])]
    if not sites:
        return entries
    drop = []
    for key in {k for e in sites for k in keys(e)}:
        at_sites = [e for e in sites if key in keys(e)]
        named = {e[0].removeprefix("nerve:") for e in nerves
                 if e not in sites and key in keys(e) and e[2] and e[2][0].rule.startswith("level.")}
        if named and named == set().union(*map(written, at_sites)):
            drop.extend(at_sites)
    return [e for e in entries if e not in drop]


class JointSteps(AssemblerBase):
    """Step 5 of `nlp.assembly`: the joints of each procedure."""

    def resolve_joints(self, inst: Instance, fallback_sides: set[str]) -> list[Joint]:
        def build(entries: list[Entry]) -> dict[str, Joint]:
            entries = _named_over_sites(entries)
            explicit: dict[str, tuple[set[str], list[Evidence]]] = {}
            nerves: dict[str, tuple[set[str], list[Evidence]]] = {}
            unsided: set[str] = set()  # nerves also named somewhere without a side
            for name, sides, ev, _zone, is_explicit in entries:
                target = explicit if is_explicit else nerves
                cur = target.setdefault(name, (set(), []))
                cur[0].update(sides)
                cur[1].extend(ev)
                if not is_explicit and not sides:
                    unsided.add(name)
            out: dict[str, Joint] = {}
            from_nerves = self._nerve_joints(nerves, unsided) if nerves else {}
            for name, (sides, ev) in explicit.items():
                # "Joints: T12-L1, L1-2" with "T11, T12, L1 medial branches, bilat": the nerves carry the side.
                side = side_name(sides) if sides else (from_nerves[name].side if name in from_nerves else None)
                out[name] = Joint(name, side, ev)
            # Explicit joints win over nerve arithmetic only for their own region and side: "C5-6 and C6-7
            # joints ... the L3 and L4 medial branches and the L5 dorsal ramus" still names two lumbar joints,
            # and "right L2, L3, L4 medial branches ... left L4 MB + L5 DR (left L5-S1 joint)" three right ones.
            covered = {(region_of(name), side) for name, (sides, _) in explicit.items()
                       for side in (sides or {"right", "left", None})}
            for name, joint in from_nerves.items():
                region = region_of(name)
                # The TON is C2-3's only nerve: naming it names that joint ("TON blocks; C3-4 MBB (C3, C4)").
                ton = name == "C2-C3" and "nerve:TON" in nerves
                keep = {side for side in sides_of(joint.side) or {None} if ton or (region, side) not in covered}
                if not keep or (None in keep and any(r == region for r, _ in covered)):
                    continue
                if name in out:
                    out[name].side = side_name(sides_of(out[name].side) | (keep - {None}))
                    out[name].evidence.extend(joint.evidence)
                else:
                    out[name] = Joint(name, side_name(keep - {None}), joint.evidence)
            return out

        body = [e for e in inst.joints if e[3] == "body"]
        header = [e for e in inst.joints if e[3] == "header"]
        body_joints, header_joints = build(body), build(header)
        body_explicit = any(e[4] for e in body)
        header_explicit = any(e[4] for e in header)
        # Per region: the body's joints, unless the header names joints there and the body only nerves
        # ("Bilateral C5-6 and C6-7 ...; bilateral L3 through S1 lumbar MBB" over a body with the L2-L4 medial
        # branches and L5 dorsal rami: the lumbar joints are the body's).
        joints: dict[str, Joint] = {}
        for region in sorted({region_of(n) for n in (*body_joints, *header_joints)}, key=str):
            b = {n: j for n, j in body_joints.items() if region_of(n) == region}
            h = {n: j for n, j in header_joints.items() if region_of(n) == region}
            b_entries = [e for e in body if region_of(e[0].removeprefix("nerve:")) == region]
            b_explicit = any(e[4] for e in b_entries)
            h_explicit = any(e[4] for e in header if region_of(e[0].removeprefix("nerve:")) == region)
            # "Nerves lesioned: Left [X] TON [X] C3 [X] C4 ..." over a body that mentions a listed nerve without a
            # side ("TON three lesions along the C2-3 joint"): a detail of the list, not a narrower list
            detail = bool(b) and not b_explicit and not h_explicit and set(b) <= set(h) and not any(
                e[1] for e in b_entries)
            joints.update(b if b and (b_explicit or not h_explicit) and not detail else (h or b))
        header_pairs = _pairs(header_joints)
        if body_explicit and header_explicit and _pairs(build([e for e in body if e[4]])) < header_pairs \
                and _pairs(build([e for e in body if not e[4]])) == header_pairs:
            # "PERFORMED: right L3-4 to L5-S1, left L4-5, L5-S1" and the body's nerves block exactly those: a body
            # sentence naming one of them ("agreed to add the right L3-L4 joint") does not narrow the list.
            joints = header_joints
        # (a region the body says nothing about keeps the header's joints: "Procedures: bilateral C5-6 ...; bilateral
        # L4-5 ..." with a body that describes only the cervical needles in its own words)
        # Sides: a joint the body names without a side takes the header's side, then the note's own side.
        for joint in joints.values():
            if joint.side is None and joint.level in header_joints and header_joints[joint.level].side:
                joint.side = header_joints[joint.level].side
            # ... and a joint the header names without a side takes the side of the body's nerves for it
            if joint.side is None and joint.level in body_joints and body_joints[joint.level].side:
                joint.side = body_joints[joint.level].side
        # The note's own side words fill in missing sides; a repeat sentence's side is added after.
        repeated = {side for value in inst.repeat_sides for side in sides_of(value)}
        first = (fallback_sides - repeated) or fallback_sides
        for joint in joints.values():
            if joint.side is None and first:
                joint.side = side_name(first)
        for value in inst.repeat_sides:  # "then repeated on the right side" adds a side to what was done
            for joint in joints.values():
                if value == "other":
                    joint.side = "bilateral"
                else:
                    joint.side = side_name(sides_of(joint.side) | sides_of(value))
        for level, sides, pos in inst.removals:
            if level == "side:all":  # "the right side blocks were aborted": the whole side, whatever else was said
                level = None
            elif level is None and any(lv is not None and sd & sides and 0 <= pos - ps <= _ANAPHORA_REACH
                                     for lv, sd, ps in inst.removals):
                continue  # "the left L5-S1 was NOT injected. The joint is fused on the left ...": that joint only
            if level is not None and level.startswith("region:"):  # "Lumbar: not done", "left neck not blocked"
                for joint in [j for j in joints.values() if region_of(j.level) == level.removeprefix("region:")]:
                    remaining = sides_of(joint.side) - sides
                    if sides and joint.side is not None and remaining:
                        joint.side = side_name(remaining)
                    elif not sides or joint.side is not None:
                        del joints[joint.level]
                continue
            if level is not None and self._done_after(inst, level, sides, pos):
                continue  # "the C6-7 joint could not be seen ... then the right C6-7 joint was injected"
            for joint in [j for j in joints.values() if level is None or j.level == level]:
                remaining = sides_of(joint.side) - sides
                if sides and joint.side is not None and remaining:
                    joint.side = side_name(remaining)
                elif level is not None or (sides and joint.side is not None):
                    del joints[joint.level]  # the named joint, or its only documented side, was not done
        if inst.only:  # "so only the right L3-4 joint was done today": the last such statement
            levels, sides, _pos = max(inst.only, key=lambda item: item[2])
            for joint in [j for j in joints.values() if j.level not in levels]:
                # ("Left side: only the left L5-S1 joint was blocked": the right side's joints stay)
                remaining = sides_of(joint.side) - sides if sides else set()
                if remaining and joint.side is not None:
                    joint.side = side_name(remaining)
                else:
                    del joints[joint.level]
        for joint in joints.values():  # one order whatever the hash seed: records are compared byte for byte
            joint.evidence = sorted(set(joint.evidence), key=lambda e: (e.start, e.end, e.rule))
        return sorted(joints.values(), key=lambda j: joint_index(j.level))

    def _done_after(self, inst: Instance, level: str, sides: set[str], pos: int) -> bool:
        """The body names the joint again, as done, after the statement that it was not: the last word wins.
        Named by its nerves, the joint counts only if the nerves named after complete it. A mention in the same
        sentence ("R L45 not injected ...; L45 left for reassessment") is part of that statement."""
        sent_end = next((end for start, end in self.note.sentences if start <= pos < end), pos)
        nerves: set[str] = set()
        for name, entry_sides, ev, zone, _explicit in inst.joints:
            if zone != "body" or not ev or min(e.start for e in ev) < max(pos + 1, sent_end):
                continue
            if sides and entry_sides and not sides & entry_sides:
                continue
            if sides and not entry_sides and any(n == name and s and not s & sides for n, s, *_ in inst.joints):
                continue  # "(TON cannulae x 3 ...)" unsided, after "R TON" and "the L TON was not blocked"
            if name == level:
                return True
            if name.startswith("nerve:"):
                nerves.add(name.split(":", 1)[1])
        return level in joints_from_nerves(nerves)

    def _nerve_joints(self, nerves: dict[str, tuple[set[str], list[Evidence]]], unsided: set[str]) -> dict[
            str, Joint]:
        """N contiguous nerves on one side block N-1 joints; sides are computed separately."""
        per_side: dict[str, set[str]] = {"right": set(), "left": set(), "": set()}
        evidence: dict[str, list[Evidence]] = {}
        for name, (sides, ev) in nerves.items():
            nerve = name.split(":", 1)[1]
            evidence[nerve] = ev
            # (but the TON alone makes a joint: "R TON ... (TON x 3)" is not a left C2-3; and a nerve whose sides a
            # grid's cells give keeps them: "C8 MB targeted at the T1 SAP" under a grid with C8 on the right only)
            gridded = any(e.rule == "checkbox.grid" for e in ev)
            if not sides or (name in unsided and nerve != "TON" and not gridded):
                per_side[""].add(nerve)
            for side in sides:
                per_side[side].add(nerve)
        out: dict[str, Joint] = {}
        for side, group in per_side.items():
            # Nerves named without a side join each sided group (side words often precede only the first).
            if side and not group:
                continue
            members = group | (per_side[""] if side else set())
            if side == "" and (per_side["right"] or per_side["left"]):
                continue
            for joint in joints_from_nerves(members):
                ev = [e for n in members for e in evidence.get(n, [])]
                cur = out.setdefault(joint, Joint(joint, None, []))
                cur.side = side_name(sides_of(cur.side) | ({side} if side else set()))
                cur.evidence.extend(ev)
        return out
