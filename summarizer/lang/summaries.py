"""Words for the checks on a model's summary sentences (summarizer/summary_sources.py; session 32). English grammar."""

from __future__ import annotations

#: Cue words whose content is no statement the source makes: a request or an order ("asked pupils to ..."), a
#: question, a charge brought ("were charged with ..."), what a court or jury heard (the evidence's speaker is
#: someone else), a name given ("called it ..."). A summary sentence that restates such content is not "according
#: to" the cue's subject.
NOT_STATEMENT_CUES = frozenset("""ask asks asked asking request requests requested urge urges urged instruct instructs
instructed implore implored beg begged order orders ordered charge charges charged hear hears heard call calls called
obvious wonder wonders wondered""".split())
#: First-person words: a summary sentence holding them is a speaker's words, not a statement to cite.
FIRST_PERSON_WORDS = frozenset("i i'm i've i'd i'll me my mine we we're we've we'd we'll us our ours".split())
#: Regex: phrases that already cite a source in a sentence ("according to", "in the words of", "by the account of").
CITING_PHRASES_RE = r"\baccording\s+to\b|\b(?:in|by)\s+(?:the\s+)?(?:words|account|view)\s+of\b"
