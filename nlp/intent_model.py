"""Diagnostic vs therapeutic intent where the rules are silent: a linear model that may also say "unknown".

Rules come first (coding-rules.md section 5: explicit statement > drug cues); the model is asked only when
they leave an injection's or block's intent unknown. Many such notes never say it ("medication was injected"),
so the model has three classes: it learns "unknown" from dev notes whose gold intent is unknown, helped by fact
tokens such as `no_drug` / `no_cue` that a bag of words cannot express. Features: TF-IDF word 1-2 grams of the
sections that describe the encounter (nlp.note.INTENT_SECTIONS) plus those fact tokens (procedure kind, drugs,
intent words). The answer threshold is chosen by repeated cross-validation on dev so that "rules, then model"
never scores below rules alone there. Trained with scikit-learn, shipped as plain numbers (gzipped JSON, see
nlp.linear_text_model) beside a model card, and scored in pure Python: no pickle, no library-version lock.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from nlp.checkboxes import without_unticked
from nlp.linear_text_model import FORMAT, WEIGHT_DIGITS, LinearTextModel, ModelFormatError

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "intent.json.gz"
THRESHOLD = 0.8  # fallback when a card has none; a trained card carries its own CV-chosen threshold
CARD_DATE = "2026-11-27"  # fixed so retraining reproduces the shipped card byte for byte
LABELS = ("diagnostic", "therapeutic", "unknown")
INJECTIONS = ("facet_injection", "medial_branch_block")
CANDIDATE_THRESHOLDS = tuple(round(0.5 + 0.05 * i, 2) for i in range(10))  # 0.5 .. 0.95
SILENT_MARGIN = 0.05  # the threshold stays this far above any CV probability given to a silent dev note
CV_FOLDS, CV_REPEATS = 4, 5  # 4 folds: dev has only 4 notes whose gold intent is unknown

_STEROID = r"triamcinolone|kenalog|methylpred|depo-?medrol|dexameth|decadron|betameth|celestone|steroid"
_LOCAL = r"bupivac|marcaine|sensorcaine|ropivac|naropin|lidocaine|xylocaine|anesthetic|anaesthetic"
_SKIN = r"skin|subcut|wheal|numb|infiltrat"  # local anaesthetic for the skin says nothing about intent
_NO_STEROID = r"\b(?:no|without|not|non|nil|w/o)\b[- ](?:\w+[ -]){0,2}?(?:" + _STEROID + ")"
_DX_WORDS = (r"diagnostic|confirmatory|comparative|\bblock\s*(?:#|no\.?|number)\s*[12]\b|"
             r"\b(?:first|second|1st|2nd)\s+(?:diagnostic\s+|confirmatory\s+)?(?:block|mbb)|\bdx\s+(?:block|mbb|inj)")
_TX_WORDS = r"therapeut|\btx\s+(?:inj|block)|lasting|long[- ]term"
_RELIEF = r"diary|percent|%\s*relief|relief|pain scores?"
# Sentences about other encounters ("two prior diagnostic blocks gave 85% relief", "consider RFA") carry intent
# words that are not this procedure's; so do the unticked options of a checkbox form ("[ ] Steroid").
_OTHER_ENCOUNTER = (r"\b(?:prior|previous(?:ly)?|last\s+(?:year|time|month|week)|in\s+(?:19|20)\d\d|had\s+an?|"
                    r"history\s+of|s/p|ago|consider|will\s+(?:consider|repeat|proceed|schedule))\b")
# Key-value headers ("Indication: ...") whose section ends at the line end, as in nlp.pipeline.mentions.
_ONE_LINE = frozenset({"diagnosis", "anesthesia", "complications", "guidance", "home_medications", "indication",
                       "procedure"})


def card_path(model: Path) -> Path:
    """models/intent.json.gz -> models/intent.card.json"""
    return model.with_name(model.name.split(".")[0] + ".card.json")


def versions() -> dict[str, str]:
    """The libraries a model was trained with (the card records them; scoring needs none of them)."""
    import numpy
    import scipy
    import sklearn

    return {"scikit-learn": sklearn.__version__, "numpy": numpy.__version__, "scipy": scipy.__version__}


@cache
def _section_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from nlp.pipeline.rules import load_rule_file

    return tuple((r["category"], re.compile(r["pattern"], re.I)) for r in load_rule_file("sections")["rules"])


def encounter_text(text: str) -> str:
    """The note's sections that describe this encounter (nlp.note.INTENT_SECTIONS), by header regex.

    The pipeline's own section spans are cleared before the intent component runs, so the headers of
    rules/sections.json are matched again here; plan, history and findings (future or past procedures) drop out.
    """
    from nlp.note import INTENT_SECTIONS

    heads = sorted((m.start(), m.end(), cat) for cat, rx in _section_rules() for m in rx.finditer(text))
    spans = [(0, heads[0][0] if heads else len(text), None)]
    for i, (start, title_end, cat) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        line_end = text.find("\n", title_end)
        if cat in _ONE_LINE and -1 < line_end < end and text[title_end:line_end].strip():
            spans += [(start, line_end, cat), (line_end, end, None)]
        else:
            spans.append((start, end, cat))
    return "\n".join(text[s:e] for s, e, cat in spans if cat in INTENT_SECTIONS)


def this_encounter(body: str) -> str:
    """`body` without unticked checkbox options and without sentences about past or planned procedures."""
    body = without_unticked(body)
    sentences = re.split(r"\s*\n\s*|(?<=[.;])\s+|(?<=\.),", body)  # lines, sentences, comma-joined headers
    return "\n".join(s for s in sentences if not re.search(_OTHER_ENCOUNTER, s, re.I))


def fact_tokens(body: str, kinds: list[str] | set[str]) -> str:
    """Tokens for the procedure kinds, drugs and intent words, and for their absence (the cue of a silent note)."""
    low = body.lower()
    sentences = re.split(r"(?<=[.;\n])\s+", low)
    steroid = bool(re.search(_STEROID, re.sub(_NO_STEROID, " ", low)))
    local = any(re.search(_LOCAL, s) and not re.search(_SKIN, s) for s in sentences)
    skin = any(re.search(_LOCAL, s) and re.search(_SKIN, s) for s in sentences)
    dx_words, tx_words, relief = (bool(re.search(p, low)) for p in (_DX_WORDS, _TX_WORDS, _RELIEF))
    flags = {
        "steroid": steroid, "steroid_negated": bool(re.search(_NO_STEROID, low)), "local": local,
        "local_only": local and not steroid, "skin_only": skin and not local, "no_drug": not (steroid or local),
        "dx_words": dx_words, "tx_words": tx_words, "relief": relief,
        "no_cue": not (steroid or local or dx_words or tx_words or relief),
    }
    return " ".join([f"kind_{k}" for k in sorted(kinds)] + [name for name, on in flags.items() if on])


def features(text: str, procedures: list[dict[str, Any]]) -> list[str]:
    """One model row: [encounter text, fact tokens]."""
    body = this_encounter(encounter_text(text))
    return [body, fact_tokens(body, {p["kind"] for p in procedures})]


def _matrix(rows: list[list[str]]) -> Any:
    import numpy as np

    out = np.empty((len(rows), 2), dtype=object)  # column 0 text, column 1 fact tokens
    for i, (text, facts) in enumerate(rows):
        out[i, 0], out[i, 1] = text, facts
    return out


def build_model():  # noqa: ANN201 - sklearn Pipeline
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    # Word n-grams only: character n-grams made the file 12 MB and did not win under cross-validation.
    vectors = ColumnTransformer([
        ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True), 0),
        ("facts", CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True), 1),
    ])
    # LogisticRegression fits log-loss, so its probabilities are calibrated as they come; a sigmoid
    # CalibratedClassifierCV (3 inner folds, 3 'unknown' rows) scored lower under CV. "balanced" gives the
    # rare 'unknown' class the weight it needs to be learnt at all.
    classifier = LogisticRegression(C=4.0, class_weight="balanced", max_iter=5000)
    return Pipeline([("features", vectors), ("model", classifier)])


def _fit(xs: list[list[str]], ys: list[str]):  # noqa: ANN202
    model = build_model().fit(_matrix(xs), ys)
    vectoriser = model.named_steps["features"].named_transformers_["words"]
    if hasattr(vectoriser, "stop_words_"):  # the pruned n-grams: only needed for introspection, and bulky
        del vectoriser.stop_words_
    return model


def decide(model: LinearTextModel, row: list[str], threshold: float) -> tuple[str, float]:
    """(intent, probability of the likelier of diagnostic/therapeutic); "unknown" unless that probability
    reaches `threshold` and beats the model's own "unknown"."""
    probs = model.probabilities(*row)
    label = max(("diagnostic", "therapeutic"), key=lambda c: probs.get(c, 0.0))
    prob = float(probs.get(label, 0.0))
    answered = prob >= threshold and prob > probs.get("unknown", 0.0)
    return (label if answered else "unknown"), round(prob, 4)


def training_rows(corpus: Path, split: str = "dev") -> tuple[list[str], list[list[str]], list[str]]:
    """(ids, feature rows, labels) for notes whose injections/blocks share one gold intent, "unknown" included."""
    ids, xs, ys = [], [], []
    gold = corpus / "gold" / f"{split}.jsonl"
    for line in gold.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        procs = [p for p in row["procedures"] if p["kind"] in INJECTIONS]
        intents = {p["intent"] for p in procs}
        if len(intents) != 1:
            continue
        text = (corpus / "notes" / f"{row['id']}.txt").read_text(encoding="utf-8")
        ids.append(row["id"])
        xs.append(features(text, procs))
        ys.append(intents.pop())
    return ids, xs, ys


def rule_view(text: str) -> tuple[str, bool]:
    """(the rules' intent for the note's first injection/block, whether the pipeline would ask the model)."""
    from nlp.pipeline import load

    nlp = load()
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "spinecode_intent":
            doc = proc(doc)
    found = [p for p in doc._.spinecode_procedures if p["kind"] in INJECTIONS]
    rules = found[0]["intent"] if found else "unknown"
    return rules, bool(found) and rules == "unknown"


def cross_validate(xs: list[list[str]], ys: list[str], rules: list[tuple[str, bool]]) -> dict[str, Any]:
    """Repeated stratified CV on the training split; picks the threshold (see SILENT_MARGIN and the module doc)."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    folds = max(2, min(CV_FOLDS, min(ys.count(label) for label in set(ys))))
    runs = []
    for seed in range(CV_REPEATS):
        probs: list[dict[str, float]] = [{} for _ in ys]
        for train, held in StratifiedKFold(folds, shuffle=True, random_state=seed).split(np.zeros(len(ys)), ys):
            model = _fit([xs[i] for i in train], [ys[i] for i in train])
            for i, p in zip(held, model.predict_proba(_matrix([xs[i] for i in held])), strict=True):
                probs[i] = dict(zip((str(c) for c in model.classes_), map(float, p), strict=True))
        runs.append(probs)

    def outcome(probs: list[dict[str, float]], threshold: float) -> tuple[float, float, float]:
        model_hits = combined_hits = answered = 0
        for p, truth, (rule, asks) in zip(probs, ys, rules, strict=True):
            label = max(("diagnostic", "therapeutic"), key=lambda c: p.get(c, 0.0))
            said = label if p.get(label, 0.0) >= threshold and p[label] > p.get("unknown", 0.0) else "unknown"
            model_hits += said == truth
            answered += said != "unknown"
            combined_hits += (said if asks else rule) == truth
        return model_hits / len(ys), combined_hits / len(ys), answered / len(ys)

    rules_accuracy = sum(rule == truth for (rule, _), truth in zip(rules, ys, strict=True)) / len(ys)
    silent = [max(p.get("diagnostic", 0.0), p.get("therapeutic", 0.0))
              for probs in runs for p, truth in zip(probs, ys, strict=True) if truth == "unknown"]
    floor = max(silent, default=0.0) + SILENT_MARGIN
    table = {}
    for threshold in CANDIDATE_THRESHOLDS:
        results = [outcome(probs, threshold) for probs in runs]
        table[threshold] = tuple(float(np.mean([r[k] for r in results])) for k in range(3)) + (
            min(r[1] for r in results),)
    allowed = [t for t in CANDIDATE_THRESHOLDS if t >= floor and table[t][3] >= rules_accuracy] or [
        CANDIDATE_THRESHOLDS[-1]]
    best = max(allowed, key=lambda t: (round(table[t][0], 6), t))  # ties: the more cautious threshold
    model_acc, combined_acc, answered, combined_min = table[best]
    return {
        "folds": folds, "repeats": CV_REPEATS, "threshold": best,
        "model_accuracy": round(model_acc, 4), "model_answered": round(answered, 4),
        "rules_accuracy": round(rules_accuracy, 4), "rules_then_model_accuracy": round(combined_acc, 4),
        "rules_then_model_worst_repeat": round(combined_min, 4),
        "highest_probability_on_a_silent_note": round(max(silent, default=0.0), 4),
    }


def train_and_save(corpus: Path, out: Path = MODEL_PATH) -> dict[str, Any]:
    """Cross-validate on the dev split (choosing the threshold), fit on all of it, save the exported weights
    (gzipped JSON) and the card."""
    ids, xs, ys = training_rows(corpus, "dev")
    if len({"diagnostic", "therapeutic"} & set(ys)) < 2:
        raise ValueError("the dev split needs notes of both intents to train")
    notes = corpus / "notes"
    rules = [rule_view((notes / f"{i}.txt").read_text(encoding="utf-8")) for i in ids]
    cv = cross_validate(xs, ys, rules)
    model = LinearTextModel.from_sklearn(_fit(xs, ys))
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    counts = {label: ys.count(label) for label in LABELS}
    card = {
        "model": "intent", "file": out.name, "trained": CARD_DATE,
        "training_data": f"{corpus.name}/gold/dev.jsonl: {len(ys)} notes whose injections/blocks share one "
                         f"gold intent ({', '.join(f'{n} {label}' for label, n in counts.items())})",
        "training_ids": ids, "threshold": cv["threshold"],
        "cross_validation": {k: v for k, v in cv.items() if k != "threshold"},
        "cv_note": "model_accuracy counts an abstention as right only where gold is unknown; rules_then_model "
                   "asks the model only where the pipeline would (rules found an injection, intent unknown)",
        "features": "TF-IDF word 1-2 grams (min_df 3) of the encounter sections, without unticked checkbox "
                    "options and sentences about prior or planned procedures, + binary fact tokens (procedure "
                    "kind, steroid/negated steroid/local/skin-only local/no drug, intent words, none of them)",
        "threshold_rule": f"highest-scoring of {CANDIDATE_THRESHOLDS[0]}..{CANDIDATE_THRESHOLDS[-1]} under CV "
                          f"with rules_then_model >= rules in every repeat and >= {SILENT_MARGIN} above the "
                          f"highest CV probability of a note whose gold intent is unknown",
        "classifier": "LogisticRegression(C=4, class_weight=balanced), classes diagnostic/therapeutic/unknown",
        "format": f"{FORMAT}: gzipped JSON of each n-gram's idf and per-class weights, scored by "
                  f"nlp.linear_text_model; weights rounded to {WEIGHT_DIGITS} significant digits",
        "trained_with": versions(),
    }
    card_path(out).write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
    return card


def compare(corpus: Path, split: str = "test", model: LinearTextModel | None = None,
            threshold: float | None = None) -> dict[str, Any]:
    """Intent accuracy on a split for rules alone, the model alone and rules-then-model as the pipeline runs it."""
    model = model if model is not None else default_model()
    threshold = threshold if threshold is not None else card_threshold()
    ids, xs, ys = training_rows(corpus, split)
    hits = {"rules": 0, "model": 0, "combined": 0}
    answered = dict.fromkeys(hits, 0)
    for note_id, row, truth in zip(ids, xs, ys, strict=True):
        rules, asks = rule_view((corpus / "notes" / f"{note_id}.txt").read_text(encoding="utf-8"))
        by_model = decide(model, row, threshold)[0] if model is not None else "unknown"
        for key, value in (("rules", rules), ("model", by_model), ("combined", by_model if asks else rules)):
            hits[key] += value == truth
            answered[key] += value != "unknown"
    n = len(ys)
    return {
        "split": split, "notes": n, "threshold": threshold,
        **{f"{k}_accuracy": round(hits[k] / n, 4) if n else 0.0 for k in hits},
        **{f"{k}_answered": answered[k] for k in answered},
    }


def load_model(path: Path = MODEL_PATH) -> LinearTextModel:
    """The saved model; ModelFormatError if the file is not one (or of another format version)."""
    return LinearTextModel.load(path)


def card_threshold(path: Path = MODEL_PATH) -> float:
    """The threshold the model's card chose by cross-validation (THRESHOLD if there is no card)."""
    card = card_path(path)
    if not card.is_file():
        return THRESHOLD
    return float(json.loads(card.read_text(encoding="utf-8")).get("threshold", THRESHOLD))


@cache
def default_model() -> LinearTextModel | None:
    """The packaged model if present and loadable, else None (rules alone decide)."""
    if not MODEL_PATH.is_file():
        return None
    try:
        return load_model(MODEL_PATH)
    except ModelFormatError as exc:  # rules alone still work; say why once, on stderr
        import logging

        logging.getLogger("spinecode").warning("intent model not used: %s", exc)
        return None


def predict(text: str, procedures: list[dict[str, Any]], model: LinearTextModel | None = None,
            threshold: float | None = None) -> tuple[str, float]:
    """(intent, probability of the likelier known intent); "unknown" below the threshold or when the model
    thinks the note is silent."""
    model = model if model is not None else default_model()
    if model is None:
        return "unknown", 0.0
    return decide(model, features(text, procedures), threshold if threshold is not None else card_threshold())
