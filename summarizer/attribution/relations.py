"""What the attribution analysis returns: relations with offsets, and the lookups on them."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..thresholds import ATTRIBUTION_MIN_CONTENT_SHARE as MIN_CONTENT_SHARE

KINDS = ("direct", "indirect", "according_to", "belief")

#: Count a direct quotation's source and cue toward covering its sentence (see
#: thresholds.ATTRIBUTION_MIN_CONTENT_SHARE); False: content only.
WHOLE_STATEMENT = True
#: A direct quotation is the speaker's position: a modal or negation inside it is part of what
#: is held (GUIDELINES §14 "statement"), so it keeps its frame's certainty.
QUOTES_ARE_POSITIONS = True
#: Count an indirect statement's source and cue too when the span is that statement, frame
#: first (`_framed`); False: content only, as before.
FRAMED_STATEMENTS = True
#: The longest opener before a frame that still makes the span the frame's statement
#: ("Despite recent setbacks, the ministry announced ..."; `_framed`).
FRAME_OPENER_WORDS = 6


@dataclass(frozen=True)
class Relation:
    content: tuple[tuple[int, int], ...]
    source: str  # as written ("he", "the ministry", "Smith, 56, a lawyer,")
    name: str  # resolved ("Jane Smith", "the Defense Ministry"); == source when nothing to resolve
    cue: str
    kind: str  # one of KINDS
    source_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None
    sentence: tuple[int, int] | None = None  # the sentence holding content, source and cue, if one does

    @property
    def footprint(self) -> tuple[int, int]:
        """The whole statement: the sentence holding content, source and cue ("“It is over,” he
        said in an interview."), else first to last of them when they are close together."""
        if self.sentence is not None:
            return self.sentence
        spans = [*self.content, *(x for x in (self.source_span, self.cue_span) if x)]
        lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
        return (lo, hi) if hi - lo <= 600 else (self.start, self.end)

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


def _framed(text: str, r: Relation, start: int, end: int) -> bool:
    """The span is the relation's statement after a short opener ("Despite setbacks, the
    ministry announced the capture of X."): a comma-ended opener of at most FRAME_OPENER_WORDS
    words, then the source, the cue, and the content to the span's end. The opener is what
    pushed the content under half of the span. Measured on PolNeAR dev (evals/tools/attrib_split.py):
    without the opener condition ("Jane Doe, a lawyer, said X." too) held-out balanced accuracy
    fell 0.811 -> 0.802 under the content reading and rose 0.783 -> 0.790 under the whole one;
    with it, held-out is unchanged under both."""
    if not (r.source_span and r.cue_span) or not start <= r.source_span[0] < r.cue_span[0] < r.start:
        return False
    opener = text[start:r.source_span[0]].strip()
    return r.end >= end - 2 and bool(opener) and opener.endswith(",") and len(opener.split()) <= FRAME_OPENER_WORDS


@dataclass
class Attributions:
    """Every relation of one article, in text order; text outside them is the outlet's voice."""

    text: str
    relations: list[Relation] = field(default_factory=list)

    def relation_for(self, start: int, end: int, whole: bool = WHOLE_STATEMENT) -> Relation | None:
        """The relation whose content covers most of [start, end), if at least half of it.

        With `whole`, a direct quotation whose whole statement (the quote, its source and cue in
        one sentence: "“It is over,” said Jane Doe, a lawyer at the firm.") covers at least half
        of the span also counts, provided the quote covers at least MIN_CONTENT_SHARE of it.
        A span over several sentences of one speaker's quotation ("“Too much of what? We want to
        live. Is it too much?” he said") is theirs when those relations together cover at least
        half of it."""
        best, cov_best = None, 0
        n = max(1, end - start)
        by_name: dict[str, int] = {}
        first: dict[str, Relation] = {}
        for r in self.relations:
            lo, hi = r.footprint if whole else (r.start, r.end)
            if hi <= start or lo >= end:
                continue
            cov = sum(max(0, min(end, e) - max(start, s)) for s, e in r.content)
            framed = r.kind == "direct" or FRAMED_STATEMENTS and _framed(self.text, r, start, end)
            if whole and framed and cov * 2 < n and cov >= MIN_CONTENT_SHARE * n:
                cov = min(end, hi) - max(start, lo)
            if cov > cov_best:
                best, cov_best = r, cov
            if r.kind == "direct":
                by_name[r.name] = by_name.get(r.name, 0) + cov
                first.setdefault(r.name, r)
        if (best is None or cov_best * 2 < n) and by_name:
            name = max(by_name, key=by_name.get)
            if by_name[name] * 2 >= n:
                return first[name]
        return best if best is not None and cov_best * 2 >= n else None

    def source_for(self, start: int, end: int) -> str | None:
        """Resolved source of [start, end), or None for the outlet's own voice."""
        r = self.relation_for(start, end)
        return r.name if r else None

    def cue_for(self, start: int, end: int) -> str | None:
        r = self.relation_for(start, end)
        return r.cue if r else None
