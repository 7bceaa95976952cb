"""The key of a form's key-value line: "Side: Right", "Side ........ Right", "Procedure aborted ___ N"; the
cell gaps of a space- or tab-aligned table row; the marker of a lettered or numbered list item.

One pattern for the readers that need to know where a key ends: the sentence splitter (a key starts a new
sentence), the section reader (a key line ends a one-line section) and the checkbox reader (a key answered "No").
The sentence splitter keeps a table row a line of its own, and the assembler gives a row's levels its side cell
and reads a list item as a paragraph of its own.
"""

import re

# A colon, or a dotted or underlined leader as printed forms align their values ("Procedure aborted . No").
KEY_END = r"(?::|[ \t]*(?:\.{3,}|_{3,})|[ \t]+\.{1,2}(?=[ \t]))"
# A key is a short run of words, numbers and light punctuation ("Level(s)", "Pre-op dx #2") before its end.
KEY = rf"[A-Za-z][A-Za-z0-9 /#&()-]{{0,40}}?{KEY_END}"
# Between the cells of an aligned table row ("L3-4    L      22G 3.5\"   NO"): three spaces or a tab.
COLUMN_GAP = re.compile(r"\S(?: {3,}|\t+)(?=\S)")
# A lettered or numbered list item starting a line ("A. Bilateral lumbar MBB", "2) Left C5-6 IA").
LIST_ITEM = re.compile(r"(?m)^[ \t]*(?:[A-H]|\d{1,2})[.)][ \t]+")
