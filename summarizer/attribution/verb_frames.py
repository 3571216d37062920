"""Frames of a verb whose subject the main rules read but whose cue they do not know (moved out of
cues.py in session 11): a characterisation ("Critics see the plan as a giveaway"), a label ("X
labeled the vote a sham"), "X made (it) clear that ...", a statement issued with a participle ("X
issued a statement calling the vote a sham"), a passive of speech with its agent ("The plan was
called a giveaway by critics")."""

from __future__ import annotations

import re

from .. import lang
from ..chunk import Span
from .apposition import described_subject
from .subjects import subject_before_aside, subject_left
from .text import cap, outside, tokens

#: The rest of a capitalised series after the comma that ended a passive's agent: ", Trade and Housing Minister <Name>"
#: (a title whose words run in a series with commas and "and").
_TITLE_SERIES = re.compile(r",\s+(?:[A-Z][\w'’.-]*,\s+)*(?:[A-Z][\w'’.-]*\s+)*?(?:and|&)\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]*")


def verb_frame(text: str, sp: Span, quotes, frame_cls, mid_caps: frozenset = frozenset()):
    """Frames of a verb whose subject the main rules read but whose cue they do not know: a
    characterisation ("Critics see the plan as a giveaway", "X labeled the vote a sham"), "X made
    (it) clear that ...", a statement issued with a participle ("X issued a statement calling the
    vote a sham"), a passive of speech with its agent ("The plan was called a giveaway by critics").
    The verb must head the sentence's main clause: its subject opens the sentence, after at most a
    comma-ended opener."""
    toks = tokens(text, sp.start, sp.end)
    for i, t in enumerate(toks):
        if not t.text.islower() or not outside(t.start, quotes):
            continue
        rest = text[t.end:sp.end]
        w = t.low
        judged = (w in lang.CHARACTERIZING_VERBS or w == "seen") and re.match(r"\s+by\s+[^,;:“”\"]{2,60}?\s+as\b", rest) \
            and i and toks[i - 1].low != "be"  # (not "X may be viewed by rivals as Y": the outlet's own guess; PolNeAR half A)
        named_as = w == "named" and re.match(r"\s+by\s+[^,;:“”\"]{2,60}?\s+as\s+[^;:“”\"]{0,80}?\b(?:" + lang.SUSPICION_PARTICIPLES_RE + r")\b", rest)
        if (w in lang.PASSIVE_SPEECH_VERBS or judged or named_as) and i and toks[i - 1].low in lang.PASSIVE_BE_FORMS:  # ("was seen by analysts as": read33)
            # ("has been named by regulators as one of the firms suspected of ...": the regulators' account; read40)
            by = re.search(r"\bby\s+((?:the\s+|a\s+|an\s+)?[^,;:“”\"()]{2,60}?)(?=\s*(?:,|\b(?:" + lang.PASSIVE_AGENT_ENDS_RE + r")\b|[.!?]?[\"”’']*\s*$))", rest)
            if by and re.search(r"\bto\s+(?:have|be)\b", rest[:by.start()]):
                by = None  # "is said to have been taken by her father": the agent of "taken", no speaker
            if by and (re.match(r"\s*(?:,|and\b)", rest) or re.search(r"\b(?:" + "|".join(sorted(lang.PASSIVE_BE_FORMS)) + r")\s+[a-z]+",
                                                                    rest[:by.start()])):
                by = None  # "The vet was called and ... the dog was seized by police": the agent of another verb (read32)
            if by and w in lang.PASSIVE_NEWS_VERBS and (re.search(r",|\b(?:and|or|but)\s+[a-z]+ed\b", rest[:by.start()])
                                                       or re.search(r"\b(?:that|which|who)\s+(?:\S+\s+){0,2}$", text[sp.start:toks[i - 1].start])):
                by = None  # "a decision that was announced this week and promoted ... by X", "was announced from midnight,
                # ... patrolled by troops": another verb's agent, or a relative clause's passive (left45)
            if by and w in lang.PASSIVE_NAMING_PARTICIPLES and re.match(r"\s+by\b", rest) and not named_as:
                by = None  # "The vote was called by <Name>": no name given, an act (lead50)
            if by and w in lang.PASSIVE_ACT_SENSES and not _account_subject(text[sp.start:toks[i - 1].start], w):
                by = None  # "The judge was confirmed by the Senate", "His request was denied by the board": acts (left45)
            if by and outside(t.end + by.start(), quotes) and agentive(by.group(1)):
                a, b = t.end + by.start(1), t.end + by.end(1)
                if (series := _TITLE_SERIES.match(text, b, sp.end)) and re.match(r"[.!?]?[\"”’']*\s*$|\s+(?:" + lang.AGENT_TIME_OPENERS_RE + r")\b", text[series.end():sp.end]):
                    b = series.end()  # "by <Place>'s Enterprise, Trade and Housing Minister <Name>.": one title, its words in a series (attr56)
                ws = list(re.finditer(r"\S+", text[a:b]))  # "by the council on Friday": the agent ends at its preposition (left45)
                cut = next((m for x, m in enumerate(ws) if x and x + 1 < len(ws) and m.group(0).lower() in lang.PREPOSITIONS
                            and (ws[x + 1].group(0).lower() in ("a", "an") or ws[x + 1].group(0).strip(".,").lower() in lang.WEEKDAYS + lang.MONTHS)), None)
                return frame_cls((a, a + cut.start() if cut else b), (t.start, t.end), "indirect", [(sp.start, sp.end)], "initial")
            continue
        cue = None
        if i and re.search(r"\w['’]s$", toks[i - 1].text) and toks[i - 1].low[:-2] not in lang.PRONOUNS:
            continue  # "Mr. Doe's views began to change as ...": a possessive's noun, no verb (read25)
        if w in lang.CHARACTERIZING_VERBS and re.match(r"\s+(?:[^\s,;:“”\"]+\s+){1,10}?as\s+(?:an?\s+|the\s+|[“\"])?\w", rest) \
                and not re.match(r"\s+to\s", rest) and not re.match(r"\s+(?:[^\s,;:“”\"]+\s+){1,10}?as\s+(?:" + "|".join(sorted(lang.SUBJECT_PRONOUNS)) + r")\s", rest):
            # (not "remembered to lock the door as he left": an infinitive, a time clause; left45)
            cue = (t.start, t.end)
        elif w in lang.VIEWING_VERBS and re.match(r"\s+(?:[^\s;:“”\"]+\s+){1,12}?(?:" + lang.VIEWING_ADVERBS_RE + r")\b", rest):
            cue = (t.start, t.end)  # "The club views Governor A more favorably than B" (attr14a)
        elif w in lang.LABELING_VERBS and re.match(r"\s+(?:[^\s,;:“”\"]+\s+){1,8}?(?:an?|the|as)?\s*[“\"]?\w", rest):
            cue = (t.start, t.end)
        elif w in ("put", "puts") and re.match(r"\s+" + lang.PUT_AT_FIGURE_RE, rest):
            cue = (t.start, t.end)  # "Officials put the number at about 80": their estimate (lead34)
        elif w in lang.REVISING_VERBS and re.match(r"\s+(?:(?:up|down|back)\s+)?(?:its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:"
                                                   + lang.REVISED_FIGURES_RE + r")\b", rest):
            cue = (t.start, t.end)  # "The fund edged up its forecast for ... to 4.2 percent" (GUIDELINES §13; stated42)
        elif w in ("chalk", "chalks", "chalked") and (ch := re.match(r"\s+(?:up\s+[^;:“”\"]{1,80}?|[^;:“”\"]{1,40}?\s+up\s+)to\b", rest)) \
                and not set(ch.group(0).lower().split()[:-1]) & (lang.PREPOSITIONS - {"up", "of"}):  # (not "chalked up slogans on the walls next to")
            cue = (t.start, t.end)  # "X chalks up the losses to bad luck": X's account of a cause, as "attributed ... to" (stated42)
        elif w in ("made", "makes") and (mc := re.match(r"\s+(?:it\s+)?(?:(?:" + lang.CLEAR_INTENSIFIERS_RE + r")\s+)?clear\b", rest)):
            cue = (t.start, t.start + len(t.text) + mc.end())  # ("made it very clear that": lead40)
        elif w in lang.ISSUING_VERBS and re.match(r"\s+(?:[\w'’-]+\s+){0,2}(?:" + "|".join(sorted(lang.STATEMENT_NOUNS))
                                                  + r")\b[^;:“”\"]{0,60}?\b(?:" + "|".join(sorted(lang.STATEMENT_PARTICIPLES
                                                                                         | lang.SAYING_PARTICIPLES)) + r")\b", rest):
            cue = (t.start, t.end)
        if cue is None:
            continue
        subj = subject_left(text, toks, i, 0, mid_caps) or subject_before_aside(text, toks, i, mid_caps)
        if i and toks[i - 1].text == ",":  # "Critics, like Senators Jane Roe, Republican of Ohio, and Tom Dee, see ..." (attr14a)
            subj = described_subject(text, sp.start, t.start, quotes, subj)
        if subj is None and i == 1 and (w in lang.LABELING_VERBS or w in ("put", "puts")) and cap(toks[0].text) \
                and toks[0].low not in lang.NOT_NAMES:  # ("Insurers put the damage at $4 million": lead34)
            subj = (toks[0].start, toks[0].end)  # "Norland branded the plan a “disgrace”": a verb of naming needs a namer
        if subj is None or text[subj[0]:subj[1]].split()[0].lower() in lang.CLAUSE_WORDS:
            return None
        if w in lang.ISSUING_VERBS and not _named_or_pronoun(text[subj[0]:subj[1]]):
            return None  # "the group sent a letter ...": a description the resolver may misread
        before = text[sp.start:subj[0]].strip()
        if before and not before.endswith((",", ',"', ",”")) and not (before.endswith(("—", "–", "--")) and len(re.findall(r"\s(?:--|[—–])(?=\s|$)", " " + before)) >= 2):  # 'On "Face the Nation," X identified ...'
            # (an opener that closes on a dash pair: "Relying on his last advantage — his personality — X portrayed himself as ..."; lead50)
            return None  # the verb belongs to a clause that is not the sentence's main one
        content = cue[1] + len(text[cue[1]:sp.end]) - len(text[cue[1]:sp.end].lstrip())
        if len(text[content:sp.end].split()) < 3:
            return None
        return frame_cls(subj, cue, "belief" if w in lang.CHARACTERIZING_VERBS else "indirect", [(content, sp.end)], "initial")
    return None


def _named_or_pronoun(subject: str) -> bool:
    """A subject with a name in it ("the Security Council") or a pronoun ("They")."""
    ws = subject.split()
    return subject.lower() in lang.PRONOUNS or any(w[:1].isupper() and w.lower() not in lang.NOT_NAMES for w in ws)


def _account_subject(subject: str, verb: str) -> bool:
    """The subject of a passive "confirmed"/"denied" is what was confirmed or denied as an account: a denial
    needs an account ("The allegations were denied by the firm"; not "His request was denied": a refusal, an
    act, GUIDELINES §14), a confirmation a thing, not a person ("<Name>'s death was confirmed by her son"; not
    "The judge was confirmed by the Senate": an appointment, lang.CONFIRM_FORMS)."""
    ws = re.findall(r"[\w'’-]+", subject)
    head = ws[-1].lower() if ws else ""
    if verb in lang.DENIAL_VERBS:
        return head in lang.DENIAL_OBJECTS
    return head.isalpha() and ws[-1].islower() and head not in lang.PERSON_NOUNS and head not in lang.PRONOUNS


def agentive(np: str) -> bool:
    """A "by ..." agent that can speak: a name, or a person or organisation noun ("several
    economists at the university"; not "by the end of the year")."""
    ws = np.split()
    cut = next((x for x, w in enumerate(ws) if x and w.lower() in lang.PREPOSITIONS), len(ws))
    head = ws[cut - 1].lower().strip(".,'’")
    return any(w[:1].isupper() and w.lower() not in lang.NOT_NAMES for w in ws) or head in lang.PERSON_NOUNS \
        or head in lang.ORG_HEADS or head.endswith(lang.AGENT_PLURAL_ENDINGS) \
        or (ws[0].lower() in lang.POSSESSIVE_DETERMINERS and cut <= 2)  # "by his coach", "by their parents"
