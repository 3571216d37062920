"""Every numeric threshold the rules use, in one place, each with what it decides and where
its value came from. Similarities are rapidfuzz scores (0..100) of `ground.normalize`d text;
supports are fractions (0..1).

Provenance: unless noted, a value was set by hand in the commit that introduced it (git log
-S'<NAME>') against the seed articles and evals/gold, not fitted on held-out data; change
one only with a before/after number from `summarize eval` (evals/README.md).
"""

from __future__ import annotations

# -- grounding (ground.py) -----------------------------------------------------------------------

#: A model's quote that is not verbatim in the article is accepted when it aligns with an article
#: span at rapidfuzz partial_ratio >= this (then widened to whole words). Core skeleton (a3b25f4);
#: README "Grounding" documents it as 90/100.
QUOTE_FUZZY_MIN = 90.0

#: Shorter quotes are rejected: a few words match almost anywhere. Core skeleton (a3b25f4).
QUOTE_MIN_CHARS = 12

#: A claim's text must share this much (token_set_ratio) with its own evidence, so a claim cannot
#: cite one sentence and say something else. Core skeleton.
CLAIM_TEXT_MIN_SIMILARITY = 50.0

#: A summary sentence is kept only if this fraction of its content words (and all its numbers)
#: are in the article. Core skeleton.
SUMMARY_MIN_SUPPORT = 0.6

# -- deduplication and attribution (pipeline.py) ---------------------------------------------------

#: Two claims (or summary sentences) at token_set_ratio >= this are one: windows overlap, so the
#: same sentence is often extracted twice. Introduced with the pipeline (a3b25f4).
DEDUP_SIMILARITY = 85.0

#: The model's `attributed_to` is kept when it is this close to the speaker the rules find in the
#: evidence sentence ("Health Ministry" vs "the state Health Ministry"); else the rules win
#: (attribution/reconcile.py).
SPEAKER_AGREEMENT = 70.0
#: A capable model's source stands for the analysis's description ("A new poll shows ...") when
#: it is named before the evidence or at most this many characters after it (about two
#: sentences: "... The latest Reuters/Ipsos poll ..."; attribution/sources.py `same_entity`).
DESCRIPTION_AHEAD_CHARS = 400

# -- attribution (attribution/; issue 12) --------------------------------------------------------

#: Quotations shorter than this many words with no reporting frame of their own are scare quotes,
#: not speech continuing the last speaker. Set against PolNeAR dev (devdata/attribution).
ATTRIBUTION_MIN_QUOTE_WORDS = 5
#: Words in quotation marks that make a phrase in the outlet's sentence, not a quotation of someone
#: ("Telling the crowd this is “your season” and “your turn,” X closed ..."; session 10, the lead).
ATTRIBUTION_SHORT_QUOTED_WORDS = 4
#: A clause after a semicolon shorter than this (characters) stays in its sentence's claim (picks.MIN_CLAUSE_CHARS,
#: the same number): "X said that A; the union met on Monday." is then X's statement with the short tail
#: (attribution.frame_shapes.short_semicolon_tail; left20).
ATTRIBUTION_SHORT_TAIL_CHARS = 25
#: `Attributions.relation_for` also counts a direct quotation's source and cue ("whole
#: statement") when the quotation alone covers at least this share of the span but less than
#: half: a sentence that is a quotation plus "said Jane Doe, a lawyer at the firm" is hers.
#: Measured both ways in evals/RESULTS.md ("Attribution and factuality on dev data").
ATTRIBUTION_MIN_CONTENT_SHARE = 0.25
#: How many paragraphs back a pronoun, a description ("the agency") or a frameless quotation
#: may look for the name it refers to. Set against PolNeAR dev.
ATTRIBUTION_LOOKBACK_PARAGRAPHS = 3

# -- cross-article alignment (digest/pairs.py, digest/classify.py; issue 15) -----------------------
# Similarities here are IDF-weighted cosines (0..1) of the claims' content words, not rapidfuzz.
# Set against the 8 gold BASIL digests (evals/digest_gold) with the rules claims, by looking at
# what each value lets through (evals/RESULTS.md "Digest on dev data"); not fitted.

#: A blocking key (name, number, rare word) held by more claims than this yields no pairs: it
#: joins too much to mean anything, and it bounds the pairs per key to ALIGN_BLOCK_CAP**2 / 2.
ALIGN_BLOCK_CAP = 40
#: Two claims of different sources state the same proposition at or above this.
AGREE_SIM = 0.45
#: ... or when this share of the shorter claim's weighted words is in the other, with at least
#: CONTAIN_MIN_WORDS shared words and a shared name (a short claim vs a long sentence).
CONTAIN_SIM = 0.8
CONTAIN_MIN_WORDS = 4
#: ... or (a paraphrase, digest/classify.anchored) at or above ANCHOR_SIM when they share at least
#: ANCHOR_MIN names or numbers that are rare in the batch (IDF weight >= ANCHOR_MIN_WEIGHT, i.e.
#: held by at most about 1/e**(w-1) of the claims) and ANCHOR_MIN_WORDS content words in all.
#: Tried on the 8 gold clusters (sentences claims): 0.2/0.25 x 1/2 anchors x weight 2/2.5/3 all
#: gave recall 0.36-0.43 at precision 0.40-0.44; the middle setting is kept, not the best.
ANCHOR_SIM = 0.25
ANCHOR_MIN = 2  # distinct names: the words of one multiword name ("United States") are one (session 3)
ANCHOR_MIN_WEIGHT = 2.5
ANCHOR_MIN_WORDS = 3
#: Each article counts as at least this many claims in the IDF weights (digest/idf.py): in two wire
#: briefs of five or six sentences a word two claims share is otherwise never rare (session 8, agree9).
IDF_MIN_CLAIMS = 8
#: ... or (digest/figured.py) a figure both write (a number from FIGURE_MIN, no year; or a calendar
#: day) with a rare content word near it in both, at similarity FIGURE_SIM or more (session 8, agree9).
FIGURE_MIN = 10
FIGURE_SIM = 0.2
#: ... or, when the words next to the figure are two of one group of lang.FIGURE_SENSE_GROUPS ("140
#: dead" / "massacred 140"), at FIGURE_GROUP_SIM or more (digest31: the two claims share the count
#: and little else: the cnn27 pair this was written for sits at 0.11).
FIGURE_GROUP_SIM = 0.1
#: ... or (digest/phrased.py) a run of PHRASE_RUN_MIN content words in the same order in both claims,
#: PHRASE_RUN_RARE of them rare in the batch and no name, at similarity PHRASE_SIM or more (digest31).
PHRASE_RUN_MIN = 3
PHRASE_RUN_RARE = 2
PHRASE_SIM = 0.25
#: ... or (digest/synonyms.py) two claims at AGREE_SIM once lang.NEWS_SYNONYMS read as one word,
#: sharing SYNONYM_OTHERS words besides them (session 9, agree10).
SYNONYM_OTHERS = 2
#: ... or at least this many shared content words of that weight, names or not (session 3: on the
#: 8 gold clusters, code claims, 3/4/5 words at similarity 0.25-0.3 gave recall 0.41-0.49 at
#: precision 0.48-0.54; 4 kept. Its 73 new pairs over all 50 clusters, read one by one: about 60
#: state the same thing, about 12 share a story's words only, 1 is a gold conflict, "assistant
#: district attorney" / "district attorney").
ANCHOR_RARE_WORDS = 4
#: ... or (digest/classify.clause_match) one clause of each claim at IDF-weighted cosine CLAUSE_SIM
#: or more, with CLAUSE_MIN_SHARED shared words (one rare); clauses of CLAUSE_MIN_WORDS words or more.
CLAUSE_SIM = 0.6
CLAUSE_MIN_SHARED = 3
CLAUSE_MIN_WORDS = 3
#: ... or (digest/local.py, pairs classify.py leaves unjudged) a window of at most LOCAL_SPAN
#: content words in each claim at IDF-weighted cosine LOCAL_SIM or more, with LOCAL_MIN_SHARED
#: shared words: the part of a long claim that restates another outlet's claim.
LOCAL_SIM = 0.6
LOCAL_MIN_SHARED = 3
LOCAL_SPAN = 8
#: ... and a name in a window, or in the LOCAL_LEAD content words before it (its subject), that the
#: other claim and its article never name parts the two (digest/local.local_clash).
LOCAL_LEAD = 3
#: ... anchored by an amount of LOCAL_MIN_AMOUNT or more (not a year) or a multiword name with a
#: word of IDF weight LOCAL_NAME_WEIGHT or more (held by about 1/e**2.5 of the claims at most).
LOCAL_MIN_AMOUNT = 100
LOCAL_NAME_WEIGHT = 3.5
#: ... and besides the anchor at least this many shared words, one a predicate word (digest/local.anchored).
LOCAL_AMOUNT_OTHERS = 1
LOCAL_NAME_OTHERS = 2
#: ... a month's day and the LOCAL_DATED content words after a date, when both claims write them,
#: are the date's ("the June 25 special election"), not words besides it (local._dated).
LOCAL_DATED = 3
#: ... or, without an anchor, at least LOCAL_FREE_SHARED shared words, LOCAL_FREE_PRED of them
#: predicate words. Read on the 40 BASIL clusters outside the held-out set: 26 pairs, about 24
#: state the same thing (3 predicate words and no floor on shared words: 162 pairs, about half).
LOCAL_FREE_SHARED = 5
LOCAL_FREE_PRED = 2
#: ... or (digest/quoted.py) a quotation of at most QUOTED_UNIT_MAX words both claims hold, with a
#: word rare in the batch, from a person both name (session 7: a remark's striking word,
#: "“anachronistic”", "“destructive”"; longer runs are pairs.QUOTE_SHINGLE's).
QUOTED_UNIT_MAX = 4
#: ... or (digest/denied.py) two denials by one side sharing at least this many content words,
#: one of them no name that both deny (session 7).
JOINT_DENIAL_MIN_SHARED = 2
#: ... what a denial denies: the words within this many tokens of its refutation cue.
JOINT_DENIAL_REACH = 6
#: What only names or describes a thing (digest/reference.py): at most REFERENCE_PREMODIFIERS
#: lower-case words before a name ("presumptive GOP nominee"), an apposition of at most
#: REFERENCE_APPOSITION words after it (", AARP's policy chief,").
REFERENCE_PREMODIFIERS = 4
REFERENCE_APPOSITION = 10
#: A negation in one claim only parts it from an agreeing claim when it reaches at least this
#: IDF-weighted share of their shared words (digest/classify.negated_share).
NEGATED_SHARE = 0.34
#: Two agreement groups join only when every pair across them agrees or is at least this alike
#: (IDF-weighted cosine; digest/align.join_groups): no chaining through a third claim.
CHAIN_SIM = 0.15
#: Two claims agree on their main clauses, an opening subordinate clause left out ("When X ..., Y
#: reminded her of her gaffes" / "Y reminded X of her gaffes"), at AGREE_SIM with at least this many
#: words said alike besides names (digest/opening.py).
OPENING_SAID = 2
#: Near-verbatim agreement groups (every pair at PASSAGE_SCORE or more) over the same articles,
#: with claims at most PASSAGE_REACH claims apart in each, are one shared passage (align.passages).
PASSAGE_SCORE = 0.6
PASSAGE_REACH = 2
#: One quoted sentence one outlet gives as one claim and others split in two ("We stand by X, and
#: we ask Y"): two agreement groups are one when each piece of the smaller sits next to a claim of
#: the larger, at most PIECE_GAP characters apart inside one sentence, and another outlet's claim
#: of the larger holds at least PIECE_COVER of each piece's words (digest/purity.join_pieces).
PIECE_GAP = 8
PIECE_COVER = 0.6
#: The digest's agreements of as many outlets: those of background claims only come after the
#: others (digest/purity.key_rank adds BACKGROUND_RANK to their sum of claim places).
BACKGROUND_RANK = 100_000
#: Disputes inside one article (digest/disputes.py): claims at most WITHIN_REACH claims apart;
#: adjacent clauses of one sentence at most WITHIN_CLAUSE_GAP characters apart; a negation
#: dispute needs similarity WITHIN_NEG_SIM or more.
WITHIN_REACH = 3
WITHIN_CLAUSE_GAP = 12
WITHIN_NEG_SIM = 0.25
#: A rebuttal that points back ("pushed back on that notion") opens within its first
#: REBUTTAL_HEAD_WORDS words (its subject, an adverb, the verb and the object; 16 since conf6: an
#: opening phrase such as "In a letter in March announcing his retirement," comes first).
REBUTTAL_HEAD_WORDS = 16
#: A negation that reaches the other claim's words makes a version conflict at or above this
#: (0.45 let through two unrelated sentence pairs on BASIL; 0.55 keeps the real one at 0.77).
NEGATION_SIM = 0.55
#: ... and share a name (who or what is negated) or at least this many content words ("The
#: Democrats tax and spend" / "One party won't tax and will spend" share two words and no name: a
#: quip, not an account; on the 50 BASIL clusters both such pairs were read as no conflict).
NEGATION_MIN_WORDS = 4
#: ... or (classify.negates_all) the negation reaches every shared word, at least NEGATION_ALL_WORDS,
#: one rare, from similarity NEGATION_ALL_SIM (digest5).
NEGATION_ALL_WORDS = 3
NEGATION_ALL_SIM = 0.3
#: Different values for the same counted noun conflict when the rest of the wording is this close.
NUMBER_SIM = 0.2
#: A bound without a direction ("nearly 30", "almost two meters") is met by a value at least this share of
#: the larger (27 / "nearly 30"), not by one further off (1.2 / "nearly two": digest51).
LOOSE_BOUND_RATIO = 0.75
#: ... or this close when one named source gives both counts and the claims share a name (digest5:
#: "House Republicans": 15 bills / some 16 measures, 0.14 without the counted words).
NUMBER_SAME_SOURCE_SIM = 0.1
#: Two sums of money are compared by the nearest this many content words on each side (digest5).
NUMBER_NEAR_WORDS = 4
#: Opposite predicates about a shared name conflict at or above this (predicate words left out).
OPPOSITE_SIM = 0.2
#: The same proposition on another day (day words are not content words) at or above this.
DATE_SIM = 0.6
#: ... or from this when both name an event's weekday (not a report's) and share at least
#: EVENT_DAY_MIN_WORDS content words (digest/classify.other_event_day).
EVENT_DAY_SIM = 0.25
EVENT_DAY_MIN_WORDS = 4
#: ... or (classify.same_kind_day) a verb of one event class within this many tokens of each
#: claim's day ("On Wednesday, the House voted") and a shared rare word (digest5).
EVENT_VERB_REACH = 4
#: The same sentence with another place (the places left out) at or above this.
PLACE_SIM = 0.7
#: Claims that are this close once their unshared names are left out are the same sentence with a
#: name swapped ("Senator A voted against ..." / "Senator B ..."): never an agreement.
SUBSTITUTION_SIM = 0.8
#: A refutation that names another source pairs with that source's claims at or above this
#: (low on purpose: the refuter names the source and must share another name with the claim).
REFUTE_SIM = 0.0
#: Added to the score of a refuted claim in the refuter's own article, and when the refuter names
#: the source's account first ("BuzzFeed's description ... not accurate").
SAME_ARTICLE_BONUS = 0.1
ACCOUNT_BONUS = 0.5
#: An article-voice claim right before a refutation carries the refuted source's account when
#: the source's name is among its first ACCOUNT_OPENING_WORDS words (digest/classify.refutations).
ACCOUNT_OPENING_WORDS = 3
#: Denials by content (digest/denials.py, conf6): a negated predication ("Mexico won't pay")
#: matches another side's claim giving the same subject the verb within PREDICATE_REACH tokens
#: ("compel Mexico to pay"), not after a condition word within CONDITION_REACH tokens before the
#: subject ("even if there was proof that Ms. Vale was guilty"). A denial's content ("denied
#: that ...") matches a claim holding at least DENIAL_MIN_WORDS of its content words, one rare, and
#: DENIAL_SHARE of their IDF weight.
PREDICATE_REACH = 3
CONDITION_REACH = 6
DENIAL_MIN_WORDS = 2
DENIAL_SHARE = 0.5
#: Storylines listed at most.
MAX_STORYLINES = 12

# -- eval matching (eval/matching.py; documented in evals/README.md) --------------------------------

#: A (predicted, gold) pair whose evidence overlaps is eligible at token_set_ratio >= this.
SHARED_EVIDENCE_MIN_SIMILARITY = 40.0
#: Without shared evidence, a pair is eligible at token_set_ratio >= this ...
TEXT_MIN_SIMILARITY = 60.0
#: ... and token_sort_ratio >= this (token_set_ratio is 100 for any subset of words).
TEXT_MIN_SORT_SIMILARITY = 40.0
#: Two `attributed_to` values name the same source at token_set_ratio >= this (or containment).
ATTRIBUTION_MIN_SIMILARITY = 80.0

# -- word counts (chunk.py, pipeline.py) -----------------------------------------------------------

#: A first line of at most this many words, alone on its line and without a closing full stop, is
#: the article's title (chunk.is_title), not a claim. 2bfb502 ("one sentence per call").
TITLE_MAX_WORDS = 30

#: A first line with a closing full stop is still the title when it has at most this many words,
#: stands alone on its line and a blank line follows it. PolNeAR ends 66 of its 84 dev titles with
#: a full stop, all of at most 15 words; 122 of BASIL's 124 first lines with a full stop are lead
#: sentences of 16+ words (../shared/devdata, counted in fix5). A headline is not the article's
#: reporting: what it says reaches the claims through the body sentences that report it.
TITLE_STOP_MAX_WORDS = 15
#: A lead sentence (the summary's fallback) has at least this many words: shorter lines are
#: datelines and bylines. 2bfb502.
LEAD_MIN_WORDS = 8
#: Bundled model, claims by code (picks.py): a sentence or clause needs at least this many words
#: to be a claim (the eval's body-sentence rule, eval.systems.MIN_BODY_WORDS: it drops datelines,
#: bylines, "Thank you so much." and "Graham asked.").
CLAIM_MIN_WORDS = 5
#: The headline shown when the model's is not grounded is the first line cut to this many words
#: (then " …"). bef9a93.
FALLBACK_HEADLINE_WORDS = 14
#: A headline has at least this many words ("Mayor resigns"): a model's one-word headline ("Jail!", a cry quoted in
#: the title) tells no news and is replaced by the first line (the lead, session 47).
HEADLINE_MIN_WORDS = 2
#: A first line cut before a modifier phrase (lang.HEADLINE_BREAK_WORDS) keeps at least this many words (lead36).
FALLBACK_HEADLINE_MIN_WORDS = 7

# -- digest sizes (digest/build.py) ----------------------------------------------------------------

#: Article summaries per reduce call: the bundled model has a 2048-token context. 9baaf3c.
DIGEST_GROUP_SIZE = 4
#: The digest's overall-summary call is bounded to its answer's size: the summary field holds at
#: most 900 characters (digest/build.DraftDigest), about 300 tokens at 3 characters a token, plus
#: the JSON around it. A model that loops stops there instead of at the settings' max_tokens.
DIGEST_SUMMARY_MAX_TOKENS = 320
#: A number conflict lists at most this many distinct values (sides). 9ca3fe2.
CONFLICT_MAX_SIDES = 6
#: The digest's summary sentences are grounded in every article's headline, summary and claims up
#: to this many articles; beyond, each sentence in the this-many articles sharing the most words
#: with it (the support check's analysis of the whole batch's text grew with the batch: memory).
DIGEST_GROUND_ARTICLES = 50

# -- the support check (verify/; issue 14) ---------------------------------------------------------
# Set on the `tune` half of devdata/faithfulness (python -m summarizer.eval.suites.verify --split
# tune), reported on the held-out half (evals/RESULTS.md, "Support check on dev data"); the claim
# values on the hand-labelled gold claims (evals/gold).

#: verify, summary mode: share of the text's content words its sentences' supporting sentences hold
MIN_SUMMARY_COVERAGE = 0.75
#: ... and the floor for each sentence of it (a summary with one invented sentence is not supported)
MIN_SENTENCE_COVERAGE = 0.4
#: ... and at most this share of content words found nowhere in the article
MAX_NOVEL_SHARE = 0.25
#: verify, claim mode: share of content words in the evidence + the sentence before it (the hand-labelled
#: seed claims paraphrase a verb or two: 186 of 187 hold 75% or more)
MIN_CLAIM_COVERAGE = 0.75
#: verify, claim mode: content words found nowhere in the article (seed claims: at most one, a verb)
MAX_CLAIM_NOVEL = 1
#: tolerance for an approximated number ("about 1,500" for 1,512). 0: a number the article does not
#: give is not shown, approximated or not (issue 14's hard rule; 0.1 let "almost 500" pass for the
#: article's 492; 0 costs nothing on the tune half: mean BA 0.6157 either way)
APPROX_TOLERANCE = 0.0
#: verify: article sentences one sentence may draw on (a sentence fused from up to three is supported)
MAX_SUPPORT_SENTENCES = 3
#: spelled counts up to this ("two teams", "three subjects") may be the summary's own count. 0: a
#: spelled number is a number (issue 14's hard rule; 1 let an absent "one" pass: tune mean BA 0.616 -> 0.614)
SOFT_SPELLED_COUNT = 0
#: verify, claim mode: a pronoun in the evidence may stand for a name of this many sentences
#: before it ("its members" -> "Port Elwin's members"; the gold claims of evals/gold do this)
ANTECEDENT_SENTENCES = 3

# -- model verification (verify/model.py; issue 14) -------------------------------------------------
#: The scores (verify's summary-mode `score`) where the code cannot decide: an acceptance below the
#: upper bound, or a rejection on coverage alone at or above the lower bound, is sent to the model when
#: Settings.model_verify is on. From the score distribution on the tune half of devdata/faithfulness
#: (evals/tools/verify_band.py): accepted pairs at 0.75-0.95 are faithful only 30-49% of the time,
#: lexical rejections at 0.60-0.75 20-25%; outside the band the code is right 67-94% of the time.
MODEL_VERIFY_BAND = (0.60, 0.95)
#: A caseless text (chunk.is_caseless): at least this many letters, of which at most this share are
#: capitals. The lower-cased corpora in ../shared/devdata/faithfulness (Polytope, FaithBench's CNN /
#: Daily Mail, XSum) have none; a cased news text has about 3-5% (read13c counted 94 of 1,974 and
#: 149 of 2,934 letters in two cased documents). 0.2% leaves a stray acronym in a lower-cased text.
CASELESS_MIN_LETTERS = 100
CASELESS_MAX_UPPER = 0.002

#: Two counts of one series' recent period (digest/series.py) differ when they are this share of
#: the larger apart: "roughly 520,000" and "400,000" do; "about 510,000" and "520,000" do not.
SERIES_MIN_DIFF = 0.1

#: How many sentences ahead a "he"/"she" opening a text, before any person is named, may find the person it
#: stands for (attribution/resolution.py `_named_next`): the first sentence that opens with a person's name as
#: its subject, when no other person is named before it (read37, read40: the name two or more sentences on).
FORWARD_PRONOUN_SENTENCES = 3
