"""The working copy `analyze` reads: the article's text with easier marks, of the same length, so
every offset found in the copy is an offset of the article.

Corpora of news tokenize and lower-case their texts (CNN / Daily Mail in PTB form: "`` ... , ''
he said", "could n't", "-LRB- CNN -RRB-"; Polytope, FaithBench and XSum also lower-case every
letter: "kushner told jurors tuesday that ..."). The rules read a name by its capital and a
quotation by its marks, so the copy moves a tokenizer's spaces back behind the word they were cut
from and, in a caseless text, capitalises what English always capitalises: a sentence's first
word, "I", the weekdays, a surname an honorific marks ("mr hardy") and the name that closes an
inverted tag after a quotation ('..., " said brindle.'; shapes33). Other names inside a
sentence stay lower-case: nothing tells them apart.
"""

from __future__ import annotations

import re

from .. import lang
from .writer_asides import asides_out
from ..chunk import is_caseless, split_sentences
from ..letters import fold
from .caseless_speakers import speaker_names
from .other_marks import english_marks

#: A tokenizer's spaces before a closing token (a comma, a full stop, a closing '', a clitic):
#: "al-Malki , speaking", "hall . owner", "injustice , '' he said", "could n't", "it 's".
_SPACED_CLOSER = re.compile(r"(?<=\S)( +)([,;:.!?]|''|n[’']t\b|[’'](?:s|re|ve|ll|d|m)\b)(?=\s|$|[,;:.!?'’\"”])", re.I)
#: ... and a lone ' too, in a text that opens its single quotations with ` ("` downsizing makes for
#: sadness , ' he said"; also "the palestinians ' efforts")
_SPACED_SINGLE_CLOSER = re.compile(_SPACED_CLOSER.pattern.replace("|''|", "|''|'(?!')|"), re.I)
#: A tokenizer's spaces after an opening mark: "`` As Palestine" -> "``As Palestine".
_SPACED_OPENER = re.compile(r"(?<![^\s(])(``|`|“)( +)(?=\w)")
#: PTB brackets: "-LRB- CNN -RRB-" -> "(CNN)" and spaces.
_PTB_BRACKETS = re.compile(r"-LRB-\s*([^\n]*?)\s*-RRB-", re.I)
#: The first letter of a sentence, after any opening marks.
_FIRST_LETTER = re.compile(r"[\W_]*([a-z])")
_LONE_I = re.compile(r"(?<![\w’'-])i(?=[\s’',.;:!?]|$)")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(w.lower() for w in lang.WEEKDAYS) + r")\b")
#: An opening quotation mark after a colon: the quotation's first word opens a sentence.
_COLON_QUOTE = re.compile(r":\s*[\"“‘']\s*([a-z])")
#: An abbreviated honorific and the surname after it ("mr hardy", "ms mitchell"): the surname is a
#: name wherever the text uses it ("... hardy said"). (lang.HONORIFICS without the words that are
#: also common nouns: "the lady said")
_HONORIFIC_SURNAME = re.compile(r"\b(" + "|".join(sorted(lang.HONORIFICS - {"sir", "lord", "lady"})) + r")\.?\s+([a-z][a-z’'-]*[a-z])\b")


#: An opening curly mark typed where a quotation closes: right after a word's stop or comma and before a space and a
#: lower-case word or the paragraph's end ('“Who can promise that?“ he asked.'; the lead, session 47): read as "”".
_MISTURNED_CLOSER = re.compile(r"(?<=\w[.!?,…])“(?=[ \t]+[a-z]|[ \t]*(?:\n|$))")


def quote_marks(text: str) -> str:
    """Same length, easier marks: '' typed for a double quote becomes a '"' beside a space; an opening curly mark
    typed to close a quotation becomes a closing one (`_MISTURNED_CLOSER`); a
    tokenized corpus's `` and ` (opening marks: "he wrote : `it's almost like ...'") become '"'
    and '‘'."""
    if "`" in text:  # ` opens, so ' after a comma or a full stop closes: "` a, ' he said"
        text = re.sub(r"(?<=[,.!?])'(?!')", "’", text)
    text = re.sub(r"``", ' "', text).replace("`", "‘")
    text = _MISTURNED_CLOSER.sub("”", text)
    return re.sub(r"''(?=\S)|(?<=\S)''", lambda m: ' "' if m.end() < len(text) and not text[m.end()].isspace()
                  and (m.start() == 0 or text[m.start() - 1].isspace() or text[m.start() - 1] in "([—–-") else '" ', text)


def untokenized(text: str) -> str:
    """Same length: a tokenizer's space moved behind the mark or clitic it was put before."""
    text = text.replace("` `", "`` ")  # XSum's spaced opening double mark: "said : ` ` i was ..."
    closer = _SPACED_SINGLE_CLOSER if "`" in text else _SPACED_CLOSER
    for _ in range(4):  # "word , ''": the comma first, then the mark
        moved = closer.sub(lambda m: m.group(2) + m.group(1), text)
        if moved == text:
            break
        text = moved
    text = _SPACED_OPENER.sub(lambda m: m.group(2) + m.group(1), text)
    return _PTB_BRACKETS.sub(lambda m: ("(" + m.group(1) + ")").ljust(len(m.group(0))), text)


#: An inverted tag right after a closing quotation ('..., " said brindle.', "...,' added jo venn .",
#: '..." said seven-times champion pell in a statement.'): at most four words, then the sentence's end,
#: a comma or a place of speech. English puts the speaker there; in a caseless text its name is
#: capitalised like a surname after an honorific (shapes33).
_TAG_SPEAKER = re.compile(r"[,.!?…]\s*(?:''|[\"”’'])\s+(?:" + "|".join(sorted(lang.PLAIN_SAYING_VERBS)) + r")\s+"
                          r"((?:[a-z][a-z’'-]*\s+){0,3}?[a-z][a-z’'-]*[a-z])(?=\s*[.!?,]|\s+(?:" + "|".join(sorted(lang.PREPOSITIONS)) + r")\s|\s*$)")
#: Words of a tag that are no part of a name: a role, a kin noun, a title, a function word.
_NOT_NAME = lang.FUNCTION_WORDS | lang.PERSON_NOUNS | lang.KIN_NOUNS | lang.PERSON_TITLES | lang.ORG_HEADS | lang.PRONOUNS


#: A lower-case given name and surname set off by an appositive that names a person's role ("echoed by jo
#: brindle, an independent rail consultant based in leeds,"; "harvey venn, the waste manager for the county,"):
#: English sets a role off after a person's name (shapes33). Not before a verb of saying (", a police officer said").
#: With no determiner, a role of one or two words before its noun and "for/of/at" ("jo brindle, party candidate for
#: the city,"; shapes34).
_APPOSED_NAME = re.compile(r"(?<![\w’'-])([a-z][a-z’'-]*[a-z])\s+([a-z][a-z’'-]*[a-z]),\s+(?:(?:an?|the)\s+(?:[a-z][\w’'-]*\s+){0,4}?|(?:[a-z][\w’'-]*\s+){1,2}(?=[a-z]+\s+(?:for|of|at)\s))"
                           r"(?:" + "|".join(sorted(w for w in lang.PERSON_NOUNS if not w.endswith("s"))) + r")\b(?!\s+(?:"
                           + "|".join(sorted(lang.PLAIN_SAYING_VERBS)) + r")\b)")


def _apposed_names(text: str) -> tuple[set[str], list[int]]:
    """The surnames and the given names' offsets of `_APPOSED_NAME`, when neither word is a role, title,
    kin noun or function word and the word before is no determiner ("the new owner, a ...")."""
    names, given = set(), []
    for m in _APPOSED_NAME.finditer(text):
        words = (m.group(1), m.group(2))
        if re.match(r"[^,.;:]*\b(?:" + "|".join(sorted(lang.PLAIN_SAYING_VERBS)) + r")\b", text[m.end():m.end() + 60]) \
                or any(w.endswith(("s", "ly", "ed", "ing")) for w in words):
            continue  # ("angry locals, a police officer said, ...": a tag's speaker, not an apposition)
        before = re.findall(r"[a-z’']+", text[max(0, m.start() - 20):m.start()].lower())[-1:]
        if re.search(r",\s*$", text[max(0, m.start() - 20):m.start()]):
            before = []  # "However, jo brindle, party candidate for ...,": a set-off opener, no determiner of the name (shapes34)
        if any(w in _NOT_NAME or w.endswith("s") and w[:-1] in _NOT_NAME for w in words) \
                or before and before[0] in (lang.FUNCTION_WORDS - lang.PREPOSITIONS - lang.PLAIN_SAYING_VERBS - {"by"}):
            continue
        names.add(words[1])
        given.append(m.start(1))
    return names, given


def _tag_names(text: str) -> tuple[set[str], list[int]]:
    """The surnames of inverted tags after a closing quotation (the tag's last word, when it is no
    role, title or function word: "champion pell" gives "pell", "her mother" none), and the
    offsets of a given name right before such a surname in its tag ("joe root")."""
    names, given = set(), []
    for m in _TAG_SPEAKER.finditer(text):
        words = m.group(1).split()
        if any(w in _NOT_NAME or w.endswith("s") and w[:-1] in _NOT_NAME or w in lang.PLAIN_SAYING_VERBS for w in words[-2:]) \
                or "-" in words[-1]:
            if len(words) == 1 or words[-1] in _NOT_NAME or "-" in words[-1] or words[-1] in lang.PLAIN_SAYING_VERBS \
                    or words[-1].endswith("s") and words[-1][:-1] in _NOT_NAME:
                continue
            names.add(words[-1])  # "champion pell"
            continue
        names.add(words[-1])
        if len(words) == 2:
            given.append(m.start(1))  # "joe root": a given name and a surname
    return names, given


def recased(text: str) -> str:
    """Same length: a caseless text's sentence openings, "I" and weekdays capitalised."""
    chars = list(text)
    for sp in split_sentences(text):
        m = _FIRST_LETTER.match(text, sp.start, sp.end)
        if m:
            chars[m.start(1)] = chars[m.start(1)].upper()
    for rx in (_LONE_I, _WEEKDAY, _COLON_QUOTE):
        for m in rx.finditer(text):
            a = m.start(1) if rx.groups else m.start()
            chars[a] = chars[a].upper()
    return names_recased(text, chars)


def names_recased(text: str, chars: list[str] | None = None) -> str:
    """Same length: the names a lower-cased text still shows capitalised: a surname after an honorific
    ("mr hardy") and the name closing an inverted tag after a quotation (and the honorific and a given
    name before it), wherever the surname recurs. Also for a text whose sentences open with a capital
    but whose names are lower case (`was_recased`: "... ,' said brindle.")."""
    chars = list(text) if chars is None else chars
    tagged, given = _tag_names(text)
    apposed, given2 = _apposed_names(text)
    spoke, given3 = speaker_names(text)  # ", smith said", ", said spokesman paolo meloni", '"..." ― ana ruiz' (tokens47)
    tagged, given = tagged | apposed | spoke, given + given2 + given3
    for a in given:
        chars[a] = chars[a].upper()
    surnames = ({m.group(2) for m in _HONORIFIC_SURNAME.finditer(text)} | tagged) - lang.FUNCTION_WORDS
    for m in _HONORIFIC_SURNAME.finditer(text):
        chars[m.start(1)] = chars[m.start(1)].upper()
    for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, sorted(surnames))) + r")\b", text) if surnames else ():
        chars[m.start()] = chars[m.start()].upper()
    return "".join(chars)


_SPACED_POSSESSIVE = re.compile(r"(?<=\w) ' s\b")


def lone_singles(text: str) -> str:
    """Same length: in a caseless text quoting with straight ' marks, a mark with a space on both
    sides opens when no quotation is open in its paragraph, else closes; an opening one is glued to
    the word after it, a closing one to the word or stop before it ("... the law . ' but it is
    backtracking": the mark ends the sentence). A mark with a space on one side only tells by it."""
    text = _SPACED_POSSESSIVE.sub("'s  ", text)  # "their mother ' s drinking"
    chars = list(text)
    for para in re.finditer(r"[^\n]+", text):
        open_ = False
        for m in re.finditer("'", text[para.start():para.end()]):
            i = para.start() + m.start()
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if not before.isspace() and not after.isspace():
                continue  # an apostrophe: "don't"
            if before.isspace() != after.isspace():
                open_ = before.isspace()
                continue
            j = i - 1 if open_ else i + 1
            while 0 < j < len(text) - 1 and text[j].isspace():
                j += -1 if open_ else 1
            chars[i] = " "  # closing: ". ' but" -> ".'  but"; opening: "' children" -> " 'children"
            chars[j + 1 if open_ else j - 1] = "'"
            open_ = not open_
    return "".join(chars)


#: A wire tag opening a line or glued to the word after it ("(CNN)The board said ...", "-LRB- CNN -RRB-
#: The ...", once made "(CNN)" plus spaces): blanked, so that the sentence's opening frame is read
#: (read16: "(CNN)The ... Commission on Thursday said" was the outlet's; session 15), with a city before a
#: glued tag ("Velmora (CNN)Jane Doe is ...": the city is no part of her name; read22).
_WIRE_TAG = re.compile(r"(?:(?<=\n)|^)[ \t]*(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}[ \t]*)?"
                       + lang.WIRE_TAG_RE + r"[ \t]*(?=[A-Z“\"])|(?<=\s)" + lang.WIRE_TAG_RE + r"(?=[A-Z“\"])"
                       + r"|(?:(?<=\n)|^)[ \t]*" + lang.WIRE_PLACE_RE + r"(?=[A-Z“\"])")  # "Marlow (CNN)It's ..." (read22)
#: a double hyphen set off by spaces: typewriter prose's dash (the em dash's rules apply to it)
_DOUBLE_HYPHEN = re.compile(r"(?<=\s)--(?=\s)")


#: A bare "she says" set in the middle of a sentence with no comma before it ("It was easy to run she says,
#: because ..."; "... for renters he says because ..."; read29): the space before the pronoun.
_BARE_MID_TAG = re.compile(r"(?<=[a-z])\b (?=(?:he|she|they) (?:says|said)(?:,| because\b))")


def _mid_tag_commas(text: str) -> str:
    """Same length: a comma for the space before a bare mid-sentence "she says" (after four words of its
    sentence, not after a function word other than an auxiliary: "what she says, because" stays)."""
    def comma(m):
        before = re.split(r"[.!?\n]", text[max(0, m.start() - 200):m.start()])[-1].split()
        last = before[-1].lower() if before else ""
        return "," if len(before) >= 4 and (last not in lang.FUNCTION_WORDS or last in lang.AUXILIARIES) else " "
    out = _BARE_MID_TAG.sub(comma, text)  # and "he says because" closes the tag as "he says, because" would
    return re.sub(r"(,(?:he|she|they) (?:says|said)) (?=because\b)", lambda m: m.group(1) + ",", out)


#: The comma before a company's or a person's name suffix that an apposition follows ("Acme Systems, Inc., a
#: provider of ..., today announced", "John Doe, Jr., a lawyer, said"; genre39): a space, so the name reads as one.
_SUFFIX_COMMA = re.compile(r"(?<=[a-z]),(?= (?:" + "|".join(w.capitalize() for w in lang.NAME_SUFFIXES if w != "st")
                           + r"|" + lang.COMPANY_SUFFIXES_RE + r")\.?,)")


#: A tokenizer's space before a comma or full stop ("said , ", "the plan ."): such a text spaces hyphens too.
_TOKENIZED = re.compile(r"\w [,.;:](?:\s|$)")


#: A spaced hyphen before a function word that is not itself a compound's middle ("- a retired nurse -", "- the
#: council said"; not "over - the - counter", "lower - than - expected").
_SPACED_DASH = re.compile(r"(?<=\w) - (?=(?:" + "|".join(sorted(w for w in lang.FUNCTION_WORDS if w.isalpha())) + r")\b(?! - ))")


def _spaced_dashes(text: str) -> str:
    """Same length: a spaced hyphen typed for a dash read as one. Tokenized text spaces the hyphens of
    compounds too ("Hewlett - Packard", "four - star", "Har - Shefi"), so only a hyphen before a function
    word opens a dash ("... a week - the council said."), and the next spaced hyphen of its sentence closes
    the pair ("<Name> - a retired nurse - said ...")."""
    out = list(text)
    for m in _SPACED_DASH.finditer(text):
        out[m.start() + 1] = "—"
        close = re.match(r"[^.!?\n]{1,120}? - ", text[m.end():])
        if close is not None:
            out[m.end() + close.end() - 2] = "—"
    return "".join(out)


def reading_copy(text: str) -> str:
    """The copy `analyze` reads (module docstring): same length as `text`."""
    out = quote_marks(untokenized(english_marks(fold(text))))  # non-ASCII letters as ASCII ones of their case
    # (letters.py), other outlets' quotation marks as English ones (other_marks.py)
    out = recased(lone_singles(out)) if is_caseless(out) and "`" not in text else recased(out) if is_caseless(out) \
        else names_recased(out) if was_recased(out) else out  # (sentence openings capitalised, names not: shapes33)
    out = _WIRE_TAG.sub(lambda m: " " * len(m.group(0)), out)
    out = _mid_tag_commas(out)
    out = _SUFFIX_COMMA.sub(" ", out)
    out = _DOUBLE_HYPHEN.sub("— ", out)  # "Kall -- co-editor of X, a book on Y -- said": a dash pair, read as one (lead12)
    if not _TOKENIZED.search(text):  # "<Name> - a retired nurse - said ...": a spaced hyphen typed for a dash (left45)
        out = _spaced_dashes(out)
    out = asides_out(out)  # "whose aide, it should be noted, tried to ...": no cue, no hedge (attr57)
    assert len(out) == len(text)
    return out


#: The most words capitalised mid-sentence, per word after a lower-case word or comma, in a working copy
#: recased from a lower-case text: reading_copy capitalises there only weekdays, "I" and the surname
#: after an honorific; edited English capitalises about one such word in ten (names, places).
RECASED_MAX_MID_CAPS = 0.01
#: The fewest such words to judge by (a one-line text with no name mid-sentence says nothing).
RECASED_MIN_WORDS = 60
_AFTER_LOWER = re.compile(r"(?<=[a-z,] )([A-Za-z]+)")


def was_recased(text: str) -> bool:
    """The working copy was recased from a lower-case text: a one-word label before a colon
    ("glow : mr orme pictured ...", a caption) cannot be told from a name there (lead29)."""
    head = text[:20000]
    surnames = {m.group(2) for m in _HONORIFIC_SURNAME.finditer(head.lower())} | set(lang.HONORIFICS)
    ws = [w for w in _AFTER_LOWER.findall(head) if w[:1].isupper() and w != "I"
          and w.lower() not in lang.WEEKDAYS and w.lower() not in surnames]
    total = len(_AFTER_LOWER.findall(head))
    return total >= RECASED_MIN_WORDS and len(ws) <= total * RECASED_MAX_MID_CAPS
