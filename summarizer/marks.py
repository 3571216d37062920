"""Quotation marks of two styles in one quotation, paired.

Scraped news often opens a quotation with a curly mark and closes it with a straight one
(“We will stay," she said.) or the reverse. Counted per style, each looks unmatched, and the claim
text's balancing (drafts._balanced, fields.balance_quotes) dropped the straight closer and closed
the curly opener at the sentence's end, putting the reporting clause inside the quotation:
“We will stay, she said.” (read of session 24). `pair_mixed` makes such a closer the opener's own
style before counting, so the quotation keeps its end. Written by hand: the rule is a few lines
over a stack of open marks, and no quoting library pairs marks of two styles.
"""

from __future__ import annotations

#: a straight mark after one of these (or at the start) opens a quotation
_OPENER_BEFORE = " \t\n([{—–-/"


def pair_mixed(t: str) -> str:
    """`t` with a straight mark that closes an open curly quotation made a curly closer, and a curly
    closer that closes an open straight quotation made straight, and a low opener "„" with the mark
    that closes it ("“" or "”") made "“" and "”" (intl38). Marks of one style are unchanged."""
    out = list(t)
    stack: list[str] = []
    for i, ch in enumerate(t):
        if ch == "„":  # a low opener ("„A,“ she said": German, Polish, Czech use) shown as the English pair
            out[i] = "“"
            stack.append("„")
        elif ch in "“”" and stack and stack[-1] == "„":
            out[i] = "”"
            stack.pop()
        elif ch == "“":
            stack.append("“")
        elif ch == "”":
            if stack and stack[-1] == '"':
                out[i] = '"'
            if stack:
                stack.pop()
        elif ch == '"':
            opener = i == 0 or t[i - 1] in _OPENER_BEFORE
            if stack and stack[-1] == "“" and not opener:
                out[i] = "”"
                stack.pop()
            elif opener:
                stack.append('"')
            elif stack and stack[-1] == '"':
                stack.pop()
    return "".join(out)
