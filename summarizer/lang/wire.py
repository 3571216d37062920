"""Words of wire copy and of news from outside US and UK politics (intl38, session 31).

English news usage (Reuters, AP, AFP style copy about governments that speak on messaging
channels, state television and televised addresses); no names of outlets, channels or people.
"""

from __future__ import annotations

from .stance import MEDIUM_NOUNS

#: The thing a source spoke or wrote in, at the head of a tag's tail after the saying verb ("...,
#: the ministry said in a bulletin on its messaging channel.", "..., the premier said in a televised
#: address to the nation."): with such a head the tail says only where the words were given, so a
#: longer tail still leaves the sentence the source's (attribution/medium_tail.py).
MEDIUM_TAIL_NOUNS = MEDIUM_NOUNS | frozenset("""address message remarks comments posting update
statements broadcast newscast bulletin""".split())
#: Determiners of that head ("in a statement", "in its statement", "in the interview").
MEDIUM_TAIL_DETERMINERS = frozenset("a an the its his her their".split())
#: Words that may open the tail's second part, where the medium was carried ("on its channel",
#: "posted on its website", "carried by state television", "to the nation", "late on Monday").
MEDIUM_TAIL_LINKS = frozenset("""on in to at via by from with over during late early posted published
carried broadcast aired shared issued released""".split())
#: Words that open a clause or a second act after the medium ("... in a statement that ...", "... on
#: its channel after the talks"): the tail is then more than a medium.
MEDIUM_TAIL_BREAKERS = frozenset("that which who whom whose where when because after before as and but while".split())
#: Regex: the preposition that opens a medium tail ("in a statement", "on its channel", "via a post").
MEDIUM_TAIL_OPENERS_RE = r"in|on|via|during"
#: Parts of a city or country named after a possessive place ("in Dorvel's Lemna district", "in the
#: country's Varna region"): the possessor is the place (places.py; English news usage). Not
#: "plant", "base", "street": a company or a person owns those ("in Acme's Holt plant").
POSSESSED_PLACE_PARTS = frozenset("""district districts neighbourhood neighborhood quarter suburb suburbs region
province oblast borough prefecture county""".split())
#: Pages and channels a body or a person owns and posts statements on ("a statement on the
#: ministry's channel", "a post on the mayor's official account"): the owner is the source
#: (attribution/name_kinds.clean_name; intl38 and read37 left the whole phrase as the source).
OWNED_PAGE_NOUNS = frozenset("""website site blog page channel account feed handle newsletter""".split())
#: Statements a body or a person puts out, whose author or owner is their source ("a statement released by <Name>",
#: "a notice on the ministry's channel"); not reports, rulings or filings, documents that are sources themselves
#: (GUIDELINES "Documents as sources"; attribution/name_kinds.clean_name).
ISSUED_STATEMENT_NOUNS = frozenset("""statement statements release announcement message post tweet letter memo remarks
comments e-mail email notice bulletin""".split())
#: Regex: participles of putting a statement out before "by" and its author ("a statement released by
#: <Name>", "a report issued by the board"): the author is the source (as "a statement from <Name>").
ISSUED_BY_RE = r"released|issued|published|signed|sent|posted|distributed|circulated|put\s+out"
