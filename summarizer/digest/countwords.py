"""Counts told in other words (issue 15; conflict47), for counts.py: two shapes of news prose that give
one count without the other's noun or digits.

* an agent noun and people doing its verb: "carries about 310,000 riders a day" / "fewer than
  250,000 people ride each day"; "12,000 voters" / "9,000 people voted" (`agent_counts`). The noun
  is the verb with "-er" or "-r" ("rider" / "ride", "voter" / "vote", "runner" / "run"); any other
  verb by the people ("250,000 people were injured") keeps the two counts apart;
* a vote told in words: "Six of the nine members backed the move and three voted to keep rates
  unchanged" is the tally 6-3 of "voted 7-2" (`word_tallies`): the share of a body that voted one
  way ("<n> of the <m> ...", a verb of voting or backing) and the count that voted the other way,
  both given, together no more than the body; a share alone ("Six of the nine members backed it")
  is no tally (the rest may have abstained);
* a sum a ruling orders paid: "upheld a $12 million verdict" / "a jury's verdict ordering <Firm> to
  pay $15 million" (`ordered_sum`): the bare sum after "to pay" is the sum of the noun that orders it
  (a verdict, a ruling, an award), when that noun is the other claim's counted noun;
* two ledes of one event (twofold.py), each with one sum of money: "agreed to buy <Firm> for $2.8
  billion in cash" / "would acquire <Firm> in a deal worth $3.1 billion" are two prices of one deal
  (`one_sum`), where two sums alone elsewhere say nothing of what they pay for.
"""

from __future__ import annotations

import re

from .. import lang
from .figures import amount_only
from .pairs import Features, head_noun

__all__ = ["agent_counts", "one_sum", "ordered_sum", "word_tallies"]

_AUX = lang.AUXILIARY_VERBS | lang.BE_FORMS
_MONEY = frozenset(lang.CURRENCY_SIGNS.values()) | {"pounds"}
_SPELLED = {**lang.NUMBER_UNITS, **lang.NUMBER_TENS}
_NUM = r"(\d{1,3}|" + "|".join(sorted(_SPELLED, key=len, reverse=True)) + r")"
_VOTE_VERBS = r"(?:" + lang.VOTE_CAST_VERBS_RE + r")"
_SHARE = re.compile(r"\b" + _NUM + r"\s+of\s+the\s+" + _NUM + r"\s+[^.;]*?\b" + _VOTE_VERBS + r"\b", re.I)
_REST = re.compile(r"\b(?:" + lang.VOTE_REST_LINKS_RE + r")\s+(?:the\s+other\s+)?" + _NUM + r"\s+(?:\w+\s+)?" + _VOTE_VERBS + r"\b", re.I)


def _value(word: str) -> int:
    return int(word) if word.isdigit() else _SPELLED[word.lower()]


def word_tallies(text: str) -> set[str]:
    """Tallies told in words ("Six of the nine members backed ... and three voted to keep ..." ->
    {"6-3"}), the larger side first as a tally is written."""
    out = set()
    for m in _SHARE.finditer(text):
        rest = _REST.search(text, m.end(), m.end() + 80)
        if rest is None:
            continue
        n, body, k = _value(m.group(1)), _value(m.group(2)), _value(rest.group(1))
        if n < body and n + k <= body and k:
            out.add(f"{max(n, k)}-{min(n, k)}")
    return out


def _verb_after(f: Features, counted: str) -> str:
    """The first word after the counted noun that is no auxiliary ("people ride each day" -> "ride")."""
    m = re.search(r"(?<![\w.])" + re.escape(counted) + r"(?![\w])", f.claim.text)
    words = re.findall(r"[a-z]+", f.claim.text[m.end():].lower())[:3] if m else []
    return next((w for w in words if w not in _AUX), "")


def _verb_bases(verb: str) -> set[str]:
    """A verb form's possible bases ("rides" -> ride, "voted" -> vote / vot, "running" -> run)."""
    out = {verb}
    for end in ("s", "d", "ed", "ing"):
        if verb.endswith(end) and len(verb) > len(end) + 2:
            base = verb[:-len(end)]
            out |= {base, base + "e"} | ({base[:-1]} if len(base) > 2 and base[-1] == base[-2] else set())
    return out


def _agent_bases(noun: str) -> set[str]:
    """An agent noun's possible verbs ("riders" -> ride / rid, "runners" -> run), or {} when the noun
    does not end in -er."""
    word = noun.lower()
    word = word[:-1] if word.endswith("s") else word
    if not word.endswith("er") or len(word) < 4:
        return set()
    base = word[:-2]
    return {base, word[:-1]} | ({base[:-1]} if base[-1] == base[-2] else set())


def agent_counts(f1: Features, c1: str, f2: Features, c2: str, people: str) -> bool:
    """One claim counts people (their head noun is `people`) who do a verb, the other counts that
    verb's agent noun ("250,000 people ride" / "310,000 riders")."""
    for (fa, ca), (fb, cb) in (((f1, c1), (f2, c2)), ((f2, c2), (f1, c1))):
        if head_noun(ca) == people and head_noun(cb) != people:
            noun = re.findall(r"[A-Za-z]+", cb)
            verb = _verb_after(fa, ca)
            if noun and verb and _agent_bases(noun[-1]) & _verb_bases(verb):
                return True
    return False


#: A noun that orders a payment, then the payer, then "to pay" right before the sum: "<noun> ordering
#: <Firm> to pay", "<noun> that ordered the city to pay", "<noun> requiring it to pay" (English).
_ORDERS = re.compile(r"\b([a-z]+)(?:,)?\s+(?:that\s+|which\s+)?(?:" + lang.PAYMENT_ORDER_VERBS_RE + r")"
                     r"\s+(?:[\w.’'-]+\s+){1,4}?to\s+pay\s+(?:(?:" + lang.APPROXIMATORS_RE + r")\s+)?[$£€]?$", re.I)


def ordered_sum(f1: Features, q1, f2: Features, q2) -> bool:
    """One sum is bare and stands after "<noun> ordering <payer> to pay", the noun the head noun of
    the other sum ("a $12 million verdict" / "a verdict ordering <Firm> to pay $15 million")."""
    if q1.unit != q2.unit or not q1.unit or amount_only(q1.counted) == amount_only(q2.counted):
        return False
    (fb, qb), (fn, qn) = ((f1, q1), (f2, q2)) if amount_only(q1.counted) else ((f2, q2), (f1, q1))
    m = re.search(r"(?<![\w.])" + re.escape(qb.counted) + r"(?![\w])", fb.claim.text)
    if m is None:
        return False
    head = re.sub(r"[$£€]$", "", fb.claim.text[:m.start()])
    order = _ORDERS.search(head)
    return order is not None and head_noun(order.group(1)) == head_noun(qn.counted)


def one_sum(f: Features) -> bool:
    """The claim gives exactly one sum of money (a quantity in a currency, with or without a noun)."""
    return sum(1 for q in f.claim.quantities if q.unit in _MONEY) == 1
