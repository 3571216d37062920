"""Words of acts one side tells and another side of the same article denies in other words (issue 15;
digest/withinreceipts.py): a thing sent to a body against the body's "received no such <thing>", a cause
denied with "not because of <it>", a reopening within a span against "stay closed for at least" a longer
one, a payment stopped on a day against paid up to a later day, a thing handed out within a span against
"received nothing for more than" a longer one. General English news usage; no topic words."""

#: Regex: a weekday or a month's day ("Wednesday", "March 3", "Sept. 8") as the within-article day rules read it
#: (digest/withinreceipts.day_order; within57: dates too). Calendar.
WEEKDAY_OR_DATE_RE = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:january|february|march|april|may|june|july|"
                      r"august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|"
                      r"oct\.?|nov\.?|dec\.?)\s+\d{1,2}(?!\d)(?:,?\s+(?:19|20)\d{2}(?!\d))?")  # a year after the date (within59)
#: Verbs of sending a thing to someone, as written in news ("wrote to the agency", "had written to the
#: agency", "sent the council a letter"); the recipient is read after "to" (or right after the verb).
SENDING_VERBS = ("wrote", "written", "writes", "sent", "send", "sends", "mailed", "emailed", "posted", "delivered", "submitted",
                 "handed", "faxed", "addressed")
#: Regex (case-insensitive): a body denies receiving a thing ("the agency had received no such letter",
#: "the company had no record of ever receiving the letter", "never received the letter", "did not receive any
#: letter"); group "thing" (the thing's noun).
RECEIPT_DENIED_RE = (r"\b(?:received\s+no\s+(?:such\s+)?|no\s+record\s+of\s+(?:ever\s+)?(?:having\s+)?(?:receiving|received|getting)\s+"
                     r"(?:the|any|a|such\s+a|that)\s+|never\s+(?:received|got)\s+(?:the|any|a|that|such\s+a)\s+|"
                     r"(?:did|does|do|had)\s+not\s+(?:ever\s+)?(?:receive|received|get)\s+(?:the|any|a|that|such\s+a)\s+)"
                     r"(?:[a-z-]+\s+)?(?P<thing>[a-z]{3,})\b")
#: Regex (case-insensitive): a cause denied in passing ("the line had stopped because a sensor ... tripped,
#: not because of a power failure", "not due to a leak"); group "cause" (the denied cause, up to four words).
NOT_BECAUSE_RE = (r"\bnot\s+(?:because\s+of|due\s+to|owing\s+to|caused\s+by)\s+(?:a|an|the|any|its|their)?\s*"
                  r"(?P<cause>[a-z-]+(?:\s+[a-z-]+){0,3}?)\s*(?:[.,;]|$)")
#: Spans in hours, for the within-article span rules ("within the first hour", "for at least four months").
SPAN_UNIT_HOURS = {"minute": 1 / 60, "minutes": 1 / 60, "hour": 1, "hours": 1, "day": 24, "days": 24, "week": 168,
                   "weeks": 168, "month": 720, "months": 720, "year": 8760, "years": 8760}
#: Verbs of a thing's being shut that a reopening answers ("the road would stay closed for at least four
#: months"); read after "stay" / "remain" / "be".
CLOSED_WORDS = ("closed", "shut", "blocked", "cut", "impassable", "out of service", "off limits")
#: Verbs of reopening a thing ("expected to reopen the road within three weeks").
REOPENING_VERBS = ("reopen", "reopened", "reopening", "reopens", "restore", "restored", "reconnect", "reconnected")
#: Regex (case-insensitive): a payment or service stopped on a day ("had stopped paying some families' hotel
#: bills on Wednesday"); groups "verb" (the -ing verb), "what" (the words between), "day".
STOPPED_ON_RE = (r"\b(?:stopped|ceased|halted|ended|cut\s+off)\s+(?P<verb>[a-z]{3,}ing)\s+(?P<what>(?:[a-z'’-]+\s+){0,5}?)"
                 r"on\s+(?P<day>" + WEEKDAY_OR_DATE_RE + r")\b")
#: Regex (case-insensitive): a thing done up to a later day ("every displaced household's hotel bill had been
#: paid up to Friday"); groups "verb" (the participle), "day".
DONE_UP_TO_RE = (r"\b(?:had|has|have|was|were|is|are)\s+(?:all\s+)?been\s+(?P<verb>[a-z]{3,})\s+(?:in\s+full\s+)?"
                 r"(?:up\s+to|until|till|through|to)\s+(?P<day>" + WEEKDAY_OR_DATE_RE + r")\b")
#: Participles of verbs whose -ing form is no stem of them ("paying" / "paid").
IRREGULAR_PARTICIPLES = {"paid": "pay", "sent": "send", "given": "give", "kept": "keep", "made": "make", "brought": "bring",
                         "held": "hold", "met": "meet", "fed": "feed", "housed": "house"}
#: Regex (case-insensitive): nothing received over a span ("they received nothing for more than three hours",
#: "got no food for at least two days"); groups "n", "unit".
NOTHING_FOR_RE = (r"\b(?:received|got|were\s+given|was\s+given|had)\s+(?:nothing|no\s+[a-z]+(?:\s+or\s+[a-z]+)?)\s+"
                  r"(?:for|in)\s+(?:more\s+than|over|at\s+least|nearly|almost)\s+(?P<n>\d{1,3}|[a-z]+)\s+(?P<unit>minutes|hours|days|weeks)\b")
#: Verbs of handing a thing out ("staff had passed water and blankets into every cabin within the first hour").
HANDING_VERBS = ("passed", "handed", "gave", "given", "delivered", "brought", "supplied", "provided", "distributed",
                 "sent", "lowered", "dropped")
#: Regex (case-insensitive): a cause denied by a verb of denial ("denied that corrosion caused the collapse",
#: "disputes that fatigue led to the crash"); group "cause" (the denied cause's noun).
DENIED_THAT_CAUSED_RE = (r"\b(?:denied|denies|deny|rejected|rejects|disputed|disputes)\s+(?:that\s+)?(?:the\s+|any\s+)?"
                         r"(?P<cause>[a-z]{5,})\s+(?:had\s+|has\s+)?(?:caused|causes|led\s+to|leads\s+to|triggered|brought\s+down)\b")
#: Regex (case-insensitive): a thing reported long before ("residents had reported cracks in the car park walls
#: to the developer as early as last March"); groups "noun" (the thing), "when".
REPORTED_EARLY_RE = (r"\b(?:reported|raised|flagged|complained\s+(?:of|about)|warned\s+(?:of|about))\s+(?:the\s+)?"
                     r"(?P<noun>[a-z]{4,})\b[^.;]{0,80}?\bas\s+early\s+as\s+(?P<when>[^,.;]{2,30})")
#: Regex (case-insensitive): a thing found on a weekday ("its own engineers had found the cracks during a routine
#: check on Monday morning"); groups "noun", "day".
FOUND_ON_RE = (r"\b(?:found|discovered|spotted|detected|noticed)\s+(?:the\s+)?(?P<noun>[a-z]{4,})\b[^.;]{0,60}?\bon\s+"
               r"(?P<day>" + WEEKDAY_OR_DATE_RE + r")\b")
#: Words of people moved out of a place ("City officials evacuated 212 residents", "340 people had been moved
#: out"): one act told in two wordings when two sides count it.
DISPLACEMENT_WORDS = ("evacuated", "evacuating", "moved out", "displaced", "relocated", "rehoused", "forced out", "forced from",
                      "ordered out", "ordered to leave", "made homeless", "cleared out")
#: Regex (case-insensitive): a named estimator puts a measure at a figure ("<Name>, a geologist ..., put the volume
#: at about 120,000 cubic meters"); group "noun" (what is measured).
PUT_MEASURE_AT_RE = r"\b(?:put|puts|putting)\s+(?:the|its|their)\s+(?P<noun>[a-z]+)\s+at\s+(?:about|around|roughly|some|nearly|almost|more\s+than|over)?\s*\d"
#: Regex: the verbs that keep a thing shut for a span, before a word of CLOSED_WORDS ("would stay closed").
KEPT_SHUT_RE = r"stay|remain|be|be\s+kept"
#: Regex: words that end a recipient's name after "wrote to <the agency> in August" (a time, a topic, a clause).
RECIPIENT_END_RE = r"\s+(?:to|in|on|at|about|for|and|with|that|by)\b"
#: Regex (case-insensitive): a side's own count set against another's ("said its own estimate was that 71,000 fish
#: had escaped", "by its own count"; digest/withinestimates.py).
OWN_ESTIMATE_RE = r"\b(?:its|their|his|her|our)\s+own\s+(?:estimate|estimates|count|counts|figure|figures|tally|calculation|records)\b"
#: Verbs of warning or messaging someone on a day ("had texted every affected customer on Sunday morning";
#: digest/withinestimates.py).
MESSAGING_VERBS = ("texted", "messaged", "emailed", "e-mailed", "phoned", "called", "warned", "alerted", "notified",
                   "informed", "contacted", "wrote to", "sent")
#: Regex (case-insensitive): nothing received before a later day ("they received no message until Monday evening",
#: "got no warning until Tuesday"); groups "thing", "day", "part".
NONE_UNTIL_RE = (r"\b(?:received|got|had|saw)\s+no\s+(?:[a-z-]+\s+)?(?P<thing>[a-z]{3,})\s+(?:until|till|before)\s+(?:late\s+|early\s+)?"
                 r"(?P<day>" + WEEKDAY_OR_DATE_RE + r")(?:\s+(?P<part>morning|afternoon|evening|night))?\b")
#: Parts of a day in their order (a message "on Sunday morning" / none "until Sunday evening").
DAY_PART_ORDER = ("morning", "afternoon", "evening", "night")
#: Regex (case-insensitive): a routine act denied ("the company had not carried out the monthly net inspections the
#: rules require"); group "noun" (the act's noun, read by its stem against another side's participle).
NOT_CARRIED_OUT_RE = (r"\b(?:had|has|have|did|does|do)\s+not\s+(?:carried\s+out|carry\s+out|conducted|conduct|done|do|made|make|"
                      r"performed|perform|held|hold|completed|complete)\s+(?:the|any|its|their)\s+(?:[a-z-]+\s+){0,3}?"
                      r"(?P<noun>[a-z]{5,}(?:ions|ion|ments|ment|s))\b")
#: Regex (case-insensitive): a side's own member denied ("The <man> taken to hospital on Monday was not one of our
#: customers"); group "group".
NOT_ONE_OF_OURS_RE = r"\b(?:was|is|were|are)\s+not\s+(?:one\s+of\s+)?our\s+(?P<group>[a-z]{4,})\b"
#: Regex (case-insensitive): the links of a passive before its participle ("had been inspected"; digest/withinestimates.py).
PASSIVE_LINKS_RE = r"been|was|were|is|are"
#: Regex (case-insensitive): a side says nobody was hurt ("Glidewell has said no one was hurt"; digest/withinrecords.py).
NO_ONE_HURT_RE = (r"\b(?:no[\s-]one|nobody)\s+(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:seriously\s+)?"
                  r"(?:hurt|injured|harmed|wounded)\b")
#: Regex (case-insensitive): a person told hurt ("a rider was taken to hospital with burns", "treated for smoke
#: inhalation", "was injured"; digest/withinrecords.py).
SOMEONE_HURT_RE = (r"\b(?:taken|rushed|flown|admitted)\s+to\s+(?:a\s+|the\s+)?hospital\b|\bhospitali[sz]ed\b|"
                   r"\btreated\s+for\s+(?:burns|injuries|cuts|smoke)\b|\bwith\s+(?:burns|injuries|cuts|a\s+broken)\b|"
                   r"\b(?:was|were|been)\s+(?:seriously\s+|badly\s+|slightly\s+)?(?:hurt|injured|wounded)\b")
#: Regex (case-insensitive): a credential held ("All of our batteries are certified to the highest standard");
#: group "cred" (digest/withinrecords.py).
CREDENTIAL_HELD_RE = (r"\b(?:is|are|was|were|been|remains?)\s+(?:fully\s+|properly\s+|all\s+)?"
                      r"(?P<cred>certified|accredited|licensed|registered|approved|insured)\b")
#: Regex (case-insensitive): a credential's lapse ("The supplier's certificate under the <X> standard lapsed in
#: March", "its licence had expired"); group "noun" (digest/withinrecords.py).
CREDENTIAL_LAPSED_RE = (r"\b(?P<noun>certificat(?:e|es|ion)|accreditation|licen[cs]e|registration|approval|insurance)\b"
                        r"(?:\s+[A-Za-z’'-]+){0,6}?\s+(?:had\s+|has\s+)?(?:lapsed|expired|ran\s+out|been\s+revoked|"
                        r"was\s+revoked|was\s+withdrawn|was\s+suspended|was\s+cancelled)\b")
#: Regex: one side's account of who told something denied by another side: "learned of the fire \"from a resident's
#: video, not from <Name>\""; group "who" (digest/withinrecords.py).
NOT_FROM_RE = r"\bnot\s+(?:from|by)\s+(?P<who>[A-Z][A-Za-z’'-]+)"
#: Regex (case-insensitive): a thing another side blamed told working as meant ("the update had worked as designed");
#: group "noun" (digest/withinrecords.py).
WORKED_AS_MEANT_RE = (r"\bthe\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{4,})\s+(?:had\s+|has\s+)?(?:worked|functioned|performed|operated)\s+"
                      r"(?:as\s+(?:designed|intended|it\s+should|expected)|properly|correctly|normally)\b")
#: Regex (case-insensitive): a side says when it first knew of a thing ("has said it first learned of the problem on
#: Oct. 12"); groups "noun", "day" (digest/withinrecords.py).
FIRST_LEARNED_RE = (r"\bfirst\s+(?:learned|learnt|heard|knew|became\s+aware|was\s+told|were\s+told)\s+(?:of|about)\s+(?:the\s+|a\s+|its\s+)?"
                    r"(?P<noun>[a-z]{4,})\b[^.;]{0,40}?\bon\s+(?P<day>" + WEEKDAY_OR_DATE_RE + r")\b")
#: Regex (case-insensitive): a warning told on a day ("an engineer warned colleagues that the camera was \"catching far
#: too many drivers\" on Sept. 28"); groups "verb", "day" (digest/withinrecords.py).
WARNED_ON_RE = (r"\b(?P<verb>warned|alerted|flagged|emailed|complained|reported|raised)\b[^.;]{0,120}?\bon\s+(?P<day>"
                + WEEKDAY_OR_DATE_RE + r")\b")
#: Acts of a thing that one event noun counts ("three of them caught fire" / "attended seven fires"; digest/withinrecords.py).
ACT_EVENT_NOUNS = {"caught fire": "fires", "burst into flames": "fires", "exploded": "explosions", "crashed": "crashes",
                   "derailed": "derailments", "collapsed": "collapses"}
#: Regex: a speaker relays another body's figure right after giving their own ("We estimate that about 11 tonnes went
#: into the sea. Kestrel has told us 2 tonnes."); group "who" (digest/withinrecords.py).
RELAYED_FIGURE_RE = (r"^(?P<who>[A-Z][A-Za-z’'-]+(?:\s+[A-Z][A-Za-z’'-]+){0,3})\s+(?:has\s+|have\s+|had\s+)?(?:told|given|sent)\s+"
                     r"(?:us|me|the\s+[a-z]+)\s+(?:a\s+figure\s+of\s+)?(?:about\s+|around\s+|only\s+|just\s+)?\d")
