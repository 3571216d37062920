"""Every word list the rules use, in one place, one module per theme, each list with where it came from.

English only, general news language: no topic, place or person names (tests/test_layout.py fails
when a module outside this package defines a word list). Lists are lower-case unless noted; the
modules that use them build their regular expressions from these, so a word added here reaches
every rule that needs it. Sources, as the modules name them: "calendar" is the Gregorian calendar;
"seed" means the list was written by hand while reading the seed articles (seeds/) and the gold
set (evals/gold), and should be checked against the dev data (../shared/devdata) before it grows;
"AP style" is the Associated Press Stylebook; PARC 3.0 and PolNeAR (devdata/attribution) are
attribution annotation guidelines; FactBank and UW (devdata/factuality) are factuality guidelines.

Read a list as `lang.NAME` (`from summarizer import lang`); the themes:
- lang/time.py
- lang/sentences.py
- lang/furniture.py
- lang/reporting.py
- lang/people.py
- lang/grammar.py
- lang/certainty.py
- lang/numbers.py
- lang/places.py
- lang/alignment.py
"""

from __future__ import annotations

from .time import (WEEKDAYS, MONTHS, MONTH_ABBREVIATIONS, MONTH_ABBREVIATIONS_RE, DATE_BOUNDS, FUTURE_MARKERS_RE,
                   TIME_WORDS, RELATIVE_DAYS_RE, MONTH_LEADERS, PLAN_MARKERS_RE, WEEKDAY_LEADERS, DAY_PARTS,
                   TIME_PHRASE_LEADERS)
from .sentences import (ABBREVIATIONS)
from .furniture import (FURNITURE_LINE_STARTS, FURNITURE_ANYWHERE_PHRASES, CAPTION_RE, AGENCY_CREDIT_RE, BYLINE_RE,
                        META_WORDS, META_OPENERS_RE)
from .reporting import (REPORTING_VERBS, CLAIM_VERBS_RE, SPEECH_VERBS, CLAIM_VERBS, DENIAL_VERBS, ATTITUDE_VERBS,
                        CUE_VERBS, WEAK_CUES, NARROW_CUES, CUE_MODIFIERS, FINAL_TAIL_STARTERS, NOUN_CUES,
                        STATEMENT_NOUNS, EVALUATION_VERBS, SAYING_PARTICIPLES, REPORTING_WORDS, SUBJECT_ENDING_VERBS,
                        STATEMENT_VERBS_RE, NOUN_CUE_FOLLOWERS, WEAK_CUE_FOLLOWERS, BARE_CUES, STATE_ADJECTIVES,
                        TAIL_SUBORDINATORS, INTENTION_CUES, ESTIMATE_NOUNS_RE, AS_REPORTED_VERBS_RE,
                        ESTIMATE_DETERMINERS_RE, CAPITALISED_CUE_VERBS, COORDINATED_VERB_LEADS_RE, VERB_LEADS_RE,
                        ADDRESSEE_VERBS, PAST_TENSE_ENDINGS, AUXILIARY_LEADS_RE, CALL_ON_FOLLOWERS,
                        IDENTITY_STATEMENT_RE)
from .people import (SOURCE_ROLES_RE, PRONOUN_SUBJECTS, NOT_SPEAKERS, PERSON_PRONOUNS, GROUP_PRONOUNS, THING_PRONOUNS,
                     SPEAKER_PRONOUNS, PRONOUNS, PERSON_TITLES, PERSON_NOUNS, ORG_HEADS, ORG_ANAPHORS, NOT_NAMES,
                     HONORIFICS, PRONOUNS_NOT_NAMES, THIRD_PERSON_PRONOUNS, TITLE_WORDS, SPEAKER_FILLER, COMMON_CAPS,
                     PERSONAL_PRONOUNS, NAME_PARTICLES_RE, GENERIC_SOURCES_RE, SOURCE_MODIFIERS_RE, FEMALE_NOUNS,
                     MALE_NOUNS, NAME_DETERMINERS, NAME_SUFFIXES, NAME_INNER_WORDS, NO_SOURCE_ANSWERS,
                     SUBJECT_PRONOUNS_RE, POSSESSIVE_DETERMINERS)
from .grammar import (DEPENDENT_OPENERS, COORDINATORS, CLAUSE_WORDS, SUBORDINATORS, FUNCTION_WORDS, AUXILIARIES,
                      CLAUSE_BREAKS, DANGLING_WORDS, IRREGULAR_VERBS, LEADING_CONNECTIVES_RE, CLAUSE_CONNECTIVES_RE,
                      SUBORDINATE_CUT_RE, LEADING_SUBORDINATORS_RE, DETERMINERS, NOUN_MARKERS, PREPOSITIONS,
                      PASSIVE_PARTICIPLES, AUXILIARY_VERBS, NOUN_DETERMINERS, DESCRIPTION_DETERMINERS,
                      LEADING_ADVERBIALS, INTRODUCTORY_WORDS, INTRO_PHRASES_RE, SUPPORT_STOP_WORDS, ATTACHED_OPENERS,
                      CONCESSIVE_OPENERS, SHORTENING_BOUNDARIES_RE, BE_FORMS, QUANTIFYING_DETERMINERS,
                      SUBJECT_DETERMINERS, CONTRAST_OPENERS_RE, CONTRASTIVE_SUBORDINATORS_RE, CALL_PARTICLES,
                      APPOSITION_DETERMINERS_RE, APPOSITIVE_OPENERS_RE, TITLE_PREPOSITIONS_RE, PASSIVE_BE_FORMS,
                      STEM_SUFFIXES, RELATIVE_PRONOUNS_RE)
from .certainty import (HEDGES_RE, DENIALS_RE, MODALS, NON_EPISTEMIC_MODALS, EPISTEMIC_HEDGES, HEDGE_WORDS,
                        FUTURE_VERBS, NEGATORS, NEGATIVE_VERBS, UNCONFIRMED_MARKERS, PASSIVE_REPORTS,
                        PASSIVE_ALLEGATIONS, UNNAMED_SOURCES, NEGATION_CUES_RE, NOUN_HEDGES, NEGATION_PARTICLES,
                        NEGATIVE_QUANTIFIERS, NOT_LIMITERS, OPEN_QUESTIONS, OBJECT_FUTURE_VERBS,
                        OBLIGATION_VERBS, BE_TO_FORMS, BE_TO_IDIOMS, BARE_SUBORDINATORS_RE, CLAUSE_NEGATORS,
                        CONDITIONAL_OPENERS_RE, PARENTHETICAL_ADVERBS_RE)
from .numbers import (UNITS, CURRENCY_SIGNS, QUANTIFIERS, APPROXIMATORS_RE, NUMBER_UNITS, NUMBER_TENS, SCALE_WORDS,
                      COUNT_SCALES, ONE_NOT_A_COUNT_RE, COUNTED_PHRASE_ENDS, SCALE_NAMES_RE, SCALE_ABBREVIATIONS_RE,
                      SPLIT_DECIMAL_UNITS_RE, CLOCK_WORDS_RE, A_COUNT_SCALES, VAGUE_ALONE_SCALES, LARGE_SCALES_RE,
                      LARGE_SCALE_VALUES, AND_SCALES_RE, ORDINAL_SUFFIXES_RE, NUMBER_SIGNS_RE, OF_DETERMINERS)
from .places import (PLACE_NOUNS, PLACE_INNER_WORDS, PLACE_PREPOSITIONS, PLACE_PHRASE_PREPOSITIONS_RE,
                     PLACE_NAME_WORDS_RE, PLACE_FOLLOWERS, DEMONYM_SUFFIXES, COMPASS_FORMS, PLACE_PREFIXES,
                     COMPASS_POINTS, DEMONYM_ENDINGS)
from .alignment import (ALIGN_STOP_WORDS, ALIGN_NOT_NAMES, SOURCE_TITLES, NEGATION_TOKENS, REFUTATION_RE,
                        ACCOUNT_NOUNS, OPPOSITE_PREDICATES, CLAUSE_CONNECTIVES, ANTONYM_PAIRS)
