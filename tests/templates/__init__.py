"""Slot-filled procedure-note templates with gold facts and gold claim lines (see generate.py)."""

from tests.templates.generate import Case, generate

__all__ = ["Case", "generate"]
