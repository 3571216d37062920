"""A quotation of several paragraphs whose inner quotations use the same curly marks.

Some outlets reproduce a letter or a post as one quotation that opens a paragraph, quotes others
inside it with the same double marks ('“Needless to say, the plan was not “a plan of mine.” It
...'), runs on over paragraphs that do not reopen it, and closes at the end of a later paragraph
('... should not be the mayor.”'). Read mark by mark, the first inner closer ends the quotation
and the rest is the outlet's own voice. The block is read as one quotation when:

- its first paragraph opens with an opening mark and its first two marks both open (a quotation
  nested in the same marks: "“A,” she said. “B" opens, closes and opens again, and is not taken),
  and more marks open than close in it;
- up to three paragraphs after it hold no quotation mark at all;
- the next paragraph's first mark is a closing one (it closes what was left open).
"""

from __future__ import annotations

OPEN_QUOTE = "“"
CLOSE_QUOTE = "”"
#: How many paragraphs without marks may stand between the block's first and last paragraph.
_MAX_BETWEEN = 3


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, i, n = [], 0, len(text)
    while i < n:
        j = text.find("\n", i)
        j = n if j < 0 else j
        seg = text[i:j]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((i + lead, i + len(seg.rstrip())))
        i = j + 1
    return out


def _marks(seg: str) -> list[str]:
    return [c for c in seg if c in (OPEN_QUOTE, CLOSE_QUOTE)]


def nested_blocks(text: str) -> dict[int, int]:
    """{start of the opening mark: end past the closing mark} of every such block."""
    if text.count(OPEN_QUOTE) < 2:
        return {}
    paras = _paragraphs(text)
    out: dict[int, int] = {}
    for k, (a, b) in enumerate(paras):
        seg = text[a:b]
        m = _marks(seg)
        if not seg.startswith(OPEN_QUOTE) or m[:2] != [OPEN_QUOTE, OPEN_QUOTE] or m.count(OPEN_QUOTE) <= m.count(CLOSE_QUOTE):
            continue
        for j in range(k + 1, min(len(paras), k + 2 + _MAX_BETWEEN)):
            pa, pb = paras[j]
            pm = _marks(text[pa:pb])
            if not pm:
                continue
            if pm[0] == CLOSE_QUOTE:
                out[a] = text.index(CLOSE_QUOTE, pa) + 1
            break
    return out
