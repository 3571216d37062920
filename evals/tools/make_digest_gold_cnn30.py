#!/usr/bin/env python3
"""Build (or check) evals/digest_gold_cnn30/: a fourth blind set of same-event clusters of CNN /
Daily Mail articles from the faithfulness dev data, labelled blind in session 28 (blind30), before
the digest ran on them (evals/digest_gold_cnn30/README.md). Stories differ from cnn27's, cnn28's and
cnn29's.

The articles are documents of ../shared/devdata/faithfulness/pairs.jsonl, named by the pairs'
`doc_id` (each id below has one document text there; the file also records the text's sha256 so a
changed text is caught). Labels follow evals/digest_gold/README.md and, like agree25, list every
proposition two or three articles state. An agreement is (proposition, [(article, quote), ...]);
a conflict is (type, about, within_article, [(article, source, quote), ...]). Only the quotes are
stored; the texts are read at run time.

    python evals/tools/make_digest_gold_cnn30.py           # rebuild + check
    python evals/tools/make_digest_gold_cnn30.py --check   # check the files on disk
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_digest_gold_cnn27", _HERE / "make_digest_gold_cnn27.py")
cnn27 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cnn27)  # the labels' form, the span checks and the writer are cnn27's

OUT = cnn27.mdg.ROOT / "evals" / "digest_gold_cnn30"
A = "article"  # the outlet's own voice as a conflict side
_labels = cnn27._labels


LABELS: dict[str, dict] = {}

# 1: one league match told twice: the visiting chairman's reaction (a) and the match report (b)
LABELS["cnn30-1"] = _labels("A relegation match between two English clubs ends 3-3, 2015", {
    "a": "cnndm:03c2addf1f6af4febd3098c3f8a5b632e1109dad", "b": "cnndm:4a0ec7505bab2c710206074f7fe9b28d2cdcd1e4"}, [
 ("The match ended level, three goals each, at the home side's ground.", [
   ("a", "Fernandes, Rangers chairman, was watching the 3-3 draw at Villa Park from his iPhone away from the game."),
   ("b", "But Benteke's wonder free-kick, much like Jason Puncheon's on Monday night, meant Villa came away with a point.")]),
 ("All three home goals were Benteke's.", [
   ("a", "Christian Benteke's hat-trick earned a draw for Villa"),
   ("b", "Benteke did not look like a man who wanted to enjoy his hat-trick at the sound of the final whistle.")]),
 ("Phillips gave the visitors an early first-half lead.", [
   ("a", "Matt Phillips had earlier given QPR the lead in the first half"),
   ("b", "Matt Phillips (left) headed Queens Park Rangers into a seventh-minute lead, getting on the end of Bobby Zamora's cross.")]),
 ("Benteke soon cancelled out the opener.", [
   ("a", "they found themselves pegged back by brilliant Benteke"),
   ("b", "But QPR were only ahead for three minutes after Christian Benteke equalised for the hosts at Villa Park")]),
 ("The hosts went in 2-1 up at the interval through two Benteke goals.", [
   ("a", "hosts Villa led 2-1 at the break courtesy of Benteke's two goals"),
   ("b", "Benteke was at the double in the opening 45, sweeping beyond Green to put Villa ahead just after the half hour.")]),
 ("Hill levelled for the visitors in the second half.", [
   ("a", "Hill had equalised in the second half"),
   ("b", "Defender Clint Hill was the unexpected scorer of QPR's equaliser just after half-time to make it 2-2.")]),
 ("It was the defender's first goal in the Premier League.", [
   ("a", "Clint Hill scored his first Barclays Premier League goal for Rangers' second"),
   ("b", "Hill grabs the Queens Park Rangers badge in celebration after scoring his first ever Premier League goal.")]),
 ("Austin's late strike seemed to have won it for the visitors.", [
   ("a", "Charlie Austin looked like he might have scored a late winner for QPR but Christian Benteke equalised."),
   ("b", "Charlie Austin got ahead of Ron Vlaar and had looked as if he'd won the game for QPR.")]),
 ("The last equaliser came about five minutes after Austin's goal, seven from time (83rd minute).", [
   ("a", "with his last goal coming just seven minutes before full-time, and within five minutes of what had looked like a winner from Charlie Austin"),
   ("b", "Benteke can't conceal his delight at completing his hat-trick and rescuing a point in the 83rd minute.")]),
 ("The visitors let a lead slip twice.", [
   ("a", "twice threw away a lead against Aston Villa"),
   ("b", "even if Benteke did then level for a second time with a wonderful free-kick that beat Green via the inside of a post")]),
 ("The visitors are fighting to avoid relegation.", [
   ("a", "Taking all three points wasn't to be for the relegation-threatened visitors and they had to settle for a point."),
   ("b", "Villa Park looked a picture on Tuesday night as the two relegation battlers went head-to-head in Birmingham")]),
], [])

# 2: a midfielder's future at his club: a report that the club will let him go (a) and one that an
# Italian club will bid while his club wants him to stay (b)
LABELS["cnn30-2"] = _labels("An Italian club's pursuit of a Manchester City midfielder, 2015", {
    "a": "cnndm:3a37aa1d9f97c3025078534e2d1884ee706d02c2", "b": "cnndm:538905ff4c712b44df25a7e9e34cf2746b90a1b3"}, [
 ("The Milan club is ready to offer him a five-year contract.", [
   ("a", "Inter are prepared to offer Toure a five-year deal to compensate for the pay-cut he would be required to take if he moved to Italy"),
   ("b", "Inter Milan are prepared to offer Yaya Toure a five-year contract to lure him away from Manchester City this summer.")]),
 ("Mancini's club wants to sign him.", [
   ("a", "Inter Milan, managed by Roberto Mancini, are interested but given his huge wages there are some doubts."),
   ("b", "Former Manchester City manager Roberto Mancini is keen on bringing Toure to the San Siro.")]),
 ("He is paid £220,000 a week.", [
   ("a", "Toure has more than two years left on his current £220,000-a-week deal and is unlikely to move for anything less."),
   ("b", "who currently earns £220,000-per-week")]),
 ("He is 31 (32 next month).", [
   ("a", "A number of clubs, such as Inter Milan, are interested in the 31-year-old"),
   ("b", "Despite the fact Toure turns 32 next month")]),
 ("He came to City in 2010 (from Barcelona; Mancini signed him).", [
   ("a", "since joining from Barcelona in 2010"),
   ("b", "Mancini, who signed Toure for Manchester City in 2010")]),
 ("A new City contract under discussion includes an ambassador's job once he retires.", [
   ("a", "There have been preliminary talks about a contract extension for Toure at City — which included the possibility of an ambassadorial role when he hangs up his boots."),
   ("b", "will offer him a new contract at the end of the season, which will also include the opportunity to take up an ambassadorial role at the club when his playing days are over")]),
], [
 ("version", "Whether his club wants to keep him or is ready to let him go this summer.", False, [
   ("a", A, "But it seems the club are now happy for him to leave."),
   ("b", A, "City want to keep Toure")]),
])

# 3: a loaned striker's next move: his loan club will not buy him (a); an American club joins the
# clubs asking about him (b)
LABELS["cnn30-3"] = _labels("Clubs line up for a Manchester United striker at the end of his loan, 2015", {
    "a": "cnndm:7a21fbd7012a9a042beb5ce610b2d24aaae6343f", "b": "dm-test-26e4e19d945cedcb489f28808c730658139c9415"}, [
 ("He is on loan at Real Madrid from Manchester United this season.", [
   ("a", "Manchester United and Real Madrid agreed a potential deal last season worth around £15m to include the Mexican's season loan."),
   ("b", "Javier Hernandez is linked with a move to Orlando City after enduring a tough time on loan at Real Madrid")]),
 ("The loan has gone badly for him (few starts).", [
   ("a", "Hernandez has only started twice in La Liga for Carlo Ancleotti's side"),
   ("b", "Hernandez has cut a frustrated figure during his loan spell at Real Madrid this season")]),
 ("His parent club has no place for him.", [
   ("a", "does not feature in manager Louis van Gaal's plans"),
   ("b", "Manchester United misfit Javier Hernandez")]),
 ("One year remains on his United contract.", [
   ("a", "will only have one year left on his contract at the Old Trafford club"),
   ("b", "who has one year left on contract")]),
 ("He is 26.", [
   ("a", "among clubs interested in the 26-year-old"),
   ("b", "are also keen on the 26-year-old")]),
 ("Many English and other clubs want him.", [
   ("a", "The Mexican is wanted by a host of Premier League clubs including West Ham and Swansea."),
   ("b", "still has plenty of interest from other Premier League and European sides")]),
 ("Both lists of suitors name the two south-coast and east-London clubs (West Ham, Southampton).", [
   ("a", "Lazio, Valencia, Dinamo Moscow, Newcastle, West Ham and Southampton are among clubs interested"),
   ("b", "Southampton, Stoke, West Ham and Everton are all interested")]),
 ("United would part with him for about £7.5-8 million.", [
   ("a", "Real Madrid will not take up their £7.5million purchase option on Javier Hernandez"),
   ("b", "United willing to sell for around £8million")]),
], [])

# 4: a young forward's contract stand-off, three pieces: the manager's briefing (a), a fans'
# blogger (b), a former striker's column (c)
LABELS["cnn30-4"] = _labels("A Liverpool forward turns down a new contract, 2015", {
    "a": "cnndm:388132eadc18a9ce100fc76fd470b41e52fd8ca7", "b": "cnndm:be50bd56517bf4240402fbdeadaffd7f705e8d9a",
    "c": "cnndm:b4a582f4985c5d29270b0a4c42c280a7ade163c1"}, [
 ("He has not agreed to the new contract on offer.", [
   ("a", "who has two years left on his contract and is stalling on a new deal"),
   ("b", "in which he said he was not ready to sign a new contract at Liverpool"),
   ("c", "Fowler has also urged Raheem Sterling to end his contract wrangle and commit his future to the club")]),
 ("The offer he refused was worth £100,000 a week.", [
   ("b", "Personally, I think he has the potential to be worth so much more than the £100,000-a-week contract he’s turned down."),
   ("c", "Liverpool forward Raheem Sterling has rejected a new £100,000-a-week deal to stay at Anfield.")]),
 ("He need not leave to win trophies.", [
   ("b", "He has as much chance of winning trophies here as he does anywhere (other than money-rich clubs such as Chelsea or Man City)."),
   ("c", "I think it’s nonsense to suggest Sterling will have to go elsewhere to win trophies")]),
 ("Staying under Rodgers is his best chance to develop.", [
   ("b", "but a manager like Brendan Rodgers will give him the best shot of improving to that level over the next two to three years"),
   ("c", "he’d be crazy to go at this stage in his development, especially because he’s being guided by a special manager")]),
 ("Suarez became one of the world's best players.", [
   ("b", "Suarez was an established top-class player at the time, one of the best in the world."),
   ("c", "who has already turned Luis Suarez into one of the best players in the world")]),
 ("The captain is off to LA Galaxy once this campaign is over.", [
   ("a", "what could be his final appearance at Wembley before his move to LA Galaxy"),
   ("c", "Gerrard will leave Anfield at the end of the season to join Major League Soccer side LA Galaxy")]),
 ("The captain has a three-match ban.", [
   ("a", "Rodgers is set to welcome Steven Gerrard back into the squad after his three-match suspension."),
   ("c", "Gerrard will miss the trip to Ewood Park as he serves the second match of a three-game suspension")]),
 ("The club's aim is the FA Cup final at Wembley.", [
   ("a", "get to the final and we’ll take it from there"),
   ("c", "the skipper is hoping to bow out in style by leading Brendan Rodgers' side to the final at Wembley")]),
], [])

# 5: the war on ISIS in Iraq, spring 2015: officials on a delayed offensive (a), an analyst on a
# Pentagon map (b) (one story, different angles: a check on false agreements)
LABELS["cnn30-5"] = _labels("The campaign against ISIS in Iraq after the fall of Tikrit, 2015", {
    "a": "factcc_132", "b": "factcc_144"}, [
 ("Tikrit was taken back from ISIS.", [
   ("a", "The biggest and most recent example of this came with the recapture a few weeks ago of Tikrit"),
   ("b", "significant gains against ISIS -- particularly in Tikrit")]),
 ("Coalition air power backs the Iraqi forces.", [
   ("a", "Mosul has long been the big prize in the Iraqi government's fight -- aided by a U.S.-led military coalition, which has carried out airstrikes for months -- to defeat ISIS."),
   ("b", "The gains made in the fight against the terror group by Iraqi security forces and coalition air power certainly look impressive")]),
 ("Iraq and its allies are gaining ground.", [
   ("a", "The senior administration officials who talked to reporters Thursday stressed the Iraqis and their allies are making progress in their fight against the group that calls itself the Islamic State."),
   ("b", "The Pentagon released a map this week showing coalition forces have taken back 25-30% of Iraqi territory seized by ISIS.")]),
 ("ISIS is being weakened, losing.", [
   ("a", "In fact, officials insist that ISIS has been degraded substantially thanks to a combination of air power and ground combat."),
   ("b", "They are losing so of course they are going to try to distract us by destroying ancient statues in Nimrud and killing refugees in camps like Yarmouk.")]),
], [])


def main(argv: list[str] | None = None) -> int:
    return cnn27.main(argv, labels=LABELS, out=OUT, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
