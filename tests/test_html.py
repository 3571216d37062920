"""The digest as one HTML page: self-contained, escaped, and usable in a real (headless) browser.

The digest is built by hand from three short articles; every claim's offsets are computed
with str.find, so `text[start:end] == quote` holds exactly as the grounding step guarantees.
The third article carries a <script> and an <img onerror> that must stay inert text.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer.digest.schema import (Agreement, ClaimRef, Conflict, ConflictSide, Digest, DigestArticle,
                                      FailedArticle, QuantityRow, Storyline, TimelineEntry)
from summarizer.digest.html import CONTEXT_CHARS, render_html
from summarizer.schema import Claim, Evidence, Quantity

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "digest.png"

SCRIPT = "<script>window.__pwned=1;document.title='PWNED'</script>"
IMG = '<img src=x onerror="window.__pwned=2">'

TEXT_A1 = """Storm Elin kills 12 as Harlow bridge collapses

HARLOW, Nov 18 - At least 12 people were killed when Storm Elin swept across the northern coast overnight, the regional emergency service said on Monday.

The old road bridge over the River Wend at Harlow collapsed shortly after 2 a.m., cutting the town off from the coastal highway. "We lost the bridge in minutes," said Harlow mayor Ines Vaughan.

Winds reached 140 km/h at the Cape Tarn weather station, according to the national met office. About 40,000 homes were without power on Monday morning.

The emergency service said rescue teams were still searching flooded areas near the estuary.

Schools in Harlow and the surrounding villages will stay closed until Thursday, the council said, and residents were asked to avoid the riverbank while the water remains high.
"""

TEXT_A2 = """Storm Elin death toll rises to 15, governor says

Nov 19 - The death toll from Storm Elin has risen to 15, regional governor Marta Lind told reporters on Tuesday, three more than the emergency service's figure of 12.

Lind said the collapse of the Harlow bridge had trapped two cars. The emergency service has not confirmed the higher figure and said its count would be updated "once identifications are complete".

Engineers will inspect the remaining bridges on the River Wend this week, the transport ministry said. A temporary crossing is planned within ten days.
"""

TEXT_A3 = f"""Power restored to 9 in 10 homes after Storm Elin, grid operator says

Nov 19 - Electricity has been restored to nine in ten homes that lost power during Storm Elin, grid operator NorthGrid said on Tuesday.
{SCRIPT}
About 4,000 homes remain without power, mostly in the hills above Harlow, NorthGrid said. {IMG} The company denied that the outage was caused by a failure at its Tarn substation.

"Crews will work through the night," said NorthGrid spokesperson Dev Okafor. Residents can check <a href="http://example.com/outages">the outage map</a> for updates.
"""

TEXTS = {"a1": TEXT_A1, "a2": TEXT_A2, "a3": TEXT_A3}
HEADLINES = {
    "a1": "Storm Elin kills 12 as Harlow bridge collapses",
    "a2": "Storm Elin death toll rises to 15, governor says",
    "a3": "Power restored to 9 in 10 homes after Storm Elin, grid operator says",
}


def claim(article: str, cid: str, quote: str, text: str, who: str, kind="event", certainty="reported",
          quantities=(), when=None, where=None) -> Claim:
    source = TEXTS[article]
    start = source.find(quote)
    assert start >= 0, quote
    return Claim(id=cid, kind=kind, text=text, attributed_to=who, certainty=certainty,
                 evidence=Evidence(quote=quote, start=start, end=start + len(quote), match="exact"),
                 quantities=[Quantity(value=v, unit=u, counted=c) for v, u, c in quantities],
                 when=when, where=where)


def ref(a: str, c: str) -> ClaimRef:
    return ClaimRef(article=a, claim=c)


def build_digest() -> Digest:
    a1 = [
        claim("a1", "c1", "At least 12 people were killed when Storm Elin swept across the northern coast overnight",
              "Storm Elin killed at least 12 people on the northern coast.", "regional emergency service",
              quantities=[(12, None, "people killed")], when="2024-11-18"),
        claim("a1", "c2", "The old road bridge over the River Wend at Harlow collapsed shortly after 2 a.m.",
              "The road bridge over the River Wend at Harlow collapsed.", "article", certainty="stated",
              when="2024-11-18", where="Harlow"),
        claim("a1", "c3", "We lost the bridge in minutes", "Harlow's mayor said the bridge was lost in minutes.",
              "Ines Vaughan", kind="statement", certainty="stated"),
        claim("a1", "c4", "Winds reached 140 km/h at the Cape Tarn weather station",
              "Winds reached 140 km/h at Cape Tarn.", "national met office", kind="quantity",
              quantities=[(140, "km/h", "wind speed")], where="Cape Tarn"),
        claim("a1", "c5", "About 40,000 homes were without power on Monday morning",
              "About 40,000 homes were without power on Monday morning.", "article", kind="quantity",
              certainty="stated", quantities=[(40000, None, "homes without power")], when="2024-11-18"),
    ]
    a2 = [
        claim("a2", "c1", "The death toll from Storm Elin has risen to 15", "The death toll from Storm Elin has risen to 15.",
              "Marta Lind", kind="quantity", certainty="claimed", quantities=[(15, None, "people killed")],
              when="2024-11-19"),
        claim("a2", "c2", "the collapse of the Harlow bridge had trapped two cars",
              "The collapse of the Harlow bridge trapped two cars.", "Marta Lind", where="Harlow"),
        claim("a2", "c3", "The emergency service has not confirmed the higher figure",
              "The emergency service has not confirmed a toll of 15.", "regional emergency service",
              kind="statement", certainty="unconfirmed"),
        claim("a2", "c4", "Engineers will inspect the remaining bridges on the River Wend this week",
              "Engineers will inspect the remaining bridges on the River Wend this week.", "transport ministry",
              kind="plan", when="this week"),
        claim("a2", "c5", "A temporary crossing is planned within ten days",
              "A temporary crossing is planned within ten days.", "transport ministry", kind="plan"),
    ]
    a3 = [
        claim("a3", "c1", "Electricity has been restored to nine in ten homes that lost power during Storm Elin",
              "Power has been restored to nine in ten homes that lost it during Storm Elin.", "NorthGrid",
              kind="quantity", quantities=[(90, "percent", "homes with power restored")], when="2024-11-19"),
        claim("a3", "c2", "About 4,000 homes remain without power, mostly in the hills above Harlow",
              "About 4,000 homes remain without power, mostly above Harlow.", "NorthGrid", kind="quantity",
              quantities=[(4000, None, "homes without power")], when="2024-11-19"),
        claim("a3", "c3", "The company denied that the outage was caused by a failure at its Tarn substation",
              "A failure at the Tarn substation caused the outage.", "NorthGrid", kind="statement",
              certainty="denied"),
        claim("a3", "c4", "Crews will work through the night", "Crews will work through the night.", "Dev Okafor",
              kind="plan", certainty="stated"),
    ]
    articles = [
        DigestArticle(id="a1", path="inbox/northcoast-herald/storm-elin.txt", sha256="1" * 64,
                      headline=HEADLINES["a1"], published="2024-11-18",
                      summary="Storm Elin killed at least 12 people and brought down the Harlow road bridge.",
                      claims=a1),
        DigestArticle(id="a2", path="inbox/wire/elin-toll.txt", sha256="2" * 64, headline=HEADLINES["a2"],
                      published="2024-11-19",
                      summary="The regional governor puts the toll at 15; the emergency service has not confirmed it.",
                      claims=a2),
        DigestArticle(id="a3", path="inbox/local/northgrid <power>.html", sha256="3" * 64,
                      headline=HEADLINES["a3"], published="2024-11-19",
                      summary="NorthGrid says most homes have power again and denies a substation failure.",
                      claims=a3, warnings=["markup removed from the source text"]),
    ]
    c = {(a.id, x.id): x for a in articles for x in a.claims}
    return Digest(
        summary=("Storm Elin killed at least 12 people on the northern coast, though the regional governor puts "
                 "the toll at 15; the Harlow road bridge collapsed, and power is back for most homes."),
        summary_refs=[ref("a1", "c1"), ref("a2", "c1"), ref("a1", "c2"), ref("a3", "c1")],
        articles=articles,
        storylines=[
            Storyline(id="s1", title="storm elin death toll", claims=[ref("a1", "c1"), ref("a2", "c1"), ref("a2", "c3")],
                      articles=["a1", "a2"]),
            Storyline(id="s2", title="harlow bridge river wend",
                      claims=[ref("a1", "c2"), ref("a1", "c3"), ref("a2", "c2"), ref("a2", "c4"), ref("a2", "c5")],
                      articles=["a1", "a2"]),
            Storyline(id="s3", title="homes without power",
                      claims=[ref("a1", "c5"), ref("a3", "c1"), ref("a3", "c2"), ref("a3", "c3")],
                      articles=["a1", "a3"]),
        ],
        agreements=[Agreement(text="The road bridge over the River Wend at Harlow collapsed during Storm Elin.",
                              claims=[ref("a1", "c2"), ref("a2", "c2")], sources=["article", "Marta Lind"],
                              articles=["a1", "a2"])],
        conflicts=[Conflict(
            kind="numbers", topic="Storm Elin death toll",
            reason="The emergency service counts 12 dead; the regional governor says 15.",
            sides=[ConflictSide(ref=ref("a1", "c1"), attributed_to="regional emergency service",
                                text=c["a1", "c1"].text, quote=c["a1", "c1"].evidence.quote, value=12),
                   ConflictSide(ref=ref("a2", "c1"), attributed_to="Marta Lind",
                                text=c["a2", "c1"].text, quote=c["a2", "c1"].evidence.quote, value=15)])],
        timeline=[
            TimelineEntry(date="2024-11-18", text=c["a1", "c2"].text, attributed_to="article", ref=ref("a1", "c2"),
                          quote=c["a1", "c2"].evidence.quote),
            TimelineEntry(date="2024-11-18", text=c["a1", "c1"].text, attributed_to="regional emergency service",
                          ref=ref("a1", "c1"), quote=c["a1", "c1"].evidence.quote),
            TimelineEntry(date="2024-11-19", text=c["a2", "c1"].text, attributed_to="Marta Lind", ref=ref("a2", "c1"),
                          quote=c["a2", "c1"].evidence.quote),
            TimelineEntry(date="2024-11-19", text=c["a3", "c1"].text, attributed_to="NorthGrid", ref=ref("a3", "c1"),
                          quote=c["a3", "c1"].evidence.quote),
        ],
        quantities=[
            QuantityRow(counted="people killed", value=12, attributed_to="regional emergency service",
                        when="2024-11-18", ref=ref("a1", "c1")),
            QuantityRow(counted="people killed", value=15, attributed_to="Marta Lind", when="2024-11-19",
                        ref=ref("a2", "c1")),
            QuantityRow(counted="wind speed", value=140, unit="km/h", attributed_to="national met office",
                        ref=ref("a1", "c4")),
            QuantityRow(counted="homes without power", value=40000, attributed_to="article", when="2024-11-18",
                        ref=ref("a1", "c5")),
            QuantityRow(counted="homes without power", value=4000, attributed_to="NorthGrid", when="2024-11-19",
                        ref=ref("a3", "c2")),
            QuantityRow(counted="homes with power restored", value=90, unit="percent", attributed_to="NorthGrid",
                        when="2024-11-19", ref=ref("a3", "c1")),
        ],
        failed=[FailedArticle(path="inbox/paywalled-<stub>.html", error="no article text found: empty after markup removal",
                              exit_code=2)],
        model="smollm2-135m-instruct",
        warnings=["1 article could not be read"],
    )


def texts(article: DigestArticle) -> str | None:
    return TEXTS.get(article.id)


@pytest.fixture(scope="module")
def digest() -> Digest:
    return build_digest()


@pytest.fixture(scope="module")
def page_html(digest) -> str:
    return render_html(digest, texts)


# -- without a browser --------------------------------------------------------------------


def test_offsets_in_the_fixture_are_exact(digest):
    for a in digest.articles:
        for c in a.claims:
            assert TEXTS[a.id][c.evidence.start:c.evidence.end] == c.evidence.quote


def test_page_is_self_contained(page_html):
    low = page_html.lower()
    for bad in ('src="http', "src='http", 'href="http', "href='http", "<link", "@import", "url(", "<iframe",
                "<object", "<embed", "<base", "<form"):
        assert bad not in low, bad
    assert low.startswith("<!doctype html>")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page_html
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page_html)
    assert csp and "default-src 'none'" in csp.group(1) and "img-src data:" in csp.group(1)
    assert "<style>" in page_html and low.count("<script") == 1  # our own small inline script only
    # No element loads anything: every src/href in real markup is a same-page fragment.
    tags = re.findall(r"<[a-z][^>]*>", page_html)
    for tag in tags:
        for attr, value in re.findall(r'\s(src|href|action|srcset|poster)="([^"]*)"', tag):
            assert attr == "href" and value.startswith("#"), tag


def test_article_markup_is_only_escaped(page_html):
    assert SCRIPT not in page_html and "<script>window.__pwned" not in page_html
    assert "<img" not in page_html and 'onerror="' not in page_html
    assert '<a href="http://example.com' not in page_html
    assert html.escape(SCRIPT) in page_html  # shown as text, in the excerpt and the full text
    assert "&lt;script&gt;window.__pwned=1;document.title=&#x27;PWNED&#x27;&lt;/script&gt;" in page_html
    assert html.escape("inbox/local/northgrid <power>.html") in page_html
    assert html.escape("inbox/paywalled-<stub>.html") in page_html


def test_every_claim_has_an_anchor_and_every_ref_resolves(digest, page_html):
    ids = set(re.findall(r'\sid="([^"]+)"', page_html))
    for a in digest.articles:
        assert a.id in ids
        for c in a.claims:
            assert f"{a.id}-{c.id}" in ids
    for target in re.findall(r'href="#([^"]+)"', page_html):
        assert target in ids, target
    assert 'href="#a1-c1"' in page_html and 'href="#a2-c1"' in page_html  # the conflict's two sides


def test_excerpts_are_bounded_and_full_text_appears_once(digest, page_html):
    excerpts = re.findall(r'<blockquote class="excerpt">(.*?)</blockquote>', page_html, re.S)
    assert len(excerpts) == sum(len(a.claims) for a in digest.articles)
    for ex in excerpts:
        marked = re.findall(r"<mark>(.*?)</mark>", ex, re.S)
        assert len(marked) == 1
        plain = html.unescape(re.sub(r"<[^>]+>", "", ex))
        assert len(plain) <= len(html.unescape(marked[0])) + 2 * CONTEXT_CHARS + 2
    assert page_html.count('<details class="fulltext">') == len(digest.articles)
    # The article text's last sentence is outside every excerpt: it appears once, in the full text.
    assert page_html.count("avoid the riverbank while the water remains high.") == 1


def test_missing_or_changed_text_falls_back_to_the_quote(digest):
    out = render_html(digest, lambda a: None)
    assert '<details class="fulltext">' not in out
    assert "article text not available" in out
    assert f"<mark>{html.escape(digest.articles[0].claims[0].evidence.quote)}</mark>" in out

    def boom(a):
        raise OSError("gone")

    assert "article text not available" in render_html(digest, boom)
    # Text that moved (a prefix was added): the quote is found again by search.
    shifted = render_html(digest, lambda a: "UPDATED.\n" + TEXTS[a.id])
    assert "quote not found" not in shifted
    assert shifted.count("<mark>") >= sum(len(a.claims) for a in digest.articles)


def test_sparse_digest_and_odd_values_render():
    art = DigestArticle(id="a 1", path="x.txt", sha256="0" * 64, headline="", summary="Nothing to see.", claims=[])
    d = Digest(summary="Quiet day.", articles=[art], storylines=[], agreements=[], conflicts=[], timeline=[],
               quantities=[QuantityRow(counted="odd", value=float("inf"), attributed_to="article",
                                       ref=ClaimRef(article="a 1", claim="c9"))],
               model="m")
    out = render_html(d, lambda a: "Some text.")
    assert "No conflicting claims found." in out
    assert 'id="sec-timeline"' not in out and 'id="sec-failed"' not in out
    assert 'id="a_1"' in out and ">x.txt</h3>" in out  # no headline: the path stands in
    assert 'class="ref missing"' in out  # a ref to a claim that is not there is shown, not linked
    assert ">inf<" in out


#: Appended to every free-text field of the digest (ids and paths included) by the test below.
PAYLOAD = """<i id="pwn" onclick='x()'>&amp;</i>"""
_LITERALS = {"kind", "certainty", "match", "stance"}  # Literal-typed fields: the schema allows no markup


def _poisoned(value, key=""):
    if isinstance(value, dict):
        return {k: _poisoned(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_poisoned(v, key) for v in value]
    if isinstance(value, str) and key not in _LITERALS:
        return value + PAYLOAD
    return value


def test_every_field_of_the_template_is_escaped(digest):
    """The template escapes every value, not only the fields an earlier test thought of:
    markup appended to every string of the digest (headlines, ids, who, dates, model, units,
    warnings...) and to the article texts shows as text, and no raw tag gets through."""
    bad = Digest.model_validate(_poisoned(digest.model_dump()))
    for text_for in (lambda a: TEXTS[a.id.removesuffix(PAYLOAD)] + PAYLOAD, lambda a: None):
        out = render_html(bad, text_for)
        assert PAYLOAD not in out and "<i" not in out and "onclick='" not in out and "&amp;</i>" not in out
        shown = out.count(html.escape(PAYLOAD))
        assert shown > 100, shown
        for aid in (a.id for a in bad.articles):  # ids reach attributes only through slug()
            assert f'id="{aid}"' not in out


def test_jinja2_is_loaded_only_when_a_page_is_rendered():
    """`summarize --help` and the JSON and Markdown digests never import Jinja2."""
    code = ("import sys, summarizer.cli, summarizer.digest as dg\n"
            "from tests.test_html import build_digest\n"
            "d = build_digest(); dg.render_digest(d, 'json'); dg.render_digest(d, 'md')\n"
            "from summarizer.digest.html import render_html\n"
            "before = 'jinja2' in sys.modules\n"
            "render_html(d, lambda a: None)\n"
            "print(before, 'jinja2' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "True"]


# -- in headless Chromium -----------------------------------------------------------------


@pytest.fixture(scope="module")
def page_file(page_html, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html") / "digest.html"
    path.write_text(page_html, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser():
    from tests.browser import launch

    t = time.monotonic()
    with launch() as b:
        print(f"\nbrowser backend: {b.backend} (started in {time.monotonic() - t:.1f}s)")
        yield b


def _only_self(requests: list[str], page_file: Path) -> list[str]:
    me = page_file.resolve().as_uri()
    return [u for u in requests if u != me and not u.startswith("data:")]


@pytest.mark.browser
def test_in_browser_content_evidence_and_nothing_ran(browser, page_file, digest):
    page = browser.open(page_file, width=1280, height=900)
    for aid, headline in HEADLINES.items():
        assert page.is_visible(f"#{aid} h3")
        assert page.text(f"#{aid} h3") == headline
    shown = page.evaluate("document.body.innerText")
    for headline in HEADLINES.values():
        assert headline in shown
    conflicts = page.text("#sec-conflicts")
    assert "regional emergency service" in conflicts and "Marta Lind" in conflicts
    assert "12" in conflicts and "15" in conflicts

    # Closed claims hide their evidence; opening one shows the quote marked in context.
    assert not page.is_visible("#a2-c1 .claim-body mark")
    page.click("#a2-c1 > summary")
    assert page.evaluate("document.getElementById('a2-c1').open") is True
    assert page.is_visible("#a2-c1 .claim-body mark")
    assert page.text("#a2-c1 .claim-body mark") == "The death toll from Storm Elin has risen to 15"

    # The claim whose context holds the injected markup: shown as text, never run.
    quote = digest.articles[2].claims[1].evidence.quote
    page.click("#a3-c2 > summary")
    assert page.is_visible("#a3-c2 .claim-body mark")
    assert page.text("#a3-c2 .claim-body mark") == quote
    assert SCRIPT in page.text("#a3-c2 .excerpt")

    state = page.evaluate("""({pwned: typeof window.__pwned, title: document.title,
        scripts: document.scripts.length, imgs: document.images.length,
        links: [...document.querySelectorAll('a[href]')].filter(a => !a.getAttribute('href').startsWith('#')).length})""")
    assert state == {"pwned": "undefined", "title": "News digest: 3 articles", "scripts": 1, "imgs": 0, "links": 0}
    assert _only_self(page.requests, page_file) == []


@pytest.mark.browser
def test_in_browser_ref_link_opens_the_claim(browser, page_file):
    page = browser.open(page_file, width=1280, height=900)
    page.click("#conflict-1 .side:nth-child(2) a.ref")
    assert page.evaluate("location.hash") == "#a2-c1"
    assert page.evaluate("document.getElementById('a2-c1').open") is True
    assert page.is_visible("#a2-c1 .claim-body mark")


@pytest.mark.browser
def test_in_browser_claims_open_without_javascript(browser, page_file):
    from tests.browser import BrowserUnavailable

    try:
        page = browser.open(page_file, width=1280, height=900, js=False)
    except BrowserUnavailable as e:
        pytest.skip(str(e))
    assert not page.is_visible("#a1-c3 .claim-body mark")
    page.click("#a1-c3 > summary")
    assert page.is_visible("#a1-c3 .claim-body mark")
    assert page.text("#a1-c3 .claim-body mark") == "We lost the bridge in minutes"
    assert page.evaluate("document.title") == "News digest: 3 articles"


@pytest.mark.browser
def test_in_browser_desktop_screenshot(browser, page_file):
    page = browser.open(page_file, width=1280, height=900)
    page.click("#a1-c1 > summary")
    assert page.is_visible("#a1-c1 .claim-body mark")
    page.scroll_to("#sec-articles")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(SCREENSHOT)
    data = SCREENSHOT.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 900)
    assert _only_self(page.requests, page_file) == []


@pytest.mark.browser
def test_in_browser_phone_width_has_no_horizontal_overflow(browser, page_file, tmp_path):
    page = browser.open(page_file, width=390, height=844)
    assert page.evaluate("innerWidth") == 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 392
    # Everything open (claims, full texts, warnings) must still fit the width.
    page.click(".tools button[data-open='1']")
    page.click("#a3 details.fulltext > summary")
    assert page.evaluate("document.querySelectorAll('details.claim[open]').length") == 14
    assert page.evaluate("document.documentElement.scrollWidth") <= 392
    assert page.evaluate("document.body.scrollWidth") <= 392
    page.screenshot(tmp_path / "phone.png")
