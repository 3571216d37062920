"""Session 35, long44: six invented long articles (600-1,000 words; every name, place, organisation, currency and
number made up), each sentence with its gold source written down before the code path was run.

An article is a list of paragraphs; a paragraph a list of (sentence, gold). gold: "" the outlet's own voice; a
name part ("Brandvik") the source whose name contains it; alternatives joined by "|" ("Brandvik|" = either, a
sentence GUIDELINES leaves open); None = not scored (a headline, a timestamp line, an interviewer's question).
Sentences of a paragraph are joined by one space, paragraphs by a blank line.
"""

from __future__ import annotations

Para = list[tuple[str, str | None]]

# L1: a political scandal with four officials (two "she", two "he") and quotations over paragraphs
L1: list[Para] = [
    [("Four officials, one contract: Lanmoor housing deal unravels", None)],
    [("The provincial government of Lanmoor was thrown into turmoil on Tuesday when its auditor-general reported that a 212-million-crown housing contract had been handed to a single bidder without any tender.", "Brandvik|auditor|")],
    [("Auditor-General Ilse Brandvik told the provincial assembly's accounts committee that the award to Stallbridge Homes broke at least four procurement rules.", "Brandvik"),
     ("She said her office had found no record that any other company was invited to compete.", "Brandvik")],
    [("“We looked for the tender file and there was no tender file,” Brandvik said.", "Brandvik"),
     ("“There was a letter, a price and a signature.", "Brandvik"),
     ("That is not how public money should be spent.", "Brandvik")],
    [("“I have referred the matter to the provincial prosecutor, and I expect every official named in my report to co-operate fully.”", "Brandvik")],
    [("Stallbridge Homes, based in the port town of Verrick, was founded in 2009 and has built about 1,400 homes across the province.", ""),
     ("Its chairman, Oswin Hale, sits on the board of a charity chaired by the premier's wife.", "")],
    [("Deputy Housing Minister Caspar Venn, whose signature appears on the award letter, said on Tuesday evening that he had acted on advice from the treasury.", "Venn"),
     ("He said he had never met Hale and had no idea who sat on the charity's board.", "Venn")],
    [("“I signed what was put on my desk by people whose job it is to check these things,” Venn said.", "Venn"),
     ("“If the checks were not done, I want to know why as much as anyone does.”", "Venn")],
    [("Treasurer Marguerite Olwen rejected that account.", "Olwen|"),
     ("In a statement released late on Tuesday, she said her department had raised concerns about the contract in writing on three occasions, and that each warning had gone unanswered.", "Olwen")],
    [("The treasury's letters, which were seen by this newspaper, are dated March 4, March 19 and April 2.", ""),
     ("The last of them warns that the price was “well above any reasonable estimate” and asks the housing ministry to pause the award.", "letter|them|treasury")],
    [("Opposition leader Tomas Redgrave called for the premier to suspend Venn and to set up an independent inquiry.", "Redgrave"),
     ("“This is not a clerical slip,” he told reporters outside the assembly building.", "Redgrave"),
     ("“This is a deal that was steered, from the first day, towards a friend of the government.", "Redgrave")],
    [("“The premier has known about these warnings for months.", "Redgrave"),
     ("He has done nothing.", "Redgrave"),
     ("Now he must decide whether he runs a government or a club.”", "Redgrave")],
    [("Premier Aldous Kettering was not available for comment on Tuesday.", ""),
     ("A spokesman for his office said the premier had full confidence in both ministers and would await the prosecutor's decision.", "Kettering|spokesman|office|premier")],
    [("The contract covers 640 homes on former railway land north of Verrick, of which about 90 have been completed.", ""),
     ("Work on the remainder has slowed since January, residents of the area say.", "residents")],
    [("“We were promised the first families would move in last autumn, then this spring, and now nobody will give us a date at all, and meanwhile the site sits there behind a fence with two men and a digger,” said Petra Lund, who chairs the Verrick North residents' association.", "Lund")],
    [("Brandvik said her report would be published in full on Friday.", "Brandvik"),
     ("She declined to say whether she had found evidence of personal gain.", "Brandvik")],
    [("Venn, asked later whether he would resign, said he had no intention of doing so.", "Venn"),
     ("“I have nothing to hide,” he said.", "Venn"),
     ("Olwen said she would give evidence to the committee next week.", "Olwen")],
    [("Redgrave said that was not enough.", "Redgrave"),
     ("“She knew, he signed, and the premier looked away,” he said.", "Redgrave")],
    [("The accounts committee, which has five members from the governing party and four from the opposition, meets again on Monday.", ""),
     ("Its chair, Ruth Mallory, said the committee would ask Stallbridge Homes to send a representative.", "Mallory"),
     ("Stallbridge Homes did not respond to requests for comment.", "|Stallbridge")],
]

# L2: a company crisis, the chief executive and the union leader both "he"
L2: list[Para] = [
    [("Holtmoor Freight to close two depots as strike threat looms", None)],
    [("Holtmoor Freight, the country's third-largest haulage company, said on Wednesday it would close two of its depots and cut 830 jobs, blaming a collapse in orders from retailers.", "Holtmoor")],
    [("Chief executive Dario Pellenz said the company had lost money in each of the last six quarters.", "Pellenz"),
     ("He said the closures at Amberfield and Cottesford were the only way to keep the rest of the business alive.", "Pellenz")],
    [("“Nobody takes a decision like this lightly,” Pellenz said in a video message to staff.", "Pellenz"),
     ("“These are people who have driven for us for twenty years.", "Pellenz"),
     ("But if we do nothing, we put all 4,100 jobs at risk, not 830.”", "Pellenz")],
    [("The Road Transport Workers' Union, which represents about two thirds of Holtmoor's drivers, said it would ballot its members on strike action.", "Union")],
    [("Grant Mabury, the union's general secretary, said the company had hidden the scale of its plans from staff for months.", "Mabury"),
     ("He said drivers at Amberfield had learned of the closure from a local radio station before any manager told them.", "Mabury")],
    [("“They had the numbers in January,” Mabury said.", "Mabury"),
     ("“They sat on them, they let people sign mortgages, and then they read out a list.", "Mabury")],
    [("“If Dario Pellenz thinks our members will simply hand back their keys, he has not met our members.”", "Mabury")],
    [("Pellenz rejected the claim that staff had been kept in the dark.", "Pellenz"),
     ("He said the board had only approved the plan on Monday night.", "Pellenz"),
     ("Mabury, he added, had been invited to a meeting on Thursday.", "Pellenz")],
    [("Holtmoor was founded in 1961 as a family removals firm and listed on the stock exchange in 2004.", ""),
     ("Its shares have fallen by more than half over the past year.", ""),
     ("They dropped another 9% on Wednesday.", "")],
    [("Analyst Freya Oduya of Carrow Securities said the closures had been expected but that the size of the cut was a surprise.", "Oduya"),
     ("“The market was braced for one depot, not two,” she said.", "Oduya"),
     ("“The question now is whether the lenders are satisfied, and I am not sure they are.”", "Oduya")],
    [("Mabury said the ballot would open on Friday and close on March 28.", "Mabury"),
     ("He said he expected a large majority for a walkout.", "Mabury")],
    [("Asked about that on a call with reporters, Pellenz said he respected the union's right to ballot.", "Pellenz"),
     ("He said a strike would only hasten the losses he was trying to stop.", "Pellenz")],
    [("“I would say to every driver: read the figures before you vote,” he said.", "Pellenz")],
    [("In Amberfield, where the depot is the town's largest employer, the mood was bleak.", ""),
     ("“My father drove for Holtmoor and so did I,” said Keith Orrell, 54, who has worked at the depot since 1991.", "Orrell"),
     ("“I don't know what else there is here for a man my age.”", "Orrell")],
    [("The town's mayor, Celia Banstead, said she had written to the transport minister asking for help to find a buyer for the site.", "Banstead"),
     ("The ministry said it was aware of the announcement and was in contact with the company.", "ministry")],
    [("Banstead, a former driver herself, said the closure would take more than wages out of the town.", "Banstead"),
     ("“Every one of those jobs buys lunch in a café here and pays a mortgage here,” she said.", "Banstead"),
     ("“When the lorries go, the shops go next.”", "Banstead")],
    [("Holtmoor said it would offer redundancy terms above the legal minimum and help drivers find work with other hauliers.", "Holtmoor"),
     ("The union called the offer “a sticking plaster on an amputation”.", "union")],
    [("Oduya said lenders to the company were due to review its borrowing in April.", "Oduya"),
     ("If they refuse to extend the loans, the company could be forced to sell more sites, she said.", "Oduya")],
    [("Pellenz is due to meet Mabury on Thursday.", ""),
     ("Neither man would say what he expected from the meeting.", "")],
]

# L3: a court hearing: judge, prosecutor and a witness all "she", defence counsel and defendant "he"
L3: list[Para] = [
    [("Former hospital finance chief denies stealing 3.4 million from trust", None)],
    [("A former finance director of the Marlbeck Hospitals Trust pleaded not guilty on Monday to 11 counts of fraud, at the start of a trial expected to last six weeks.", "")],
    [("Lowell Fenwick, 58, is accused of diverting 3.4 million crowns from the trust's accounts into companies controlled by his brother-in-law between 2017 and 2022.", "|Quell|prosecut|unnamed")],
    [("Opening the case for the prosecution, Nadia Quell told the jury that Fenwick had used his position to approve invoices for work that was never done.", "Quell"),
     ("She said the money had paid for a holiday home, two cars and school fees.", "Quell")],
    [("“This was not one mistake, or two, or even ten,” Quell said.", "Quell"),
     ("“This was a system, designed by the defendant, to move money that did not belong to him into accounts that did.", "Quell")],
    [("“And he built it so that no one else in the finance office could see the whole picture.”", "Quell")],
    [("Fenwick, wearing a grey suit, sat with his arms folded and looked at the floor during much of her speech.", "")],
    [("His barrister, Emeric Sawle, said the defence did not dispute that the payments had been made.", "Sawle"),
     ("He told the jury the question was whether Fenwick had known that the invoices were false.", "Sawle")],
    [("“My client trusted people he should not have trusted,” Sawle said.", "Sawle"),
     ("“That is a failing.", "Sawle"),
     ("It is not a crime.”", "Sawle")],
    [("Judge Rosalind Achterberg warned jurors not to read reports of the case or to look the defendant up online.", "Achterberg"),
     ("She said the trial would sit four days a week and break for a fortnight in May.", "Achterberg")],
    [("The trust, which runs three hospitals in the Marlbeck area, first raised concerns in 2022 after an internal audit.", ""),
     ("Fenwick was suspended the same month and dismissed the following year.", "")],
    [("Fenwick's brother-in-law, Conrad Ashby, has not been charged and is expected to give evidence for the prosecution.", ""),
     ("Quell said Ashby had signed a statement describing how the two firms were set up and who ran them.", "Quell")],
    [("Quell said the audit had found 214 invoices from two firms, Greyfold Consulting and Tarrant Estates, neither of which had any employees.", "Quell"),
     ("She said both were registered at the same address, a flat above a dry cleaner's in the town centre.", "Quell")],
    [("Sawle interrupted to say that the defence would show Greyfold had in fact employed two people.", "Sawle"),
     ("The judge told him he would have his turn.", "Achterberg|judge")],
    [("The first witness, the trust's former chief executive, Helena Voss, said she had signed off the accounts each year on Fenwick's advice.", "Voss"),
     ("She said she had had no reason to doubt him.", "Voss"),
     ("Under cross-examination, she accepted that the finance office had been short of staff for most of that period.", "Voss")],
    [("“Everybody was doing two jobs,” she said.", "Voss"),
     ("“Lowell more than most.”", "Voss")],
    [("Quell asked whether Voss had ever seen an invoice from Tarrant Estates.", "Quell|"),
     ("“Not that I remember,” she replied.", "Voss")],
    [("Outside court, Fenwick's wife, Greta, said the family had been “put through hell” by the investigation and were confident he would be cleared.", "Greta"),
     ("“He has given his whole working life to that trust,” she said.", "Greta")],
    [("Sawle told the jury that his client would give evidence later in the trial.", "Sawle"),
     ("“You will hear from Mr Fenwick himself,” he said.", "Sawle"),
     ("“You will be able to look at him and decide whether he is the man the prosecution describes.”", "Sawle")],
    [("Quell said the prosecution would call 23 witnesses, including two officers from the regional fraud unit and a forensic accountant.", "Quell"),
     ("The accountant's report, she said, traced every payment from the trust to the two firms and on to Fenwick's personal accounts.", "Quell")],
    [("Achterberg adjourned the hearing until Tuesday morning.", "")],
    [("The trial continues.", "")],
]

# L4: a flood: officials, residents (a testimony over three paragraphs), a scientist (attribution at the end)
L4: list[Para] = [
    [("Three dead as Tamber River bursts its banks in Wendlow", None)],
    [("Three people were killed and more than 2,000 forced from their homes after the Tamber River burst its banks in the town of Wendlow overnight, emergency officials said on Sunday.", "officials")],
    [("The regional fire service said crews had rescued 146 people from rooftops and upper floors, many of them elderly.", "fire service"),
     ("Two of the dead were found in a car swept off the Mill Road bridge; the third, a man in his eighties, died in his ground-floor flat.", "")],
    [("“The water came up faster than anything we have seen in this valley,” said Chief Fire Officer Brendan Marsh.", "Marsh"),
     ("“At two in the morning it was at the kerb.", "Marsh"),
     ("By four it was at the windows.”", "Marsh")],
    [("Marsh said the river had peaked at 5.8 metres, more than a metre above the previous record set in 1998.", "Marsh"),
     ("He said water levels were now falling slowly but warned that more rain was expected on Tuesday.", "Marsh")],
    [("In the Lower Quay district, residents spent the day carrying ruined furniture into the street.", ""),
     ("Anjali Rennard, 41, a nurse, said she woke to the sound of her neighbour shouting.", "Rennard")],
    [("“I opened the bedroom door and the stairs were gone, just brown water, with the children's shoes floating on it,” she said.", "Rennard"),
     ("“We climbed into the loft with a torch and a phone with eight per cent battery.", "Rennard"),
     ("My son kept asking whether the house would float away.", "Rennard")],
    [("“We were up there for five hours.", "Rennard"),
     ("When the boat came, the firefighter had to break the window to get us out.", "Rennard"),
     ("I have never been so glad to hear glass break.", "Rennard")],
    [("“Everything downstairs is finished.", "Rennard"),
     ("But we are alive, and the woman two doors down is not, and I keep thinking about that.”", "Rennard")],
    [("Her neighbour, Tobias Grell, said he had lived on the street for 30 years and had never seen water above the pavement.", "Grell"),
     ("“They told us the new walls would hold,” he said.", "Grell"),
     ("“They held for about twenty minutes.”", "Grell")],
    [("The flood defences along the Lower Quay were completed in 2019 at a cost of 38 million crowns.", ""),
     ("They were designed to withstand a flood of the size expected once in a century.", "")],
    [("The regional council's head of infrastructure, Mariam Solberg, said the walls had not failed.", "Solberg"),
     ("She said the water had come over them, not through them, because the river rose higher than any model had predicted.", "Solberg"),
     ("“A defence built for a one-in-a-hundred-year flood will be overtopped by a bigger one,” she said.", "Solberg"),
     ("“That is what happened last night.”", "Solberg")],
    [("Dr Lucian Abara, a hydrologist at the University of Caddon, said rainfall over the Tamber's upper catchment had reached 140 millimetres in 18 hours, roughly a month's worth.", "Abara")],
    [("“What we are seeing is a pattern, not a freak: the heaviest downpours are getting heavier, the ground upstream has been paved and drained, and so water reaches towns like Wendlow in hours rather than days, which means defences designed on the old records are already out of date,” Abara said.", "Abara")],
    [("He said the region should plan for floods at least 20% larger than those used in current designs.", "Abara"),
     ("Solberg said the council would review the defences but that it was premature to say whether they would be raised.", "Solberg")],
    [("The regional governor, Henrike Palm, visited the town on Sunday afternoon and promised emergency payments of 1,500 crowns to every household affected.", "|Palm"),
     ("“No family in Wendlow will be left to face this alone,” Palm told residents at a school being used as a shelter.", "Palm")],
    [("Some were unconvinced.", ""),
     ("“Fifteen hundred crowns will not buy a new kitchen,” one man shouted.", "man")],
    [("Police have named the man who died in his flat as Arthur Pim, 86.", "|Police"),
     ("The names of the other two victims have not been released.", "")],
]

# L5: a live blog of an election night, timestamped entries
L5: list[Para] = [
    [("Carrowdale election night: live updates", None)],
    [("22:01 GMT - Polls have closed across Carrowdale, and counting has begun in all 48 constituencies.", "")],
    [("22:05 GMT - An exit poll for the broadcaster KTV suggests the centre-left Civic Alliance will win 21 seats, short of the 25 needed for a majority.", "poll|KTV"),
     ("The poll puts the governing National Union on 17 seats.", "poll|KTV")],
    [("22:19 GMT - Civic Alliance leader Mireille Dufane has arrived at her party's headquarters in Old Harbour.", ""),
     ("She told reporters on the steps that she would not comment on the exit poll.", "Dufane"),
     ("“Exit polls have been wrong before,” she said.", "Dufane"),
     ("“We will wait for real votes.”", "Dufane")],
    [("22:34 GMT - Prime Minister Joran Stavik, whose National Union has governed for eight years, says the exit poll is “not the result we hoped for”.", "Stavik"),
     ("In a short statement, he thanked party volunteers and said he would speak again once the first seats were declared.", "Stavik")],
    [("22:51 GMT - Turnout appears to be well up on the last election.", ""),
     ("Officials in the capital's northern district put it at 71% at 9pm, against 63% at the same point four years ago.", "Officials")],
    [("23:12 GMT - First result: the Civic Alliance has taken Brennock East from the National Union with a majority of 2,340.", ""),
     ("The seat's outgoing member, Hal Brody, conceded on stage.", "|Brody"),
     ("“The voters have spoken and I respect that,” he said.", "Brody"),
     ("“I will not pretend it doesn't hurt.”", "Brody")],
    [("23:40 GMT - Our political editor, Sanna Kroll, writes: The mood at National Union headquarters has turned grim.", "Kroll|"),
     ("Several senior figures have already left, and one aide told me the party had “lost the argument on rents months ago”.", "aide|Kroll")],
    [("23:55 GMT - Election officials in Ferrow West say a recount has been ordered after the two leading candidates finished 14 votes apart.", "officials"),
     ("The recount is expected to take place on Monday.", "")],
    [("23:25 GMT - The National Union's campaign chief, Piers Hallam, has blamed a low turnout among older voters in the rural west.", "Hallam"),
     ("“Our people stayed at home,” he told KTV.", "Hallam"),
     ("“That is on us, not on them.”", "Hallam")],
    [("00:15 GMT - Three more seats have been declared, all gains for the Civic Alliance.", ""),
     ("Dufane, speaking briefly as she left for the count in Old Harbour, said the results were “encouraging but not decisive”.", "Dufane")],
    [("00:42 GMT - The Greens' leader, Tova Linden, says her party is ready to talk to anyone who will commit to a ban on new coal mines.", "Linden"),
     ("With the exit poll showing the Greens on four seats, they could decide who governs.", ""),
     ("“Our price is not a ministry,” Linden said.", "Linden"),
     ("“Our price is a law.”", "Linden")],
    [("01:20 GMT - Stavik has held his own seat of Carrow North, but with a majority cut by more than half.", ""),
     ("He did not mention coalition talks in his speech, saying only that he would “reflect on the message from voters”.", "|Stavik")],
    [("01:55 GMT - With 30 of 48 seats declared, the Civic Alliance has 15, the National Union 10, the Greens three and independents two.", ""),
     ("Dufane has just arrived on stage in Old Harbour.", ""),
     ("“Tonight Carrowdale chose change,” she told supporters.", "Dufane"),
     ("“Tomorrow we start to earn it.”", "Dufane"),
     ("She said she would call Linden in the morning.", "Dufane")],
    [("01:40 GMT - Police say two people were arrested outside a counting centre in Brennock after a scuffle between rival supporters.", "Police"),
     ("Counting there was not interrupted.", "")],
    [("02:05 GMT - A reader in Brennock, Ines Harte, emails: “The queue at my polling station went right round the block at ten to ten.”", "Harte")],
    [("02:10 GMT - Stavik's deputy, Orla Finch, has told KTV that the party will “take time to listen” before deciding on its leadership.", "Finch"),
     ("Asked whether Stavik would stay on, she said that was a matter for him.", "Finch")],
]

# L6: an interview in question-and-answer form, a statement from the other side between the answers
L6: list[Para] = [
    [("‘We stopped listening to the river’: engineer Odile Brack on taking dams down", None)],
    [("Odile Brack spent 26 years designing dams before she started campaigning to take them down.", ""),
     ("She now leads Free Rivers Network, a group that has persuaded councils in four regions to remove 37 disused weirs.", ""),
     ("She spoke to us from her office in Lisk.", ""),
     ("Its members are mostly retired engineers, anglers and farmers who live along the rivers they want freed.", "")],
    [("Her network's latest campaign, against a 19th-century dam at Harrow Cross, has divided the village it sits in.", ""),
     ("Brack, 61, says she has no regrets about leaving engineering.", "Brack")],
    [("Q: When did you change your mind about dams?", None)],
    [("A: Slowly, and then all at once.", "Brack"),
     ("I was inspecting a weir on the Hesk in 2011 and there were salmon piled up below it, hundreds of them, unable to get past.", "Brack"),
     ("I had designed structures like that.", "Brack"),
     ("I went home and could not sleep.", "Brack")],
    [("Q: How did your old employer react?", None)],
    [("A: Badly, at first.", "Brack"),
     ("My director said I was throwing away a career, and he was right about that.", "Brack|director"),
     ("I lost a lot of friends in the industry.", "Brack"),
     ("Some of them have come back since.", "Brack"),
     ("One of them now sits on our board.", "Brack")],
    [("Q: Your former colleagues say removal is risky. Are they wrong?", None)],
    [("A: Some removals are risky, yes.", "Brack"),
     ("Sediment that has built up for a century has to go somewhere.", "Brack"),
     ("But we plan for that.", "Brack"),
     ("The risk of doing nothing is much larger, and nobody puts it on a spreadsheet.", "Brack")],
    [("Q: What does a removal actually cost?", None)],
    [("A: It depends on the size.", "Brack"),
     ("A small weir on a stream can come out for 40,000 crowns.", "Brack"),
     ("The biggest one we have done, at Tolby Mill, cost 1.2 million, most of it for moving the silt.", "Brack"),
     ("Compare that with the cost of repairing a structure nobody uses, which owners are supposed to pay and usually don't.", "Brack")],
    [("Q: The Hydro Producers' Association says your group exaggerates the benefits. How do you answer that?", None)],
    [("A: They have a business to protect.", "Brack"),
     ("I understand that.", "Brack"),
     ("When their own consultants looked at the Hesk, they found fish numbers had tripled within five years of the weir coming out.", "Brack")],
    [("The association's chair, Ruben Castellane, said in a statement to this newspaper that the figures Brack cites come from a single river and cannot be applied elsewhere.", "Castellane"),
     ("“We support removing structures that serve no purpose,” he said.", "Castellane"),
     ("“We do not support removing ones that keep the lights on.”", "Castellane")],
    [("Castellane added that the association had itself paid for the removal of nine weirs since 2020.", "Castellane")],
    [("Q: What comes next for the network?", None)],
    [("A: A bill.", "Brack"),
     ("We want a law that makes owners of abandoned weirs pay for their removal, the way an oil company has to close a well.", "Brack"),
     ("At the moment the public pays, or nobody does.", "Brack")],
    [("Q: Is there a dam you would never take down?", None)],
    [("A: Of course.", "Brack"),
     ("Plenty of them hold drinking water for whole cities, and some make clean power for a hundred thousand homes.", "Brack"),
     ("I am not against dams.", "Brack"),
     ("I am against dams that do nothing, which is most of the ones on our list.", "Brack"),
     ("The ministry's own survey counted 2,900 barriers on rivers in the western regions, and fewer than one in ten still has an owner who uses it.", "Brack")],
    [("Q: Will the government back it?", None)],
    [("A: The environment minister told me in September that she liked the idea.", "Brack"),
     ("Liking is cheap.", "Brack"),
     ("We will see what her department puts in the spring budget.", "Brack")],
    [("Q: Do you miss designing dams?", None)],
    [("A: I miss the maths.", "Brack"),
     ("I don't miss the fish ladders that didn't work.", "Brack")],
]

ARTICLES = {"L1": L1, "L2": L2, "L3": L3, "L4": L4, "L5": L5, "L6": L6}


def build(article: list[Para]) -> tuple[str, list[tuple[int, int, str | None]]]:
    """The article's text and every sentence's (start, end, gold)."""
    parts, spans, pos = [], [], 0
    for pi, para in enumerate(article):
        if pi:
            parts.append("\n\n")
            pos += 2
        for si, (sent, gold) in enumerate(para):
            if si:
                parts.append(" ")
                pos += 1
            parts.append(sent)
            spans.append((pos, pos + len(sent), gold))
            pos += len(sent)
    return "".join(parts) + "\n", spans


def matches(gold: str, name: str | None) -> bool:
    """The source `name` (None: the outlet) is one the gold allows."""
    alts = gold.split("|")
    if name is None:
        return "" in alts
    return any(a and a.lower() in name.lower() for a in alts)
