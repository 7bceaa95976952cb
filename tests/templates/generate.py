"""Template notes with slots, and their gold facts and gold claim lines.

Each case draws slot values (procedure kind and its wording, region, 1-4 contiguous joints, level notation,
sides and where they are written, guidance, drug, intent statement, header/body layout, distractor sentences)
from a seeded `random.Random`, renders a note from them, and computes the gold facts from the slot values alone
(coding-rules.md sections 2 and 5). The gold claim lines are those facts passed through the mapper under the
medicare profile: this suite tests the NLP, the mapper is tested separately.

    python -m tests.templates.generate 5      # print five notes with their gold
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from typing import Any

from nlp.facts import Procedure
from nlp.mapper import load_profile, map_procedures

Vertebra = tuple[str, int]
JointT = tuple[str, int, str, int]  # ("L", 4, "L", 5) = L4-L5; ("L", 5, "S", 1) = L5-S1

REGION_JOINTS: dict[str, list[JointT]] = {
    "lumbar": [("L", a, "L", a + 1) for a in range(1, 5)] + [("L", 5, "S", 1)],
    "cervical": [("C", a, "C", a + 1) for a in range(2, 7)] + [("C", 7, "T", 1)],
    "thoracic": [("T", a, "T", a + 1) for a in range(2, 11)],
}
CONCAT_OK = ("L3-L4", "L4-L5", "L5-S1", "C3-C4", "C4-C5", "C5-C6", "C6-C7")  # L34, L45, L5S1, C56 ...
REGION_FACT = {"lumbar": "lumbar_sacral", "cervical": "cervical_thoracic", "thoracic": "cervical_thoracic"}

KIND_PHRASES = {
    "facet_injection": [
        ("facet joint injection", "facet joint injections"),
        ("intra-articular facet block", "intra-articular facet blocks"),
        ("intra-articular facet joint injection", "intra-articular facet joint injections"),
        ("facet injection", "facet injections"),
        ("zygapophyseal joint injection", "zygapophyseal joint injections"),
    ],
    "medial_branch_block": [
        ("medial branch block", "medial branch blocks"),
        ("MBB", "MBBs"),
        ("medial branch nerve block", "medial branch nerve blocks"),
        ("facet medial branch block", "facet medial branch blocks"),
    ],
    "radiofrequency_ablation": [
        ("radiofrequency ablation", "radiofrequency ablation"),
        ("RF neurotomy", "RF neurotomy"),
        ("radiofrequency neurotomy", "radiofrequency neurotomy"),
        ("RFA", "RFA"),
        ("thermal radiofrequency ablation", "thermal radiofrequency ablation"),
        ("medial branch radiofrequency ablation", "medial branch radiofrequency ablation"),
    ],
}
TERSE_KIND = {"facet_injection": ["facet inj", "IA facet inj", "FJI"], "medial_branch_block": ["MBB", "MBB"],
              "radiofrequency_ablation": ["RFA", "RF ablation", "RFTC"]}

SIDE_PRE = {"right": ["right", "Right", "rt"], "left": ["left", "Left", "lt"],
            "bilateral": ["bilateral", "Bilateral", "b/l", "bilat"]}
SIDE_POST = {"right": ["on the right", "right side", "(right)", "right"],
             "left": ["on the left", "left side", "(left)", "left"],
             "bilateral": ["bilaterally", "bilateral", "on both sides", "(bilateral)"]}
SIDE_FIELD = {"right": ["Right", "RIGHT", "Rt"], "left": ["Left", "LEFT", "Lt"],
              "bilateral": ["Bilateral", "BILATERAL", "B/L"]}

GUIDANCE_ADV = {
    "fluoroscopy": ["under fluoroscopic guidance", "under fluoroscopy", "using fluoro", "with C-arm guidance",
                    "under live fluoroscopic imaging"],
    "ct": ["under CT guidance", "using CT fluoroscopy", "with CT guidance", "under computed tomography guidance"],
    "ultrasound": ["under ultrasound guidance", "with ultrasound guidance", "using US guidance",
                   "under sonographic guidance"],
    "landmark": ["using a landmark technique", "by palpation of surface landmarks", "using anatomic landmarks"],
    "unstated": [""],
}
GUIDANCE_NOUN = {"fluoroscopy": ["Fluoroscopy", "Fluoro", "C-arm fluoroscopy"],
                 "ct": ["CT", "CT fluoroscopy", "Computed tomography"],
                 "ultrasound": ["Ultrasound", "US"], "landmark": ["Landmark technique", "None (landmark)"],
                 "unstated": [""]}
GUIDANCE_TERSE = {"fluoroscopy": ["under fluoro", "fluoro guided", "w/ c-arm"], "ct": ["under CT", "CT guided"],
                  "ultrasound": ["under US", "US guided"], "landmark": ["landmark technique", "by palpation"],
                  "unstated": [""]}
GUIDANCE_FACT = {"fluoroscopy": "fluoroscopy", "ct": "ct", "ultrasound": "ultrasound", "landmark": "none",
                 "unstated": "none"}

LOCALS = ["0.5 ml of 0.5% bupivacaine", "0.5 mL of 0.25% bupivacaine (Marcaine)", "0.5 ml of 2% lidocaine",
          "0.5 ml of 0.5% ropivacaine", "0.3 mL of 0.75% Naropin", "0.4 ml of 0.5% Marcaine"]
STEROIDS = ["10 mg of triamcinolone", "20 mg Kenalog", "40 mg Depo-Medrol", "20 mg of methylprednisolone",
            "2 mg of dexamethasone", "Decadron 4 mg", "3 mg betamethasone", "Celestone 6 mg",
            "10 mg triamcinolone (Kenalog)"]
RF_LOCALS = ["1 ml of 2% lidocaine", "0.5 mL of 1% lidocaine", "1 mL of 0.5% bupivacaine"]

DIAGNOSES = {"lumbar": ["Lumbar spondylosis without myelopathy or radiculopathy", "Lumbar facet arthropathy",
                        "Lumbosacral spondylosis", "Axial low back pain, facet mediated"],
             "cervical": ["Cervical spondylosis without myelopathy", "Cervical facet arthropathy",
                          "Axial neck pain, facet mediated"],
             "thoracic": ["Thoracic spondylosis", "Thoracic facet arthropathy", "Mid back pain, facet mediated"]}
PRIOR_KINDS = ["facet joint injection", "medial branch block", "radiofrequency ablation", "RFA", "MBB"]

LAYOUTS = ["dictated", "comma_joined", "key_value", "terse", "narrative", "numbered", "op_report", "checkbox",
           "clinic"]


@dataclass
class Case:
    id: str
    text: str
    slots: dict[str, Any]
    gold_procedures: list[dict[str, Any]]
    gold_lines: list[tuple[str, tuple[str, ...], int]] = field(default_factory=list)

    def pattern(self) -> str:
        s = self.slots
        return f"{s['layout']}|{s['kind']}|{s['notation']}|{s['side_style']}|{s['guidance']}|{s['intent_src']}"


# ---------------------------------------------------------------- levels and nerves

def level_name(j: JointT) -> str:
    return f"{j[0]}{j[1]}-{j[2]}{j[3]}"


def render_joint(j: JointT, notation: str) -> str:
    a, n, b, m = j
    same = a == b
    if notation == "short":
        return f"{a}{n}-{m}" if same else f"{a}{n}-{b}{m}"
    if notation == "full":
        return f"{a}{n}-{b}{m}"
    if notation == "slash":
        return f"{a}{n}/{m}" if same else f"{a}{n}/{b}{m}"
    if notation == "endash":
        return f"{a}{n}\u2013{b}{m}"
    if notation == "space":
        if not same:
            return f"{a}{n} {b}{m}"
        return f"{a} {n}-{m}" if a in "CT" else f"{a}{n} {m}"
    if notation == "concat":
        return f"{a}{n}{m}" if same else f"{a}{n}{b}{m}"
    raise ValueError(notation)


def join_list(items: list[str], sep: str) -> str:
    if len(items) == 1:
        return items[0]
    if sep == "comma_and":
        return ", ".join(items[:-1]) + " and " + items[-1]
    if sep == "comma":
        return ", ".join(items)
    if sep == "and":
        return " and ".join(items)
    if sep == "slash":
        return "/".join(items)
    if sep == "amp":
        return ", ".join(items[:-1]) + " & " + items[-1]
    raise ValueError(sep)


def render_levels(joints: list[JointT], notation: str, sep: str, rng: random.Random) -> str:
    if notation == "range":
        start, end = f"{joints[0][0]}{joints[0][1]}", f"{joints[-1][2]}{joints[-1][3]}"
        return rng.choice([f"{start} through {end}", f"{start} to {end}", f"{start} through {end} levels"])
    return join_list([render_joint(j, notation) for j in joints], sep)


def joint_nerves(j: JointT) -> list[tuple[str, str]]:
    """The nerves supplying one joint (coding-rules.md section 2) as (vertebra, kind) with kind MB/DR/TON."""
    a, n, b, m = j
    if a == "C":
        if n == 2:
            return [("C2", "TON")]
        return [(f"C{n}", "MB"), (f"C{m}" if b == "C" else "C8", "MB")]
    if (a, b) == ("L", "S"):
        return [("L4", "MB"), ("L5", "DR")]
    above = f"{a}{n - 1}" if n > 1 else ("T12" if a == "L" else "C8")
    return [(above, "MB"), (f"{a}{n}", "MB")]


def nerves_of(joints: list[JointT]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for j in joints:
        for nerve in joint_nerves(j):
            if nerve not in out:
                out.append(nerve)
    return out


def render_nerves(joints: list[JointT], side: str, terse: bool, rng: random.Random) -> str:
    """"right L3, L4 medial branches and L5 dorsal ramus"; side is a word ("" for none)."""
    nerves = nerves_of(joints)
    mbs = [v for v, k in nerves if k == "MB"]
    dr = [v for v, k in nerves if k == "DR"]
    ton = any(k == "TON" for _, k in nerves)
    bil = side in ("bilateral", "b/l", "bilat", "Bilateral")
    parts = []
    if ton:
        parts.append("TON" if terse else rng.choice(["third occipital nerve", "third occipital nerve (TON)"]))
    if mbs:
        names = join_list(mbs, rng.choice(["comma_and", "comma"]))
        if terse:
            parts.append(f"{names} MB")
        else:
            plural = len(mbs) > 1 or bil
            parts.append(f"{names} medial branch{'es' if plural else ''}" if rng.random() < 0.7
                         else f"{names} medial branch nerve{'s' if plural else ''}")
    if dr:
        parts.append(f"{dr[0]} DR" if terse else f"{dr[0]} dorsal {'rami' if bil else 'ramus'}")
    text = join_list(parts, "and") if len(parts) < 3 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"{side} {text}".strip()


# ---------------------------------------------------------------- one case

def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _draw(rng: random.Random) -> dict[str, Any]:
    s: dict[str, Any] = {}
    s["kind"] = rng.choice(["facet_injection", "medial_branch_block", "radiofrequency_ablation"])
    s["region"] = rng.choices(["lumbar", "cervical", "thoracic"], [6, 3, 1])[0]
    pool = REGION_JOINTS[s["region"]]
    n = rng.choices([1, 2, 3, 4], [3, 4, 2, 1])[0]
    start = rng.randrange(0, len(pool) - n + 1)
    s["joints"] = pool[start:start + n]
    s["layout"] = rng.choice(LAYOUTS)
    notations = ["short", "full", "slash", "endash", "space", "concat"]
    if n >= 2 and s["kind"] == "facet_injection":
        notations.append("range")  # for MBB/RFA "L3 through L5" may as well name nerves
    if s["kind"] != "facet_injection":
        notations += ["nerves", "nerves"]
    if not all(level_name(j) in CONCAT_OK for j in s["joints"]):
        notations.remove("concat")
    s["notation"] = "full" if s["layout"] == "checkbox" else rng.choice(notations)
    seps = ["comma_and", "comma", "and", "amp"]
    if s["notation"] not in ("slash", "space"):
        seps.append("slash")
    s["sep"] = rng.choice(seps)
    s["side"] = rng.choices(["right", "left", "bilateral"], [3, 3, 4])[0]
    styles = ["pre", "post"]
    if s["layout"] in ("key_value", "checkbox"):
        styles = ["field"]
    if s["side"] == "bilateral" and s["layout"] != "checkbox":
        styles.append("contralateral")
    s["side_style"] = rng.choice(styles)
    guid = ["fluoroscopy"] * 5 + ["ct"] * 2
    if s["kind"] != "radiofrequency_ablation":
        guid += ["ultrasound", "ultrasound", "landmark", "unstated"]
    s["guidance"] = rng.choice(guid)
    if s["kind"] == "radiofrequency_ablation":
        s["drug"] = rng.choice(["rf_local", "rf_local", "rf_steroid"])
        s["intent_stmt"] = "none"
    else:
        s["drug"] = rng.choices(["local", "steroid", "unnamed"], [5, 5, 1])[0]
        s["intent_stmt"] = rng.choices(["none", "diagnostic", "confirmatory", "block_number", "therapeutic"],
                                       [5, 3, 1, 1, 2])[0]
    s["intent_place"] = rng.choice(["header", "body"])
    if s["intent_stmt"] == "block_number":
        s["intent_place"] = "body"
    s["distractors"] = sorted(rng.sample(["prior", "mri", "plan", "prior_same"], rng.choice([0, 1, 1, 2, 2, 3])))
    return s


def gold_intent(s: dict[str, Any]) -> tuple[str, str]:
    """(intent, source) per coding-rules.md section 5: explicit statement beats drug; RFA always therapeutic."""
    if s["kind"] == "radiofrequency_ablation":
        return "therapeutic", "rfa"
    if s["intent_stmt"] in ("diagnostic", "confirmatory", "block_number"):
        return "diagnostic", "explicit_dx" + ("_vs_steroid" if s["drug"] == "steroid" else "")
    if s["intent_stmt"] == "therapeutic":
        return "therapeutic", "explicit_tx" + ("_vs_local" if s["drug"] == "local" else "")
    return {"local": ("diagnostic", "local_only"), "steroid": ("therapeutic", "steroid"),
            "unnamed": ("unknown", "drug_unnamed")}[s["drug"]]


class _Renderer:
    def __init__(self, s: dict[str, Any], rng: random.Random) -> None:
        self.s, self.rng = s, rng
        r = rng
        self.joints: list[JointT] = s["joints"]
        self.kind_sg, self.kind_pl = r.choice(KIND_PHRASES[s["kind"]])
        if len(self.joints) == 1 and r.random() < 0.5:
            self.kind_pl = self.kind_sg
        self.side = s["side"]
        self.contra = s["side_style"] == "contralateral"
        self.first_side = r.choice(["right", "left"]) if self.contra else self.side
        self.side_pre = r.choice(SIDE_PRE[self.side])
        self.side_post = r.choice(SIDE_POST[self.side])
        self.side_field = r.choice(SIDE_FIELD[self.side])
        self.guid_adv = r.choice(GUIDANCE_ADV[s["guidance"]])
        self.guid_noun = r.choice(GUIDANCE_NOUN[s["guidance"]])
        self.guid_terse = r.choice(GUIDANCE_TERSE[s["guidance"]])
        self.nerve_notation = s["notation"] == "nerves"
        self.local, self.steroid, self.rf_local = r.choice(LOCALS), r.choice(STEROIDS), r.choice(RF_LOCALS)
        self.levels = "" if self.nerve_notation else render_levels(self.joints, s["notation"], s["sep"], r)
        self.region_word = s["region"]
        self.intent_adj = ""
        self.intent_sentence = ""
        stmt = s["intent_stmt"]
        if stmt != "none" and s["intent_place"] == "header":
            self.intent_adj = {"diagnostic": r.choice(["Diagnostic", "diagnostic", "DIAGNOSTIC"]),
                               "confirmatory": r.choice(["Confirmatory", "confirmatory"]),
                               "therapeutic": r.choice(["Therapeutic", "therapeutic"])}[stmt] + " "
        elif stmt != "none":
            self.intent_sentence = {
                "diagnostic": r.choice(["This was a diagnostic block.", "The block was performed for diagnostic "
                                        "purposes.", "Purpose: diagnostic."]),
                "confirmatory": r.choice(["This was a confirmatory block.", "This is the confirmatory (second) "
                                          "block."]),
                "block_number": r.choice(["This is block #1.", "Block #2 of 2.", "This was block #2 (comparative "
                                          "block with a different anesthetic)."]),
                "therapeutic": r.choice(["This was a therapeutic injection.", "Purpose: therapeutic.",
                                         "The injection was performed for therapeutic purposes."]),
            }[stmt]

    # -- pieces

    def side_nerves_word(self, side: str) -> str:
        return side if side != "bilateral" else self.rng.choice(["bilateral", "b/l"])

    def proc_phrase(self, with_guidance: bool = True) -> str:
        """The header procedure phrase: intent, side, levels (or nerves/region), kind, guidance."""
        r, s = self.rng, self.s
        side_shown = not self.contra or r.random() < 0.5
        kind = r.choice([self.kind_sg, self.kind_pl]) if len(self.joints) > 1 else self.kind_sg
        if self.nerve_notation:
            if r.random() < 0.5:
                side = self.side_pre if side_shown else ""
                if self.contra and side_shown:
                    side = "bilateral"
                text = f"{kind} of the {render_nerves(self.joints, side, False, r)}"
            else:
                side = (self.side_pre + " ") if side_shown else ""
                text = f"{side}{self.region_word} {self.kind_pl}"
        else:
            form = r.choice(["pre", "pre_at"] if s["side_style"] in ("pre", "contralateral") else ["post", "post_at"])
            if not side_shown:
                form = r.choice(["none", "none_at"])
            text = {
                "pre": f"{self.side_pre} {self.levels} {self.kind_pl}",
                "pre_at": f"{self.side_pre} {self.kind_pl} at {self.levels}",
                "post": f"{kind}, {self.levels}, {self.side_post}",
                "post_at": f"{self.kind_pl} at {self.levels} {self.side_post}",
                "none": f"{self.levels} {self.kind_pl}",
                "none_at": f"{self.region_word} {self.kind_pl} at {self.levels}",
            }[form]
        text = _cap(self.intent_adj + text) if self.intent_adj else _cap(text)
        if with_guidance and self.guid_adv and r.random() < 0.6:
            text += " " + self.guid_adv
        return text

    def target_phrase(self) -> str:
        """Where the needles went, for the body: repeats levels/nerves with the (first) side."""
        r, s = self.rng, self.s
        side = self.first_side
        if self.nerve_notation:
            return "the " + render_nerves(self.joints, self.side_nerves_word(side), False, r)
        if s["kind"] == "facet_injection":
            each = "each target joint bilaterally" if side == "bilateral" else f"each {side} target joint"
            return r.choice([f"the {side} {self.levels} facet joint{'s' if len(self.joints) > 1 else ''}",
                             f"the {side} facet joint at each level", each])
        if s["kind"] == "medial_branch_block":
            return r.choice([f"the medial branches supplying the {side} {self.levels} facet joints",
                             f"the {side} medial branch targets at each level",
                             f"the {side} {self.levels} medial branch targets"])
        return r.choice([f"the medial branches innervating the {side} {self.levels} facet joints",
                         f"the {side} medial branch targets at each planned level"])

    def drug_sentences(self) -> list[str]:
        r, s = self.rng, self.s
        kind = s["kind"]
        where = "into each joint" if kind == "facet_injection" else "at each target"
        if s["drug"] == "local":
            out = [r.choice([f"{_cap(self.local)} was injected {where}.",
                             f"Injectate: {self.local} {where}."])]
            if r.random() < 0.3:
                out.append("No steroid was given.")
            return out
        if s["drug"] == "steroid":
            return [r.choice([f"A mixture of {self.local} and {self.steroid} was injected {where}.",
                              f"{_cap(self.steroid)} with {self.local} was injected {where}."])]
        if s["drug"] == "unnamed":
            return [r.choice(["Medication was injected at each level.", "The injectate was delivered slowly "
                              "at each target."])]
        out = [f"{_cap(self.rf_local)} was injected through each cannula, and lesions were created at "
               f"{r.choice(['80', '85', '90'])} degrees C for {r.choice(['60', '90'])} seconds."]
        if s["drug"] == "rf_steroid":
            out.append(f"After lesioning, {self.steroid} was injected through each cannula.")
        return out

    def body(self) -> list[str]:
        """Narrative sentences of what was done."""
        r, s = self.rng, self.s
        out = [r.choice(["The patient was placed prone.", "The patient was positioned prone on the table.",
                         "Pt prone."]),
               r.choice(["The area was prepped with chlorhexidine and draped in sterile fashion.",
                         "Sterile prep and drape.", "The skin was prepped and draped."]),
               "The skin was anesthetized with 1% lidocaine."]
        guid = self.guid_adv
        lead = _cap(guid) + ", " if guid else ""
        a_needle = "a 22-gauge" if guid else "A 22-gauge"
        tgt = self.target_phrase()
        if s["kind"] == "facet_injection":
            out.append(f"{lead}{a_needle} spinal needle was advanced into {tgt}.")
        elif s["kind"] == "medial_branch_block":
            out.append(f"{lead}22-gauge needles were placed at {tgt}.")
        else:
            out.append(f"{lead}18-gauge RF cannulas with 10 mm active tips were placed along {tgt}.")
            out.append("Sensory stimulation at 50 Hz reproduced concordant pain below 0.5 V, and motor stimulation "
                       "at 2 Hz to 2 V produced no extremity contraction.")
        if s["guidance"] in ("fluoroscopy", "ct"):
            out.append(r.choice(["Contrast confirmed appropriate spread without vascular uptake.",
                                 "Omnipaque 240 0.3 ml confirmed needle position.",
                                 "Needle position was confirmed in two views."]))
        elif s["guidance"] == "ultrasound":
            out.append("The target was visualized and the needle tip confirmed in real time.")
        out += self.drug_sentences()
        if self.contra:
            other = "left" if self.first_side == "right" else "right"
            out.append(r.choice(["The same procedure was performed on the contralateral side.",
                                 f"The procedure was then repeated on the {other} side.",
                                 f"Identical technique was used on the {other}."]))
        if self.intent_sentence:
            out.append(self.intent_sentence)
        intent, _ = gold_intent(s)
        if intent == "diagnostic" and r.random() < 0.4:
            out.append(r.choice(["A pain diary was given to record percentage relief over the next 6 hours.",
                                 "Pain went from 7/10 to 1/10 at 15 minutes; pain diary provided."]))
            s["pain_diary"] = True
        out.append(r.choice(["The patient tolerated the procedure well.", "No complications.",
                             "There were no complications and the patient was discharged in stable condition."]))
        return out

    def other_levels(self, exclude: tuple[str, ...] = ()) -> str:
        """A joint of the region that is not treated today, in the case's notation."""
        pool = [j for j in REGION_JOINTS[self.s["region"]] if j not in self.joints]
        notation = self.s["notation"] if self.s["notation"] not in ("nerves", "range") else "short"
        if notation == "concat":
            pool = [j for j in pool if level_name(j) in CONCAT_OK] or pool
            if not all(level_name(j) in CONCAT_OK for j in pool):
                notation = "short"
        texts = [render_joint(j, notation) for j in pool]
        return self.rng.choice([t for t in texts if t not in exclude] or texts)

    def history(self) -> list[str]:
        r, s = self.rng, self.s
        out = []
        if "prior" in s["distractors"]:
            side2 = r.choice(["right", "left", "bilateral"])
            out.append(r.choice([
                f"The patient had a {side2} {self.other_levels()} {r.choice(PRIOR_KINDS)} in "
                f"{r.choice(['2019', '2021', '2022'])} with {r.choice(['50', '70', '80'])}% relief.",
                f"Prior {r.choice(PRIOR_KINDS)} at {side2} {self.other_levels()} last year helped for 3 months.",
            ]))
        if "prior_same" in s["distractors"]:
            out.append(r.choice(["Two prior diagnostic medial branch blocks at these levels gave 85% and 90% relief.",
                                 "Previous facet injections at the same levels gave good temporary relief."]))
        if "mri" in s["distractors"]:
            first = self.other_levels()
            second = self.other_levels((first,))
            both = first if second == first else f"{first} and {second}"
            out.append(f"MRI of the {s['region']} spine shows facet arthropathy at {both}.")
        return out

    def plan(self) -> list[str]:
        r, s = self.rng, self.s
        if "plan" not in s["distractors"]:
            return []
        if s["kind"] == "medial_branch_block":
            return [r.choice([
                "If relief is 80% or more, we will proceed with radiofrequency ablation at these levels.",
                f"Plan: consider {r.choice(['right', 'left'])} {self.other_levels()} RFA if the block is positive.",
            ])]
        return [f"Follow up in 2 weeks; consider {r.choice(['right', 'left', 'bilateral'])} {self.other_levels()} "
                f"{r.choice(PRIOR_KINDS)} if pain persists."]

    def drug_field(self) -> str:
        s = self.s
        local = self.rf_local if s["kind"] == "radiofrequency_ablation" else self.local
        if s["drug"] in ("local", "rf_local"):
            return local
        if s["drug"] in ("steroid", "rf_steroid"):
            return f"{local} + {self.steroid}"
        return "per protocol"

    # -- layouts

    def render(self) -> str:
        return getattr(self, "layout_" + self.s["layout"])()

    def _sections(self) -> list[tuple[str, str]]:
        r, s = self.rng, self.s
        dx = r.choice(DIAGNOSES[s["region"]])
        proc = self.proc_phrase()
        sec = [("PREOPERATIVE DIAGNOSIS", dx + "."), ("POSTOPERATIVE DIAGNOSIS", "Same."),
               (r.choice(["PROCEDURE PERFORMED", "PROCEDURE", "PROCEDURES"]), proc + ".")]
        if self.guid_noun and r.random() < 0.5:
            sec.append((r.choice(["GUIDANCE", "IMAGING"]), self.guid_noun + "."))
        sec.append(("ANESTHESIA", r.choice(["Local.", "Local with minimal sedation."])))
        hist = self.history()
        if hist:
            sec.append((r.choice(["HISTORY", "INDICATIONS"]), " ".join(hist)))
        sec.append((r.choice(["DESCRIPTION OF PROCEDURE", "DESCRIPTION", "TECHNIQUE"]), " ".join(self.body())))
        sec.append(("COMPLICATIONS", "None."))
        plan = self.plan()
        if plan:
            sec.append(("PLAN", " ".join(plan)))
        return sec

    def layout_dictated(self) -> str:
        return "\n".join(f"{h}: {t}" for h, t in self._sections()) + "\n"

    def layout_comma_joined(self) -> str:
        return ",".join(f"{h}:,  {t}" for h, t in self._sections())

    def _levels_field(self) -> str:
        if self.nerve_notation:
            return render_nerves(self.joints, "", self.rng.random() < 0.5, self.rng)
        return self.levels

    def layout_key_value(self) -> str:
        r, s = self.rng, self.s
        lines = [f"Procedure: {_cap(self.intent_adj + self.kind_sg)}", f"Region: {_cap(s['region'])}",
                 f"{'Targets' if self.nerve_notation else r.choice(['Levels', 'Level(s)', 'Levels treated'])}: "
                 f"{self._levels_field()}",
                 f"Side: {self.side_field}"]
        if self.guid_noun:
            lines.append(f"{r.choice(['Guidance', 'Imaging'])}: {self.guid_noun}")
        lines.append(f"Medication: {self.drug_field() if s['drug'] != 'unnamed' else 'injected per protocol'}")
        if s["intent_stmt"] != "none" and not self.intent_adj:
            lines.append(self.intent_sentence)
        hist = self.history()
        if hist:
            lines.append("History: " + " ".join(hist))
        body = self.body()
        lines.append("Notes: " + " ".join(body[3:]))
        lines += ["Plan: " + p for p in self.plan()]
        return "\n".join(lines) + "\n"

    def layout_terse(self) -> str:
        r, s = self.rng, self.s
        side = {"right": r.choice(["rt", "right"]), "left": r.choice(["lt", "left"]),
                "bilateral": r.choice(["b/l", "bilat"])}[self.side]
        if self.contra:
            side = "b/l"
        kind = (self.intent_adj.lower() + r.choice(TERSE_KIND[s["kind"]])).replace("diagnostic ", "dx ")
        if self.nerve_notation:
            head = f"proc: {side} {s['region']} {kind} {self.guid_terse}".rstrip()
            tgt = render_nerves(self.joints, side, True, r)
        else:
            head = f"proc: {side} {self.levels} {kind} {self.guid_terse}".rstrip()
            tgt = None
        lines = [head, f"dx: {r.choice(DIAGNOSES[s['region']]).lower()}"]
        hist = self.history()
        if hist:
            lines.append("hx: " + " ".join(hist))
        needle = "22g needles" if s["kind"] != "radiofrequency_ablation" else "18g RF cannulas"
        lines.append(f"pt prone, prepped. {needle} to {tgt or 'each target'}" + (", pos confirmed" if
                     s["guidance"] in ("fluoroscopy", "ct") else ""))
        lines += [d.lower() for d in self.drug_sentences()]
        if self.intent_sentence:
            lines.append(self.intent_sentence.lower())
        lines.append("no compl, d/c home")
        lines += ["plan: " + p for p in self.plan()]
        return "\n".join(lines) + "\n"

    def layout_narrative(self) -> str:
        r = self.rng
        age = r.choice(["54", "61", "67", "72"])
        parts = [f"The patient is a {age}-year-old with chronic axial {self.region_word} pain."]
        parts += self.history()
        proc = self.proc_phrase()
        if proc[1:2].islower():
            proc = proc[:1].lower() + proc[1:]
        pt = r.choice(["she", "he", "the patient"])
        parts.append(r.choice([f"Today {pt} underwent {proc}.", f"{_cap(pt)} presents today for {proc}.",
                               f"Today we performed {proc}.", f"{_cap(pt)} underwent {proc} today."]))
        parts += self.body()[3:]
        parts += self.plan()
        return " ".join(parts) + "\n"

    def layout_numbered(self) -> str:
        r, s = self.rng, self.s
        items = [self.proc_phrase(with_guidance=False) + "."]
        if s["guidance"] == "fluoroscopy":
            items.append(r.choice(["Fluoroscopic guidance and interpretation.",
                                   "Fluoroscopy for needle localization."]))
        elif s["guidance"] == "ct":
            items.append("CT guidance for needle placement.")
        elif s["guidance"] == "ultrasound":
            items.append("Ultrasound guidance for needle placement.")
        lines = ["PROCEDURES:"] + [f"{i}. {t}" for i, t in enumerate(items, 1)]
        hist = self.history()
        if hist:
            lines += ["", "INDICATIONS: " + " ".join(hist)]
        lines += ["", "DESCRIPTION:"] + [f"{i}. {t}" for i, t in enumerate(self.body(), 1)]
        plan = self.plan()
        if plan:
            lines += ["", "PLAN: " + " ".join(plan)]
        return "\n".join(lines) + "\n"

    def layout_op_report(self) -> str:
        r = self.rng
        lines = ["OPERATIVE REPORT", f"Date of service: 0{r.randint(1, 9)}/{r.randint(10, 28)}/2025",
                 f"Procedure: {self.proc_phrase()}"]
        hist = self.history()
        lines.append("Indications: " + " ".join([f"Chronic {self.region_word} facet mediated pain."] + hist))
        lines.append("Technique: " + " ".join(self.body()))
        lines.append("Estimated blood loss: minimal")
        plan = self.plan()
        lines.append("Disposition: Home with driver." + (" " + " ".join(plan) if plan else ""))
        return "\n".join(lines) + "\n"

    def layout_checkbox(self) -> str:
        r, s = self.rng, self.s
        def box(flag: bool) -> str:
            return "[x]" if flag else "[ ]"
        region = "  ".join(f"{box(s['region'] == k)} {_cap(k)}" for k in ("cervical", "thoracic", "lumbar"))
        kinds = [("facet_injection", "Facet joint inj (IA)"), ("medial_branch_block", "Medial branch block"),
                 ("radiofrequency_ablation", "RF ablation")]
        proc = "  ".join(f"{box(s['kind'] == k)} {label}" for k, label in kinds)
        pool = REGION_JOINTS[s["region"]]
        lo = max(0, pool.index(self.joints[0]) - 1)
        hi = min(len(pool), pool.index(self.joints[-1]) + 2)
        levels = "  ".join(f"{box(j in self.joints)} {level_name(j)}" for j in pool[lo:hi])
        side = "  ".join(f"{box(self.side == k)} {_cap(k)}" for k in ("right", "left", "bilateral"))
        g = s["guidance"]
        guid = "  ".join(f"{box(g == k)} {label}" for k, label in (("fluoroscopy", "Fluoroscopy"), ("ct", "CT"),
                                                                   ("ultrasound", "Ultrasound")))
        if g == "landmark":
            guid += "  [x] None (landmark)"
        drug = s["drug"]
        med = f"{box(drug in ('local', 'rf_local', 'steroid', 'rf_steroid'))} Bupivacaine 0.25%  " + (
            f"[x] Steroid: {self.steroid}" if "steroid" in drug else "[ ] Steroid ______")
        lines = ["PROCEDURE RECORD - INTERVENTIONAL SPINE", "", f"Region:      {region}", f"Procedure:   {proc}",
                 f"Level(s):    {levels}", f"Side:        {side}", f"Guidance:    {guid}", f"Medication:  {med}"]
        if s["intent_stmt"] != "none":
            dx = s["intent_stmt"] != "therapeutic"
            lines.append(f"Purpose:     {box(dx)} Diagnostic  {box(not dx)} Therapeutic")
        lines.append("Complications: [x] None")
        comments = self.history() + self.plan()
        if self.nerve_notation:
            comments.insert(0, render_nerves(self.joints, self.side_nerves_word(self.side), True, r) + ".")
        if comments:
            lines += ["", "Comments: " + " ".join(comments)]
        return "\n".join(lines) + "\n"

    def layout_clinic(self) -> str:
        r = self.rng
        lines = [f"Procedure note - {self.region_word} spine"]
        hist = self.history()
        if hist:
            lines.append("Background: " + " ".join(hist))
        proc = self.proc_phrase()
        lines.append(f"Performed today: {proc}.")
        lines.append(" ".join(self.body()[3:]))
        plan = self.plan()
        lines.append("A/P: " + r.choice(["Tolerated well.", "Stable."]) + (" " + " ".join(plan) if plan else ""))
        return "\n".join(lines) + "\n"


def make_case(index: int, seed: int) -> Case:
    rng = random.Random(seed * 1_000_003 + index)
    s = _draw(rng)
    text = _Renderer(s, rng).render()
    intent, source = gold_intent(s)
    s["intent_src"] = source
    joints = [{"level": level_name(j), "side": s["side"]} for j in s["joints"]]
    proc = {"kind": s["kind"], "name": s["kind"], "region": REGION_FACT[s["region"]], "joints": joints,
            "guidance": GUIDANCE_FACT[s["guidance"]], "intent": intent}
    result = map_procedures([Procedure.from_dict(proc)], load_profile("medicare"))
    lines = [(line.code, tuple(line.modifiers), line.units) for line in result.lines]
    slots = {k: v for k, v in s.items() if k != "joints"}
    slots["n_joints"] = len(s["joints"])
    return Case(id=f"tpl{seed}-{index:05d}", text=text, slots=slots, gold_procedures=[proc], gold_lines=lines)


def generate(n: int = 1200, seed: int = 20261123) -> list[Case]:
    """n cases, deterministic for a given seed."""
    return [make_case(i, seed) for i in range(n)]


__all__ = ["Case", "generate", "level_name", "nerves_of", "render_joint"]


if __name__ == "__main__":
    for case in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 5):
        print(f"=== {case.id} {case.pattern()}\n{case.text}\n-> {case.gold_procedures}\n-> {case.gold_lines}\n")
