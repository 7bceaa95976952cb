"""Throughput and memory of spinecode against spaCy's tokenizer and medspaCy's default pipeline.

Prints figures; asserts nothing (targets live in benchmarks/README.md, not in timed tests).
Usage: python benchmarks/throughput.py [--notes 2000]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_texts(n: int) -> list[str]:
    paths = sorted((ROOT / "corpora" / "samples").glob("*.txt")) + sorted((ROOT / "corpora" / "notes").glob("*.txt"))
    base = [p.read_text(encoding="utf-8") for p in paths]
    return [base[i % len(base)] for i in range(n)]


def rate(label: str, fn, texts: list[str]) -> float:  # noqa: ANN001
    start = time.perf_counter()
    fn(texts)
    seconds = time.perf_counter() - start
    value = len(texts) / seconds
    print(f"{label:<44} {value:>9.0f} notes/s", file=sys.stderr)
    return value


def annotate_rss(texts: list[str], n: int) -> float:
    """Peak RSS (MB) of a separate `spinecode annotate` process over n notes: flat means streaming works."""
    import subprocess

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w") as fh:
            for i in range(n):
                fh.write(json.dumps({"id": str(i), "text": texts[i % len(texts)]}) + "\n")
        code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        cmd = [sys.executable, "-c", code, sys.executable, "-m", "nlp.cli", "annotate", str(src), "-o",
               str(Path(tmp) / "out.jsonl")]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
        return int(done.stdout.strip().splitlines()[-1]) / 1024


def suggest_cold_start(runs: int = 3) -> list[float]:
    """Wall seconds of whole `spinecode suggest NOTE` processes on one sample note (imports, pipeline build,
    one note, JSON out): what a user waits for from the command line."""
    import subprocess

    note = sorted((ROOT / "corpora" / "samples").glob("*.txt"))[0]
    exe = Path(sys.executable).with_name("spinecode")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "nlp.cli"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*cmd, "suggest", str(note)], capture_output=True, check=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--rss-notes", type=int, nargs="*", default=[1000, 5000],
                        help="sizes of the `spinecode annotate` runs whose peak RSS is measured")
    args = parser.parse_args()
    texts = corpus_texts(args.notes)
    cold = suggest_cold_start()
    print(f"{'spinecode suggest cold start, one note':<44} {min(cold):>9.2f} s (best of {len(cold)}; "
          f"{', '.join(f'{t:.2f}' for t in cold)})", file=sys.stderr)

    import spacy

    import nlp
    from nlp.pipeline import quiet_medspacy
    from nlp.suggestion import suggest_many

    quiet_medspacy()
    blank = spacy.blank("en")
    tok = rate("spaCy blank tokenizer", lambda ts: [blank.make_doc(t) for t in ts], texts)

    import medspacy

    default = medspacy.load()
    sample = texts[: max(200, len(texts) // 5)]
    med = rate("medspacy.load() default pipeline", lambda ts: list(default.pipe(ts)), sample)

    nlp.load()
    one = rate("spinecode full path, 1 worker", lambda ts: [s.to_dict() for s in suggest_many(ts)], texts)
    two = rate("spinecode full path, 2 workers",
               lambda ts: [s.to_dict() for s in suggest_many(ts, n_process=2, batch_size=64)], texts)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)))
        from nlp.batch import annotate

        start = time.perf_counter()
        annotate(src, Path(tmp) / "out.jsonl")
        ann = len(texts) / (time.perf_counter() - start)
    print(f"{'spinecode annotate (JSONL in/out), 1 worker':<44} {ann:>9.0f} notes/s", file=sys.stderr)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss = {n: annotate_rss(texts, n) for n in args.rss_notes}
    for n, mb in rss.items():
        print(f"{'spinecode annotate peak RSS, ' + str(n) + ' notes':<44} {mb:>9.0f} MB", file=sys.stderr)
    print(json.dumps({
        "notes": len(texts), "tokenizer": round(tok), "medspacy_default": round(med), "spinecode_1": round(one),
        "spinecode_2": round(two), "annotate_1": round(ann), "ratio_1_vs_tokenizer": round(one / tok, 3),
        "ratio_medspacy_vs_tokenizer": round(med / tok, 3), "ratio_2_vs_1": round(two / one, 3),
        "peak_rss_mb": round(peak), "annotate_peak_rss_mb": {str(k): round(v) for k, v in rss.items()},
        "suggest_cold_start_s": round(min(cold), 2),
    }, indent=1))


if __name__ == "__main__":
    main()
