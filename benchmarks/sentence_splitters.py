"""Compare sentence splitters by what matters downstream: claim-line accuracy and speed.

Builds the spinecode pipeline three times, swapping only the sentence splitter (spinecode's line- and
header-aware splitter, spaCy's rule sentencizer, medspaCy's PyRuSH), and scores each on every gold file it
finds (the corpus splits and ../shared/external-notes). Prints a table; asserts nothing.
Usage: python benchmarks/sentence_splitters.py
"""

from __future__ import annotations

import contextlib
import io
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOLD = [ROOT / "corpora" / "gold" / "dev.jsonl", ROOT / "corpora" / "gold" / "test.jsonl",
        ROOT.parent / "shared" / "external-notes" / "gold.jsonl"]


def build(splitter: str):  # noqa: ANN201
    import spacy

    from nlp.pipeline import PIPE_NAMES, components, quiet_medspacy, sentences  # noqa: F401
    from nlp.pipeline.tokenizer import customise_tokenizer

    quiet_medspacy()
    nlp = spacy.blank("en")
    customise_tokenizer(nlp)
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        if splitter == "spinecode":
            nlp.add_pipe("spinecode_sentences")
        elif splitter == "sentencizer":
            nlp.add_pipe("sentencizer")
        else:
            import medspacy  # noqa: F401 - registers medspacy_pyrush

            nlp.add_pipe("medspacy_pyrush")
        for name in PIPE_NAMES[1:]:
            nlp.add_pipe(name)
    return nlp


def main() -> None:
    from nlp.evaluate import read_jsonl, score
    from nlp.facts import Procedure
    from nlp.mapper import load_profile
    from nlp.suggestion import from_procedures

    profile = load_profile("medicare")
    print(f"{'splitter':<12} {'gold file':<28} {'notes':>5} {'exact':>7} {'notes/s':>8}")
    for splitter in ("spinecode", "sentencizer", "pyrush"):
        nlp = build(splitter)
        for gold_path in GOLD:
            if not gold_path.is_file():
                continue
            rows = read_jsonl(gold_path)
            notes = gold_path.parent if any(gold_path.parent.glob("*.txt")) else gold_path.parent.parent / "notes"
            gold = []
            for row in rows:
                entry = dict(row["gold"]["medicare"]) if "gold" in row else dict(row)
                entry["id"] = row["id"]
                gold.append(entry)
            texts = [(notes / f"{g['id']}.txt").read_text(encoding="utf-8") for g in gold]
            start = time.perf_counter()
            docs = list(nlp.pipe(texts))
            seconds = time.perf_counter() - start
            predicted = {}
            for g, doc in zip(gold, docs, strict=True):
                procs = [Procedure.from_dict(p) for p in doc._.spinecode_procedures]
                predicted[g["id"]] = from_procedures(procs, profile, g["id"]).to_dict()
            report = score(gold, predicted)
            name = f"{gold_path.parent.name}/{gold_path.name}"
            print(f"{splitter:<12} {name:<28} {len(gold):>5} {report['exact_match']:>7.3f} "
                  f"{len(gold) / seconds:>8.0f}")


if __name__ == "__main__":
    main()
