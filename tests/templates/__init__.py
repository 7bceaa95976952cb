"""Slot-filled procedure-note templates with gold facts and gold claim lines (see generate.py)."""
