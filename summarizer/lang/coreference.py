"""Word lists of the coreference rules (attribution/coreference.py; coref48, session 39): what a person acts
through after a possessive name, and the kin who share a family name. English."""

from __future__ import annotations

#: What a person heads and acts through, after a possessive name ("District Attorney Jo Marsh's office reviewed it, and
#: she determined ..."): that person is the clause's actor, a "he"/"she" after it may be them (attribution/coreference).
PERSONAL_OFFICE_NOUNS = frozenset("office administration cabinet chambers staff team campaign".split())
#: Kin nouns that share the family name of their relative ("When Edwin Pike died, his son, Ronald, took over": Ronald
#: Pike; attribution/coreference). Not a wife, husband, in-law or cousin, whose name may differ.
SURNAME_KIN_NOUNS = frozenset("son daughter brother sister father grandson granddaughter".split())
