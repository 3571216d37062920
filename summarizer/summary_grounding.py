"""The summary of an article, grounded: the model's sentences kept only where the article supports
them (verify.py), completed from or replaced by the article's lead, and a headline checked like a
sentence. Moved out of pipeline.py as it was (session 13: that module had reached its bound).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from . import lang, picks, thresholds
from .attribution import analyze
from .attribution.labels import in_turn
from .attribution.text import quote_spans
from .chunk import content_sentences, is_title, split_sentences
from .extract import DraftSummary
from .marks import closed_line
from .ground import HEADLINE_CUT_MARGIN, Text, cut_ending, ground_headline, normalize
from .summary_hedges import bare_quotation, content_words, subjectless, dropped_head, dropped_hearsay, dropped_hedge, dropped_subordinator, first_person, repeated_run, speakerless_quotation, reworded_quotation, subject_only, \
    object_phrase
from .summary_pairs import mispaired
from .summary_roles import apposition_owned, count_as_means, ends_before_object, ends_on_possessive, joined_names, restated_title, runs_past_line, unresolved_pronoun
from .summary_sources import restated_source, said_by, with_source
from .verify import furniture_kind, verify

DEDUP_SIMILARITY = thresholds.DEDUP_SIMILARITY


def lead_text(text: str, limit: int, sentences=None) -> str:
    sents = content_sentences(text, limit, sentences)
    out, used = [], 0
    for sp in sents:
        if used + (sp.end - sp.start) > limit and out:
            break
        out.append(text[sp.start:sp.end])
        used += sp.end - sp.start + 1
    return "\n".join(out)


def lead_sentences(text: str, n: int, sentences=None) -> list[str]:
    """The first n prose sentences (LEAD_MIN_WORDS+ words), skipping the title line, datelines and bylines.
    `sentences`: the text's sentences when already split."""
    spans = content_sentences(text, 2000, sentences)
    if spans and is_title(text, spans[0]):
        spans = spans[1:]
    quoted = [(a, b) for a, b, _ in quote_spans(text)]  # (a sentence inside a quotation run on from the paragraph
    # before: "“After eight years ... . It has been the honour of my life ...": the speaker's, never a lead; lead35)
    sents = [text[sp.start:sp.end] for sp in spans if not any(a < sp.start < b - 1 for a, b in quoted) and not in_turn(text, sp.start)]
    # (nor a sentence of a transcript's turn, '"PENCE: ... The American people have a choice to make.': the
    # speaker's words, shown as the outlet's; the lead, session 43)
    # prose: long enough, closed by a full stop, not a line in capitals ("MAYOR RESIGNS: REPORTS", a link), no
    # question to the reader ("So, you'd like a reunion?": it summarises nothing; read36)
    prose = [x for x in sents if len(x.split()) >= thresholds.LEAD_MIN_WORDS and _END.search(x) and not x.isupper()
             and not furniture_kind(x) and not x.rstrip(" \"”’')").endswith("?") and not _bare_quote(x) and not first_person(x)
             and not _note(_undated(x))] or sents[:1]
    prose = [x for x in prose if not (_PRONOUN_SUBJECT.match(x) and sents.index(x) and sents[sents.index(x) - 1] not in prose)]
    # ("The conservative Y was less impressed. In an editorial, it accused ...": "it" would point at the lead's X; genre45)
    if prose and _PRONOUN_SUBJECT.match(prose[0]) and sents.index(prose[0]) == 0 and len(prose) > 1:
        prose = prose[1:]  # an opening "It follows a review of ..." whose "it" is the page's title, not in the text (real55)
    return [_undated(x) for x in prose[:n]]


#: A sentence whose subject is a pronoun, after an opening phrase or none ("In an editorial, it accused ...").
_PRONOUN_SUBJECT = re.compile(r"(?:[A-Z][^,.;:]{0,40},\s+)?(?:(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey)\s+[a-z]|" + lang.DEMONSTRATIVE_SUBJECT_RE + ")")  # ("That's ...": real57)


def _bare_quote(sentence: str) -> bool:
    """A sentence that is a quotation with no one saying it in it ('"I am proud of what we built.', a speaker's
    second paragraph): shown in a summary, the speaker's words would read as the outlet's (session 33)."""
    m = re.match(r"\s*[“\"‘]", sentence)
    tail = re.split(r"[”\"’]", sentence[m.end():], maxsplit=1)[1:] if m else []
    return bool(m) and not (tail and set(re.findall(r"[a-z]+", tail[0].lower())) & lang.REPORTING_WORDS)


def _note(sentence: str) -> bool:
    """A sentence opening with an editor's note label ("Editor's note: <Name> was recently named ..."): about the piece,
    no lead of its news (real51); a correction is one too, "Update: ..." and "Breaking: ..." are not."""
    m = re.match(r"\W*([A-Za-z'’]+)(?:\s+[Nn]ote)?\s*:\s", sentence)
    return bool(m) and m.group(1).lower() in lang.NOTE_LABELS


def _undated(sentence: str) -> str:
    """A sentence without the wire tag or dateline that opens it ("(CNN)Jane Doe ..."), nor a fact check's
    "CLAIM: " label (genre45)."""
    sentence = sentence[picks.dateline_end(sentence, 0, len(sentence)):]
    return sentence[m.end():] if (m := _CLAIM_LABEL.match(sentence)) is not None else sentence


_CLAIM_LABEL = re.compile(lang.CLAIM_LABEL_RE)


def similar(a: str, b: str) -> bool:
    """Near-duplicates: the same words, give or take a few, once normalized."""
    return fuzz.token_set_ratio(normalize(a), normalize(b)) >= DEDUP_SIMILARITY


#: Share of a kept sentence's content words that a lead sentence must hold to say it again (`covers`).
COVER_SHARE = 0.7


def covers(lead: str, kept: str) -> bool:
    """The lead sentence says again most of what a kept summary sentence says (a longer sentence the summary's
    shorter one was drawn from): shown beside it, the summary would repeat itself; shown instead of it, the summary
    keeps the article's words and their source (lead34)."""
    words = content_words(kept)
    lead_words = set(content_words(lead))
    return bool(words) and sum(w in lead_words for w in words) >= COVER_SHARE * len(words)


def grounded_summary(src: Text, draft: DraftSummary, text: str, check=None) -> tuple[str, str, list[str]]:
    """Keep the summary sentences whose numbers and names are in the article (2-4 of them).
    `check`: a verify.model.ModelVerifier settling the verdicts the code cannot decide."""
    warnings: list[str] = []
    kept, where = [], []  # the summary sentences shown, and where in the article each one's support starts
    sents = [draft.summary[sp.start:sp.end] for sp in split_sentences(draft.summary)]
    if sents and not _END.search(sents[-1]):  # cut at the field's bound: shown up to its last full sentence
        sents.pop()
        bound = type(draft).model_fields["summary"].metadata[0].max_length  # summary_model's, this call's
        at_bound = len(draft.summary) >= bound - HEADLINE_CUT_MARGIN  # else the model left it unfinished
        warnings.append(("summary was cut at its length bound" if at_bound else "summary ended mid-sentence")
                        + ": its unfinished last sentence is not shown")
    attributions = _attributions(src, text)  # who says what: the Document's, analysed once
    after_cut = False  # the sentence before ended on a stop put mid-phrase: this one is its tail ("... of . Alcena, ...")
    for sent in sents:
        verdict = verify(src, sent)  # supported by up to three article sentences: abstraction is kept
        if check is not None and _END.search(sent):
            verdict = check(src, sent, verdict)
        why = "sentence is incomplete" if not _END.search(sent) else None if verdict.supported else verdict.reason
        if why is None and (sent.rstrip(" \"”’')").endswith("?") or restated_title(text, sent)):  # (the title again: real56)
            why = "it is a question or the article's title, which summarises nothing"  # (a fact check's title "Did X double under Y?"; genre45)
        if why is None and not kept and re.match(r"(?:He|She|They|It)\s+[a-z]", sent):
            why = "it opens the summary with a pronoun that points at no one named before it"  # ("She will climb them ..."; genre45)
        cut = cut_ending(sent)
        if why is None and (cut or after_cut):
            why = f"sentence is cut: {cut}" if cut else "it continues a sentence cut before it"  # (session 33)
        after_cut = bool(cut)
        if why is None and (hedge := dropped_hedge(text, sent)):
            why = f"it drops the article's '{hedge} of/that' and states the account as fact"  # (read30)
        if why is None and (hearsay := dropped_hearsay(text, sent, verdict.spans)):
            why = f"it drops the article's '{hearsay}' and states the account as fact"  # (session 32)
        if why is None and (lost := dropped_subordinator(text, sent)):
            why = f"it drops the article's '{lost}' and states its clause as a fact of its own"  # (read33)
        if why is None and (head := dropped_head(text, sent)):
            why = f"it drops the article's '{head}' and gives its subject another's words"  # (lead35)
        if why is None and (role := count_as_means(text, sent) or apposition_owned(text, sent) or joined_names(text, sent)):
            why = f"'{role}' gives the article's words another role than the article does"  # (model45)
        if why is None and (pair := mispaired(text, sent)):
            why = f"'{pair}' pairs the article's words as the article never does"  # (model46)
        if why is None and (who := unresolved_pronoun(text, attributions, sent, verdict.spans, kept)):
            why = f"its speaker '{who}' is named in no sentence before it"  # (model45)
        if why is None and reworded_quotation(text, sent):
            why = "it gives a speaker's quoted words as the outlet's, with no one saying them"  # (read31)
        if why is None and first_person(sent):
            why = "it gives a speaker's first-person words as the outlet's"  # (lead35)
        if why is None and subject_only(text, sent):
            why = "it is only the subject of an article sentence"  # (basil45)
        if why is None and subjectless(sent):
            why = "it opens on a modal with no subject (a quotation's fragment)"  # (real53)
        if why is None and speakerless_quotation(sent):
            why = "it is a quotation with no one saying it"  # (lead35)
        if why is None and (when := invented_lapse(text, sent)):
            why = f"its '{when}' is in no sentence of the article"  # ("24 hours ago" from "24 hours from his deadline": lead39)
        if why is None and (run := repeated_run(sent)):
            why = f"it repeats itself ('{run}')"  # (read34)
        if why is None and (name := restated_source(text, attributions, sent, verdict.spans)):
            sent = with_source(text, name, sent)  # a source's statement restated as the outlet's fact (session 32)
            warnings.append(f"summary sentence given its source: it restates what {name} said as a fact")
        if why:
            warnings.append(f"summary sentence dropped: {why}")
        elif not any(similar(sent, k) for k in kept):
            kept.append(sent)
            where.append(min((a for a, _ in verdict.spans), default=len(text)))
    kept = kept[:4]
    if not kept:
        kept = lead_sentences(text, 3, src.sentences)
        warnings.append("model summary was not grounded; showing the article's lead instead")
    elif len(kept) < 2:  # a summary is 2-4 sentences: complete it from the lead
        lead = lead_sentences(text, 3, src.sentences)
        for i, k in enumerate(kept):
            if (full := next((x for x in lead if covers(x, k) and not similar(x, k)), None)) is not None:
                kept[i], where[i] = full, max(0, text.find(full))  # the lead says it whole, in the article's words and with
                warnings.append("summary sentence shown as the lead sentence it restates")  # its source (lead34)
        extra = [x for x in lead if not any(similar(x, k) or covers(x, k) for k in kept)]
        if extra:  # in the article's order: the lead before a sentence supported further down ("The striker ..." after his signing)
            kept.insert(0 if 0 <= text.find(extra[0]) <= where[0] else 1, extra[0])
            warnings.append("summary completed with a sentence from the article's lead")
    headline = closed_line(_without_debris(" ".join(draft.headline.split())))  # ("... 11 missing }": the model's JSON left on it; lead35)
    why = ground_headline(src, headline, HEADLINE_LIMIT, check)  # checked like a sentence, without its full stop
    if why is None and subject_only(text, headline):
        why = "it is only the subject of an article sentence"  # (basil45)
    elif why is None and subjectless(headline):
        why = "it opens on a modal with no subject (a quotation's fragment)"  # (real53)
    elif why is None and object_phrase(text, headline):
        why = "it is only a preposition's object in an article sentence"  # (no verb: real51)
    elif why is None and bare_quotation(text, headline):
        why = "it is a speaker's quotation shown as the outlet's line"  # (read30)
    elif why is None and (hedge := dropped_hedge(text, headline)):
        why = f"it drops the article's '{hedge} of/that'"
    elif why is None and (lost := dropped_subordinator(text, headline) or dropped_head(text, headline)):
        why = f"it drops the article's '{lost}'"  # (read33; lead35)
    elif why is None and (end := ends_on_possessive(text, headline) or ends_before_object(text, headline)):
        why = f"headline is cut: it ends on '{end}'"  # (model45; before its object: real46)
    elif why is None and (role := count_as_means(text, headline) or apposition_owned(text, headline)
                                     or joined_names(text, headline)):
        why = f"'{role}' gives the article's words another role than the article does"  # (model45)
    elif why is None and (pair := mispaired(text, headline)):
        why = f"'{pair}' pairs the article's words as the article never does"  # (model46)
    elif why is None and (extra := runs_past_line(text, headline)):
        why = f"it copies an article line and runs past its end ('{extra}')"  # (lead46)
    if why is None and (name := restated_source(text, attributions, headline.rstrip(" .!?") + ".", verify(src, headline).spans)):
        headline = said_by(text, name, headline)  # a source's statement as the outlet's headline (session 33)
        warnings.append(f"headline given its source: it restates what {name} said as a fact")
    if why:
        # the first sentence that is not a photo caption ("Pictured: ..." opens many web pages)
        # nor a dateline left alone on its line ("CNN --"), nor a question ("But will he face death?": read26)
        first = [s for s in content_sentences(text, 2000, src.sentences) if not furniture_kind(text[s.start:s.end])
                 and len(_undated(text[s.start:s.end]).split()) >= thresholds.CLAIM_MIN_WORDS
                 and not re.search(r"\?[\"”’']*\s*$", text[s.start:s.end]) and not _READER.match(text[s.start:s.end])
                 and not _bare_quote(_undated(text[s.start:s.end])) and not _note(_undated(text[s.start:s.end]))]
        # (nor a quotation no one says in it: real46; nor an editor's note on the piece: real51; nor a line to the reader: real53)
        first = [s for s in first if not _PRONOUN_SUBJECT.match(_undated(text[s.start:s.end]))][:1] or first  # ("It follows a review of ...": real55)
        line = _undated(text[first[0].start:first[0].end]) if first else ""
        words = re.sub(r"^\W*(?:date\s*)?\d{4}-\d\d-\d\d\W*", "", line).split()
        headline = _shortened(words, thresholds.FALLBACK_HEADLINE_WORDS)
        if headline.endswith("…") and (core := _core(words)) is not None:
            headline = _shortened(core, thresholds.FALLBACK_HEADLINE_WORDS)  # the line's opener or aside left out (real46)
        headline = re.sub(r"\s*[;:,]+$", "", headline)  # a title's line ending "...;" before its subtitle: no stop kept (real56)
        name = attributions.source_for(first[0].start, first[0].end) if first else None
        if name and not headline.endswith("…") and name.lower().split()[-1] not in headline.lower():
            headline = said_by(text, name, headline)  # "..., state media reported" cut off: the source kept (lead36)
        warnings.append(f"model headline was not grounded ({why}); showing the article's first line")
    return headline, " ".join(kept), warnings


def _shortened(words: list[str], cut: int) -> str:
    """The first line as a headline: whole up to `cut` words; else cut before the last modifier phrase opening within
    the bound ("<Body> says it has found <pupils> being kept in <conditions> at <n> sites near <City> which ..." ->
    "... being kept in <conditions>"), a whole clause that needs no ellipsis; else cut at the bound, with " …" (lead36:
    a headline ending "... in …" was shown). Not before the "as" of a comparison ("twice as likely") nor after a conjunct of
    one adverb ("shot twice in the leg and once | in the back"; real47; "slipped and fell | on a <cover>" is cut: real50).
    A passive participle may end it ("... were discovered | on a beach": no speech verb waiting for its content; real53).
    A spaced dash ends a whole phrase ("<Group> are as likely as <others> to ask for <it> | - but are less ..."; real53)."""
    if len(words) <= cut:
        return " ".join(words)
    for i in range(cut, thresholds.FALLBACK_HEADLINE_MIN_WORDS - 1, -1):
        before, kept = words[i - 1], " ".join(words[:i]).rstrip(",")
        if (words[i].lower().lstrip("\"“") in lang.HEADLINE_BREAK_WORDS or _dash_break(words, i) or _soft_break(words, i)) and re.search(r"\w[\"”’']?,?$", before) and not re.search(r"ing,?$", before) \
                and not (i + 1 < len(words) and words[i + 1].lower() in ("least", "most", "all")) \
                and not (words[i].lower() == "as" and before.lower() in lang.DEGREE_BEFORE_AS) \
                and not (i >= 2 and words[i - 2].lower() in ("and", "or") and re.fullmatch(lang.ONE_WORD_CONJUNCT_RE, before.lower())) \
                and before.rstrip(",").lower() not in lang.HEADLINE_CUT_ENDINGS | lang.HEADLINE_BREAK_WORDS \
                and (before.rstrip(",").lower() not in lang.SPEECH_VERBS or words[i - 2].lower() in lang.PASSIVE_BE_FORMS) \
                and kept.count("(") == kept.count(")") and len(quote_spans(kept)) * 2 >= len(re.findall(r"[“”\"]", kept)) \
                and not re.search(lang.RELATIVE_ASIDE_RE + r"[^,]*$", kept) \
                and not (i >= 2 and words[i - 2].lower() in ("in", "on", "by") and before.lower() in lang.PREPOSITION_NOUNS) \
                and not _clause_only(words, kept):
            # not inside a relative aside before the main verb (real50; "some of whom": real51), nor inside "in connection | with" (real51)
            return kept
    for i in range(cut, thresholds.FALLBACK_HEADLINE_MIN_WORDS - 1, -1):  # else before a participle adjunct after a comma ("...
        kept = " ".join(words[:i]).rstrip(",")  # criticised the decision, | saying a library had stood ..."; real55)
        if words[i - 1].endswith(",") and re.fullmatch(r"[a-z]{3,}ing", words[i]) and words[i] not in lang.FUNCTION_WORDS \
                and kept.count("(") == kept.count(")") and len(quote_spans(kept)) * 2 >= len(re.findall(r"[“”\"]", kept)) and not _clause_only(words, kept):
            return kept
    for i in range(cut, thresholds.FALLBACK_HEADLINE_MIN_WORDS - 1, -1):  # before the line's closing source ("..., a <police>
        tail = words[i:]  # spokesman said."; real50): the caller gives the headline its source (said_by)
        if words[i - 1].endswith(",") and len(tail) <= 10 and "," not in " ".join(tail) and any(
                x.lower().strip(".") in lang.SPEECH_VERBS for x in tail[-4:]) and not tail[0][:1].isdigit():
            return " ".join(words[:i]).rstrip(",")
    k = cut  # not inside a name ("... ordering Pacific Gas & | Electric Co."): back to before it, four words at most (real54)
    while k > max(thresholds.FALLBACK_HEADLINE_MIN_WORDS, cut - 4) and (words[k - 1] == "&" or words[k - 1][:1].isupper() and (words[k][:1].isupper() or words[k] == "&")):
        k -= 1
    return " ".join(words[:k if k > cut - 4 or not (words[k - 1] == "&" or words[k - 1][:1].isupper()) else cut]) + " …"


_DASHES = {"-", "--", "–", "—"}


def _dash_break(words: list[str], i: int) -> bool:
    """words[i] is a spaced dash the headline may end before: the first of the line, before a second predicate of the same
    subject ("... to ask for <it> | - but are less likely ...") or an aside closed by a second dash ("... the threat of
    <it> | -- real or perceived -- to ..."); not before the news of its own after it ("<X> is passe - the next trend
    is ...": _core keeps that; real50). (real53)"""
    return words[i] in _DASHES and not set(words[:i]) & _DASHES and i + 1 < len(words) \
        and (words[i + 1].lower() in lang.CLAUSE_COORDINATORS or bool(set(words[i + 1:]) & _DASHES))
#: A line that speaks to the reader, after at most an interjection ("Well, you might want to forget it."; real53).
_READER = re.compile(r"\W*(?:[A-Za-z]+,\s+)?you\b", re.I)


def _clause_only(words: list[str], kept: str) -> bool:
    """A cut that keeps only a line's opening subordinate clause, its comma not reached ("When <City> firemen took a
    call" of "When ... took a call late on a <day> night ..., they found ..."; real52): no news of its own."""
    first, second = words[0].lower().strip("\"“'‘"), words[1].lower() if len(words) > 1 else ""
    return first in lang.CLAUSE_ONLY_OPENERS and "," not in kept and not (first == "as" and second in lang.AS_COUNT_WORDS)


def _soft_break(words: list[str], i: int) -> bool:
    """A modifier phrase the headline may end before besides lang.HEADLINE_BREAK_WORDS (real50): "over" of a time span
    or a place ("... received <payments> | over the past two years"; not "over 200 people"), a concession after a comma, "by" of a means, a participle after a plural noun, and a purpose "to" after a
    noun phrase ("... offer <Name> a two-year deal | to tempt him"; not after a verb: "are prepared | to")."""
    w = [x.lower() for x in words]
    nxt = w[i + 1] if i + 1 < len(w) else ""
    if re.fullmatch(r"[a-z]{3,}ing", w[i]) and (re.fullmatch(r"[a-z-]{3,}[^s]s", w[i - 1]) or re.fullmatch(r"[a-z]*men", w[i - 1])) \
            and w[i - 1] not in lang.FUNCTION_WORDS:  # ("two men | carrying backpacks": real55)
        return True  # a participle after a plural noun ("... offers <46-mile> routes | snaking through ..."), not "is | launching"
    if w[i] in ("a", "an") and words[i - 1].endswith(",") and (k := next((k for k in range(i + 2, min(i + 7, len(w))) if w[k] in (
            "who", "whose", "which")), None)) and not any(x in ("and", "or") or x.endswith(",") for x in w[i + 1:k]):
        return True  # an appositive a relative clause describes ("... freed <40> <people>, | a group whose ..."; not a list; real51)
    if w[i] in lang.CONCESSION_BREAKS and words[i - 1].endswith(",") and not _open_adjective(w, i):
        return True  # a concession after the news ("<Name> was hospitalized for dehydration, | though the ailment ...")
    aux = re.sub(r"n['’]t$", "", nxt)  # ("didn't": its auxiliary)
    if w[i] in ("and", "but") and not any(x.endswith(",") for x in words[max(0, i - 3):i]) and (
            aux in lang.AUXILIARY_VERBS or nxt in lang.MODALS or lang.is_past_form(nxt, min_len=4)
            or w[i] == "but" and nxt == "that"):
        return True  # a second predicate of the subject ("<Race> ended in chaos | and changed ...", "<X> is a crisis
        # ... | and has pushed ...", "said she had been failed | but that she would ..."); not a list ("A, B and C"; real55)
    if w[i] == "due" and nxt == "to" and w[i - 1] not in lang.BE_FORMS:
        return True  # a cause ("... went silent early on Sunday | due to a power failure"), not "is | due to open" (real55)
    if w[i] == "that" and (nxt in lang.BE_FORMS or nxt in ("has", "had", "have")) and any(x in ("a", "an", "the") for x in w[max(0, i - 3):i - 1]) \
            and w[i - 1].isalpha() and w[i - 1] not in lang.FUNCTION_WORDS and w[i - 1] not in lang.SPEECH_VERBS:
        return True  # a relative clause after a noun ("shot a pistol at a van | that was pulling away ..."; real55)
    if w[i] == "by":  # a means ("... | by finding <homes> for ..."), not an agent ("was set up | by <Name>")
        return nxt.endswith("ing") and len(nxt) > 5
    if w[i] == "over":
        return nxt in lang.OVER_SPAN_FOLLOWERS
    return w[i] == "to" and any(x in lang.DETERMINERS for x in w[max(0, i - 3):i - 1]) and w[i - 1].isalpha() \
        and w[i - 1] not in lang.FUNCTION_WORDS and not re.search(r"(?:ed|ing|ly)$", w[i - 1]) and nxt.isalpha() and nxt not in lang.FUNCTION_WORDS


def _open_adjective(w: list[str], i: int) -> bool:
    """The comma before w[i] follows a determiner's adjective whose noun is still to come ("has taken a small, | but
    significant step"; real53): the word after the concession an adverb or an adjective: the noun phrase is open, no place to cut."""
    j = i - 2
    while j >= 0 and i - j <= 3 and (w[j].endswith("ly") or w[j] in ("very", "most", "more")):
        j -= 1
    nxt = w[i + 1] if i + 1 < len(w) else ""
    return j >= 0 and w[j] in lang.DETERMINERS and w[i - 1].rstrip(",").isalpha() and w[i - 1].rstrip(",") not in lang.FUNCTION_WORDS \
        and re.fullmatch(lang.OPEN_MODIFIER_RE, nxt) is not None  # (not "with a fever, | though the ...")


def _core(words: list[str]) -> list[str] | None:
    """A long first line without its opening phrase ("While <X> holds the world's gaze, a <Y> is ...", "Bearing in
    mind he's a dog, <Name> did ...", a clause before a spaced dash: "<X> is passe - the next trend is ...") or a relative aside between commas after its subject ("<Five activists>, whose
    detention has drawn an outcry, may face ..."), when what is left is a clause that fits the headline cleanly; else None."""
    line = " ".join(words)
    out = None
    m = re.match(r"((?:[A-Z][a-z]+ing|[A-Z][a-z]*)\s[^,;:“”\"()]{3,80}?,)\s+(?=[a-z“\"A-Z])", line)
    if m and (words[0].lower() in lang.SUBORDINATORS or words[0].lower() in lang.PREPOSITIONS or re.fullmatch(r"[A-Z][a-z]+ing", words[0])) \
            and len(m.group(1).split()) <= 15:
        rest = line[m.end():]
        out = rest[:1].upper() + rest[1:]
    elif len(parts := re.split(r"\s[-–—]\s", line)) == 2 and re.match(r"(?!an?\s)[a-z]", parts[1]) and not re.search(r"[“”\"]", parts[0]) \
            and parts[1].split()[0] not in lang.CLAUSE_COORDINATORS \
            and re.search(lang.DASH_CLAUSE_VERB_RE, parts[1]):
        out = parts[1][:1].upper() + parts[1][1:]  # the news after a spaced dash ("<X> is passe - the next trend is ..."; real50),
        # not a second predicate of the same subject ("<Group> are as likely to ask - but are less likely to get ..."; real53)
    else:
        m = re.search(lang.RELATIVE_ASIDE_RE + r"\s[^,;:“”\"()]{3,100}?,\s+", line)
        n = re.match(_NAME_APPOSITIVE, line)  # or an appositive after a name ("<Name>, one of the <heirs>, appears ..."; real50)
        span = (m.start(), m.end()) if m else (n.start(1), n.end(1)) if n else None
        if span and span[0] > 0 and len(line[:span[0]].split()) <= 6:
            out = line[:span[0]] + " " + line[span[1]:]
    if out is None or len(out.split()) < thresholds.FALLBACK_HEADLINE_MIN_WORDS or _shortened(out.split(), thresholds.FALLBACK_HEADLINE_WORDS).endswith("…"):
        return None
    return out.split()


_NAME_APPOSITIVE = lang.NAME_APPOSITIVE_RE


def _attributions(src: Text, text: str):
    """Who says what in the article: the Document's analysis (run once), else analysed here."""
    found = getattr(src, "attributions", None)
    return found if found is not None else analyze(text)


_END = re.compile(r"[.!?…\"”’)]\s*$")
#: A bracket or brace (or a comma) closing a model's line: its JSON's debris when none is opened in it ("... 11 missing }").
_DEBRIS = re.compile(r"\s*[}\],]\s*$")


def _without_debris(line: str) -> str:
    while (m := _DEBRIS.search(line)) and (m.group(0).strip() == "," or line.count(m.group(0).strip()) > line.count("{[" [m.group(0).strip() == "]"])):
        line = line[:m.start()]
    return line
HEADLINE_LIMIT = DraftSummary.model_fields["headline"].metadata[0].max_length


#: A lapse of time told relative to another moment ("24 hours ago", "two days later", "a week earlier").
_LAPSE = re.compile(r"\b(?:\d+|a|an|" + "|".join(sorted(lang.NUMBER_UNITS, key=len, reverse=True)) + r")\s+(?:"
                    + "|".join(sorted((u.rstrip("s") for u in lang.TIME_UNITS), key=len, reverse=True)) + r")s?\s+(?:ago|earlier|later)\b", re.I)


def invented_lapse(text: str, sent: str) -> str | None:
    """The first lapse of time of a summary sentence ("24 hours ago") that the article never writes: the model
    made a time relation the article does not state (the number may be the article's, "24 hours from his
    deadline"), so the sentence is no summary of it."""
    low = " ".join(text.lower().split())
    return next((m.group(0) for m in _LAPSE.finditer(sent) if " ".join(m.group(0).lower().split()) not in low), None)

