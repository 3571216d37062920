"""Frames the main rules (frames.py) leave out, tried only when a sentence has no frame:

- headlines: "Name: Content" and "Content, Former Official Says." (Title Case cue verbs);
- a cue coordinated with an earlier verb of the sentence's subject ("Cruz exhorted X and said
  he was ...");
- a saying participle after a comma with no "that" ("..., arguing the move was needed");
- evaluations: "X called Y a Z", "X slammed/praised ... " (lang.EVALUATION_VERBS);
- findings: "A new poll shows ...", "A study that appeared in a journal found ...", "In this
  poll, ..." (lang.FINDING_NOUNS, lang.FINDING_VERBS; GUIDELINES §13: polls are sources);
- the writer's first-person belief, "I think ...", "We are convinced that ...", and an impersonal
  judgement, "It is clear that ..." (`writer_belief`, tried by analysis.py only for a sentence no
  frame, quotation or hedge claims);
- "In the mayor's view, ...", "In his eyes, ...", "In the words of X, ..." (lang.VIEW_NOUNS);
- verbs the cue lists leave out (`verb_frame`): "Critics see the plan as a giveaway", "X labeled
  the vote a sham", "X made (it) clear that ...", "X issued a statement calling ...", and a passive
  of speech with its agent, "The plan was called a giveaway by critics" (lang.CHARACTERIZING_VERBS,
  LABELING_VERBS, ISSUING_VERBS, STATEMENT_PARTICIPLES, PASSIVE_SPEECH_VERBS).

The subject is the sentence's leading name or pronoun. Every word list is in summarizer.lang.
"""

from __future__ import annotations

import re

from .quoted_from import relayed_words_frame
from .. import lang
from ..chunk import Span
from .alternative_openers import after_alternative
from .documents import document_frame, issued_text
from .finding_frames import finding_frame
from .reading_copy import was_recased
from .lead_groups import clause_not_group
from .name_kinds import plural_people
from .verb_frames import agentive, verb_frame
from .verdicts import verdict_frame
from .cue_words import added_thing
from .described_speakers import described_speaker_frame
from .text import outside, title_case

_LEAD = re.compile(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?:(?:" + lang.INTRO_PHRASES_RE + r"),\s+)?"
                   # an opening participle phrase ('Speaking on "Morning Hour," Jane Roe ...')
                   r"(?:[A-Z][a-z]+ing\s+(?:" + "|".join(sorted(lang.PREPOSITIONS | {"to"})) + r")\s[^,;:]{1,60}?,[”\"]?\s+)?"
                   # after an opener, a role in lower case before the name ("In a statement, chair Jane Roe ..."; the lead, session 26)
                   r"(?:(?<=,\s)(?:[a-z][\w-]*\s+)?(?:" + "|".join(sorted(lang.PERSON_NOUNS, key=len, reverse=True)) + r")\s+(?=[A-Z]))?"
                   r"((?:(?:The|An?)\s+(?=[A-Z]))?(?:(?:[A-Z][\w'’.-]*\s+(?:[a-z][\w-]*\s+)?(?:" + "|".join(sorted(lang.PERSON_NOUNS | lang.ORG_DESCRIPTION_NOUNS
                                                                                                          | {"firm", "company", "group"}, key=len, reverse=True))
                   + r")|(?:[A-Z][\w'’.-]*\s+){2,3}(?:" + "|".join(sorted(lang.PERSON_NOUNS, key=len, reverse=True)) + r"))\s+(?=[A-Z]))?"  # "Family friend Jane Roe", a role before the name (also "Harbor Party spokesman Tim Mill"; lead42)
                   # (or a trade before a company's: "Phone maker Tellus", "Budget airline Skyra"; lead34)
                   r"(?:[A-Z][a-z]{0,3}\.\s+)*(?:A|[A-Z][\w'’-]+)(?:\s+(?:[A-Z]\.|[A-Z][a-z]{1,3}\.(?=\s+[A-Z])|[A-Z][\w'’-]+)){0,4}"  # "Homeland Security Secretary Jane Roe", "Texas Gov. Jane Roe"
                   r"(?:\s+(?:[a-z][\w-]*\s+)?(?:" + "|".join(sorted(lang.PERSON_NOUNS | lang.ORG_HEADS, key=len, reverse=True))
                   + r")\b)?"  # "Environmental groups", "Democratic state lawmakers": the head noun is part of it
                   r"(?:\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?=\s+[a-z]))?|"  # "Gov. Jane Roe of Ohio" (stated24)
                   r"[Hh]e|[Ss]he|[Tt]hey|[Ii]t)(?:,\s+\(?[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)?,)?"  # ", R-Ohio,"
                   # ", the drivers' union lawyer,", ", Mr. Roe's lawyer,": a description of the subject (read12c)
                   r"(?P<desc>(?:,|(?<=,))\s+(?:(?:(?:a|an|the)\s+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}['’]s?\s+)[^,;:“”\"()]{1,70}?|\d{1,3}"
                   r"|(?:[a-z][\w-]*\s+)?(?:head|" + "|".join(sorted(lang.PERSON_NOUNS, key=len, reverse=True)) + r")\s+(?:of|at|for)\s+[^,;:“”\"()]{1,60}?),)?"  # or an age, ", 45,"
                   r"(?P<adv>,?\s+(?:" + "|".join(sorted(lang.SENTENCE_ADVERBS)) + r"),)?\s+(?=[a-z])")  # ", meanwhile," (read12c)
#: "The governor, Jane Roe, ...", "Its director, Jo Bell, ...": a role with a determiner, then the name in commas
_ROLE_NAME = re.compile(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?:(?:The|" + "|".join(sorted(w.capitalize() for w in lang.POSSESSIVE_DETERMINERS)) + r")\s+(?:[a-z][\w'’-]*\s+){0,2}(?:"
                        + "|".join(sorted(lang.PERSON_NOUNS, key=len, reverse=True)) + r"),\s+)"
                        r"((?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3}),\s+(?=[a-z])")
_HEAD_COLON = re.compile(r"\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*:\s+(?=[A-Z‘'“\"])")
_CLAIM_LABEL = re.compile(lang.CLAIM_LABEL_RE)  # a fact check's "CLAIM: Jane Doe said ..." (genre45)
#: After such a colon, a subtitle in title case and a verb ("Ashdown: The Lost Valley is to be broadcast ..."): the
#: name is a programme's or a book's title, no speaker (read26).
#: A reporting clause of its own after a label's colon ("Unhappy: The club's secretary, Ian Wade, said ..."):
#: the label is a caption's, the clause names who speaks (lead27).
_OWN_REPORT = re.compile(r"\b(?:" + "|".join(sorted(lang.SAY_TELL_FORMS)) + r")\b")
_SUBTITLE_AFTER = re.compile(r"(?:" + lang.SUBTITLE_ARTICLES_RE + r")\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:" + lang.SUBTITLE_VERBS_RE + r")\b")


#: "Other lawmakers", "Local farmers", "Some conservative members": a capitalised first word and a
#: plural noun of people (name_kinds.plural_people) as a sentence's subject.
_LEAD_GROUPS = [re.compile(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?([A-Z][a-z]+(?:\s+[a-z][\w-]*){%d})\s+(?=[a-z])" % n)
                for n in (1, 2)]


def _described(m: re.Match) -> bool:
    """The lead subject took a description or an adverb in commas (read12c's additions to _LEAD): an
    evaluation verb's frame, not "called" ("Jess Roe, the chairwoman, called the police", test_read8b)."""
    return m.re is _ROLE_NAME or "desc" in m.re.groupindex and bool(m.group("desc") or m.group("adv"))


def _lead_subject(seg: str) -> re.Match | None:
    for g in (rx.match(seg) for rx in _LEAD_GROUPS):
        ws = g.group(1).split() if g else []
        if ws and plural_people(ws[-1].lower()) and (ws[0].lower() not in lang.NOT_NAMES or ws[0].lower() in lang.AS_SAID_QUANTIFIERS) \
                and not (ws[0].endswith("ing") and ws[1] in lang.PREPOSITIONS | {"to"}) \
                and clause_not_group(ws, seg[g.end():]) is None:  # not "Speaking to reporters, X ...", "X thanked voters but warned"
            return g
    if (m := _ROLE_NAME.match(seg)) is not None:
        return m  # "The governor, Jane Roe, called ...": the name after its role (a described subject; lead38)
    m = _LEAD.match(seg)
    if m is None:
        return None
    words = m.group(1).split()
    if (k := clause_not_group(words, seg[m.end():])) is not None:  # "Sandoval thanked voters but warned": Sandoval
        m = _LEAD.match(seg, 0, m.start(1) + len(" ".join(words[:k + 1]))) or m
        words = m.group(1).split()
    first = words[0].lower().rstrip(".")
    if first in ("the", "a", "an") and len(words) > 1:  # "The New York Times and the chain filed ..., arguing ...",
        # "A New York judge has rejected ..., saying ..." (an indefinite subject of a person noun; lead12)
        first = words[1].lower().rstrip(".")
    if first in lang.NOT_NAMES and first not in lang.PRONOUNS:
        return None
    nxt = (words[1:] or seg[m.end():].split()[:1] or [""])[0].lower().strip(",")
    if first in lang.RELATIVE_TIME_LEADERS and nxt in lang.TIME_WORDS:
        return None  # "Last week, parents protested ... and called for ...": a time phrase, no subject
    if len(words) == 1 and first.endswith("ing") and nxt in lang.PREPOSITIONS | {"to"}:
        return None  # "Speaking at the dock, the crowd ...": an opening participle, no name
    if len(words) == 1 and nxt in lang.PREPOSITIONS | {"of", "to"} and _OPENING_PHRASE.match(seg):
        return None  # "Down in the polls, Jane Roe is ...", "Short of cash, the city ...": a phrase, then the subject
    return m


#: A word, a preposition and a short phrase (and a second one: "Chastened by the reviews, as well as by the costs, Jo Roe"; coref49), then a comma and a capitalised subject.
_OPENING_PHRASE = re.compile(r"\s*[A-Z][a-z]+\s+(?:" + "|".join(sorted(lang.PREPOSITIONS | {"of", "to"})) + r")\s+[^,;:“”\"]{1,40}"
                             r"(?:,\s+(?:and|or|as\s+well\s+as|along\s+with)\s+[^,;:“”\"]{1,60})?,\s+[A-Z]")


#: A leading subordinate clause, then a capitalised subject: "As he often has in hearings, Sen. Roe
#: assailed ..." (attr14b; a session-12 leftover).
_OPENING_CLAUSE = re.compile(r"\s*(?i:" + lang.LEADING_SUBORDINATORS_RE + r")\s+[^,;:“”\"]{1,60},\s+[A-Z]")


def _roster(content: str) -> bool:
    """A list of names after a label ("Replacements: Rees, Cook, Bennett."): no statement."""
    ws = re.findall(r"[A-Za-z][\w'’-]*", content)
    return bool(ws) and sum(w[:1].isupper() for w in ws) >= 0.7 * len(ws) \
        and ("," in content or " and " in content or len(ws) <= 3)  # not a title-case headline's clause


#: "On May 6, 2015, Jane Doe made the following comment:", "The Times gave her a glowing
#: endorsement:": a sentence that ends in a colon after a statement noun introduces its subject's words.
_COLON_INTRO = re.compile(r"\s*(?:[A-Z][^,;:“”\"]{0,40},\s+(?:\d{4},\s+)?)?"
                          r"((?:[Tt]he\s+)?(?:(?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}|[a-z]+)|"
                          r"[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s+((?:[a-z][\w'’-]*\s+){1,3}?)(?:[\w'’-]+\s+){0,4}?("
                          + "|".join(sorted(lang.STATEMENT_NOUNS)) + r")\s*:\s*$")


def extra_frame(text: str, sp: Span, quotes, frame_cls, mid_caps: frozenset = frozenset()):
    seg = text[sp.start:sp.end]
    found = finding_frame(text, sp, quotes)
    if found is not None:  # "A new poll shows ...", "In this poll, ..."
        src, cue, content, kind = found
        return frame_cls(src, cue, kind, [content], "according" if kind == "according_to" else "initial")
    if (doc := document_frame(text, sp, quotes)) is not None:  # "The memo, dated March 3, says ...", "..., district data show."
        src, cue, content = doc
        detail = [(cue[1] + 2, sp.end)] if content[0] == sp.start and text.startswith(", with ", cue[1]) else []  # (", with ...": attr53)
        return frame_cls(src, cue, "indirect", [content, *detail], "final" if content[0] == sp.start else "initial")
    view = view_frame(text, sp, quotes, frame_cls)
    if view is not None:
        return view
    verdict = verdict_frame(text, sp, quotes)
    if verdict is not None:  # "The mayor's message: ...", "Her verdict — ...", "X on Twitter: ..."
        return frame_cls(verdict[0], verdict[1], "direct", [verdict[2]], "colon")  # a position, as after "X said:"
    said = as_said(text, sp, quotes)
    if said is not None:  # "As the mayor noted, the bridge is old."
        src, cue, content = said
        return frame_cls(src, cue, "indirect", [content], "according")
    if (relayed := relayed_words_frame(text, sp, frame_cls)) is not None:
        return relayed  # "A teammate read a quote from Rivera:" (quoted_from.py)
    m = _COLON_INTRO.match(seg)
    words = m.group(1).split() if m else []
    if m and (words[0].lower() in lang.PRONOUNS or words[0].lower() not in lang.NOT_NAMES | lang.PREPOSITIONS
              or words[0].lower() == "the" and len(words) > 1) \
            and (words[-1][:1].isupper() or words[-1] in lang.PERSON_NOUNS or words[-1] in lang.ORG_HEADS
                 or words[-1].lower() in lang.PRONOUNS) \
            and m.group(2).split()[0] not in lang.PREPOSITIONS | set(lang.DETERMINERS):  # not "Among the tidbits in the letter:"
        a = sp.start
        return frame_cls((a + m.start(1), a + m.end(1)), (a + m.start(3), a + m.end(3)), "direct", [], "colon")
    # headline "Name: Content" (no quotation needed), the name at most four capitalised words
    m = _HEAD_COLON.match(seg)
    if m and len([w for w in re.findall(r"[A-Za-z]{2,}", seg[m.end():]) if w.lower() not in lang.MONTHS
                  and w.lower() not in lang.WEEKDAYS]) >= 3 and len(seg[m.end():].split()) >= 4 \
            and (m.group(1).split()[0].lower() not in lang.NOT_NAMES or m.group(1).split()[0].lower() in lang.PERSON_NOUNS) \
            and m.group(1).split()[0].lower() not in lang.EDITORIAL_LABELS and not _roster(seg[m.end():]) \
            and not _CLAIM_LABEL.match(seg) \
            and not _SUBTITLE_AFTER.match(seg, m.end()) and not _OWN_REPORT.search(seg, m.end()) \
            and not (len(m.group(1).split()) == 1 and (text[text.rfind("\n", 0, sp.start) + 1:sp.start].strip()
                                                       or m.group(1) not in mid_caps and was_recased(text))) \
            and not re.fullmatch(r"(?![A-Z][a-z]*(?:mmed|hmed|amed|eed|[^e]aled)$)[A-Z][a-z]{4,}ed", m.group(1)):
        # not "Correction: ...", not a caption's "Sentenced: ..."/"Revealed: ...", nor a one-word
        # label inside a paragraph ("... in tax. Probe: The firm ran ..."): a headline starts its line
        a = sp.start
        return frame_cls((a + m.start(1), a + m.end(1)), (a + m.end(1), a + m.end(1) + 1), "indirect",
                         [(a + m.end(), sp.end)], "initial")  # not "colon": a headline opens no quotation
    # headline "Content, Former Official Says." / "Official Says Content."
    if title_case(seg):
        for cm in re.finditer(r"\b([A-Z][a-z]+)\b", seg):
            w = cm.group(1).lower()
            last = re.fullmatch(r"\s*[.!]?\s*", seg[cm.end():]) is not None  # ", Officials Say": a plural's verb ends it
            if w not in lang.SPEECH_VERBS and w not in lang.ATTITUDE_VERBS or not (w.endswith("s") or last) or w in lang.NOUN_CUES \
                    and w not in lang.CAPITALISED_CUE_VERBS:
                continue
            left = seg[:cm.start()]
            nm = re.search(r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s*$", left)
            if not nm:
                continue
            a = sp.start
            if re.search(r",\s*" + re.escape(nm.group(1)) + r"\s*$", left):  # final: ", X Says."
                return frame_cls((a + nm.start(1), a + nm.end(1)), (a + cm.start(1), a + cm.end(1)), "indirect",
                                 [(sp.start, a + nm.start(1))], "final")
            if nm.start(1) == len(left) - len(left.lstrip()) and len(seg[cm.end():].split()) >= 3:  # "X Says ..."
                return frame_cls((a + nm.start(1), a + nm.end(1)), (a + cm.start(1), a + cm.end(1)), "indirect",
                                 [(a + cm.end() + 1, sp.end)], "initial")
            break
    if (off := after_alternative(seg)) is not None:  # "Rather than get upset, she posted ..." (alternative_openers)
        return extra_frame(text, Span(sp.start + off, sp.end), quotes, frame_cls, mid_caps)
    subj = _lead_subject(seg)
    opening = (_OPENING_PHRASE.match(seg) or _OPENING_CLAUSE.match(seg)) if subj is None else None
    if opening is not None:  # "Down in the polls, Jane Roe is on the attack, claiming ...": Jane Roe's
        found = extra_frame(text, Span(sp.start + opening.end() - 1, sp.end), quotes, frame_cls, mid_caps)
        if found is not None and found.source_span and found.source_span[0] == sp.start + opening.end() - 1:
            if opening.re is _OPENING_CLAUSE and found.position == "initial":  # the clause is the speaker's, as frames.py reads
                found.content = [(sp.start, sp.start + opening.end() - 3)] + found.content  # "As she did, X criticized Y"
            return found
    if subj is None:  # ("The bakery raised its prices and added that ...": described_speakers.py; left44)
        return verb_frame(text, sp, quotes, frame_cls, mid_caps) or described_speaker_frame(text, sp, quotes, frame_cls)
    s0, s1 = sp.start + subj.start(1), sp.start + subj.end(1)
    # evaluations: "X called Y a Z", "X slammed Y" (before a coordinated cue: "X called Y 'cruel'
    # and said ...": both acts are the source's)
    after = seg[subj.end():]
    m = re.match(r"(?:(?:" + lang.EVALUATION_VERB_LEADS_RE + r")\s+)*([a-z]+)\b", after)
    if m:
        w, c0, c1 = m.group(1), m.start(1), m.end(1)
        if w in lang.FINITE_BE_FORMS and (g := re.match(r"\s+(?:[a-z]{2,}ly\s+)?([a-z]+)ing\b", after[c1:])) \
                and g.group(1) + "ed" in lang.EVALUATION_VERBS:  # "Critics are slamming the plan": the progressive (stated42)
            w, c0, c1 = g.group(1) + "ed", c1 + g.start(1), c1 + g.end()
        rest = sp.start + subj.end() + c1
        if w in lang.EVALUATION_VERBS or (not _described(subj) and _calls_it(w, text[rest:sp.end])) or _calls_quoted(w, text[rest:sp.end]):
            cue = (sp.start + subj.end() + c0, sp.start + subj.end() + c1)
            return frame_cls((s0, s1), cue, "belief", [(rest + 1, sp.end)], "initial")
    for tm in re.finditer(r"(,\s+(?:(?:and|but)\s+)?|\b(?:and|but)\s+|(?<=[a-z])\s+(?=(?:" + "|".join(lang.SAYING_PAST) + r")\s))"
                          r"(?:(?:" + lang.COORDINATED_VERB_LEADS_RE + r")\s+)*([a-z]+)\b", seg[subj.end():]):
        pos = sp.start + subj.end() + tm.start(2)
        if not outside(pos, quotes):
            continue
        w = tm.group(2)
        joiner = "and" if re.search(r"\b(?:and|but)\b", tm.group(1)) else "," if "," in tm.group(1) else " "
        if joiner == " " and not _bare_saying(text[sp.start:pos], text[pos + len(w):sp.end]):
            continue
        cue = (pos, pos + len(w))
        rest = sp.start + subj.end() + tm.end()
        colon_only = text[rest:sp.end].strip() == ":"  # "..., saying:" and the next paragraph is the content
        if len(text[rest:sp.end].split()) < 3 and not (colon_only and joiner == "," and w in lang.SAYING_PARTICIPLES):
            continue
        if w in lang.POSTING_VERBS and set(re.findall(r"[a-z]+", text[rest:sp.end].lower())[:4]) & lang.MEDIA_NOUNS:
            continue  # "... and posted photos of ...": a picture posted, no statement (read36)
        # "..., arguing the move was needed" / "... and said he was ..."
        nxt = re.match(r"\s*(\w+)", text[cue[1]:sp.end])
        if nxt and nxt.group(1) == "of" and re.search(r"\b(?:" + "|".join(sorted(lang.BE_FORMS)) + r")\s+[a-z]+\s+and\s+$", text[sp.start:pos]):
            continue  # "Three men were held and accused of ...": a passive's second participle, no speaker (shapes35)
        if w in lang.ADDING_VERBS and added_thing(re.findall(r"[\w'’-]+|[^\w\s]", text[cue[1]:sp.end])):
            continue  # "... and added a second in the 71st minute": an act, no speech (cue_words.added_thing; left43)
        if (joiner == "," and w in lang.SAYING_PARTICIPLES) or joiner == " " or (joiner in ("and", "but") and (
                (w in lang.SPEECH_VERBS and w.endswith(lang.PAST_TENSE_ENDINGS) and (w not in lang.CONCEDING_CUES or nxt is not None
                                                                                       and nxt.group(1) in lang.CLAUSE_CUE_FOLLOWERS))
                or w in lang.EVALUATION_VERBS
                or w in lang.ACCUSATION_VERBS or _calls_it(w, text[rest:sp.end]) or w in lang.FORECAST_VERBS and w.endswith(("s", "ed"))
                or (w in lang.CUE_VERBS and nxt is not None and nxt.group(1) in ("that", "for")))):
            # "... and said he was ...", "..., and has called for ...", "... but also contended that ..."
            return frame_cls((s0, s1), cue, "indirect", [(rest + (text[rest] == " "), sp.end)], "initial")
    return verb_frame(text, sp, quotes, frame_cls, mid_caps)


def _bare_saying(before: str, after: str) -> bool:
    """"X did A saying B" with no comma (attr15; read14's d8): the participle is the subject's speech
    when the word before it is no thing that carries words ("a sign saying ...": lang.WORD_CARRIERS)
    nor a noun of people ("ignored the critics saying ...": theirs), preposition or continuative verb
    ("without saying", "keeps saying"), and a clause follows (a pronoun, determiner, name or "that")."""
    last = (re.findall(r"[A-Za-z][\w'’-]*", before) or [""])[-1]
    nxt = (re.findall(r"[A-Za-z][\w'’-]*", after) or [""])[0]
    low = last.lower()
    if issued_text(before):  # "The club issued a statement saying ...": the subject's own text (lead36)
        return nxt.lower() not in lang.PREPOSITIONS
    if not (last.islower() or last.isdigit() or low in lang.WEEKDAYS) or low in lang.WORD_CARRIERS or low in lang.PERSON_NOUNS or plural_people(low) \
            or low in lang.FUNCTION_WORDS or low in lang.PREPOSITIONS or low in lang.CONTINUATIVE_VERBS:
        return False
    return nxt.lower() in lang.SUBJECT_PRONOUNS | lang.DETERMINERS | {"that", "there"} or nxt[:1].isupper()


def _calls_it(w: str, rest: str, label: str = r"\s+(?:[\w'’-]+\s+){1,8}?(?:a|an|the|“|\"|‘|'(?=\w))\s*\w") -> bool:
    """"called Y a Z", "called it “...”": a verb of naming with an object and its label (`label`, the pattern
    `rest` opens with; not "called for", "called off")."""
    return w in ("called", "calls", "call") and re.match(label, rest) is not None \
        and not re.match(r"\s+(?:" + "|".join(lang.CALL_PARTICLES) + r")\b", rest)


def _calls_quoted(w: str, rest: str) -> bool:
    """"called the plan “deeply flawed”": a verb of naming whose label is a quotation, an evaluation
    even after a described subject ("Jane Roe, 54, called ...", "The chair, Jane Roe, called ..."; lead38),
    unlike "Jane Roe, the chairwoman, called the police to the scene" (no quoted label)."""
    return _calls_it(w, rest, r"\s+(?:[\w'’-]+\s+){1,6}?[“\"‘]\s*\w")


#: "In the mayor's view, ...", "In his eyes, ...", "In the words of one critic, ...": the rest is theirs.
_IN_VIEW = re.compile(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?P<cue>[Ii]n)\s+(?:"
                      r"(?P<poss>(?P<src>[^,;:“”\"()]{1,50}?)['’]s?\s+(?:" + "|".join(sorted(lang.VIEW_NOUNS)) + r"))|"
                      r"(?:the\s+(?:" + "|".join(sorted(lang.VIEW_NOUNS)) + r")\s+of\s+(?P<src2>[^,;:“”\"()]{1,60}?)))\s*,\s+(?=\S)")
_IN_VIEW_PRONOUN = re.compile(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?P<cue>[Ii]n)\s+(?P<src>"
                              + "|".join(lang.POSSESSIVE_DETERMINERS) + r")\s+(?:" + "|".join(sorted(lang.VIEW_NOUNS))
                              + r")\s*,\s+(?=\S)")


#: "For Doe, it is a relief “to be home again.”": a person's name opening the sentence, a quotation
#: in it: the quoted view is the person's (read12a, a CNN page); not "For Ohio, ..." (a capitalised
#: word of no person: a title or an honorific and a surname, or two capitalised words at most).
_FOR_NAME_QUOTED = re.compile(r"\s*(?P<cue>For)\s+(?P<src>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+"
                              r"(?=it(?:['’]s|\s+is|\s+was)\s[^“”\"]{0,60}[“\"])")


def view_frame(text: str, sp: Span, quotes, frame_cls):
    """"In the mayor's view, the bridge is old.", "In his eyes, ...", "In the words of one critic,
    ...", "In the view of privacy advocates, ...": the rest of the sentence is the holder's (not
    "In the view of the harbor from the bridge, ...": "of" needs a holder that can speak)."""
    view = _IN_VIEW_PRONOUN.match(text, sp.start, sp.end) or _IN_VIEW.match(text, sp.start, sp.end) \
        or _FOR_NAME_QUOTED.match(text, sp.start, sp.end)
    g = None if view is None else next(x for x in ("src", "src2") if x in view.re.groupindex and view.group(x))
    if view is None or not outside(view.start(g), quotes) or len(text[view.end():sp.end].split()) < 3:
        return None
    src = view.group(g)
    if view.re is _FOR_NAME_QUOTED and not re.search(r"\b[A-Z][a-z]+\s+" + re.escape(src.split()[-1]) + r"\b", text[:view.start(g)]):
        return None  # "For Ohio, it is ...": only a surname the article gave a person before
    noun = (text[view.start("cue"):view.start(g)].split()[-2:-1] or [""])[0].lower()  # "In the view of X": "view"
    if g == "src2" and noun in ("view", "views", "eyes") and not (agentive(src) or src.split()[0].lower() in lang.AS_SAID_QUANTIFIERS | {"one"}):
        return None  # "In the view of the harbor from the bridge, ...": a sight, no holder
    if src[:1].isupper() or src.split()[0].lower() in lang.POSSESSIVE_DETERMINERS \
            or src.split()[0].lower() in lang.DESCRIPTION_DETERMINERS or g == "src2":
        return frame_cls((view.start(g), view.end(g)), (view.start("cue"), view.end("cue")), "according_to",
                         [(view.end(), sp.end)], "according")
    return None


#: "I think ...", "But we are convinced that ...", "After years abroad, I believe ...": a subject in
#: the first person at the start of the sentence (after a conjunction or a short comma-ended
#: opener), optional adverbs or a negated auxiliary, then a belief cue (lang.WRITER_BELIEF_CUES,
#: as a verb or as a state after "am"/"are").
_WRITER = re.compile(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?:[^,;:“”\"()]{1,60},\s+)?"
                     r"(?P<src>" + "|".join(lang.FIRST_PERSON_SUBJECTS) + r")(?:" + lang.WRITER_BE_RE + r"|(?P<modal>\s+(?:" + lang.WRITER_MODALS_RE + r")|['’]d))?"
                     r"(?:\s+(?:" + lang.WRITER_MODIFIERS_RE + r"))*"
                     r"\s+(?P<cue>[a-z]+)\b(?P<that>\s+that\b)?", re.I)


#: "It is clear that ...", "But it was obvious that ...": an impersonal judgement of the writer
#: (lang.IMPERSONAL_BELIEF_ADJECTIVES); not "It is not clear whether ...", which asserts nothing.
_IMPERSONAL = re.compile(r"\s*(?:(?:" + lang.LEAD_CONJUNCTIONS_RE + r")\s+)?(?:[^,;:“”\"()]{1,60},\s+)?"
                         r"(?P<src>[Ii]t)(?:\s+(?:" + lang.IMPERSONAL_BE_RE + r")|['’]s)"
                         r"(?:\s+(?:" + lang.IMPERSONAL_MODIFIERS_RE + r"))*\s+"
                         r"(?P<cue>" + "|".join(sorted(lang.IMPERSONAL_BELIEF_ADJECTIVES)) + r")\s+(?=that\b)")


def writer_belief(text: str, sp: Span, quotes) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """(source span, cue span, content span) of a sentence that gives the writer's own belief in the
    first person ("I think the plan will fail", "We know from the filings that ..."), or None.
    Only outside quotations (a quoted "I think" is its speaker's) and with a content of at least
    three words after the cue."""
    m = _WRITER.match(text, sp.start, sp.end)
    if m is None or m.group("cue").lower() not in lang.WRITER_BELIEF_CUES | lang.WRITER_CONCEDING_CUES and not (m.group("cue").lower() in lang.WRITER_PAST_BELIEF_CUES and re.match(lang.PAST_BELIEF_CLAUSE_RE, text[m.end("cue"):sp.end])) or not outside(m.start("src"), quotes) \
            or m.group("modal") and m.group("cue").lower() in lang.WRITER_WISH_CUES:  # "I must admit that"; not "I would hope" (attr48)
        m = _IMPERSONAL.match(text, sp.start, sp.end)  # "It is clear that ...": the writer's judgement
        if m is None or not outside(m.start("src"), quotes):
            return None
    if m.group("src") == "i":
        return None  # a lower-case "i" is no pronoun
    content = (m.end("cue") + (1 if text[m.end("cue"):m.end("cue") + 1] == " " else 0), sp.end)
    if len(text[content[0]:content[1]].split()) < 3:
        return None
    return (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), content


#: "As X noted, ...", "As many economists, including Jane Doe, have pointed out, ...", "As we saw
#: in 2009, ...": a comma-ended "as" clause whose verb reports (lang.AS_SAID_VERBS) gives the rest
#: of the sentence to its subject (a quoted book title may stand in its apposition; read36).
_AS_SAID = re.compile(r"\s*(?:(?:" + lang.AS_SAID_OPENERS_RE + r"),?\s+)?(?P<as>[Aa]s)\s+"
                      r"(?P<src>(?:[^;:“”\"()]|[“\"][^“”\"]{1,80}[”\"]){1,160}?)\s+(?:(?:" + lang.AS_SAID_LEADS_RE + r")\s+)*"
                      r"(?P<cue>" + "|".join(sorted(lang.AS_SAID_VERBS)) + r")(?:\s+it)?"  # "As the coach put it,"
                      r"(?:\s+(?:" + "|".join(sorted(lang.AS_SAID_TAILS)) + r")\b[^,;:“”\"()]{0,30})?"
                      r"(?:,\s+where\s[^,;:“”\"()]{1,80})?\s*,\s+(?=\S)")  # ("... report from X, where the mill opened,")


#: ", and, as" / ", but as" inside a sentence: an "as X noted," clause opening its second conjunct.
_MID_AS_SAID = re.compile(r",\s+(?:and|but),?(?=\s+as\s)")


def as_said(text: str, sp: Span, quotes) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """(source span, cue span, content span) of "As X noted, Y" (Y is X's), or None."""
    m = _AS_SAID.match(text, sp.start, sp.end)
    if m is None:  # "A, and, as X notes, B": X's from B on (the clause before stays the outlet's)
        mid = _MID_AS_SAID.search(text, sp.start, sp.end)
        m = _AS_SAID.match(text, mid.end(), sp.end) if mid and len(text[sp.start:mid.start()].split()) >= 3 else None
    if m is None or not outside(m.start("src"), quotes) or len(text[m.end():sp.end].split()) < 3:
        return None
    src = m.group("src")
    if not (src[:1].isupper() or src.split()[0].lower() in set(lang.DESCRIPTION_DETERMINERS) | lang.PRONOUNS
            | ({*lang.POSSESSIVE_DETERMINERS, "my", "our"} if re.search(r"\s[A-Z]", src) else set())  # "my colleagues Jane Doe and ..."
            | lang.AS_SAID_QUANTIFIERS or src.lower() in lang.FIRST_PERSON_SUBJECTS):
        return None  # "As expected, ...", "as prices rose, ..." name no source
    return (m.start("src"), m.end("src")), (m.start("cue"), m.end("cue")), (m.end(), sp.end)
