"""Words news outlets use for one another when they state the same fact (digest/synonyms.py).

Source: general English news language, written for session 9 (agree10) from how wire copy
restates a fact ("a faulty software update" / "a flawed software update"; "crews expect to
finish repairs" / "repairs should be completed"; "is scheduled to reach Europa" / "should arrive
in 2033"; "objected vehemently" / "fiercely opposed"). Each group is one meaning in news prose;
a word with a common other sense ("fire": a blaze; "share": to share; "bar": a pub; "challenge":
a challenger) is left out. Forms are listed as written; the alignment matches them by their
stems. No topic words.
"""

from __future__ import annotations

#: Groups of words that state one predicate or quality, one group a string.
NEWS_SYNONYMS = (
    "finish finished finishing complete completed completing completion",
    "reach reached reaching arrive arrived arriving arrival",
    "faulty flawed defective",
    "flawless flawlessly perfect perfectly",
    "buyback buybacks repurchase repurchases repurchased repurchasing",
    "diverted diverting siphoned siphoning embezzled embezzling misappropriated",
    "illness illnesses sick sickened",
    "opposed opposes opposing opposition objected objecting objection objections",
    "arrested arresting detained detaining custody",
    "dismissed dismissing ousted ousting sacked sacking",
    "resigned resigning resignation quit quitting",
    "pledged pledging promised promising vowed vowing",
    "sponsored sponsoring sponsor introduced introducing",
    "banned banning prohibited prohibiting barred barring",
    "profit profits earnings",
    "revenue revenues sales",
    "halted halting suspended suspending",
)
