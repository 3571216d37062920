"""Page furniture: what a news web page holds besides the news.

Share buttons, newsletter prompts, copyright lines (seed articles' web pages), photo captions,
agency credits and bylines (news web pages, issue 14), and the wording of model summaries about
the text itself (FaithBench outputs in devdata/faithfulness). Used by chunk.py and verify/.
"""

from __future__ import annotations

from .time import MONTHS, WEEKDAYS

#: Regex: an embedded post's signature on the line after it, as social sites print it ("— Jane Doe (@janedoe)
#: February 9, 2026"): the post above is hers (attribution/labels.py), the line itself no claim (chunk.py; lead35).
POST_SIGNATURE_RE = (r"\s*(?:[―—–]|--?)\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s*\(@\w{1,30}\)"
                     r"(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?\s*")
#: Regex: an HTML character reference ("&amp;", "&quot;", "&#8217;", "&#x2019;"): a text with two or more was copied
#: out of a page's source and is read as the characters they stand for (load.py; lead35).
HTML_ENTITY_RE = r"&(?:amp|quot|apos|lt|gt|nbsp|[lr]squo|[lr]dquo|mdash|ndash|hellip|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});"
#: Regex: the nouns a story calls itself by in an editor's note ("this article was amended", "a version of this story").
STORY_NOUNS_RE = r"article|story|report|piece"

#: Regex: a fact check's "CLAIM: " label before the sentence that says who made the claim ("CLAIM: Councillor
#: Jane Doe said in a video that ...", "Claim: Posts on social media say ..."): the outlet's label, no speaker;
#: the sentence is read without it (genre45). With no saying verb after it ("Claim: The dam is leaking.") the
#: label is left as it was read (the claim is not the outlet's).
CLAIM_LABEL_RE = (r"\s*(?i:claims?|the\s+claim)\s*:\s+(?=[^\n.?!]{0,160}?\b(?:said|says|claimed|claims|wrote|writes|posted"
                  r"|posts|stated|states|told|tweeted|argued|argues|alleged|alleges|suggested|suggests|shared|insisted)\b)")

#: Regex: the labels of a diet fact box's lines ("Breakfast - Porridge ..."; FURNITURE_LINE_STARTS; real49).
MEAL_LABELS_RE = "breakfast|lunch|dinner|supper|snacks?|drinks|dessert|pudding|tea"

#: Regexes (case-insensitive) for the start of a line that is page furniture, not news: share
#: buttons, newsletter prompts, comment disclaimers, copyright lines (seed articles' web pages).
FURNITURE_LINE_STARTS = (
    r"scroll down for (the )?(?:videos?|more)(?!\s*[a-z])", r"the comments posted here are not from", r"kindly refrain from using",
    r"(share|tweet|email|print) (this|on)\b", r"share this (article|story)",
    r"(sign up|subscribe)\b.{0,60}\b(newsletter|updates|alerts)", r"click here\b", r"follow us on\b",
    r"follow @\w",
    # a pointer to the subject's account closing a story ("You can follow her on Twitter."; real50, a CNN photo essay)
    r"(?:you\s+can\s+)?follow\s+(?:him|her|them|me)\s+on\s+(?:twitter|instagram|facebook|tiktok|x)\s*[.!]?\s*$",  # "Follow @KestrelDesk on Twitter for more news ..." (a desk's handle; read23)
    r"advertisement\s*$", r"read (?:more|this|next|also)\s*:", r"related (articles|stories|coverage)\s*:?",
    r"(all )?rights reserved", r"copyright ©?", r"©",
    r"media playback is (not supported|unsupported)\b",  # an embedded player's notice (BBC pages)
    # an embedded player's notice before a clip's time and title ("Please use Firefox browser for a smoother video
    # player 2:10 <clip title>"; read39, a news page): the line is the player's, no claim of the story
    r"please (?:use|switch to|update|try) (?:an? |the |your )?(?:[\w-]+ ){0,2}browser\b",
    # a story's credits: "CNN's Jane Doe reported from Paris, and John Roe wrote from Atlanta."
    # (also two names and a place of two or three words: "CNN's Jane Doe and John Roe reported from New Delhi, and ..."; real49)
    r"(?-i:(?:[A-Z][\w.]*['’]s\s+)?[A-Z][\w'’.-]+(?:\s+(?:and\s+)?[A-Z][\w'’.-]+){1,5})\s+(?:reported|wrote)\s+from\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}(?:,\s+(?-i:[A-Z])[\w'’.-]+)?\s*(?:[.,]|$)",
    r"you can (listen|watch) (again|live|back)\b",  # a broadcaster's promotion of its programme
    # a pointer to the outlet's other pages: "For more reports from X, click here." (read20, a BBC page)
    r"for more\b[^.!?]{0,80},\s*(?:click|tap|go)\s+here\b",
    # a link's pointer: "If you want more detail ..., the full report can be read here." (lead36, a BBC page)
    r"[^.!?]{0,200}\b(?:can|may) be (?:read|found|seen|viewed|watched|downloaded|heard)(?: in full)? here\s*[.!]?\s*$",
    r"for more on this (subject|story)\b",
    # a pointer to the page's gallery ("Click on the images below to see how ..."; real55, a CNN page)
    r"(?:click|tap) (?:on )?(?:the )?(?:photos?|images?|pictures?|gallery|slideshow|videos?|links?) (?:above|below)\b",  # "For more on this subject watch Local Matters on Channel 9 ..."
    r"here['’]s what (?:we|you) (?:know|need to know)\b",  # a signpost to what follows, no news (read31, a CNN page)
    # a signpost closed by a colon and nothing after it ("Here's how it's unfolding: ."; real50, a CNN page)
    r"here['’]s (?:how|what|why|where|when|who)\b[^.!?:]{0,60}:\s*\.?\s*$",
    # (or of a guide: "Here's a quick look at the <vote> and the <candidates>: ."; real52)
    r"here(?:['’]s| is) (?:a|an|the|our) (?:[\w-]+ ){0,2}(?:breakdown|look|guide|rundown|recap|primer|timeline|roundup|round-up|list|summary)\b[^.!?:]{0,80}:\s*\.?\s*$",
    # a call for readers' material ("Share your photos with <Outlet> iReport."; real50): the outlet's, no news
    r"(?:share|send|submit|upload) (?:us )?your (?:own )?(?:photos|pictures|videos|stories|images|footage)\b",
    # a press review's standfirst ("What the newspapers in Norvan are saying on Wednesday."; genre45): a signpost
    r"what (?:the )?(?:[\w'’-]+ ){0,4}(?:are|is|were) (?:saying|writing|reporting)(?: (?:on|about|this|today)\b[\w ,'’-]{0,40})?\.?\s*$",
    r"see the (original|full) (story|article|report)\b",  # a syndicated story's pointer to its source
    # an interview's note on its own text ("Below is an edited version of the talk.", "What follows is a condensed
    # transcript."; real52): the outlet on its page, no news
    r"(?:below|above|what follows|the following) is an? (?:lightly |slightly )?(?:edited|condensed|shortened|abridged)(?: and (?:edited|condensed|shortened))? (?:version|transcript|excerpt|extract)\b[^.!?,]{0,60}[.:]?\s*$",
    # a pointer to the outlet's own pages ("Follow our live page for the latest travel updates."; genre46, a weather
    # warning): an imperative with "our" and a page of the outlet, no news ("Follow the river ..." is none)
    r"(?:follow|read|watch|see|visit|check|get)\s+(?:out\s+)?our\s+(?:[\w-]+\s+){0,2}(?:page|blog|coverage|updates|feed|app|website|site)\b",
    # a print newspaper's edition note ("A version of this story appeared in print on <date>, on page
    # <X> of the <city> edition with the headline: ..."; read11a, a BASIL story)
    r"a version of this (article|story|review|column) (appears|appeared) in print\b",
    # a link to the outlet's section ("More from Africa View ."; CNN pages, read12a): capitalised words only
    r"more from(?:\s+(?-i:[A-Z])[\w'’&-]*){1,4}\s*[.:]?\s*$",
    r"(?!" + CLAIM_LABEL_RE + r")(?-i:[A-Z]{2,5}):\s+['‘“\"]?(?-i:[A-Z])",  # a link to the outlet's other story ("ABC: 'Film' wins release ...")
    # a press release's furniture (lead35): its slug, its legal notice and its contact lines
    r"for immediate release\s*$", r"(?:cautionary (?:note|statement) regarding )?forward-looking statements?\s*[:.]",
    r"(?:media|press|investor) (?:contacts?|enquiries|inquiries)\s*:", r"actual results (?:may|could) differ materially\b",
    POST_SIGNATURE_RE + r"$",  # an embedded post's signature line ("— Jane Doe (@janedoe) February 9, 2026"; lead35)
    r"pic\.twitter\.com/\w+\s*$",  # an embedded post's picture link left alone
    # a diet fact box's line ("Breakfast - Porridge with fruit.", "Snacks - Two bags of crisps."; real49, a weight-loss
    # story): a meal's label, a spaced dash and a verbless list of food, what a box beside the story holds
    r"(?:" + MEAL_LABELS_RE + r")\s+[-–]\s+(?-i:[A-Z])(?![^.!?]*\b(?:is|are|was|were|has|have|had|said|says|will|would|\w+ed)\b)[^.!?]{0,90}[.!]?\s*$",
    # a chart's legend under it ("(% denotes share of voters who ...)", "* indicates a player on loan"; real49, a news
    # page's table note): what a symbol of the table means, no news
    r"\(?\s*(?:%|\*+|†|‡)\s*(?:denotes|indicates|means|shows)\s",
    # a TV or events listing's line ('"<Title>," 9 p.m. ET Sunday, <Channel> .', '"<Title>," Friday, <Service> .'; real50,
    # a "shows to watch this week" list): a quoted title, then only a time, a day and a channel; no verb, no news
    r"[\"“][^\"”]{1,80}[\"”],?\s+(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s+(?:(?-i:[A-Z]{1,3}T)\s+)?)?(?:"
    + "|".join(WEEKDAYS) + r")s?\s*,\s+(?-i:[A-Z])[\w&+.!'’-]*(?:\s+(?-i:[A-Z])[\w&+.!'’-]*){0,2}\s*[.!]?\s*$",
)

#: Regex: a caption's closing credit ("... has found (file photo)"; chunk.py; DailyMail pages).
CAPTION_CREDIT_RE = r"\((?:file|stock|library) (?:photo|picture|image|pic)\)"

#: Regex: the position words of a photo caption's mark ("(pictured)", "(left)"); also cut from a
#: source's name ("Cllr Jo Kerr (pictured) said"; attribution/name_kinds.clean_name; the lead, session 25).
CAPTION_POSITIONS_RE = "left|right|centre|center|pictured|above|below|inset"
#: Regex: such a mark in brackets after a name ("Ian Wade (pictured)", "Parker ( left )").
CAPTION_MARK_RE = r"\s*\(\s*(?:" + CAPTION_POSITIONS_RE + r")\s*\)"
#: Regex: a photo caption's "pictured" mark in a sentence ("... at Leeds Crown Court, pictured.", "Ian Wade (pictured) ..."):
#: the sentence is the page's caption, never a speaker's words (attribution/analysis.py; read31, a DailyMail page).
CAPTION_PICTURED_RE = r",\s*pictured\b|\(\s*pictured\s*\)"
#: Regex: a web page's photo caption closed by a stop set apart from its last word ("... as the boat sank ."),
#: as scraped Daily Mail pages close them; a sentence so closed with no quotation mark of its own inside a
#: quotation the page left open is the page's caption (attribution/labels.spaced_stop_caption; read34).
CAPTION_SPACED_STOP_RE = r"[A-Za-z0-9)’'][ \t]+\.$"
#: Regex: a tokenized text ("`` ... ''", "-LRB-", a "n't" split off), where every sentence ends in a spaced stop.
TOKENIZED_TEXT_RE = r"``|''|-LRB-|-RRB-|\s+n't\b|\w\s+'s\b"
#: The Penn Treebank's bracket tokens and the brackets they stand for ("-LRB- CNN -RRB-"; detokenize.py).
PTB_BRACKETS = {"lrb": "(", "rrb": ")", "lsb": "[", "rsb": "]", "lcb": "{", "rcb": "}"}
#: Regex: the clitics a tokenizer splits off the word before ("the mayor 's", "they 're"; detokenize.py).
SPLIT_CLITICS_RE = r"'(?:s|re|ve|ll|d|m)"
#: Regex: a caption's closing position mark ("... were flooded by the storm (pictured)"): glued to a
#: capital after it, the caption ends there and the next sentence is news (chunk.py; read19, a
#: DailyMail page; not "Jane Doe (left) and Ann Roe ...", where a lower-case word follows).
CAPTION_POSITION_END_RE = r"\((?:not\s+)?(?:" + CAPTION_POSITIONS_RE + r")\)"  # (and "(not pictured)": read31)

#: Regex: a photo credit in brackets right after a sentence on its line ("Firefighters at the scene on Monday.
#: (Photo: Jane Roe/The Herald)"): the sentence before it is the photo's caption (chunk.py; lead35).
CAPTION_CREDIT_AFTER_RE = r"[ \t]*\((?:photo|picture|image|photograph|credit)s?(?:\s+by\b|\s*:)"
#: Regex: an agencies' credit of names joined by slashes, alone after a sentence at the end of its line ("The crater's
#: rim at dawn. NASA/ESA/J. Roe of LabX"; chunk.py; real49, a science page's photo captions): that sentence is the
#: photo's caption. Capitalised parts only, two or more ("Police/fire crews said ..." is a sentence).
CAPTION_SLASH_CREDIT_AFTER_RE = (r"[ \t]+(?-i:[A-Z][\w.'’&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w.'’&-]*)*)"
                                 r"(?:/(?-i:[A-Z][\w.'’&-]*)(?:[ \t]+(?:of[ \t]+)?(?-i:[A-Z])[\w.'’&-]*)*)+[ \t]*(?=\n|$)")

#: Regex: a caption's credit glued to its last word, as scraped from a news page ("..., in December at
#: the Capitol.CreditJane Roe/Reuters"; chunk.py; read11b, a BASIL story from the New York Times).
GLUED_CREDIT_RE = r"(?-i:[.)]Credit\s?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*/\s*[A-Z])"

#: Regexes for furniture that may stand anywhere in a line ("(Agency) – All rights reserved"; seed).
FURNITURE_ANYWHERE_PHRASES = (
    r"all rights reserved", r"the comments posted here are not from", r"scroll down for (the )?(?:videos?|more)(?!\s*[a-z])",
    r"sign up for our newsletter", r"share this (article|story)", r"contributed (reporting )?to this (report|story|article)",
    r"\bcontributed reporting (?:from|in)\s+(?-i:[A-Z])",  # a credit: "Jane Doe contributed reporting from Tokyo" (read12a)
    r"\bwrote this (?:report|story|article) from\s+(?-i:[A-Z])",  # a credit: "..., and Jane Doe wrote this report from Atlanta" (real49)
    r"\bfollow @\w+ on (?:twitter|x|instagram|facebook|threads)\b",  # a desk's handle glued to the line before it (lead36)
    r"(some )?viewers may find (this |it |them |some )?(upsetting|distressing|disturbing)",  # a video warning
    r"(?:we are|we['’]re) not (?:currently )?accepting comments\b",  # a page's comment notice (read31, a DailyMail page)
    r"comments (?:are|have been) (?:closed|disabled) (?:on|for) this (?:article|story)",
    # an editor's note on the story itself: "An older version of this piece gave ...", "This story has been
    # updated to correct ...", "This article was amended on <date> ..." (lead35): the page's, no news of the event
    r"\b(?:an?\s+)?(?:earlier|previous|original|prior|older)\s+version\s+of\s+this\s+(?:" + STORY_NOUNS_RE + r")\b",
    r"^\W*this\s+(?:" + STORY_NOUNS_RE + r")\s+(?:has\s+been|had\s+been|was|is\s+being)\s+(?:updated|amended|corrected|changed|edited|revised)\b",
    CAPTION_CREDIT_RE,  # a photo caption ("... (file photo)")
    GLUED_CREDIT_RE,  # a photo caption and its credit run together ("... at the Capitol.CreditJane Roe/Reuters")
    # a fixture list's line, a whole sentence: "Dock United (away) - May 4 ." (read34, a sports page)
    r"^\s*(?-i:[A-Z])[\w.'’ -]{0,40}\((?:home|away)\)\s*(?:[-–]\s*)?(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}\s*\.?\s*$",
)

#: Imperatives of a promotion ("Sign up for our newsletter. Explore the universe with news on
#: ..."): after a furniture sentence on the same line, a sentence opening with one is furniture
#: too (chunk.content_sentences; news web pages).
PROMO_IMPERATIVES = frozenset("""explore discover get stay join download watch listen follow read sign subscribe
catch find enjoy learn""".split())

#: Regex (case-insensitive, verbose): photo captions ("X (left) alongside Y", "... poses after
#: ...", "Photo: ...", agency credits; news web pages, issue 14). "pose(s)/posing" with "as" or an object
#: after it is news, no caption ("sent an officer to pose as a buyer during ...", "could pose a danger to
#: ... during ..."; read23). "<Name> (pictured) was tending a lamb when ..." is news with a verb after the mark,
#: no caption (read26).
#: ("was/were/had been pictured with ... in 2015": a past event told, no caption; real46)
#: ("She was also pictured chatting to <Name> at ...", "she stopped to pose with <Name>": a past event told; real50)
#: A position word set off by commas after a capitalised word, then a verb or another name: "<Name>, right, was shot
#: by <Name2>, left," (a Daily Mail caption; real47's Left, real48); not "Main Street, left, and then right".
CAPTION_RE = r"""
      \((?!pictured\)\s+(?:was|were|is|are|has|had|will|would|said|says|told)\b)(?:far\ |second\ |third\ )?(?:left|right|centre|center|middle|pictured|top|bottom|above|below|inset|front|back)
          (?:\ and\ (?:left|right|centre|center))?\)
    | \b(?:(?<!was\ )(?<!were\ )(?<!been\ )(?<!was\ also\ )(?<!were\ also\ )(?<!been\ also\ )pictured|(?<!to\ )(?<!a\ )(?:poses?|posing)(?!\ (?:as|an?|the|no|any|little|real|serious|significant|such|questions?|problems?|threats?|risks?|dangers?|challenges?)\b))\b
      [^.]{0,60}\b(?:after|with|for|during|alongside|at|outside|in\ front\ of|ahead\ of)\b
    | ^\W*(?:photo|picture|image|video|photograph|credit|source)s?(?:\ credit)?\s*[:|/]
    | ^\W*(?![a-z]*(?:mmed|hmed|amed|eed|[^e]aled):)(?!updated:)[a-z]{4,}ed:\s  # a participle label ("Pictured: ...", "Sentenced: ..."), not "Ahmed:" (nor "Updated:", a byline's)
    | \b(?:getty\ images|afp/getty|ap\ photo|pa\ wire|pa\ media|shutterstock)\b
    | (?-i:\b[A-Z][\w'’-]+),\ (?:far\ )?(?:left|right|centre|center|top|bottom|above|below)\ ?,\s+  # "<Name>, right, was shot ..." (real48)
      (?:(?-i:is|was|are|were|has|had|and\ [A-Z]|with\ [A-Z])|(?-i:[a-z]+(?:ed|es|s)))\b
"""

#: Regex (case-sensitive): an agency photo credit, "REUTERS/Jane Doe" (not "Reuters/Ipsos").
AGENCY_CREDIT_RE = r"\b(?:REUTERS|EPA|AFP|AP|PA)/[A-Z]"

#: Regex: a news agency's tag in brackets ("(CNN)", "(Reuters)", "(AP)"; news wire style): a capitalised
#: word or up to three (attribution/reading_copy.py blanks it before a sentence; session 15).
WIRE_TAG_RE = r"\([A-Z][A-Za-z.&]{1,15}(?:\s[A-Z][A-Za-z.&]{1,15}){0,2}\)"

#: Regex: a city in mixed case and a wire tag right after it ("Marlow (CNN)", "Velmora (AP)"): a dateline when the
#: tag is glued to the first word or a dash follows it (DATELINE_RE, attribution/reading_copy.py; read22).
WIRE_PLACE_RE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*\([A-Z][A-Za-z.&]{1,15}\)"

#: Regex: a live blog's time stamp opening a line ("09:12 - Firefighters are ...", "2.45pm: Police said ...",
#: "14:05 GMT | The ministry ..."): an entry's label, not the start of its first sentence (chunk.py skips
#: it as it skips a "Published: 2024-05-01" label). A separator and a space must follow the time, so a
#: number opening a sentence ("9.5% of voters ...", "10.30am was the deadline") is not one; a clock time with a
#: colon needs only a space before a capital ("09:12 The river has ...", genre40: "12:30 was the deadline" has
#: none). An entry's "UPDATE:" / "BREAKING:" label after the time is the label's too ("10:05 UPDATE: The council").
LIVE_TIMESTAMP_RE = (r"\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT|local time))?"
                     r"\s*(?:[-–—|:]|--)\s+|\d{2}:\d{2}[ \t]+(?=[A-Z“\"]))(?:(?:UPDATE|UPDATED|BREAKING|Update|Breaking):\s+)?(?=\S)")

#: Regex: a list's bullet or a bold mark opening a line ("- Police said ...", "• Two crew members were
#: hurt.", "* Officials said ...", "**Residents say ...?**"; an explainer's "what we know" list, an
#: interview's bold questions): a marker, not the first word of a sentence (chunk.py skips it as it skips
#: a live blog's time stamp; wild21). A bullet needs a space after it, so "-5C was the low" is untouched; a round or
#: square bullet glued to a capital is one too ("•They consisted of ...": a fact box's line; real47).
LINE_MARKER_RE = r"[ \t]*(?:[-•*▪◦]\s+(?=\S)|[•▪◦](?=[A-Z“\"])|\*\*(?=\S)|__(?=\S))"

#: Regex: the date in a dateline after its place (", Aug. 8", " Oct 4"; news wire style; also
#: attribution/frame_shapes.DATED_DATELINE); day first in British and international wire copy
#: ("KORVAL, 4 March (Tarvo) - "; intl38); a press release's carries the year ("SAN MERIDA, Calif., June 3,
#: 2025 -- "; genre39).
DATELINE_DATE_RE = r",?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"

#: Regex: a wire dateline opening an article's first sentence: "LONDON (Reuters) – ", "WASHINGTON — ",
#: "FLINT, Mich., Oct. 4 (UPI) -- ": a place in capitals, optional state/date and agency, a dash;
#: or a wire tag alone: "(CNN)Jane Doe was ...", "(Reuters) - The bank ..." (news wire style).
DATELINE_RE = (r"\s*[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.]*\.?)?(?:" + DATELINE_DATE_RE + r")?"
               r"\s*(?:\([^)]{1,40}\))?\s*(?:--|[–—―-]-?)\s+(?=[A-Z“\"])"  # ("DANVILLE, Ky. –- ": a dash and a hyphen)
               r"|\s*" + WIRE_TAG_RE + r"\s*(?:(?:--|[–—―-])\s+)?(?=[A-Z“\"])"
               # a place in mixed case before the wire tag: "Marseille, France (CNN)The ...", "Abu Dhabi, United Arab Emirates (CNN)"
               r"|\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s*\([A-Z][A-Za-z.&]{1,15}\)"
               r"\s*(?:(?:--|[–—―-])\s+)?(?=[A-Z“\"])"
               # a city alone before a tag glued to the first word: "Marlow (CNN)It's ...", "Velmora (CNN)Ada Quist ..."
               # (read22; glued or a dash, never a space: "Arbor (ARBR) shares fell" opens with a ticker)
               r"|\s*" + WIRE_PLACE_RE + r"(?:(?=[A-Z“\"])|\s*(?:--|[–—―-])\s+(?=[A-Z“\"]))"
               # the same in a PTB-tokenized corpus: "-LRB- CNN -RRB- The ...", "Sanaa , Yemen -LRB- CNN -RRB- As ..."
               r"|\s*(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*)?-LRB-\s*[A-Z][A-Za-z.&]{1,15}\s*-RRB-"
               r"\s*(?:(?:--|[–—―-])\s+)?(?=[A-Z“\"`])")

#: Regex (verbose): bylines and datelines of a web page ("By Jane Doe, Political Editor").
BYLINE_RE = r"""
      ^\W*[Bb]y\s+(?!(?i:""" + "|".join((*WEEKDAYS, *MONTHS)) + r""")\b)  # "By Friday, 500 people had fled": a time (fields9)
      [A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s*(?:,|\||$|and\s+[A-Z]|for\s+[A-Z])
    | \b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional\ reporting)\ by\ [A-Z]
    | ^\W*(?:[Pp]ublished|[Uu]pdated|[Ll]ast\ updated)\b
      (?!\s*:\s*(?=(?:\S+\s+){7})[^\d\n]*?\s[a-z]{3,}\s)  # not a label before a sentence of news ("Updated: Jane Doe on Sunday tried ...")
"""

#: Words of model summaries about the text rather than the news ("Here is a concise summary of
#: the passage:"; FaithBench's model outputs, dev data).
META_WORDS = frozenset("""article articles summary summaries text passage story piece overall additionally
furthermore concise brief short provided given following key main points point details information""".split())

#: Regex: openers of a sentence about the summary itself ("Here is a summary:"; FaithBench outputs).
META_OPENERS_RE = r"here\s+(?:is|are)|below\s+is|the\s+following|in\s+summary|to\s+summari[sz]e|summary\s*:"

#: Regex: the date an editorial label may carry before its colon ("Correction, Nov. 14: ", "Update (May
#: 3, 2025): ", "Clarification, 2025-11-14: "; news web pages; wild21).
#: digest58: a clock time after the date, or alone ("UPDATE, June 16, 4:40 p.m.: ", "Update, 9:05 a.m.: "; an update notice).
EDITORIAL_LABEL_DATE_RE = (r"(?:,?\s*\(?(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?"
                           r"|\d{4}-\d{2}-\d{2})(?:,?\s*\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm))?"
                           r"|\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm))\)?)?")

#: Editorial labels that open a paragraph with a colon like a transcript's speaker ("CORRECTION:
#: This article originally said ...", "UPDATE: ...", "Editor's note: ..."): the outlet speaks
#: (attribution/labels.py; news web pages). Also an outlet's tags on a story ("EXCLUSIVE: ...",
#: "BREAKING: ...", "FIRST ON FOX: ..."; read18's d1, left19): the outlet's label, no speaker. And a fact
#: check's verdict ("VERDICT: False.", "Rating: Mostly false."; genre45).
EDITORIAL_LABELS = frozenset("""correction corrections clarification update updated updates editor's editor’s
note watch related read photos video exclusive breaking developing first""".split()) | frozenset("""verdict verdicts rating ruling""".split())

#: Regex (case-insensitive): a byline's promotion that is no news ("Follow Jane Doe on Twitter
#: @janedoe", "You can follow X on Twitter and Facebook."; read20; a transcript page may set it
#: inside its quotation marks). Dropped as a claim only
#: (chunk.content_sentences): quotation tracking still reads its marks (news web pages).
BYLINE_PROMO_RE = r"\W{0,2}(?:you\s+can\s+(?:also\s+)?)?follow\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}on\s+(?:twitter|facebook|instagram)\b"


#: Regex (case-insensitive): a sign-off or courtesy that opens a sentence, in a quotation or not
#: ("I would also like to thank my staff ...", "Thank you so much", "God bless Texas", "It's been an
#: honor and a privilege to serve"): no claim (GUIDELINES §14; BASIL resignation statements).
#: Thanks "for" a deed ("thank the council for approving the bridge") are kept (picks.is_claim_text).
COURTESY_RE = (r"(?:(?:i|we)(?:\s+(?:would|'d|’d)(?:\s+also)?\s+like\s+to|\s+(?:also\s+)?want\s+to|\s+also)?\s+thank\b"
               r"|thank\s+you\b|thanks\s+(?:to|for)\b|(?:may\s+)?god\s+bless\b"
               r"|it(?:'s|’s|\s+has)\s+been\s+(?:an?\s+)?(?:honou?r|privilege|pleasure)\b)")

#: Regex: an embedded social-media post's byline line: a display name, perhaps a direction mark, its
#: @handle and perhaps the post's age ("Jane Doe ‏@janedoe", "Tom Roe MBE @tomroe 15m"; news pages that
#: embed posts, read26): the paragraph after it is the post, the named account's words.
POST_BYLINE_RE = (r"\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s*[\u200e\u200f]?\s*@\w{1,30}"
                  r"(?:\s+\d{1,2}\s?(?:s|m|h|d|min|mins|hrs?))?\s*")
#: Regex: the marks that carry a post over to the next paragraph ("... their chosen profession..." then
#: "...before they feel ..."; read26).
POST_CARRY_RE = r"(?:\.\.\.|…)"

#: Regex: the end of a wire page's inline link headline: a word, a space, then the full stop ("... Read the
#: full ruling . The hearing ..."; CNN pages, read26; read19-read22 left them as claims). Only in
#: a story whose opening holds a wire tag (chunk.content_sentences): a Daily Mail page ends its own
#: sentences the same way.
LINK_HEADLINE_END_RE = r"[A-Za-z0-9'’)]\s\.\s*$"
#: Regex: verbs of saying after a name that a caption's quoted words run into with no stop ("... is also 'a dreamer
#: at heart' Bo also said ..."): the caption's sentence ends at its closing mark (chunk.py; read34).
GLUED_NAME_SAID_RE = r"said|says|told|added|wrote"
