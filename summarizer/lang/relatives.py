"""Word lists for relative clauses against noun complements (attribution/clause_shapes.py)."""

from __future__ import annotations

#: Nouns of a prospect or a chance that take a "that" clause as their content, not a relative clause ("a risk that
#: the town will flood", "a chance that the bridge will close", "the prospect that rates will rise"): the clause
#: is the hedged event itself (English grammar; lead37). Before "of" and a measure they are no counted noun: "faces the
#: possibility of 40 years in prison" counts years of prison (noun_phrases.noun_before_of; real47).
PROSPECT_NOUNS = frozenset("""risk risks chance chances possibility possibilities danger dangers threat threats
likelihood probability prospect prospects odds sign signs indication indications evidence news word idea notion
fact hint hints rumor rumors rumour rumours report reports guarantee guarantees certainty expectation""".split())
#: Verbs of persuading whose object is followed by the content's "that" ("persuade the board that ...",
#: "convinced voters that ..."): not a relative clause on the object (attribution/clause_shapes.py; lead37).
PERSUADING_VERBS = frozenset("""persuade persuades persuaded persuading convince convinces convinced convincing
reassure reassures reassured reassuring remind reminds reminded reminding""".split())
#: Past verbs of securing an outcome ("the vote ensured the bill will become law"): the outcome after them is made
#: certain, no forecast (attribution/complements.py; English usage; lead38).
SECURING_PAST = frozenset("ensured guaranteed".split())  # (not "assured": a speech act, the speaker's forecast)
#: Modifiers telling one thing of a kind from another ("the new bridge" / "the old bridge"), besides ordinals
#: (digest/eventyears.py; English usage; lead38).
WHICH_ONE_MODIFIERS = ("new", "old", "original", "another", "other", "current", "former", "latest", "earlier", "later")
#: Words before a past form that make it no finite verb of its own: an infinitive's "to", a coordinated verb's
#: "and"/"or", a negation, a passive's "been"/"being" (standalone._main_verb_after; English grammar; lead45).
NON_FINITE_LEADS = frozenset("to and or not been being".split())
#: Regex: a coordinated noun phrase and a relative clause with no "that" whose subject is a pronoun ("and the pride we all
#: feel for ...", "and the people you meet there"), read to the next comma: `rest` is what follows the relative's verb
#: (standalone.cannot_stand; English grammar; real55).
CONTACT_RELATIVE_RE = (r"\W*(?:and|or)\s+(?:the|a|an|all\s+the)\s+(?:[a-z'’-]+\s+){1,2}?(?:we|you|they|I|he|she)\s+(?:all\s+|both\s+)?"
                       r"[a-z]+\b(?P<rest>[^,;:–—]*)")
#: Nouns an appositive uses to sum up the clause before it, not the name right before its comma ("... money from
#: Dover or New Haven, an idea that drew complaints", "cut the fee, a move that ...", "delayed the vote, a step
#: critics ..."): no place or person is an idea or a move, so no "New Haven is an idea ..." (passing_descriptions;
#: English grammar; lead49). A name of a plan or text keeps its description ("the Clean Water Act, a measure ...").
CLAUSE_SUMMARY_NOUNS = frozenset("""idea move step decision gesture tactic concession reversal shift turnabout
development outcome result precedent departure break twist""".split())
#: Verbs after which "which" opens an embedded question, not a relative clause ("had not identified which projects
#: may be shelved", "did not say which schools would close"): a modal in it is the question's, not the main clause's
#: (attribution/modality.in_embedded; English grammar; lead49).
QUESTION_WHICH_VERBS = frozenset("""identify identifies identified know knows knew decide decides decided determine
determines determined say says said specify specifies specified disclose discloses disclosed reveal reveals revealed
explain explains explained indicate indicates indicated confirm confirms confirmed clear unclear sure""".split())

#: Past verbs of promising, expecting or believing that take a clause or "to" right after them inside a contact
#: relative clause after a noun ("The administration he pledged would be a model of ethics has ...", "the candidate
#: he once expected to be"): the hedge is the relative's, not the main clause's (attribution/main_clause.py; English
#: grammar; lead50).
CONTACT_HEDGE_VERBS = frozenset("""pledged promised vowed expected hoped thought believed predicted planned wanted
claimed insisted assumed imagined""".split())
#: Determiners before a noun that a contact relative describes ("the administration he pledged would ..."; lead50).
CONTACT_NOUN_DETERMINERS = ("the", "his", "her", "its", "our", "their")
#: Regex: what follows a verb of promising or expecting inside such a relative: a modal or "to" (lead50).
CONTACT_HEDGE_FOLLOWERS_RE = "would|will|could|might|to"
#: Regex: openers of a time clause after the main clause's comma ("..., when it was revealed that ...";
#: attribution/certainty_marks.py; English grammar; lead50).
TIME_CLAUSE_OPENERS_RE = "when|after|before|since|until|once"
#: Regex: openers of a time or reason clause after the main clause whose own negation is the clause's ("voted after the
#: mayor did not appear"; attribution/main_clause.py; English grammar; lead50).
REASON_TIME_OPENERS_RE = "after|before|when|once|because"
#: Regex: verbs of saying or belief that open an object relative's clause ("a presentation that he said those present
#: did not want to hear"; attribution/main_clause.py; lead50).
RELATIVE_SAYING_VERBS_RE = "said|says|claimed|claims|believed|thought"
#: Regex: the personal pronouns that are such a relative's subject (English grammar; lead50).
RELATIVE_PRONOUN_SUBJECTS_RE = "he|she|they|we|i|it"
#: Regex: prepositions that make a cue noun and its "that" clause the ground of the main clause's act ("The county began
#: investigating <Name> two years ago on allegations that he ...", "was arrested amid claims that ..."): the act is the
#: outlet's fact, the allegation only its ground (attribution/noun_cues.py; the lead's Left, session 49; attr59).
GROUND_PREPOSITIONS_RE = r"on|amid|over|following|after|despite"
#: Nouns of a feeling that a "that" clause after a ground preposition keeps as its holder's ("voted amid growing fears
#: that the new port would take their trade": the fear's content is reported, fp8), unlike an allegation's ground
#: (attribution/noun_cues.py; English usage; the merge of session 50).
GROUND_FEELING_NOUNS = frozenset("fear fears concern concerns worry worries hope hopes anxiety anxieties".split())
