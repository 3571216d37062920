"""Word lists of the digest's readers of prison terms, causes and yearly sums (digest46, issue 15):
summarizer/digest/terms.py, denials.py, figures.py. General English news vocabulary."""

from __future__ import annotations

#: Words that tell what caused something ("denied that the campus had caused the shortfall" / "blamed the
#: spending on the campus"): one predicate to a denial's overlap (digest/denials.py `_cause_denied`). English.
CAUSE_WORDS = frozenset("cause caused causes causing blame blamed blames blaming responsible fault".split())

#: Regex (case-insensitive) of the words right before a prison term's number of years ("sentenced to",
#: "jailed for"): digest/terms.py. English.
PRISON_TERM_BEFORE_RE = r"\b(?:sentenced|jailed|imprisoned|locked\s+up)\s+(?:to|for)\s+(?:a\s+)?$"

#: Regex (case-insensitive) of the words right after a prison term's number ("years in prison", "years
#: behind bars", "-year sentence", "years in custody"): digest/terms.py. English.
PRISON_TERM_AFTER_RE = (r"^(?:\s+|-)years?(?:\s+(?:in\s+(?:prison|jail|custody)|behind\s+bars)|(?:\s+(?:prison|jail))?\s+"
                        r"(?:sentence|term)\b)")

#: Words within four before a prison term that make it another figure than the one given: a maximum,
#: a term asked for or faced ("faces up to 20 years", "prosecutors sought 12 years"). English.
PRISON_TERM_OTHER_WORDS = frozenset("""up maximum face faces faced facing could might would sought seek seeks seeking asked
asking requested demanded recommended possible""".split())

#: The words of a prison term itself, which two claims giving one term share without saying more of one
#: case (digest/terms.py). English.
PRISON_TERM_WORDS = frozenset("sentenced sentence jailed prison jail years year term behind bars".split())

#: Capitalised words that open a sentence without naming anyone ("The man whose ...", "His lawyer"):
#: digest/terms.py reads the name a claim opens with. English.
OPENING_DETERMINERS = ("The", "A", "An", "His", "Her", "Their", "Its", "This", "That")

#: Regex (case-insensitive) of a sum's rate tail ending its clause: "a year", "per month", "each year",
#: "annually" (digest/figures.py `same_rate_verb`). English.
RATE_TAIL_RE = (r"\s+(?:(?:a|per|each|every)\s+(?:year|month|week|day)|annually|yearly)\s*(?:[.;:!?\"\u201d]|$)")
