"""Court reporting's "The court heard (that) ...": what was said at a hearing (wild20, issue 12).

"The court heard that Doe transferred the money ...", "The inquest was told the driver had been
drinking", "Jurors heard that ..." report evidence or argument put to a hearing, not a fact the
outlet establishes (GUIDELINES §6: the sentence names a source, and the outlet does not assert
the content). "heard" is no verb of saying elsewhere ("Residents heard two bangs": perception), so
only a hearing's noun as the sentence's subject (lang.HEARING_BODIES) and a clause after it make
the frame: "heard" or "was/were told", then "that" or a subject and a verb.

Any other hearer makes the frame only with "heard that" ("Many residents have heard that 30
swans die each winter", "She had heard that the mill was for sale"): the hearers hold the clause
as told to them, a belief of theirs (GUIDELINES §13: beliefs are attributed to whoever holds them),
not the outlet's fact; "Residents heard a bang", "heard about the fire", "heard evidence that" stay
the outlet's (attr21). The hearer is a capitalised noun phrase of at most five words or a third-person
pronoun; the writer's "I/We heard that" is left as it was.
"""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span

_HEARING = re.compile(r"\W*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?:(?P<op>[A-Z][a-z]+)(?:\s+[\w'’-]+){0,3},\s+)?(?P<src>(?:(?:[Tt]he|An?)\s+)?(?:[a-z]+\s+|(?:[A-Z][\w'’.-]*\s+){1,3})?(?P<head>[A-Za-z]+))\s+"
                      r"(?:(?:" + lang.HEARING_ADVERBS_RE + r")\s+)?(?P<cue>heard|(?:was|were|had\s+been)\s+told)\s+(?:that\s+|how\s+)?(?=[A-Za-z])")


_HEARD_THAT = re.compile(r"\W*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?P<src>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?)\s+"
                         r"(?:(?:" + lang.HEARD_THAT_LEADS_RE + r")\s+){0,3}(?P<cue>heard)\s+(?:(?:by\s+now|before)\s+)?that\s+(?=\S)")


def heard_that_frame(text: str, sp: Span, frame_cls):
    """A frame for "Many voters have heard (by now) that X" / "She had heard that X", or None: the
    hearer's subject holds no verb, comma or first-person pronoun, and the clause has three words."""
    m = _HEARD_THAT.match(text, sp.start, sp.end)
    if m is None:
        return None
    words = m.group("src").lower().split()
    if (words[0] in lang.FIRST_PERSON_SUBJECTS or any(w in lang.AUXILIARY_VERBS or w in lang.BE_FORMS for w in words)
            or len(text[m.end():sp.end].split()) < 3):
        return None
    # (the content from after "heard", as a "said that" frame's: "by now that ..." is no opener of the outlet's)
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "indirect", [(m.end("cue") + 1, sp.end)], "initial")


#: The same frame after its content (read31): "<clause>, a court has heard." / "..., the jury was told." /
#: "..., Hull Crown Court heard." A hearing's noun (lang.HEARING_BODIES) closes the sentence, at most three words
#: before it, then "heard" or "was/were told" with perhaps "has/had (been)"; the comma may close a quotation.
#: The hearing's noun may name its venue ("a jury at Harrowgate Crown Court was told") and a day may follow the
#: cue ("..., a jury was told on Monday."; genre39).
_FINAL_HEARING = re.compile(r",[\"”’']?\s+(?P<src>(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\w'’.-]+\s+){0,3}?(?P<head>[A-Za-z]+)"
                            r"(?:\s+(?:at|in)\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)?)\s+"
                            r"(?:(?:" + lang.HEARING_ADVERBS_RE + r")\s+)?(?P<cue>(?:ha[sd]\s+)?heard|(?:ha[sd]\s+been|was|were)\s+told)"
                            r"(?:\s+(?:on\s+(?i:" + "|".join(lang.WEEKDAYS) + r")|" + lang.RELATIVE_DAYS_RE + r"))?"
                            r"[.!]?[\"”’']*\s*$")


def final_hearing_frame(text: str, sp: Span, frame_cls):
    """A frame for "<clause>, a court has heard." or None: the clause before the comma (three words or more, outside
    any quotation the comma closes) is what the hearing was told, not the outlet's fact."""
    m = _FINAL_HEARING.search(text, sp.start, sp.end)
    if m is None or m.group("head").lower() not in lang.HEARING_BODIES or len(text[sp.start:m.start()].split()) < 3:
        return None
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "indirect", [(sp.start, m.start())], "final")


def hearing_frame(text: str, sp: Span, frame_cls):
    """A frame for "(In <words>,) The court heard (that) X" / "The jury heard how X" / "The inquest was told X", or None. The content is
    the clause after the cue: at least three words with a verb ("heard evidence from six witnesses"
    has none that is reported). A named hearing ("Tarne Crown Court heard ...", read40) is one too."""
    m = _HEARING.match(text, sp.start, sp.end)
    if m is not None and m.group("op") and m.group("op").lower() not in lang.PREPOSITIONS:
        m = None  # a short prepositional opener may stand first ("In reply, the jury heard that ...": read32)
    if m is None or m.group("head").lower() not in lang.HEARING_BODIES:
        return heard_that_frame(text, sp, frame_cls) or final_hearing_frame(text, sp, frame_cls)
    rest = text[m.end():sp.end]
    words = re.findall(r"[A-Za-z][\w'’-]*", rest)
    said_that = text[m.end("cue"):m.end()].strip() in ("that", "how")  # ("The jury heard how X ...": lead29)
    has_verb = any(w.lower() in lang.AUXILIARY_VERBS or w.lower() in lang.BE_FORMS or lang.is_past_form(w.lower(), min_len=4)
                   for w in words[1:])
    if len(words) < 3 or not (said_that or has_verb and words[0].lower() not in lang.HEARD_NOT_REPORT_WORDS):
        return None
    return frame_cls((m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), "indirect", [(m.end(), sp.end)], "initial")
