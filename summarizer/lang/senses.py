"""Word senses the digest compares by meaning, not spelling (issue 15, conf10; agree10's synonyms
merged in by agree11: one list, WORD_SENSES).

Two outlets rarely tell one event in one word: "laid off 1,200 workers" / "900 employees will
lose their jobs", "the plant would not close" / "the factory will shut", "did not find" / "found".
Read by digest/senses.py (nounneg.py, denials.py, counts.py compare words through it).

Sources: the past tenses and past participles are the standard table of English irregular verbs
(any grammar reference, e.g. the Cambridge Grammar of English's list), cut to verbs news prose
uses of events; the sense groups are near-synonyms of news verbs of change and of the nouns they
count, as the AP Stylebook and any thesaurus give them, each group one meaning in news usage (a
word with two news senses is in no group: "fall" is a drop in figures and a collapse). No topic words.
"""

from __future__ import annotations

#: Irregular past tenses and past participles -> the base form ("found" -> "find", "laid" -> "lay").
IRREGULAR_FORMS = {form: base for base, forms in (line.split(":") for line in """
arise:arose arisen
beat:beaten
become:became
begin:began begun
bite:bit bitten
break:broke broken
bring:brought
build:built
buy:bought
catch:caught
choose:chose chosen
come:came
deal:dealt
dig:dug
draw:drew drawn
drive:drove driven
eat:ate eaten
fall:fell fallen
feed:fed
feel:felt
fight:fought
find:found
flee:fled
fly:flew flown
forbid:forbade forbidden
freeze:froze frozen
give:gave given
go:went gone
grow:grew grown
hang:hung
hear:heard
hide:hid hidden
hold:held
keep:kept
know:knew known
lay:laid
lead:led
leave:left
lend:lent
lose:lost
make:made
mean:meant
meet:met
pay:paid
ride:rode ridden
ring:rang rung
rise:rose risen
run:ran
see:saw seen
seek:sought
sell:sold
send:sent
shake:shook shaken
shoot:shot
shrink:shrank shrunk
sink:sank sunk
slide:slid
speak:spoke spoken
spend:spent
stand:stood
steal:stole stolen
stick:stuck
sting:stung
strike:struck stricken
swear:swore sworn
sweep:swept
swim:swam swum
take:took taken
teach:taught
tear:tore torn
tell:told
think:thought
throw:threw thrown
wake:woke woken
wear:wore worn
win:won
withdraw:withdrew withdrawn
write:wrote written
""".strip().splitlines()) for form in forms.split()}

#: Words of one meaning in news prose, one group a line, the first word naming the group: the one
#: list of word senses, read by digest/senses.py (conflicts and counts: nounneg.py, denials.py,
#: counts.py; "the plant would not close" / "the factory will shut", each caller lemmatising the
#: words its own way) and by digest/synonyms.py (agreements: "Farrow diverted $3.4 million" /
#: "Farrow siphoned about $3.4 million", every form listed, matched by stem). A word marked "~" has
#: another common sense in news prose ("fire" a blaze and a dismissal, "cut" a reduction and a
#: wound, "close" to shut and near): compared by sense for conflicts and counts, where a
#: contradiction or a count must come with it, never read as a synonym for an agreement, where
#: it alone would join unrelated claims. Verbs of change and the nouns they count (conf10), then
#: words outlets use for one another when they state one fact (agree10; general English news
#: language, AP Stylebook and any thesaurus). No topic words.
WORD_SENSES = tuple(tuple(line.split()) for line in """
~close ~shut
~halt ~stop ~suspend halted halting suspended suspending
~reduce ~cut ~lower ~slash
~increase ~raise ~hike
~climb ~rise ~jump
~injure ~hurt ~wound ~harm
~kill ~die
~collapse ~cave
~fail ~malfunction
~plant ~factory
~handgun ~gun ~pistol ~firearm
~fire ~blaze
finish finished finishing complete completed completing completion
reach reached reaching arrive arrived arriving arrival
faulty flawed defective
flawless flawlessly perfect perfectly
buyback buybacks repurchase repurchases repurchased repurchasing
diverted diverting siphoned siphoning embezzled embezzling misappropriated
illness illnesses sick sickened
opposed opposes opposing opposition objected objecting objection objections
arrested arresting detained detaining custody
dismissed dismissing ousted ousting sacked sacking
resigned resigning resignation quit quitting
pledged pledging promised promising vowed vowing
sponsored sponsoring sponsor introduced introducing
banned banning prohibited prohibiting barred barring
profit profits earnings
revenue revenues sales
largest biggest
remain remains remained remaining stay stays stayed staying
sparked sparking ignited igniting started starting
downed fallen toppled
""".strip().splitlines())

#: The groups as digest/senses.py reads them: every word, the mark aside (the agreements' view of
#: the same list: lang/paraphrase.py).
SENSE_GROUPS = tuple(tuple(w.lstrip("~") for w in g) for g in WORD_SENSES)

#: Phrases of one meaning written as one word before words are compared: (regex, the word). A
#: job lost is one sense whichever side tells it ("laid off 1,200 workers", "900 employees will
#: lose their jobs", "job cuts"); a machine that "broke down" failed.
PHRASE_SENSES = (
    (r"\b(?:lay|lays|laid|laying)\s+off\b|\b(?:lose|loses|lost|losing)\s+(?:their|his|her|its|your|our|the)?\s*jobs?\b"
     , "layoff"),
    (r"\b(?:break|breaks|broke|broken|breaking)\s+down\b", "fail"),
    (r"\b(?:shut|shuts|shutting)\s+down\b", "close"),
)

#: Particles of phrasal verbs, passed over between a verb and its object ("did not knock out the
#: water plant": the object is "water plant"; digest/nounneg.py). English.
PHRASAL_PARTICLES = frozenset({"out", "off", "up", "down", "away", "back", "over"})

#: Modal auxiliaries of a forecast ("would not lose", "will not close"): a forecast negated is no
#: account of what happened (digest/nounneg.py: "the team would not lose" / "the team lost").
FORECAST_MODALS = frozenset({"will", "would", "won't", "wouldn't", "won’t", "wouldn’t", "shall"})

#: Words before the figure of an elliptical reply that counts again ("the clerk said only 40 were";
#: digest/onesentence.py). English.
REPLY_COUNT_LIMITERS = frozenset({"only", "just", "merely", "about", "nearly", "some"})
