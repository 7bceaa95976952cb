"""Diagnostic vs therapeutic intent where the rules are silent: a calibrated linear model over the note.

Rules come first (coding-rules.md section 5: explicit statement > drug cues); the model is asked only when
they give no answer or conflict. Features: TF-IDF word 1-2 grams and character 3-5 grams of the sections that
describe the encounter, plus tokens for the extracted facts (procedure kind, drugs seen). The model is saved
with skops (never pickle) beside a model card; loading refuses a file whose library versions differ.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "intent.skops"
THRESHOLD = 0.8  # below this probability the intent stays unknown (INTENT_NOT_DOCUMENTED)
LABELS = ("diagnostic", "therapeutic")
_TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.", "builtins.", "nlp.intent_model.")


class ModelVersionError(RuntimeError):
    """The saved model was made with other library versions than the ones installed."""


def versions() -> dict[str, str]:
    import numpy
    import scipy
    import sklearn
    import skops

    return {"scikit-learn": sklearn.__version__, "skops": skops.__version__, "numpy": numpy.__version__,
            "scipy": scipy.__version__}


def features(text: str, procedures: list[dict[str, Any]]) -> str:
    """One string per note: its words plus fact tokens (kind, drugs) the vectoriser can weigh."""
    kinds = sorted({p["kind"] for p in procedures})
    tokens = [f"__kind_{k}" for k in kinds]
    low = text.lower()
    for name, pattern in (("steroid", r"triamcinolone|kenalog|methylpred|depo-?medrol|dexameth|decadron|"
                                      r"betameth|celestone|steroid"),
                          ("local", r"bupivac|marcaine|sensorcaine|ropivac|naropin|lidocaine|xylocaine")):
        if re.search(pattern, low):
            tokens.append(f"__drug_{name}")
    return " ".join(tokens) + " " + text


def build_model():  # noqa: ANN201 - sklearn Pipeline
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    vectors = FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)),
    ])
    classifier = CalibratedClassifierCV(LogisticRegression(C=4.0, max_iter=2000), cv=3, method="sigmoid")
    return Pipeline([("features", vectors), ("model", classifier)])


def training_rows(corpus: Path, split: str = "dev") -> tuple[list[str], list[str], list[str]]:
    """(ids, feature strings, labels) for notes whose facet injections or blocks have a known intent."""
    ids, xs, ys = [], [], []
    gold = corpus / "gold" / f"{split}.jsonl"
    for line in gold.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        procs = [p for p in row["procedures"] if p["kind"] in ("facet_injection", "medial_branch_block")]
        intents = {p["intent"] for p in procs} - {"unknown"}
        if len(intents) != 1:
            continue
        text = (corpus / "notes" / f"{row['id']}.txt").read_text(encoding="utf-8")
        ids.append(row["id"])
        xs.append(features(text, procs))
        ys.append(intents.pop())
    return ids, xs, ys


def train_and_save(corpus: Path, out: Path = MODEL_PATH) -> dict[str, Any]:
    """Train on the dev split, cross-validate, save the model with skops and its card beside it."""
    import numpy as np
    import skops.io as sio
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    _, xs, ys = training_rows(corpus, "dev")
    if len(set(ys)) < 2:
        raise ValueError("the dev split needs notes of both intents to train")
    model = build_model()
    folds = min(5, min(ys.count(label) for label in set(ys)))
    predicted = cross_val_predict(build_model(), xs, ys, cv=StratifiedKFold(folds, shuffle=True, random_state=0))
    accuracy = float(np.mean(np.array(predicted) == np.array(ys)))
    model.fit(xs, ys)
    out.parent.mkdir(parents=True, exist_ok=True)
    sio.dump(model, out)
    card = {
        "model": "intent", "file": out.name, "trained": date.today().isoformat(),
        "training_data": f"{corpus.name}/gold/dev.jsonl: {len(ys)} notes with a known injection/MBB intent "
                         f"({ys.count('diagnostic')} diagnostic, {ys.count('therapeutic')} therapeutic)",
        "cross_validated_accuracy": round(accuracy, 4), "folds": folds, "threshold": THRESHOLD,
        "features": "TF-IDF word 1-2 grams + char_wb 3-5 grams of the note, plus kind and drug tokens",
        "classifier": "LogisticRegression(C=4) calibrated with CalibratedClassifierCV(sigmoid, cv=3)",
        "versions": versions(),
    }
    out.with_suffix(".card.json").write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
    return card


def compare(corpus: Path, split: str = "test", model: Any = None) -> dict[str, Any]:
    """Intent accuracy on a split for rules alone, the model alone and both combined (rules first)."""
    from nlp.pipeline import load

    nlp = load()
    model = model if model is not None else default_model()
    gold = corpus / "gold" / f"{split}.jsonl"
    hits = {"rules": 0, "model": 0, "combined": 0}
    answered = {"rules": 0, "model": 0, "combined": 0}
    n = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        procs = [p for p in row["procedures"] if p["kind"] in ("facet_injection", "medial_branch_block")]
        truth = {p["intent"] for p in procs}
        if len(truth) != 1:
            continue
        truth_value = truth.pop()
        text = (corpus / "notes" / f"{row['id']}.txt").read_text(encoding="utf-8")
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name != "spinecode_intent":
                doc = proc(doc)
        found = [p for p in doc._.spinecode_procedures if p["kind"] in ("facet_injection", "medial_branch_block")]
        rules = found[0]["intent"] if found else "unknown"
        by_model = predict(text, found or procs, model)[0] if model is not None else "unknown"
        combined = rules if rules != "unknown" else by_model
        n += 1
        for key, value in (("rules", rules), ("model", by_model), ("combined", combined)):
            hits[key] += value == truth_value
            answered[key] += value != "unknown"
    return {
        "split": split, "notes": n,
        **{f"{k}_accuracy": round(hits[k] / n, 4) if n else 0.0 for k in hits},
        **{f"{k}_answered": answered[k] for k in answered},
    }


def load_model(path: Path = MODEL_PATH):  # noqa: ANN201
    """The saved model, or ModelVersionError if it was saved with other library versions."""
    import skops.io as sio

    card = json.loads(path.with_suffix(".card.json").read_text(encoding="utf-8"))
    if card["versions"] != versions():
        raise ModelVersionError(
            f"{path.name} was saved with {card['versions']}; installed: {versions()}. Retrain with "
            f"`spinecode train intent`."
        )
    untrusted = sio.get_untrusted_types(file=path)
    unexpected = [t for t in untrusted if not t.startswith(_TRUSTED_PREFIXES)]
    if unexpected:
        raise ModelVersionError(f"{path.name} contains types spinecode does not trust: {unexpected}")
    return sio.load(path, trusted=untrusted)


@cache
def default_model():  # noqa: ANN201
    """The packaged model if present and loadable, else None (rules alone decide)."""
    if not MODEL_PATH.is_file():
        return None
    try:
        return load_model(MODEL_PATH)
    except ModelVersionError as exc:  # rules alone still work; say why once, on stderr
        import logging

        logging.getLogger("spinecode").warning("intent model not used: %s", exc)
        return None


def predict(text: str, procedures: list[dict[str, Any]], model: Any = None) -> tuple[str, float]:
    """(intent, probability of that intent); "unknown" below THRESHOLD."""
    model = model if model is not None else default_model()
    if model is None:
        return "unknown", 0.0
    probs = model.predict_proba([features(text, procedures)])[0]
    best = int(probs.argmax())
    label, prob = str(model.classes_[best]), float(probs[best])
    return (label if prob >= THRESHOLD else "unknown"), round(prob, 4)
