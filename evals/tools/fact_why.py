"""Why an uncertain or negated factuality event is shown `stated` (fact_split.py --stated-why).

For each event of the suite the annotators judge uncertain or negated whose claim (the claim whose
evidence holds the event word) is shown `stated`, this finds the cue nearest the event in its
sentence, by token distance (a cue before the event wins a tie; the event word itself is not its
own cue), and says whether the claim's evidence holds that cue. The classes, in the order they are
tried for one token:

- question: "?" or "whether";
- conditional: "if", "unless";
- future "will": will, 'll, wo ("won't"), shall;
- "would": would, 'd;
- modal verb: may, might, could, can, ca ("can't"), should, must, ought;
- expected/planned/scheduled to: a verb of intending, expecting, planning, wanting or trying
  (lang.FUTURE_VERBS, INTENTION_CUES, FORECAST_VERBS, DESIRE_VERBS) with "to" in the next three
  tokens, or a verb of forecasting ("expects a cut");
- hedge word: likely, probably, possibly, perhaps (lang.EPISTEMIC_HEDGES that are not modals);
- deny/reject: lang.DENIAL_VERBS;
- negation: not, n't, never, no, none, nobody, nothing, neither, nor, without, cannot, fail(ed)
  to, unable, refuse(d)/decline(d) to;
- report verb with an uncertain gold: a verb of saying (lang.SPEECH_VERBS, "according") used as an
  inflected verb (not "nine counties", "an estimated 300"), counted
  only for an uncertain event (the report is then the likeliest reason the annotators withheld
  the fact);
- none found.

The counts may be printed for both halves; the examples are printed for the tune half only.
"""

from __future__ import annotations

from collections import Counter

from summarizer import lang
from summarizer.eval.suites import factuality as suite
from summarizer.eval.suites.common import make_article

CLASSES = ("question", "conditional if", "future will", "would", "modal verb", "expected/planned/scheduled to",
           "hedge word", "deny/reject", "negation", "report verb (uncertain gold)", "none found")

_MODAL = frozenset("may might could can ca should must ought".split())
_FUTURE = frozenset("will 'll ’ll wo shall".split())
_WOULD = frozenset("would 'd ’d".split())
_INTEND = lang.FUTURE_VERBS | lang.INTENTION_CUES | lang.FORECAST_VERBS | lang.DESIRE_VERBS
_HEDGE = lang.EPISTEMIC_HEDGES - lang.MODALS
_NEGATORS = frozenset("not n't n’t never no none nobody nothing neither nor without cannot unable".split())
_NEGATIVE_TO = frozenset("fail fails failed failing refuse refuses refused refusing decline declines declined declining".split())
_SAYING = lang.SPEECH_VERBS | frozenset({"according"})
_IRREGULAR_SAYING = frozenset("said told wrote according saying telling".split())


def cue_class(toks: list[str], j: int, gold: str) -> str | None:
    """The class of token j as a cue (module doc), or None."""
    w = toks[j].lower()
    nxt = [t.lower() for t in toks[j + 1:j + 4]]
    if w in ("?", "whether"):
        return "question"
    if w in ("if", "unless"):
        return "conditional if"
    if w in _FUTURE:
        return "future will"
    if w in _WOULD:
        return "would"
    if w in _MODAL:
        return "modal verb"
    if w in _INTEND and ("to" in nxt or w in lang.FORECAST_VERBS):
        return "expected/planned/scheduled to"
    if w in _HEDGE:
        return "hedge word"
    if w in lang.DENIAL_VERBS:
        return "deny/reject"
    if w in _NEGATORS or w.endswith(("n't", "n’t")) or w in _NEGATIVE_TO and "to" in nxt[:1]:
        return "negation"
    if gold == "uncertain" and _saying(toks, j):
        return "report verb (uncertain gold)"
    return None


def _saying(toks: list[str], j: int) -> bool:
    """Token j is a verb of saying used as a verb: lower case, an inflected form ("said", "reports",
    "asked", "according"), not after a determiner, a number or a hyphen ("an estimated 300 people",
    "nine counties", "self - styled")."""
    w, prev = toks[j], toks[j - 1].lower() if j else ""
    if not w.islower() or w not in _SAYING or prev in lang.DETERMINERS or prev in ("-", "'s", "several", "many", "other") \
            or prev[:1].isdigit() or prev in lang.NUMBER_UNITS:
        return False
    return w in _IRREGULAR_SAYING or w.endswith(("ed", "s"))


def nearest_cue(ev: dict, gold: str) -> tuple[str, int | None]:
    """(class, token index) of the cue nearest the event in its sentence; ("none found", None)."""
    toks, i = ev["tokens"], ev["event_token_index"]
    best = None
    for j in range(len(toks)):
        if j == i:
            continue
        k = cue_class(toks, j, gold)
        if k is None:
            continue
        key = (abs(j - i), j > i)  # nearer first; before the event on a tie
        if best is None or key < best[0]:
            best = (key, k, j)
    return ("none found", None) if best is None else (best[1], best[2])


def _cue_offset(off: int, ev: dict, j: int) -> int | None:
    """The document offset of token j of the event's sentence (the event's own offset is `off`)."""
    s, toks = ev["sentence"], ev["tokens"]
    a = suite._event_offset(s, toks, ev["event_token_index"])
    b = suite._event_offset(s, toks, j)
    return None if a is None or b is None else off - a + b


def stated_cases(docs: list[dict], fn) -> list[dict]:
    """Every uncertain or negated event shown `stated`, with its nearest cue and its claim."""
    out = []
    for d in docs:
        pred = fn(make_article(d["text"], d["name"]))
        for off, cls, ev in d["events"]:
            if cls == "factual":
                continue
            cl = next((c for c in pred.claims if c.evidence.start <= off < c.evidence.end), None)
            if cl is None or cl.certainty != "stated":
                continue
            k, j = nearest_cue(ev, cls)
            at = _cue_offset(off, ev, j) if j is not None else None
            held = at is not None and cl.evidence.start <= at < cl.evidence.end
            out.append({"gold": cls, "cue": k, "cue_word": ev["tokens"][j] if j is not None else "",
                        "held": held, "event": ev, "claim": cl})
    return out


def table(by_half: dict[str, list[dict]]) -> list[str]:
    """Markdown: per class, per half, uncertain / negated events and how many claims hold the cue."""
    heads = " | ".join(f"{h}: uncertain / negated (cue in evidence)" for h in by_half)
    lines = [f"| nearest cue | {heads} |", "|---|" + "---|" * len(by_half)]
    counts = {h: Counter((c["cue"], c["gold"], c["held"]) for c in cs) for h, cs in by_half.items()}
    for k in CLASSES + ("all",):
        cells = []
        for h, c in counts.items():
            pick = (lambda key: True) if k == "all" else (lambda key, k=k: key[0] == k)
            u = sum(n for key, n in c.items() if pick(key) and key[1] == "uncertain")
            g = sum(n for key, n in c.items() if pick(key) and key[1] == "negated")
            held = sum(n for key, n in c.items() if pick(key) and key[2])
            cells.append(f"{u} / {g} ({held})")
        if k == "all" or any(not c.startswith("0 / 0") for c in cells):
            lines.append(f"| {k} | " + " | ".join(cells) + " |")
    return lines


def examples(cases: list[dict], per_class: int) -> list[str]:
    """Up to `per_class` cases of each class (tune half only), in document order."""
    out: list[str] = []
    seen: Counter = Counter()
    for c in cases:
        if seen[c["cue"]] >= per_class:
            continue
        seen[c["cue"]] += 1
        ev, cl = c["event"], c["claim"]
        out.append(f"\n[{c['cue']} | {c['gold']} | cue {c['cue_word']!r} {'in' if c['held'] else 'NOT in'} evidence] "
                   f"event={ev['event_word']!r} ({ev['dataset']} {ev.get('label')} {ev.get('value')})"
                   f"\n  SENT: {ev['sentence']}\n  EVID: {' '.join(cl.evidence.quote.split())}"
                   f"\n  -> {cl.certainty} / {cl.attributed_to} / {cl.kind}")
    return out

