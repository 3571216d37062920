"""Session 31, the lead: three digest faults robust35 found in outputs it did not own (the digest's
pages): one article's footer read "1 articles"; two files of the same name in different folders
were both labelled "the article (x.txt)" in the HTML digest; a right-to-left override in an
article still turned a claim's line around in the browser (the terminal and Markdown already drop it)."""

from __future__ import annotations

from summarizer.digest.html import _outlet_names, render_html
from summarizer.digest.htmltext import esc
from summarizer.digest.markdown import digest_markdown
from summarizer.digest.schema import Digest

from tests.test_align import run


def _digest(*texts: str) -> Digest:
    arts, al = run(*texts)
    return Digest(summary="s", articles=arts, storylines=al.storylines, agreements=al.agreements,
                  conflicts=al.conflicts, timeline=[], quantities=[], events=al.events, model="rules")


def test_one_article_footer_is_singular():
    md = digest_markdown(_digest("Flood\n\nThe river flooded the lower town of Bramwick on Sunday, officials said.\n"))
    footer = md.rstrip().splitlines()[-1]
    assert footer.startswith("*1 article · "), footer
    two = digest_markdown(_digest("Flood\n\nThe river flooded Bramwick on Sunday.\n",
                                  "Flood again\n\nThe river flooded Bramwick on Sunday, police said.\n"))
    assert two.rstrip().splitlines()[-1].startswith("*2 articles · ")


def test_same_file_names_in_two_folders_are_told_apart():
    names = _outlet_names({"a1": "in/north/x.txt", "a2": "in/south/x.txt", "a3": "in/y.txt"})
    assert names == {"a1": "north/x.txt", "a2": "south/x.txt", "a3": "y.txt"}
    # one folder deeper alike: the first folder that differs is kept
    deep = _outlet_names({"a1": "p/q/r/x.txt", "a2": "s/q/r/x.txt"})
    assert deep == {"a1": "p/q/r/x.txt", "a2": "s/q/r/x.txt"}
    # a single file keeps its bare name
    assert _outlet_names({"a1": "/tmp/x.txt"}) == {"a1": "x.txt"}


def test_the_page_labels_each_outlet_by_its_distinguishing_path():
    d = _digest("Fire\n\nA fire closed the Harlow mill on Friday. About 40 workers were sent home.\n",
                "Mill fire\n\nA fire closed the Harlow mill on Friday. The owner said 40 workers went home.\n")
    d.articles[0].path, d.articles[1].path = "feeds/east/story.txt", "feeds/west/story.txt"
    page = render_html(d, lambda a: None)
    assert "(story.txt)" not in page
    assert "(east/story.txt)" in page


def test_bidirectional_overrides_never_reach_the_page():
    rlo = "\u202e"
    assert esc(f"The council {rlo}approved{rlo} the plan & <b>") == "The council approved the plan &amp; &lt;b&gt;"
    d = _digest(f"Vote\n\nThe council of Tarnby approved the {rlo}harbour plan{rlo} on Monday.\n")
    page = render_html(d, lambda a: None)
    assert rlo not in page and "\u2066" not in page
