#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_genre37/: five INVENTED stories outside politics and war, each
told by three invented outlets (a, b, c), labelled in session 33 (digest37) before the digest ran on
them (evals/digest_gold_genre37/README.md): a merger with layoffs, a criminal trial's verdict, a
flood, a town's election count, a factory strike.

Unlike the other sets the texts are the project's own (every name, place, company and number made
up), so they live in the gold folder (texts/<cluster_id>/<label>.txt) and clusters.json names them
by path with their sha256 ("source": "files"). Labels follow evals/digest_gold/README.md: every
proposition two or three articles state that a reader would take from them, and every conflict.
An agreement is (proposition, [(article, quote), ...]); a conflict is (type, about, within_article,
[(article, source, quote), ...]).

    python evals/tools/make_digest_gold_genre37.py           # rebuild + check
    python evals/tools/make_digest_gold_genre37.py --check   # check the files on disk
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_digest_gold_cnn27", _HERE / "make_digest_gold_cnn27.py")
cnn27 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cnn27)  # the labels' form, the span checks and the writer are cnn27's

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_genre37"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


def _arts(cid: str) -> dict[str, str]:
    return {o: f"texts/{cid}/{o}.txt" for o in "abc"}


LABELS: dict[str, dict] = {}

# 1: a merger with layoffs. Shapes: a price two ways (stated / "according to people briefed"); the
# job cuts by the company and by the union; a union's claim, the company's denial, an outlet stating
# the claim flatly; the announcement on two weekdays; "will move" against "may move" (agreement).
LABELS["g37-1"] = _labels("A pump maker bought by a rival, with job cuts (invented)", _arts("g37-1"), [
 ("Korvel buys Danforth for $2.8 billion.", [
   ("a", "Korvel Industries agreed on Tuesday to buy its smaller rival Danforth Pumps for $2.8 billion in cash"),
   ("b", "Danforth Pumps will be sold to Korvel Industries for $2.8 billion, the companies announced Tuesday")]),
 ("The company will cut about 900 jobs.", [
   ("a", "The combined company will cut about 900 jobs over the next two years, Korvel's chief executive, Marisol Tenney, told analysts on a conference call."),
   ("b", "Korvel has said about 900 positions will be eliminated as the companies combine."),
   ("c", "About 900 jobs will go, the company said, mostly in sales and administration.")]),
 ("Korvel will (may) move its headquarters to Larch City.", [
   ("a", "Korvel will move its headquarters from Ostrander to Larch City once the deal closes, the statement said."),
   ("c", "Korvel may move its headquarters to Larch City, where Danforth is based, analysts said.")]),
 ("Danforth's shares rose 14 percent.", [
   ("a", "Danforth shares jumped 14 percent on the news"),
   ("b", "Shares of Danforth rose 14 percent."),
   ("c", "Danforth's stock rose 14 percent in Wednesday trading.")]),
 ("The deal is expected to close by March.", [
   ("a", "The companies expect the deal to close by March, pending approval from regulators and Danforth shareholders."),
   ("b", "The deal still needs the approval of regulators and is expected to close by March."),
   ("c", "The deal is expected to close by March.")]),
 ("Tenney called the deal a natural fit.", [
   ("b", "Korvel's chief executive, Marisol Tenney, called the deal \"a natural fit\""),
   ("c", "Marisol Tenney, Korvel's chief executive, said the deal was \"a natural fit\" for two firms that sell to the same customers.")]),
 ("The combined firm will have annual sales of about $5 billion.", [
   ("b", "said the combined firm would have annual sales of $5 billion"),
   ("c", "The merger would create the country's second-largest maker of pumps and valves, with annual sales of about $5 billion.")]),
], [
 ("number", "How many jobs the merger costs (about 900, the company; as many as 1,300, the union).", True, [
   ("b", "union leaders", "in a deal that union leaders say could cost as many as 1,300 jobs"),
   ("b", "Korvel Industries", "Korvel has said about 900 positions will be eliminated as the companies combine.")]),
 ("version", "Whether the Ellery Bend plant will be shut (the union; the company denies any decision).", True, [
   ("a", "the machinists' union", "The machinists' union that represents workers at Danforth's plant in Ellery Bend said the plant, which employs 340 people, would be shut next year."),
   ("a", "Dev Harlan", "\"No decision has been made about any site,\" a company spokesman, Dev Harlan, said.")]),
 ("version", "The day the deal was announced (Tuesday or Wednesday).", False, [
   ("a", A, "Korvel Industries agreed on Tuesday to buy its smaller rival Danforth Pumps"),
   ("c", A, "Korvel Industries said on Wednesday that it would acquire Danforth Pumps")]),
 ("number", "The price of the deal ($2.8 billion or $3.1 billion).", False, [
   ("a", A, "Korvel Industries agreed on Tuesday to buy its smaller rival Danforth Pumps for $2.8 billion in cash"),
   ("c", "two people briefed on the terms", "in a deal worth $3.1 billion, according to two people briefed on the terms.")]),
])

# 2: a verdict. Shapes: the counts of conviction (seven / six); the sum (prosecutors', stated flatly,
# the defence's lower figure); "We will appeal" against "no decision had been made on whether to
# appeal"; two sentencing dates; "faces" / "could face" (agreement); "no emotion" / "did not react".
LABELS["g37-2"] = _labels("A former water district official convicted of embezzlement (invented)", _arts("g37-2"), [
 ("Marsh took $1.9 million from the district.", [
   ("a", "Prosecutors said Marsh took $1.9 million from the district over six years"),
   ("b", "Gideon Marsh stole $1.9 million from the Tarrow County water district, a jury decided on Thursday"),
   ("c", "Prosecutors said Marsh diverted $1.9 million over six years.")]),
 ("The jury convicted him on seven counts.", [
   ("a", "A jury in Tarrow County on Thursday found Gideon Marsh, the former finance director of the county's water district, guilty on seven of the nine counts of embezzlement and fraud he faced."),
   ("b", "convicting the former finance director on seven counts")]),
 ("Marsh showed no reaction to the verdict.", [
   ("a", "Marsh, 58, showed no emotion as the verdict was read."),
   ("b", "Marsh did not react as the forewoman read the verdicts.")]),
 ("The jury deliberated for two days.", [
   ("a", "The jury deliberated for two days after a three-week trial."),
   ("b", "Jurors had deliberated for two days.")]),
 ("He faces up to 20 years in prison.", [
   ("a", "He faces up to 20 years in prison on the most serious count."),
   ("b", "Marsh could face up to 20 years in prison."),
   ("c", "Marsh faces up to 20 years in prison.")]),
 ("The district attorney called the verdict a message to public officials handling taxpayer money.", [
   ("a", "District Attorney Owen Baptiste said the verdict sent a message to every public official who handles taxpayer money."),
   ("c", "District Attorney Owen Baptiste called the verdict a message to every public official entrusted with taxpayer money.")]),
], [
 ("number", "On how many counts Marsh was convicted (seven or six).", False, [
   ("a", A, "A jury in Tarrow County on Thursday found Gideon Marsh, the former finance director of the county's water district, guilty on seven of the nine counts of embezzlement and fraud he faced."),
   ("c", A, "Former water district official Gideon Marsh was convicted on Thursday on six counts of embezzlement")]),
 ("number", "How much Marsh took ($1.9 million, the prosecutors; under $300,000, his lawyer).", True, [
   ("c", "prosecutors", "Prosecutors said Marsh diverted $1.9 million over six years."),
   ("c", "Petra Quill", "His lawyer, Petra Quill, told jurors the real figure was less than $300,000 and that most of the spending had been approved by the board.")]),
 ("version", "Whether Marsh will appeal (\"We will appeal\" / no decision made).", False, [
   ("a", "Petra Quill", "\"We will appeal,\" said his lawyer, Petra Quill, outside the courthouse."),
   ("b", "Petra Quill", "His lawyer, Petra Quill, said no decision had been made on whether to appeal.")]),
 ("version", "The sentencing date (June 12 or June 19).", False, [
   ("a", A, "Judge Harriet Lindqvist set sentencing for June 12."),
   ("c", A, "Sentencing was set for June 19.")]),
])

# 3: a flood. Shapes: the toll (the coroner's four, the police's five); the rain (nearly nine inches /
# more than 11); an outlet stating flatly that the levee failed, the engineer denying it; one shelter
# in two places; "may have been overtopped" / "spilled over its top" (agreement).
LABELS["g37-3"] = _labels("A storm floods a river town (invented)", _arts("g37-3"), [
 ("About 2,000 people were evacuated.", [
   ("a", "About 2,000 residents were evacuated from low-lying streets as the river rose more than six feet above flood stage."),
   ("b", "About 2,000 people had to leave their homes"),
   ("c", "Roughly 2,000 people were evacuated")]),
 ("The governor declared a state of emergency.", [
   ("a", "Governor Celia Oduya declared a state of emergency for Brannock County and said she would ask for federal disaster aid."),
   ("b", "Governor Celia Oduya declared a state of emergency, calling it the worst flood the valley had seen in four decades."),
   ("c", "the governor, Celia Oduya, declared a state of emergency.")]),
 ("She called it the worst flood in the valley in forty years.", [
   ("a", "\"This is the worst flooding this valley has seen in forty years,\" she said."),
   ("b", "calling it the worst flood the valley had seen in four decades")]),
 ("About 18,000 homes lost power.", [
   ("a", "Some 18,000 homes lost power, according to the utility, Ashby Valley Electric, which said most would be reconnected by Wednesday."),
   ("c", "Storm Perrin left four people dead in Brannock County and some 18,000 customers without power")]),
 ("The river will crest on Tuesday.", [
   ("a", "forecasters said the river should crest by Tuesday morning."),
   ("b", "The river is expected to crest on Tuesday."),
   ("c", "The Ashby River was forecast to crest on Tuesday morning, about seven feet above flood stage.")]),
 ("The levee was overtopped, not breached.", [
   ("a", "Officials said the earthen levee on the river's east bank may have been overtopped rather than breached, though an inspection would not be possible until the water went down."),
   ("c", "Water spilled over its top, she said, but the bank held.")]),
 ("Four people died.", [
   ("a", "Four people died after Storm Perrin dumped nearly nine inches of rain on Colbrook and the villages along the Ashby River overnight Sunday, the county coroner said on Monday."),
   ("c", "Storm Perrin left four people dead in Brannock County")]),
], [
 ("number", "How many people died (four, the coroner; five, the police).", False, [
   ("a", "the county coroner", "Four people died after Storm Perrin dumped nearly nine inches of rain on Colbrook and the villages along the Ashby River overnight Sunday, the county coroner said on Monday."),
   ("b", "police", "Five people were killed as floodwaters swept through Colbrook on Sunday night, police said")]),
 ("number", "How much rain fell (nearly nine inches or more than 11).", False, [
   ("a", A, "Storm Perrin dumped nearly nine inches of rain on Colbrook"),
   ("c", "the regional weather office", "after more than 11 inches of rain fell on Sunday, the regional weather office said.")]),
 ("version", "Whether the levee failed (the outlet says it did; the flood engineer denies it).", False, [
   ("b", A, "after the levee on the Ashby River failed under the weight of a storm that stalled over the valley for hours."),
   ("c", "Lorna Beck", "The county's flood engineer, Lorna Beck, denied that the levee had failed.")]),
 ("version", "Where the county's emergency shelter was (the high school or the community center).", False, [
   ("a", A, "The county's emergency shelter was set up in Colbrook High School, where volunteers handed out blankets and hot meals."),
   ("b", A, "the county set up its emergency shelter at the Colbrook Community Center.")]),
])

# 4: an election count. Shapes: the winner's share by the election office and by her campaign; the
# margin (about 900 / 312); conceded / has not conceded; turnout (41 / 38 percent); a challenger's
# claim of a faulty scanner and the clerk's answer in one article.
LABELS["g37-4"] = _labels("A town elects its mayor (invented)", _arts("g37-4"), [
 ("Calloway won Tuesday's mayoral race in Harwick.", [
   ("a", "Ines Calloway was elected mayor of Harwick on Tuesday"),
   ("b", "Harwick voters chose Ines Calloway as their next mayor on Tuesday"),
   ("c", "Ines Calloway edged out Rupert Ashdown by 312 votes in Tuesday's race for mayor of Harwick")]),
 ("She is the first woman to lead the town.", [
   ("a", "Calloway, a retired school principal, will be the first woman to lead the town in its 170-year history."),
   ("b", "Calloway becomes the first woman to hold the office since the town was incorporated.")]),
 ("The results will be certified next week.", [
   ("a", "The county is expected to certify the results next week."),
   ("b", "Election officials said they expected to certify the count next week, after provisional ballots are checked.")]),
 ("Calloway pledged to fix the Mill Street bridge.", [
   ("a", "Calloway campaigned on repairing the Mill Street bridge, which has been closed to trucks since 2022, and on hiring more building inspectors."),
   ("c", "Calloway has promised to reopen the Mill Street bridge to trucks within her first year.")]),
], [
 ("number", "Calloway's share of the vote (52 percent, the election office; 54, her campaign).", False, [
   ("a", "the Pember County election office", "winning 52 percent of the vote against council member Rupert Ashdown, according to unofficial results from the Pember County election office."),
   ("b", "her campaign", "handing the former principal 54 percent of the vote, her campaign said")]),
 ("number", "The margin (about 900 votes or 312).", False, [
   ("b", A, "a margin of about 900 votes over Rupert Ashdown."),
   ("c", "Moira Fennick", "Ines Calloway edged out Rupert Ashdown by 312 votes in Tuesday's race for mayor of Harwick, the county clerk, Moira Fennick, said.")]),
 ("version", "Whether Ashdown conceded.", False, [
   ("a", A, "Ashdown conceded on Wednesday morning in a short statement thanking his supporters."),
   ("c", A, "Ashdown, a two-term council member, has not conceded.")]),
 ("number", "Turnout (41 or 38 percent).", False, [
   ("a", "the election office", "Turnout was 41 percent, the election office said, up from 33 percent four years ago."),
   ("c", "Moira Fennick", "Turnout was 38 percent, she said.")]),
 ("version", "Whether a ballot scanner failed (Ashdown; the clerk says it worked).", True, [
   ("c", "Rupert Ashdown", "He said on Wednesday that he would ask for a recount, citing problems with a ballot scanner at the Eastfield fire station."),
   ("c", "Moira Fennick", "Fennick said the scanner had been checked and worked properly.")]),
])

# 5: a strike. Shapes: the strikers counted by the union and by the company; the raise offered (4 /
# 3 percent); the union's accusation in one outlet, the company's denial in another; the talks' place
# two ways; "could cost ... analysts estimate" / "is costing" (agreement); "in 26 years" / "since 1999".
LABELS["g37-5"] = _labels("A strike at a glassworks (invented)", _arts("g37-5"), [
 ("Workers at the Pelling glassworks in Stenmouth went on strike on Monday.", [
   ("a", "About 1,100 workers at Pelling Glassworks in Stenmouth walked off the job on Monday"),
   ("b", "as a strike began at its Stenmouth plant")]),
 ("It is the plant's first strike since 1999.", [
   ("a", "the first strike at the bottle maker in 26 years"),
   ("b", "It is the first strike at the plant since 1999.")]),
 ("The company has offered a 4 percent raise.", [
   ("a", "The company has offered a 4 percent raise, said Jonah Whitlock, the union's chief negotiator."),
   ("b", "The company has offered raises of 4 percent a year over three years")]),
 ("The strike costs the company about $2 million a week.", [
   ("a", "Analysts at Finch Harrow estimate that the stoppage could cost the company about $2 million a week in lost output."),
   ("c", "The strike is costing the company $2 million a week.")]),
], [
 ("number", "How many workers walked out (about 1,100, the union; about 600, the company).", False, [
   ("a", "the United Glass and Kiln Workers", "About 1,100 workers at Pelling Glassworks in Stenmouth walked off the job on Monday"),
   ("b", "Pelling Glassworks", "Pelling Glassworks said about 600 of its 1,400 hourly workers stayed away on Monday")]),
 ("number", "The raise the company offered (4 or 3 percent).", False, [
   ("a", "Jonah Whitlock", "The company has offered a 4 percent raise, said Jonah Whitlock, the union's chief negotiator."),
   ("c", "union leaders", "Striking workers at Pelling Glassworks rejected a 3 percent raise, union leaders said")]),
 ("version", "Whether Pelling brought in replacement workers (the union; the company denies it).", False, [
   ("b", "the United Glass and Kiln Workers", "The union, the United Glass and Kiln Workers, accused Pelling of bringing in replacement workers from a staffing agency in Dunmore."),
   ("c", "Ada Krall", "A Pelling spokeswoman, Ada Krall, denied that the company had hired replacement workers.")]),
 ("version", "Where Thursday's talks are held (the mediation board in Corvale or a hotel in Stenmouth).", False, [
   ("a", A, "Talks are set to resume on Thursday at the offices of the state mediation board in Corvale."),
   ("c", "the union", "Negotiators will meet again on Thursday at the Harbour Hotel in Stenmouth, the union said.")]),
])


def texts(labels: dict | None = None, out: Path | None = None) -> dict[str, str]:
    """Each article's path (relative to the gold folder) -> its text."""
    labels, out = labels or LABELS, out or OUT
    paths = {p for lab in labels.values() for p in lab["articles"].values()}
    return {p: (out / p).read_text(encoding="utf-8") for p in sorted(paths)}


def cluster_index(by_path: dict[str, str], labels: dict | None = None) -> dict:
    """The clusters.json the digest suite loads: each article by its path and its text's sha256."""
    return {"source": "files",
            "clusters": [{"cluster_id": cid, "main_event": lab["main_event"],
                          "articles": [{"label": o, "path": p, "sha256": cnn27.sha(by_path[p])}
                                       for o, p in lab["articles"].items()]}
                         for cid, lab in (labels or LABELS).items()]}


def main(argv: list[str] | None = None, labels: dict | None = None, out: Path | None = None, doc: str | None = None) -> int:
    """Write (or with --check only verify) a gold set whose texts are files in its folder; `labels`, `out` and
    `doc` default to this set's (evals/tools/make_digest_gold_blind43.py passes its own)."""
    labels, out = labels or LABELS, out or OUT
    ap = argparse.ArgumentParser(description=(doc or __doc__).split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only check the files on disk")
    args = ap.parse_args(argv)
    by_path = texts(labels, out)
    index = cluster_index(by_path, labels)
    built = {cid: cnn27.build(cid, by_path, labels) for cid in labels}
    if not args.check:
        for cid, g in built.items():
            (out / f"{cid}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (out / cnn27.CLUSTERS_FILE).write_text(json.dumps(index, indent=2) + "\n", encoding="utf-8")
    if json.loads((out / cnn27.CLUSTERS_FILE).read_text(encoding="utf-8")) != index:
        raise SystemExit("clusters.json: differs from a rebuild")
    n_a = n_k = 0
    for cid, g in built.items():
        if json.loads((out / f"{cid}.json").read_text(encoding="utf-8")) != g:
            raise SystemExit(f"{cid}.json: differs from a rebuild")
        n_a += len(g["agreements"])
        n_k += len(g["conflicts"])
        print(f"{cid}  agreements {len(g['agreements'])}  conflicts {len(g['conflicts'])} "
              f"(within-article {sum(k['within_article'] for k in g['conflicts'])})  {g['main_event']}")
    print(f"{len(built)} clusters, {n_a} agreements, {n_k} conflicts: all spans check")
    return 0


if __name__ == "__main__":
    sys.exit(main())
