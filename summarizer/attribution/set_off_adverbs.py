"""An adverb set off by commas between a subject and its cue (read12c; read29): "The family's lawyer,
meanwhile, criticized ...", "The firm's refund policy, for example, states: ...". How many tokens back
from the closing comma the subject ends."""

from __future__ import annotations

from .. import lang


def set_off_width(toks, j: int, lo: int) -> int:
    """Tokens to step back over at `j` (a comma before the cue): ", however," is 3, ", for example," is 4, else 0."""
    if j - 2 > lo and toks[j].text == "," and toks[j - 1].low in lang.SENTENCE_ADVERBS and toks[j - 2].text == ",":
        return 3
    if j - 3 > lo and toks[j].text == "," and toks[j - 3].text == "," \
            and f"{toks[j - 2].low} {toks[j - 1].low}" in lang.SET_OFF_PHRASES:
        return 4
    return 0
