"""Why a claim PolNeAR attributes is shown as `stated` (attrib_split.py --stated-why).

Each such claim is either a miss (`attributed_to` = the outlet's voice: GUIDELINES §6 rule 5 then
makes it `stated`) or a source's claim left `stated` (a source named, but a certainty that says the
outlet states it; §6 gives a source's claim `reported`, `claimed`, ... or the content's
`speculative`/`negated`). Both are broken down by features code can compute from the gold relation
and the claim; the table holds counts only, so it may be printed for the held-out half.
"""

from __future__ import annotations

import re
from collections import Counter

from summarizer import lang
from summarizer.schema import ARTICLE_VOICE

_SPEECH = (lang.CUE_VERBS | lang.SPEECH_VERBS | lang.COMPLEMENT_NOUNS | lang.NOUN_CUES | {"according"}) - (
    lang.ATTITUDE_VERBS - lang.SPEECH_VERBS)
_BELIEF = lang.ATTITUDE_VERBS - lang.SPEECH_VERBS
_FINDING = lang.FINDING_VERBS
_QUOTES = '"\u201c\u201d'


def cue_class(rel: dict) -> str:
    """The gold cue's class: speech ("said", "according to", "claims"), belief ("believes",
    "expects"), finding ("found", "shows") or act (anything else PolNeAR counts: "voted", "signed")."""
    words = re.findall(r"[a-z]+", ((rel.get("cue") or {}).get("text") or "").lower())
    for name, vocab in (("speech", _SPEECH), ("belief", _BELIEF), ("finding", _FINDING)):
        if any(w in vocab for w in words):
            return name
    return "act" if words else "no cue"


def _spans(part: dict | None) -> list[tuple[int, int]]:
    return [tuple(s) for s in (part or {}).get("spans") or []]


def _inside(spans, start: int, end: int) -> bool:
    return bool(spans) and all(start <= s and e <= end for s, e in spans)


def source_distance(text: str, rel: dict, start: int, end: int) -> str:
    """Where the gold source stands from the claim's evidence: inside it, in the same sentence
    (no sentence end between), in an earlier or later sentence, or no source."""
    spans = _spans(rel.get("source"))
    if not spans:
        return "no source"
    if _inside(spans, start, end):
        return "in evidence"
    s, e = spans[0]
    lo, hi = (e, start) if e <= start else (end, s)
    between = text[lo:hi] if lo < hi else ""
    where = "before" if e <= start else "after" if s >= end else "overlapping"
    if where == "overlapping":
        return "overlaps evidence"
    if re.search(r"[.!?][\"\u201d\u2019)]?\s+[\"\u201c]?[A-Z]|\n", between):
        return f"another sentence, {where}"
    return f"same sentence, {where}"


def row(text: str, rel: dict, claim) -> dict:
    """The features of one gold-attributed claim shown `stated`."""
    start, end = claim.evidence.start, claim.evidence.end
    cue = _spans(rel.get("cue"))
    return {
        "status": "miss (outlet's voice)" if claim.attributed_to == ARTICLE_VOICE else "source named, `stated`",
        "cue class": cue_class(rel),
        "cue in evidence": "yes" if _inside(cue, start, end) else "partly" if any(
            s < end and start < e for s, e in cue) else "no",
        "source": source_distance(text, rel, start, end),
        "quotation marks": "yes" if any(q in claim.evidence.quote for q in _QUOTES) else "no",
        "kind": str(claim.kind),
    }


def table(rows_by_half: dict[str, list[dict]]) -> str:
    """Markdown: for each feature and value, the count per half and status."""
    halves = list(rows_by_half)
    statuses = sorted({r["status"] for rs in rows_by_half.values() for r in rs})
    cols = [(h, s) for h in halves for s in statuses]
    out = ["| feature | value | " + " | ".join(f"{h}: {s}" for h, s in cols) + " |",
           "|---|---|" + "---|" * len(cols)]
    out.append("| all | | " + " | ".join(str(sum(r["status"] == s for r in rows_by_half[h])) for h, s in cols) + " |")
    feats = [k for k in next((rs[0] for rs in rows_by_half.values() if rs), {}) if k != "status"]
    for f in feats:
        counts = {c: Counter(r[f] for r in rows_by_half[c[0]] if r["status"] == c[1]) for c in cols}
        values = Counter(r[f] for rs in rows_by_half.values() for r in rs)
        for v, _ in values.most_common():
            out.append(f"| {f} | {v} | " + " | ".join(str(counts[c][v]) for c in cols) + " |")
    return "\n".join(out)
