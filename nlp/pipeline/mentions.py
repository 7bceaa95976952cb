"""spaCy Doc -> `nlp.note.Note`: target spans with ConText flags, sentences and section categories."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from nlp.note import Mention, Note
from nlp.pipeline.components import SPAN_GROUP


def _sections(doc: Doc) -> list[tuple[int, int, str | None]]:
    spans = []
    for section in getattr(doc._, "sections", None) or []:
        start = doc[section.title_start].idx if section.title_start < len(doc) else len(doc.text)
        end_tok = min(section.body_end, len(doc)) - 1
        end = doc[end_tok].idx + len(doc[end_tok]) if end_tok >= 0 else len(doc.text)
        spans.append((start, end, section.category))
    return spans


def doc_to_mentions(doc: Doc) -> Note:
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    sent_starts = [s for s, _ in sentences]
    sections = _sections(doc)
    sec_starts = [s for s, _, _ in sections]
    mentions = []
    for span in doc.spans.get(SPAN_GROUP, []):
        rule = span._.target_rule
        meta = dict(rule.metadata or {})
        s_idx = bisect_right(sec_starts, span.start_char) - 1
        section = sections[s_idx][2] if s_idx >= 0 else None
        mentions.append(
            Mention(
                category=span.label_,
                rule=meta.get("id", rule.literal),
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                sent=max(0, bisect_right(sent_starts, span.start_char) - 1),
                section=section,
                meta=meta,
                negated=span._.is_negated,
                historical=span._.is_historical,
                hypothetical=span._.is_hypothetical,
                cancelled=span._.sc_cancelled,
                generic=span._.sc_generic,
                skin=span._.sc_skin,
                finding=span._.sc_finding,
            )
        )
    mentions.sort(key=lambda m: (m.start, -m.end))
    return Note(doc.text, sentences, mentions, sections)
