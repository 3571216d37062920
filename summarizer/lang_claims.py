"""Word lists of issue 12's second round, beside `summarizer.lang` (they live here only because
lang.py is at the layout's 400-line limit; a lead may merge the two into a package): the claim
fields' guard (summarizer/fields.py) and the attribution frames of attribution/cues.py and
frames.py. General English, no topic words; sources as in lang.py's docstring.
"""

from __future__ import annotations

#: Weak cues only before these words ("pushed for a vote", not "pushed to the river"; "spoke of").
NARROW_CUES = {**dict.fromkeys("push pushes pushed pushing press presses pressed pressing".split(), ("for", "that")),
               **dict.fromkeys("speak speaks spoke speaking".split(), ("of", "about"))}
#: Common nouns that head a place phrase ("the Vale region", "Cook County"): general administrative and geographic nouns.
PLACE_NOUNS = frozenset("""region regions city cities state states province provinces county counties district districts area areas border borders town towns village villages capital country countries island islands coast valley river mountains oblast territory territories republic municipality neighborhood neighbourhood suburb suburbs peninsula sea ocean gulf bay lake basin parish borough prefecture canton zone airport port base plant strait""".split())
#: Lower-case words inside a place phrase ("Norland's western Vale region", "the Gulf of Mexico"): compass words, articles, of/and.
PLACE_INNER_WORDS = frozenset("""the of and de del la le northern southern eastern western central north south east west northeastern northwestern southeastern southwestern northeast northwest southeast southwest upper lower greater border""".split())
#: Words a complete phrase or sentence never ends with (prepositions, articles, conjunctions, auxiliaries): a field ending in one was cut.
DANGLING_WORDS = frozenset("""a an the of in on at to for from with by into onto over under about as than and or but nor that which who whom whose what where when while if because although though is are was were be been being has have had do does did will would could should may might must can shall its his her their our my your this these those said says""".split())
#: Verbs of evaluation (PolNeAR cues "criticized", "praised", "slammed"); not "attacked"/"hit", which news also uses for physical acts.
EVALUATION_VERBS = frozenset("""slam slams slammed blast blasts blasted lambaste lambastes lambasted chide chides chided scold scolds scolded mock mocks mocked ridicule ridicules ridiculed deride derides derided decry decries decried applaud applauds applauded laud lauds lauded hail hails hailed question questions questioned""".split())
#: Participles that open the subject's statement after a comma ("..., arguing the move was needed"), with or without "that".
SAYING_PARTICIPLES = frozenset("""saying arguing insisting noting warning claiming adding explaining contending asserting suggesting stressing acknowledging conceding predicting""".split())
