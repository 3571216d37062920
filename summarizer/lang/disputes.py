"""Words of disputes inside one article that the digest reads (digest/whodenies.py): split from
lang/alignment.py when it reached the 400-line limit. English news usage, no topic words.
"""

from __future__ import annotations

#: Nouns of an accusation laid against someone ("a complaint of negligence against the warden", "her
#: allegations against the mayor"): with "against" and a relative clause of the accused's denial
#: (", who denies ...") one sentence holds both sides (digest/whodenies.py; digest30, a CNN set).
#: English news and court usage.
ACCUSATION_NOUNS = frozenset({
    "allegation", "allegations", "accusation", "accusations", "complaint", "complaints", "charge", "charges",
    "claim", "claims", "lawsuit", "lawsuits", "suit", "case", "grievance", "grievances"})
#: Words between "who" and the accused's rebuttal verb (", who has long denied", ", who also disputes"):
#: perfect auxiliaries and adverbs, never a form of "be" (", who was denied bail" is no denial).
#: English grammar.
DENIAL_LEADS = ("has", "have", "had", "also", "again", "still", "now", "long", "always", "since")
#: Regex: adverbs of a later account before its saying verb ("the club later told reporters that ...",
#: "has since said"): after a first account of another source in the same sentence ("X initially said
#: A, ..., Y later said B"; negation.FIRST_REPORT_ADVERBS_RE), the second overtakes the first
#: (digest/onesentence.py; digest30, a CNN set). English news usage.
LATER_ACCOUNT_ADVERBS_RE = "later|subsequently|since|afterwards|afterward"


#: Prepositions that set a report in a claim's background ("after a report that ...", "amid claims that ...",
#: "over allegations that ..."): a number inside it is the report's, not the claim's source's (digest/rowcontext.py).
BACKGROUND_REPORT_PREPOSITIONS = ("after", "amid", "despite", "following", "over", "since", "before")
#: Words between such a preposition and the report's noun ("after a new media report that ..."; English usage).
BACKGROUND_REPORT_MODIFIERS = ("a", "an", "the", "new", "fresh", "recent", "earlier", "media", "press", "news", "published")
#: Report nouns besides lang.CLAIM_NOUNS_DISPUTED that such a preposition sets in the background.
BACKGROUND_REPORT_NOUNS = ("report", "rumor", "rumour")
#: Words after "<number> of" that pick a source out of a group named before ("two of the people", "one of them")
#: (digest/rowcontext.counts_its_source; English usage).
PARTITIVE_OF_WORDS = ("the", "those", "these", "them", "its", "his", "her", "their")
#: Nouns of an account right after a figure ("called the 18 percent claim a campaign number", "rejects the
#: 40-hour allegation"): the figure names another's account, not a count the claim's source gives
#: (digest/countacts.cited_figure; digest48). English news usage.
CITED_FIGURE_NOUNS = ("claim", "claims", "assertion", "allegation", "allegations", "contention")
#: "would not reopen at night until ...": a negation with one of these in its reach bounds when the act
#: happens and denies nothing (digest/pairs._neg_targets, digest/nounneg; digest48). English grammar.
UNTIL_WORDS = ("until", "till")
#: Of the rebuttal's pointer nouns (alignment.REBUTTAL_OBJECT_NOUNS), those that may point back at a forecast ("<Name>
#: has told aides that <X> would most likely win. Democrats pushed back hard on that notion"): a `speculative` claim
#: before them is the account rebutted (digest/disputes.py; the lead, session 48). Singular: the rebuttal's noun is
#: read without its plural "s". English news usage.
FORECAST_POINTER_NOUNS = frozenset({"notion", "idea", "suggestion", "prediction", "forecast", "speculation"})
#: Capitalised linking words inside a title's name ("Justice Against Sponsors of Terrorism Act", "Citizens For Fair Rents"):
#: the name's words before them stay in a storyline's name (digest/storylines.py; the lead, session 48). English usage.
CAPITALISED_TITLE_LINKS = ("For", "Against", "On", "To")
