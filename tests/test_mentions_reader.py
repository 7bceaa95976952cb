"""doc_to_mentions reads span extensions from doc.user_data directly: same mentions as through `span._`."""

from __future__ import annotations

from pathlib import Path

from nlp.pipeline import mentions

ROOT = Path(__file__).resolve().parents[1]


def _notes(pipeline, monkeypatch, direct: bool) -> list:  # noqa: ANN001
    if not direct:
        monkeypatch.setattr(mentions, "_plain_span_keys", lambda: False)
    names = [n for n in pipeline.pipe_names if n not in ("spinecode_procedures", "spinecode_intent")]
    out = []
    for path in sorted((ROOT / "corpora" / "samples").glob("*.txt")):
        doc = pipeline.make_doc(path.read_text(encoding="utf-8"))
        for name in names:
            doc = pipeline.get_pipe(name)(doc)
        out.append(mentions.doc_to_mentions(doc))
    return out


def test_spacy_keeps_span_extensions_under_plain_keys() -> None:
    assert mentions._plain_span_keys()


def test_direct_reads_equal_underscore_reads(pipeline, monkeypatch) -> None:  # noqa: ANN001
    direct = _notes(pipeline, monkeypatch, direct=True)
    flagged = sum(m.negated or m.historical or m.hypothetical or m.cancelled or m.skin or m.finding
                  for note in direct for m in note.mentions)
    assert flagged > 5
    assert direct == _notes(pipeline, monkeypatch, direct=False)
