"""Quotation marks of two styles in one quotation, paired.

Scraped news often opens a quotation with a curly mark and closes it with a straight one
(“We will stay," she said.) or the reverse. Counted per style, each looks unmatched, and the claim
text's balancing (drafts._balanced, fields.balance_quotes) dropped the straight closer and closed
the curly opener at the sentence's end, putting the reporting clause inside the quotation:
“We will stay, she said.” (read of session 24). `pair_mixed` makes such a closer the opener's own
style before counting, so the quotation keeps its end; an opener typed for the closer of an open quotation
(“Who can tell?“ he asked.) is read as its closer, and a closer opening a paragraph with no quotation open
('”Fear. I am ...', '” … what I learned ...') as its opener. Written by hand: the rule is a few lines
over a stack of open marks, and no quoting library pairs marks of two styles.
"""

from __future__ import annotations

import re

#: a straight mark after one of these (or at the start) opens a quotation
_OPENER_BEFORE = " \t\n([{—–-/"
#: a curly opener typed where the closer belongs comes after one of these and before a lower-case tag
_CLOSING_AFTER = "?!.,"


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
        elif ch == "“" and stack and stack[-1] == "“" and t[i - 1:i] in _CLOSING_AFTER and re.match(r"\s+[a-z]", t[i + 1:i + 4]):
            out[i] = "”"  # “Who can tell?“ he asked.: an opener typed for the closer before a tag (lead42)
            stack.pop()
        elif ch == "“":
            stack.append("“")
        elif ch == "”" and not stack and re.fullmatch(r"[ \t]*", t[t.rfind("\n", 0, i) + 1:i]) \
                and re.match(r"(?:\s?(?:…|\.\.\.)\s?)?[A-Za-z]", t[i + 1:i + 7]):
            out[i] = "“"  # a paragraph opened by a closer typed for the opener ('”Fear. I am ...', '” … what I learned'; attr53)
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


#: a single mark opening a quotation of two words or more: at the start, after a space or a bracket ("'90s" is none)
_SINGLE_OPENER = r"(?:(?<=^)|(?<=[\s(\[]))['‘](?=[A-Za-z]\w*\s+\w)"
#: a single mark closing one: after a word or a stop, before a space, a stop or the end
_SINGLE_CLOSER = r"(?<=[\w.!?,])['’](?=[\s.,;:!?)\]]|$)"


def closed_line(line: str) -> str:
    """A headline whose last quotation is opened and never closed ("<Party> Defend <Name>: 'It Was 40 Years Ago",
    a model's line of a title ending "‘It Was 40 Years Ago’"; lead38) with its closer added at the end, in the
    opener's style; a line whose marks pair is unchanged."""
    double = list(re.finditer(r"[“”\"]", line))
    if double and double[-1].group() == "“" or len([m for m in double if m.group() == '"']) % 2 and line.rstrip()[-1:] != '"' \
            and re.search(r"(?:^|\s)\"\w[^\"]*$", line):
        return line + ("”" if double[-1].group() == "“" else '"')
    opens = [m.start() for m in re.finditer(_SINGLE_OPENER, line)]
    if opens and not re.search(_SINGLE_CLOSER, line[opens[-1] + 1:]):
        return line + ("’" if line[opens[-1]] == "‘" else "'")
    return line
