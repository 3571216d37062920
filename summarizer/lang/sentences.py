"""Where a sentence does not end: abbreviations before a full stop.

Sources: AP style titles, Latin and company abbreviations (seed), and the dev data's titles
(evals/tools/weigh_libs.py on PolNeAR and BASIL). Used by chunk.py's sentence splitter.
"""

from __future__ import annotations

#: Abbreviations that end in a full stop without ending the sentence (AP style titles, Latin,
#: company suffixes, country initials; seed). Month abbreviations are added by chunk.py.
#: The second line (titles and their plurals before names: "Sens. Jon Tester", "the Rev. Al
#: Sharpton", "Del. Stacey Plaskett", "Cong.") was found by evals/tools/weigh_libs.py on the
#: dev data (PolNeAR, BASIL), where the splitter cut attributions after them. The third
#: ("Messrs. Doe and Roe", "Mmes.", the French company word "Cie.") cut reported speech in the
#: factuality suite's newswire (MEANTIME + UW, half A).
#: "v" (a case name, "Roe v. Wade") cut a BASIL claim at "U.S. v." (read by the lead, session 4).
#: "bros", "assn", "mt", "ft" (company and association names, Mount, Fort):
#: "The Acme Bros. Center sits on ..." was cut after "Bros." (a CNN article, read by the lead, session 7).
#: "sra", "srta", "mme", "mlle": titles in international copy, a tag "said Sra. Ortega." gave the source "Sra" (intl38).
ABBREVIATIONS = (
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "maj", "col", "capt", "sgt", "cpl", "adm",
    "gov", "sen", "rep", "pres", "st", "no", "vs", "inc", "corp", "ltd", "co", "jr", "sr",
    "sens", "reps", "govs", "gens", "rev", "msgr", "fr", "del", "cong", "cmdr", "pvt", "supt", "atty",
    "messrs", "mmes", "cie", "v",
    "bros", "assn", "mt", "ft",
    "cllr", "cllrs",  # a British councillor ("Cllr. Tom Reade said"; lead35)
    "sra", "srta", "mme", "mlle",  # Spanish and French courtesy titles before names ("Sra. Ana Ruiz"; intl38)
    "e.g", "i.e", "etc", "approx", "est", "u.s", "u.k", "u.n", "a.m", "p.m",
)

#: AP style abbreviations of US state names (the AP Stylebook's list; "Del." is above). Before a
#: title they modify it and end no sentence ("with Wash. Gov. Jane Roe and ...", "calling for
#: Ariz. Gov. Jane Roe to veto ..."); elsewhere they may end one ("in Tempe, Ariz. It will ...").
#: Found in BASIL (session 7: a claim cut at "Wash.").
STATE_ABBREVIATIONS = frozenset("""ala ariz ark calif colo conn fla ga ill ind kan ky la md mass mich minn miss mo
mont neb nev okla ore pa tenn tex vt va wash wis wyo""".split())
#: Titles a state abbreviation modifies (lower-case, without the full stop): AP style abbreviated
#: titles before a name and the offices written out.
STATE_TITLES_RE = r"gov|govs|sen|sens|rep|reps|lt|atty|governor|senator|attorney|secretary|treasurer"

#: Regex (case-insensitive): words that begin with an apostrophe where letters were left out
#: ("'em", "'tis", "'til", "'cause"); a single mark before them is no opening quotation mark.
#: Source: seed (written by hand for the single-mark quotation rule, attribution/single_quotes.py).
ELISIONS_RE = r"em|tis|twas|til|bout|cos|coz|cause|round"

#: Regex: what may close a sentence after its final stop: quotation marks, other outlets' too ("»", "«",
#: "›", "‹", and "“" closing a low "„" opener; intl38), and a closing bracket. One definition for the
#: sentence splitter (chunk.py) and the checks that a text ends a sentence (fields.py, picks.py,
#: verify, eval/systems.py).
SENTENCE_CLOSERS_RE = r"[\"'”’“»«›‹)\]]*"

#: Regex: clause words before a serial list that is the clause's subject ("... in the town where doctors, nurses,
#: and carers have come together"; picks.list_end via part_shapes.serial_subject, read40; English grammar).
SERIAL_SUBJECT_OPENERS_RE = r"which|who|whom|whose|where|when|as|because|while|that"
#: Regex: determiners before a past form that make it an adjective ("in a globalized world", "their elected
#: officials"; standalone.cannot_stand, lead41), and counts ("the 11 million undocumented immigrants"; lead42).
ADJECTIVE_DETERMINERS_RE = r"a|an|the|its|his|her|their|our|my|your|\d[\d,.]*|million|billion|thousand|hundred|dozen"
#: Regex: openers of a phrase fronted inside a "that" clause before its subject ("says that as a member of ...,
#: he is"; standalone.open_that, lead41).
FRONTED_PHRASE_OPENERS_RE = "as|after|before|in|with|despite|given|since"
#: Regex: the joining words of a name and its title ("Director of Research", "Friends of the Park";
#: standalone.topic_caption, lead41).
NAME_JOINING_WORDS_RE = "of|the|and|for"
#: Regex: the question words after "on" in a clip's caption ("<Name> on how ..."; standalone.topic_caption, lead41).
CAPTION_TOPIC_WORDS_RE = "how|why|what|whether|when|where|who"
#: Adverbs that stand between "is" and a participle of schedule ("is still scheduled for", "was once planned for"):
#: the participle is the predicate, not a noun's reduced relative (attribution/main_clause.py, lead41).
PREDICATE_ADVERBS = frozenset("still now also once not never already originally".split())
#: Words before "article" that make it the noun, not the outlet's own voice named as a source ("in one article", "each
#: article"; digest/reasons.fluent, lead41).
ARTICLE_NOUN_LEADS = frozenset("one an each the this that".split())
#: Determiners before a content noun (lang.COMPLEMENT_NOUNS) whose "that" clause is the noun's content, not the sentence's event
#: ("losing a belief that things will get better", "explain his claim that the war may not be
#: winnable"; attribution/clause_tails.py; English grammar).
CONTENT_DETERMINERS = ("a", "an", "the", "his", "her", "their", "its", "our", "my", "this")
#: Verbs that name someone's words with a quoted label ("a fight he called “...”", "what she termed “...”";
#: digest/quotedneg.py: whose words a quoted denial answers).
QUOTED_LABEL_VERBS_RE = "called|calls|termed|dubbed"
#: Content nouns whose "that" clause is a prospect the sentence reports as one ("drew a stern warning that fares would
#: rise", "fears that the dam may fail"): their clause keeps its hedge (attribution/clause_tails.py; lead40's test).
PROSPECT_CONTENT_NOUNS = frozenset("""warning warnings prediction predictions promise promises pledge pledges assurance
assurances expectation expectations hope hopes fear fears concern concerns worry worries speculation rumor rumors
rumour rumours suspicion suspicions doubt doubts""".split())
#: Endings of a plain adjective that may open a sentence before a role noun ("Popular talk show host <Name>",
#: "Bombastic conservative host <Name>"), unlike a body's or a party's name ("Unity leader <Name>"; attribution/
#: coreference.one_holder, lead42; English morphology).
PLAIN_ADJECTIVE_ENDINGS = ("ic", "ous", "ar", "ful", "ive", "less", "able", "ible")
#: Prepositions before a content noun after a speech verb ("said in a joint statement that ..."): the "that" clause is the
#: verb's content, not the noun's (attribution/clause_tails.py, lead42; bat9a's guard sentence).
SPEECH_SETTING_PREPOSITIONS = frozenset("in on through via with".split())
