"""What opens a sentence before its subject and cue, read to tell the subject (split from frame_shapes.py
at its 400-line bound; the lead, session 28): a relative clause of the subject that ends before the main
verb ("The growers, who said ..., asked the council": no inverted frame), a trade or standing before a
leading name ("Able seaman Jo Roe, 91, said"), and what may open a description before a name in
apposition ("Chair of the Tarne Garden Club, Ian Wade, said"), and the subject before a relative clause set
off by commas right before the cue (moved from subjects.py). Word lists in summarizer.lang."""

from __future__ import annotations

import re

from .. import lang
from .text import QUOTE_MARKS, Tok, cap


#: A subject, then a relative clause set off by commas ("The growers, who said “we are dry”, asked ...",
#: "Mr Roe, who said he was dry, asked ..."): the comma closes the clause, a verb after it is the subject's own.
_SUBJECT_WHO = re.compile(r"\s*(?:[\w'’.-]+\s+){0,5}[\w'’-]+,\s+(?:who|which)\s+(?:[^,;“”\"]|[“\"][^“”\"]*[”\"])*,?\s*$")


def relative_clause_before(text: str, start: int, comma: int) -> bool:
    """The words from `start` to the comma before a cue are a subject and its relative clause ("The
    growers, who said “we are dry”, asked the council for help"): no inverted frame ("..., asked the
    council for help" names no speaker); the cue is the main verb (lead28)."""
    m = _SUBJECT_WHO.match(text[start:comma + 1])
    if m and re.match(r"\s*(?:[A-Z][\w'’.-]*\s+){1,5}[A-Z][\w'’-]*,\s+who\s", m.group(0)):
        return True  # "Police Chief <Name>, who attended the speech, said ...": a named subject and its "who" clause (lead39)
    return bool(m) and any(w.lower() in lang.SPEECH_VERBS for w in re.findall(r"[\w'’]+", m.group(0).split(",", 1)[1]))


def described_lead(lead: str) -> bool:
    """The words opening a sentence before its leading name describe that person ("Democratic nominee
    Jane Doe, ..., said"): capitals, then one or two lower-case words, the last a person noun; or a
    capitalised word and one or two lower-case nouns of a trade or standing ("Able seaman Jo Roe, 91,
    from Tarne, said", "Retired teacher Ann Lee, 70, said"; lead28): no function word, verb form in
    -ing or clause word among them."""
    if re.fullmatch(r"\s*(?:[A-Z][\w'’.-]*\s+)*(?:[a-z]+\s+){1,2}", lead) and lead.split()[-1] in lang.PERSON_NOUNS:
        return True
    ws = lead.split()
    return bool(re.fullmatch(r"\s*[A-Z][a-z]+(?:\s+[a-z]+){1,2}\s+", lead)) and not any(
        w.lower() in lang.FUNCTION_WORDS or w.lower() in lang.CLAUSE_WORDS or w.lower() in lang.SUBORDINATORS
        or w.lower() in lang.LEADING_ADVERBIALS or w.endswith("ing") or w.lower() in lang.CUE_VERBS
        or w.lower() in lang.TIME_WORDS or w.lower() in lang.MONTHS or w.lower() in lang.FINAL_TAIL_STARTERS for w in ws)


def apposition_lead(lead: str) -> bool:
    """The words before a name in apposition ("The chair of the club, Ian Wade, said") open with a
    determiner, or with a capitalised title of a body and "of" and no determiner ("Chair of the Tarne
    Garden Club, Ian Wade, said"; lead28)."""
    m = re.match(r"\W*(?:[A-Z][a-z]+:\s+)?(?:(?:" + lang.APPOSITION_DETERMINERS_RE + r")\b|([A-Z][a-z]+)\s+of\s)", lead)  # (a caption's "Unhappy: ")
    return bool(m) and (m.group(1) is None or m.group(1).lower() in lang.PERSON_TITLES | lang.PERSON_NOUNS)


def relative_before(toks: list[Tok], lo: int, i: int) -> int | None:
    """The last token of the subject before a relative clause set off by commas right before cue
    token i ("The inspector, who toured the plant, found ..."), or None."""
    if toks[i].low in lang.WEAK_CUES:
        return None  # (not "The harbor master, who ..., called the fees a scandal": a weak cue, test_attribution_insertions)
    i -= i - 2 > lo and (toks[i - 1].low in lang.CUE_MODIFIERS or toks[i - 1].low in lang.TIME_WORDS) and toks[i - 1].text.islower() \
        and (toks[i - 2].text == "," or toks[i - 2].text in QUOTE_MARKS)  # ", also said", '...," now says'
    if i - 2 > lo and toks[i - 1].text in QUOTE_MARKS and toks[i - 2].text == ",":
        i -= 1  # 'which was set up to guard "young players," now says': the comma inside the closing mark (lead28)
        k = next((x for x in range(i - 2, max(lo, i - 22), -1) if toks[x].text in QUOTE_MARKS), i - 2) - 1
    elif i - 1 <= lo or toks[i - 1].text != ",":
        return None
    else:
        k = i - 2
    while k > max(lo, i - 24):
        if toks[k].text in QUOTE_MARKS and (q := next((x for x in range(k - 1, max(lo, k - 20), -1) if toks[x].text in QUOTE_MARKS), None)):
            k = q - 1  # 'The league, which was set up to guard "young and unpaid players," now says' (lead28)
            continue
        if toks[k].text == "," and k + 1 < i - 1 and cap(toks[k - 1].text) and cap(toks[k + 1].text) and k - 1 > lo:
            k -= 1  # "The singer, who has played in bands including Red Kite, Blue Door and Grey Owl, also said" (lead28)
            continue
        if toks[k].text in ",;:" or toks[k].text in QUOTE_MARKS:
            return None
        if toks[k].low in ("who", "which") and k - 2 >= lo and toks[k - 1].text == "," and (toks[k - 2].text[:1].isalnum() or toks[k - 2].text == ")"):
            # the subject opens the sentence ("Prices rose, the company, which ..., said": content first, no subject;
            # "Sen. Jane Doe (D-Vt.), who ..., said": a name's tag in brackets before the clause, lead44)
            return k - 2 if not any(t.text == "," for t in toks[lo:k - 1]) else None
        k -= 1
    return None
