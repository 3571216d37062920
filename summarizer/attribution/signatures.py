"""Letters and readers' replies signed under their text (the lead, session 43): a letters page prints each
letter, then its writer's name alone on a line ("Jane Doe.") and often a place line ("Port Ellis."); a page of
readers' posts prints each post, then its handle ("@jdoe_12."). The letter's paragraphs are its writer's, the post
is its poster's: shown as the outlet's own voice, "Everything the mayor says is a lie" would be the paper's fact.

Read only on a page with two signatures or more (one name alone on a line may be a byline or a caption's credit); a
letter runs back to the signature, place line, section label ("LETTERS.", "TWITTER.") or title before it, a post is
the one paragraph above its handle (an editor's prompt, "We asked readers whether ...", above the first post is
not the poster's). A quotation or cue inside a letter keeps its own source (labels.paragraph_speakers' callers
read frames first)."""

from __future__ import annotations

import re

from .name_kinds import classify

__all__ = ["signed_paragraphs"]

#: A writer's name alone on its line, closed by a full stop or nothing ("Jane Doe.", "Ana Ruiz-Ortega").
_NAME_LINE = re.compile(r"([A-Z][\w'’-]*[a-z][\w'’-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]*){1,2})\.?")
#: A reader's handle alone on its line ("@jdoe_12.").
_HANDLE_LINE = re.compile(r"(@\w{2,30})\.?")
#: A section label in capitals alone on its line ("LETTERS.", "TWITTER.", "YOUR VIEWS").
_SECTION_LABEL = re.compile(r"[A-Z][A-Z'’ &-]{2,30}\.?")
#: A place line under a signature is short: "Port Ellis.", "Washington, D.C."
PLACE_LINE_MAX_WORDS = 4


def _signature(para: str):
    """(kind, match) for a signature paragraph: "name" or "handle"; None for anything else."""
    m = _HANDLE_LINE.fullmatch(para)
    if m is not None:
        return "handle", m
    m = _NAME_LINE.fullmatch(para)
    return ("name", m) if m is not None and classify(m.group(1)) == "person" else None


def signed_paragraphs(text: str, paras: list[int]) -> dict[int, tuple[tuple[int, int], tuple[int, int]]]:
    """paragraph index -> (the signer's span, an empty cue span at it), for the paragraphs a signature closes."""
    bounds = paras + [len(text)]
    strip = [(bounds[i] + len(text[bounds[i]:bounds[i + 1]]) - len(text[bounds[i]:bounds[i + 1]].lstrip()),
              text[bounds[i]:bounds[i + 1]].strip()) for i in range(len(paras))]
    sigs = {i: s for i, (_, para) in enumerate(strip) if (s := _signature(para)) is not None}
    if len(sigs) < 2:
        return {}
    out = {}
    for i, (kind, m) in sigs.items():
        at = strip[i][0]
        span = ((at + m.start(1), at + m.end(1)), (at + m.start(1), at + m.start(1)))
        j = i - 1
        while j >= 0 and j not in sigs and strip[j][1] and not _SECTION_LABEL.fullmatch(strip[j][1]) \
                and not (j - 1 in sigs and len(strip[j][1].split()) <= PLACE_LINE_MAX_WORDS) and j > 0:
            out[j] = span
            if kind == "handle":
                break
            j -= 1
    return out
