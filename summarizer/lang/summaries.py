"""Words for the checks on a model's summary sentences (summarizer/summary_sources.py; session 32). English grammar."""

from __future__ import annotations

#: Cue words whose content is no statement the source makes: a request or an order ("asked pupils to ..."), a
#: question, a charge brought ("were charged with ..."), what a court or jury heard (the evidence's speaker is
#: someone else), a name given ("called it ..."). A summary sentence that restates such content is not "according
#: to" the cue's subject.
NOT_STATEMENT_CUES = frozenset("""ask asks asked asking request requests requested urge urges urged instruct instructs
instructed implore implored beg begged order orders ordered charge charges charged hear hears heard call calls called
obvious wonder wonders wondered""".split())
#: First-person words: a summary sentence holding them is a speaker's words, not a statement to cite.
FIRST_PERSON_WORDS = frozenset("i i'm i've i'd i'll me my mine we we're we've we'd we'll us our ours".split())
#: Regex: phrases that already cite a source in a sentence ("according to", "in the words of", "by the account of").
CITING_PHRASES_RE = r"\baccording\s+to\b|\b(?:in|by)\s+(?:the\s+)?(?:words|account|view)\s+of\b"
#: Regex: hearsay with no one holding it, governing the clause after it: "It is understood (that)", "<subject> was
#: said / is believed / are understood / were rumoured to (have been)", "<subject> reportedly / allegedly <verb>"
#: (group "it": the impersonal form, whose clause follows; else the subject is the word before).
HEARSAY_LEADS_RE = (r"(?P<it>\b[Ii]t\s+is\s+(?:understood|believed|thought|said|rumou?red)(?:\s+that)?)\s"
                    r"|\s(?:is|are|was|were)\s+(?:said|believed|thought|understood|rumou?red|reported)\s+to(?:\s+have(?:\s+been)?|\s+be)?\s"
                    r"|\s(?:reportedly|allegedly|purportedly|supposedly)\s")
#: Words that keep a summary sentence hedged (a stem each): the sentence still says someone reports or believes it.
HEDGE_WORD_STEMS = ("reported", "reportedly", "allege", "accus", "said", "says", "believ", "thought", "think", "understood",
                    "rumo", "suspect", "claim", "purport", "suppos", "possibl", "likely", "appear", "seem", "expect",
                    "may", "might", "could", "feared")
#: Verbs of saying that need what is said after them: a summary sentence ending "... after the company said it." or
#: "... reported that." was cut before its clause (ground.cut_ending; lead35, a bundled model's summary). Not "denied
#: it" or "confirmed it", whose "it" is an object.
SAYING_CUT_VERBS = frozenset("said says say stated states reported reports announced announces added adds explained".split())
#: Words that open a modifier phrase or clause after a complete one: a long first line shown as the headline is cut
#: before the last of them within the bound ("... being kept in <conditions> at <n> sites which ..." -> "... being kept
#: in <conditions>"; summary_grounding.py; not "if"/"unless"/"that", which carry what the clause means; lead36).
HEADLINE_BREAK_WORDS = frozenset("in at on near after before during since with following which who where while because amid as".split())
#: Degree words before "as" that make it a comparison ("twice as likely", "half as many"), no modifier phrase: a headline
#: is not cut before such an "as" (summary_grounding._shortened; real47, a study's "were twice | as likely").
DEGREE_BEFORE_AS = frozenset("twice thrice half times so just nearly almost".split())
#: Words that open a line with a subordinate clause and never a preposition's phrase: a fallback headline cut before its
#: comma is that clause alone, no news ("When <City> firemen took a call" | "late on a <day> night ..., they found ...";
#: summary_grounding._shortened; real52). "as" of "As many as 200 people died" opens a count (AS_COUNT_WORDS).
CLAUSE_ONLY_OPENERS = frozenset("as when while whilst although though because whereas unless if whenever once".split())
#: Lower-case words a name or a work's title holds between capitalised words ("<Agency> in <City>", "The Fall of the
#: House"): summary_hedges.subject_only, attribution/labels (a title in single marks is no quotation; real52).
TITLE_LINK_WORDS = frozenset("of in and for the at on de a".split())
#: Words after a line's first "As" that make it a count or degree ("As many as 200 ...", "As much as ..."), not a clause.
AS_COUNT_WORDS = frozenset("many much few little long far soon well recently early late".split())
#: Regex: an ellipsis right after a word closing a line, no quotation mark after it: a model's line that trails off
#: mid-phrase ("... a new version that includes more..."; ground.cut_ending, ground_headline; real47).
TRAILING_ELLIPSIS_RE = r"\w(?:\.\.\.|…)\s*$"
#: Words that make a subject after "a/an/one" plural or a phrase ("A group of residents report", "A few people
#: say"): such a subject may take a bare verb (attribution/subject_checks.bare_verb_of_singular; real47).
NOT_SINGULAR_SUBJECT_WORDS = frozenset("of and or people few".split())
#: Adverbs of a one-word conjunct ("shot twice in the leg and once | in the back"): a fallback headline is not cut
#: after one (summary_grounding._shortened; real47, narrowed to these by real50: "slipped and fell | on ..." is cut).
ONE_WORD_CONJUNCT_RE = r"once|twice|thrice|again|\w+ly"
#: Words of a concession after a comma ("..., though the ailment ..."): a fallback headline may end before one (real50).
CONCESSION_BREAKS = frozenset("though although whereas but".split())
#: Regex: a word that reads as an adverb or an adjective by its ending, after a concession word ("a small, but
#: potentially significant step"): the noun phrase before the comma is still open (summary_grounding; real53).
OPEN_MODIFIER_RE = r"[a-z]{3,}(?:ly|ant|ent|al|ive|ous|ful|ic|able|ible)"
#: Words after "over" that make it a span or a place ("over the past two years"), not "over 200 people" (real50).
OVER_SPAN_FOLLOWERS = frozenset("the a an his her their its recent several many".split())
#: Regex: a finite verb in a clause after a spaced dash ("... - the next trend involves ...", "it's launching"): the
#: clause can stand as the headline (summary_grounding._core; real50).
DASH_CLAUSE_VERB_RE = r"\b(?:is|are|was|were|has|have|had|will|would|can|could)\b|['’]s\b|\b[a-z]{3,}(?:ed|es)\b"
#: Regex: a name, an appositive between commas opening on a determiner or an age, then a lower-case verb that is no
#: conjunction ("<Name>, one of the heirs to <a fortune>, appears ...", "<Name>, 47, had ..."; summary_grounding._core; real50).
NAME_APPOSITIVE_RE = (r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(,\s+(?:one|a|an|the|\d{1,3})\b[^,;:“”\"()]{0,100}?,\s+)"
                      r"(?!(?:and|or|but|nor)\s)(?=[a-z]+\s)")
#: Regex: a relative aside opening after a comma, bare or after a part of its antecedent ("..., who", "..., some of
#: whom", "..., most of which"): a fallback headline is not cut inside one before the main verb (summary_grounding;
#: real50's "who/which", real51's "<Seven students>, some of whom attend <University> | in <State>, were ...").
RELATIVE_ASIDE_RE = (r",\s+(?:(?:some|many|most|all|one|two|three|few|none|each|both|several|half)\s+of\s+)?"
                     r"(?:who|whom|whose|which)\b")
#: Nouns of a complex preposition after "in/on/by" ("in connection with", "in response to", "on behalf of"): a fallback
#: headline does not end on one, before its preposition (real51: "... arrested in <country> in connection | with ...").
PREPOSITION_NOUNS = frozenset("""connection conjunction accordance response relation reference addition contrast comparison
line contact touch charge search favour favor behalf spite front place lieu view light terms respect""".split())
#: Labels of an editor's note about the piece ("Editor's note: <Name> was recently named ..."): the line is about the
#: story, not its news, and is no fallback headline nor lead sentence (summary_grounding; real51).
NOTE_LABELS = frozenset("editor's editor’s editors' correction corrections clarification".split())
#: Prepositions whose object is a noun phrase, never a clause: a model's headline found verbatim right after one in the
#: article ("Regulators are looking into | the pension arrangements of <Society>") is a phrase with no verb (real51).
OBJECT_PHRASE_PREPOSITIONS = frozenset("of into onto upon about against toward towards regarding concerning".split())

#: Regex: a demonstrative subject and its verb opening a sentence ("That's a total of 10 numbers ...", "This is the first
#: time ...", "Those are numbers ..."): like "It"/"He", it points at a sentence before it, so the article's lead skips it
#: when that sentence is not shown (summary_grounding.lead_sentences; real57, an opinion column's lead).
DEMONSTRATIVE_SUBJECT_RE = r"(?:[Tt]hat['’]s|[Tt]hat\s+(?:is|was)|[Tt]his\s+(?:is|was)|[Tt]hose\s+(?:are|were)|[Tt]hese\s+(?:are|were))\s+[a-z]"
