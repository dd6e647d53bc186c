"""review7's sentences: for each parser commit of session 7's first round, 4 sentences
with the construction the commit claims, in other wording than its own examples
('pos'), and 2 that look alike but must not trigger it ('neg'). Written by the
reviewer, none copied from a gold story or the free pools.

Each case: the commit (short sha), an id, pos|neg, the text after the header
'date: 1987-04-15' (a Wednesday) and a title line, and the figures to check: the
figure's text in the file ('fig#N' for its N-th later occurrence) with the fields
wanted ('!a|b' = none of these; 'a|b' = one of these; absent=True: no figure there).
Only the fields the rule is about are checked."""

CASES = []


def C(commit, cid, kind, text, *figs):
    CASES.append({'commit': commit, 'id': cid, 'kind': kind, 'text': text,
                  'figs': list(figs)})


# ---- period7 -------------------------------------------------------------
# c3ee793: an earlier value named by its distance ('in the previous quarter',
# 'a quarter earlier', 'the quarter before', 'the previous period')
C('c3ee793', 'p1a', 'pos',
  "TOKYO, April 15 - Japan's current account surplus rose to 22.1 billion dlrs in the "
  "first quarter of 1987 from 19.3 billion dlrs in the preceding quarter, the ministry said.",
  ('19.3 billion dlrs', {'period': '1986-Q4'}))
C('c3ee793', 'p1b', 'pos',
  "BONN, April 15 - West German exports fell to 120.4 billion marks in the fourth quarter "
  "of 1986, down from 125.2 billion marks a quarter earlier.",
  ('125.2 billion marks', {'period': '1986-Q3'}))
C('c3ee793', 'p1c', 'pos',
  "OTTAWA, April 15 - Canada's merchandise trade surplus was 2.6 billion dlrs in the "
  "October-December quarter, compared with 2.2 billion dlrs the quarter before, "
  "Statistics Canada said.",
  ('2.2 billion dlrs', {'period': '1986-Q3'}))
C('c3ee793', 'p1d', 'pos',
  "SYDNEY, April 15 - Australian wool exports totalled 1.45 billion dlrs in the six months "
  "to December 1986, against 1.21 billion\ndlrs in the previous period, the bureau said.",
  ('1.21 billion', {'period': '1986-01/1986-06'}))
C('c3ee793', 'p1e', 'neg',
  "LONDON, April 15 - British exports in the first quarter were 18.4 billion stg, up from "
  "17.1 billion stg in the same quarter a year earlier.",
  ('17.1 billion stg', {'period': '!1986-Q4'}))
C('c3ee793', 'p1f', 'neg',
  "PARIS, April 15 - The French trade deficit was 4.2 billion francs in the fourth quarter "
  "of 1986 against 3.1 billion francs the quarter before last.",
  ('3.1 billion francs', {'period': '!1986-Q3'}))

# 2130d1f: a price per unit quoted in a market session or on a day word is of that day
C('2130d1f', 'p2a', 'pos',
  "NEW YORK, April 15 - Comex copper closed at 68.40 cents a lb, up 0.35 cent, dealers said.",
  ('68.40 cents', {'period': '1987-04-15'}))
C('2130d1f', 'p2b', 'pos',
  "LONDON, April 15 - Robusta coffee for May delivery ended at 1,310 stg a tonne in "
  "afternoon trading.",
  ('1,310 stg', {'period': '1987-04-15'}))
C('2130d1f', 'p2c', 'pos',
  "KUALA LUMPUR, April 15 - Palm oil was traded at 780 ringgit per tonne today, "
  "traders said.",
  ('780 ringgit', {'period': '1987-04-15'}))
C('2130d1f', 'p2d', 'pos',
  "ZURICH, April 15 - Gold opened at 421.75 dlrs an\nounce, against 419.50 dlrs at "
  "yesterday's close.",
  ('421.75 dlrs', {'period': '1987-04-15'}))
C('2130d1f', 'p2e', 'neg',
  "WASHINGTON, April 15 - The Agriculture Department said the loan rate for wheat is "
  "currently 2.28 dlrs per bushel under the farm programme.",
  ('2.28 dlrs', {'period': '!1987-04-15'}))
C('2130d1f', 'p2f', 'neg',
  "CHICAGO, April 15 - Farmers who sold their corn at 1.45 dlrs a bushel in January "
  "regret it now, analysts said today.",
  ('1.45 dlrs', {'period': '!1987-04-15'}))

# 0a1ab58: a period phrase right after a price's unit is that price's
C('0a1ab58', 'p3a', 'pos',
  "SINGAPORE, April 15 - Palm olein fell from 410 dlrs a tonne on April 1 to 385 dlrs a "
  "tonne on April 14, traders said.",
  ('410 dlrs', {'period': '1987-04-01'}), ('385 dlrs', {'period': '1987-04-14'}))
C('0a1ab58', 'p3b', 'pos',
  "NEW YORK, April 15 - Sugar was quoted at 7.80 cents a lb on Monday and 7.95 cents a lb "
  "on Tuesday, dealers said.",
  ('7.80 cents', {'period': '1987-04-13'}), ('7.95 cents', {'period': '1987-04-14'}))
C('0a1ab58', 'p3c', 'pos',
  "MANILA, April 15 - The government raised the copra support price from 2.10 pesos per "
  "kilo in 1986 to 2.40 pesos in 1987.",
  ('2.10 pesos', {'period': '1986'}), ('2.40 pesos', {'period': '1987'}))
C('0a1ab58', 'p3d', 'pos',
  "NAIROBI, April 15 - Kenyan tea averaged 1.95 dlrs per\nkg in March, against 2.10 dlrs "
  "in February, the board said.",
  ('1.95 dlrs', {'period': '1987-03'}))
C('0a1ab58', 'p3e', 'neg',
  "CAIRO, April 15 - Egypt was offered U.S. wheat at 92 dlrs a tonne for May shipment, "
  "traders said.",
  ('92 dlrs', {'period': '!1987-05'}))
C('0a1ab58', 'p3f', 'neg',
  "ROTTERDAM, April 15 - Soybean oil at 385 dlrs a tonne in Rotterdam compares with 410 "
  "dlrs in March, dealers said.",
  ('385 dlrs', {'period': '!1987-03'}))

# ---- subject7 ------------------------------------------------------------
# 7827cd9: a share with no trade flow is the economy of its sentence, else the story's
C('7827cd9', 's1a', 'pos',
  "TOKYO, April 15 - Japan produced only 30 pct of the grain it consumed last year, the "
  "agriculture ministry said.",
  ('30 pct', {'reporter': 'JP'}))
C('7827cd9', 's1b', 'pos',
  "MANILA, April 15 - Coconut farms cover about 25 pct of the Philippines' arable land, "
  "the ministry said.",
  ('25 pct', {'reporter': 'PH'}))
C('7827cd9', 's1c', 'pos',
  "OTTAWA, April 15 - Farm debt accounts for 18 pct of Canadian bank lending, a "
  "government report said.",
  ('18 pct', {'reporter': 'CA'}))
C('7827cd9', 's1d', 'pos',
  "BRASILIA, April 15 - Soybean harvesting reached 40 pct of the planted\narea by Friday, "
  "officials said.",
  ('40 pct', {'reporter': 'BR'}))
C('7827cd9', 's1e', 'neg',
  "ZURICH, April 15 - Nestle said it now owns 35 pct of the Brazilian unit after buying "
  "shares from a partner.",
  ('35 pct', {'reporter': ''}))
C('7827cd9', 's1f', 'neg',
  "PARIS, April 15 - The bank's shareholders voted to sell 30 pct of its capital to "
  "Paribas.",
  ('30 pct', {'reporter': ''}))

# 8e2674c: 1980s countries (Zaire, Czechoslovakia, Kampuchea, Holland, Brunei,
# Swaziland, East Germany)
C('8e2674c', 's2a', 'pos',
  "WASHINGTON, April 15 - The United States will ship 20,000 tonnes of rice to Zaire "
  "under the PL 480 programme, the USDA said.",
  ('20,000 tonnes', {'partner': 'ZR', 'flow': 'export'}))
C('8e2674c', 's2b', 'pos',
  "VIENNA, April 15 - Czechoslovakia imported 1.2 mln tonnes of grain in 1986, the "
  "statistics office said.",
  ('1.2 mln tonnes', {'reporter': 'CS', 'flow': 'import'}))
C('8e2674c', 's2c', 'pos',
  "BONN, April 15 - East German exports to West Germany rose 5 pct last year.",
  ('5 pct', {'reporter': 'DD'}))
C('8e2674c', 's2d', 'pos',
  "LONDON, April 15 - Britain sold 300,000 tonnes of barley to Holland in March.",
  ('300,000 tonnes', {'partner': 'NL', 'reporter': 'GB'}))
C('8e2674c', 's2e', 'neg',
  "LONDON, April 15 - Trade Secretary John Holland said exports rose 4 pct in March.",
  ('4 pct', {'reporter': '!NL'}))
C('8e2674c', 's2f', 'neg',
  "TOKYO, April 15 - Japanese exports to East Asia rose 12 pct in March, the ministry "
  "said.",
  ('12 pct', {'partner': '!DD', 'reporter': 'JP'}))

# 5f51664: a story's most-named country counts 'U.S.', 'U.K.', 'United States', not
# a currency's 'U.S. dlrs' (dateline the table does not know)
C('5f51664', 's3a', 'pos',
  "BALI, Indonesia, April 15 - U.S. officials told the meeting the United States wanted "
  "faster growth abroad. The trade deficit, at 170 billion dlrs last year, could not "
  "last, they said.",
  ('170 billion dlrs', {'reporter': 'US'}))
C('5f51664', 's3b', 'pos',
  "CANNES, April 15 - U.K. officials said the U.K. would press for lower tariffs at the "
  "talks. The visible trade deficit reached 8.2 billion stg last year, they said.",
  ('8.2 billion stg', {'reporter': 'GB'}))
C('5f51664', 's3c', 'pos',
  "PUNTA DEL ESTE, April 15 - United States farm officials said the United States "
  "would not cut subsidies alone. Farm exports fell to 26 billion dlrs last year from "
  "43 billion in 1981.",
  ('26 billion dlrs', {'reporter': 'US'}))
C('5f51664', 's3d', 'pos',
  "VENICE, April 15 - Japanese officials said Japan would stimulate demand. The "
  "surplus of 101 billion\ndlrs last year must shrink, U.S. officials said.",
  ('101 billion', {'reporter': 'JP'}))
C('5f51664', 's3e', 'neg',
  "AL KHOBAR, April 15 - Saudi riyal interbank deposit rates eased, dealers said. "
  "Three-month deposits were quoted at 6.5 pct, while U.S. interest rates held and U.S. "
  "dollar rates were steady.",
  ('6.5 pct', {'reporter': '!US'}))
C('5f51664', 's3f', 'neg',
  "ABIDJAN, April 15 - Ivorian cocoa was offered at 1,800 U.S. dlrs a tonne, and "
  "Ivorian coffee at 1,500 U.S. dlrs, against 1,400 U.S. dlrs last month.",
  ('1,800 U.S. dlrs', {'reporter': '!US'}))

# 67e727e: the economy a lead sentence states for an export or trade flow holds for
# later paragraphs over the dateline's; a lead's import does not
C('67e727e', 's4a', 'pos',
  "PARIS, April 15 - The EC Commission granted export licences for 60,000 tonnes of soft "
  "wheat at today's tender, traders said.\n    Licences for 20,000 tonnes of barley were "
  "also granted, they said.",
  ('20,000 tonnes', {'reporter': 'EU'}))
C('67e727e', 's4b', 'pos',
  "LONDON, April 15 - Australia exported 2.1 mln tonnes of wheat to China in 1986, the "
  "wheat board said.\n    A further 300,000 tonnes are due to be shipped in May, it said.",
  ('300,000 tonnes', {'reporter': 'AU'}))
C('67e727e', 's4c', 'pos',
  "SINGAPORE, April 15 - Thailand shipped 420,000 tonnes of rice in March, the commerce "
  "ministry said.\n    Shipments in the first quarter were 1.2 mln tonnes, up from "
  "1.0 mln a year earlier.",
  ('1.2 mln tonnes', {'reporter': 'TH'}))
C('67e727e', 's4d', 'pos',
  "TOKYO, April 15 - Malaysia's palm oil exports rose to 350,000 tonnes in March, "
  "the statistics department said.\n    Exports in February were 310,000\ntonnes.",
  ('310,000', {'reporter': 'MY'}))
C('67e727e', 's4e', 'neg',
  "LONDON, April 15 - Egypt bought 200,000 tonnes of French wheat, traders said.\n    "
  "British wheat exports meanwhile reached 1.6 mln tonnes this season, the Home-Grown "
  "Cereals Authority said.",
  ('1.6 mln tonnes', {'reporter': 'GB'}))
C('67e727e', 's4f', 'neg',
  "OTTAWA, April 15 - South Korea bought 50,000 tonnes of Canadian feed barley, the "
  "wheat board said.\n    Canada's grain exports in the crop year to date are 15.1 mln "
  "tonnes.",
  ('15.1 mln', {'reporter': 'CA'}))

# 99ea975 (quote.c): a price 'at' so much a unit after a deal's amount is the deal's
C('99ea975', 's5a', 'pos',
  "SEOUL, April 15 - South Korea bought 40,000 tonnes of Australian raw sugar for May "
  "arrival at 160 dlrs a tonne, traders said.",
  ('160 dlrs', {'flow': 'import', 'reporter': 'KR', 'partner': 'AU'}))
C('99ea975', 's5b', 'pos',
  "CAIRO, April 15 - Egypt purchased 200,000 tonnes of U.S. soft wheat under the export "
  "bonus programme for July shipment at 92.50 dlrs per tonne, the USDA said.",
  ('92.50 dlrs', {'flow': 'import', 'reporter': 'EG', 'partner': 'US'}))
C('99ea975', 's5c', 'pos',
  "KARACHI, April 15 - Pakistan sold 100,000 tonnes of rice to Iran for June-July "
  "shipment at 210 dlrs a tonne, officials said.",
  ('210 dlrs', {'flow': 'export', 'reporter': 'PK', 'partner': 'IR'}))
C('99ea975', 's5d', 'pos',
  "NEW DELHI, April 15 - India's purchase of 30,000 tonnes of Malaysian palm oil for "
  "April shipment\nat 350 dlrs per tonne was confirmed.",
  ('350 dlrs', {'flow': 'import', 'reporter': 'IN', 'partner': 'MY'}))
C('99ea975', 's5e', 'neg',
  "CHICAGO, April 15 - Egypt bought 200,000 tonnes of wheat last month and the May "
  "futures contract stood at 2.90 dlrs a bushel today.",
  ('2.90 dlrs', {'flow': ''}))
C('99ea975', 's5f', 'neg',
  "WASHINGTON, April 15 - The Soviet Union bought one mln tonnes of U.S. corn, the USDA "
  "said, as corn futures traded at 1.60 dlrs a bushel.",
  ('1.60 dlrs', {'flow': ''}))

# 0b0475b: 'budgetary', '(public) sector' before a deficit/surplus: no trade balance
C('0b0475b', 's6a', 'pos',
  "ROME, April 15 - Italy's public sector deficit rose to 110,000 billion lire in 1986, "
  "the Treasury said.",
  ('110,000 billion lire', {'flow': '', 'partner': ''}))
C('0b0475b', 's6b', 'pos',
  "OTTAWA, April 15 - Alberta expects a budgetary surplus of 200 mln dlrs next year.",
  ('200 mln dlrs', {'flow': '', 'partner': ''}))
C('0b0475b', 's6c', 'pos',
  "BRUSSELS, April 15 - The Community's budgetary shortfall and deficit could reach five "
  "billion Ecus, and the budgetary deficit of member states 40 billion Ecus.",
  ('40 billion Ecus', {'flow': '', 'partner': ''}))
C('0b0475b', 's6d', 'pos',
  "LONDON, April 15 - The state sector's deficit\nnarrowed to 1.4 billion stg in March.",
  ('1.4 billion stg', {'flow': '', 'partner': ''}))
C('0b0475b', 's6e', 'neg',
  "SEOUL, April 15 - South Korea's electronics sector trade surplus rose to 2.1 billion "
  "dlrs last year.",
  ('2.1 billion dlrs', {'flow': 'trade'}))
C('0b0475b', 's6f', 'neg',
  "MEXICO CITY, April 15 - Mexico's trade surplus, despite budgetary cuts, fell to 800 "
  "mln dlrs in March.",
  ('800', {'flow': 'trade'}))

# ---- flow7 ---------------------------------------------------------------
# ace736b: the flow noun of the figure's own phrase after it governs the figure
C('ace736b', 'f1a', 'pos',
  "OTTAWA, April 15 - The strike cost Canada about 400 mln dlrs in lost exports, "
  "officials said.",
  ('400 mln dlrs', {'flow': 'export'}))
C('ace736b', 'f1b', 'pos',
  "TOKYO, April 15 - Customs figures showed a rise of 8 pct for imports and a fall of "
  "3 pct for exports in March.",
  ('8 pct', {'flow': 'import'}), ('3 pct', {'flow': 'export'}))
C('ace736b', 'f1c', 'pos',
  "TAIPEI, April 15 - Taiwan agreed to make 1.2 billion U.S. dlrs in purchases of "
  "American farm goods this year.",
  ('1.2 billion', {'flow': 'import'}))
C('ace736b', 'f1d', 'pos',
  "RIO DE JANEIRO, April 15 - Brazil earned 2.3 billion\ndlrs in coffee exports last "
  "year, the institute said.",
  ('2.3 billion', {'flow': 'export'}))
C('ace736b', 'f1e', 'neg',
  "NEW YORK, April 15 - The company reported 2.3 billion dlrs in sales, with exports "
  "making up a third.",
  ('2.3 billion dlrs', {'flow': ''}))
C('ace736b', 'f1f', 'neg',
  "NEW DELHI, April 15 - The government collected 900 mln dlrs in import duties last "
  "year.",
  ('900 mln dlrs', {'flow': '!import'}))

# b5dfc33: what a flow pays or is paid per unit (export rebate, import price...)
C('b5dfc33', 'f2a', 'pos',
  "BRUSSELS, April 15 - The EC set an export refund of 95 Ecus per tonne for white "
  "sugar at today's tender.",
  ('95 Ecus', {'flow': 'export'}))
C('b5dfc33', 'f2b', 'pos',
  "TOKYO, April 15 - Japan's average import price for crude oil rose to 18.2 dlrs a "
  "barrel in March.",
  ('18.2 dlrs', {'flow': 'import'}))
C('b5dfc33', 'f2c', 'pos',
  "BUENOS AIRES, April 15 - The government cut the export tax on soybeans to 40 dlrs "
  "per tonne.",
  ('40 dlrs', {'flow': 'export'}))
C('b5dfc33', 'f2d', 'pos',
  "BANGKOK, April 15 - Thailand will pay an export subsidy of 15 dlrs\na tonne on rice.",
  ('15 dlrs', {'flow': 'export'}))
C('b5dfc33', 'f2e', 'neg',
  "NAIROBI, April 15 - The government kept the producer price at 1.10 dlrs a kg, "
  "while export sales rose.",
  ('1.10 dlrs', {'flow': ''}))
C('b5dfc33', 'f2f', 'neg',
  "PARIS, April 15 - Domestic wholesale prices rose to 300 dlrs a tonne, well above "
  "export parity.",
  ('300 dlrs', {'flow': ''}))

# 812d9d5: a share of an amount with its own flow phrase is of that flow
C('812d9d5', 'f3a', 'pos',
  "BANGKOK, April 15 - Rice accounted for 12 pct of Thailand's 8.1 billion dlrs in "
  "exports last year.",
  ('12 pct', {'flow': 'export', 'reporter': 'TH'}))
C('812d9d5', 'f3b', 'pos',
  "WASHINGTON, April 15 - U.S. goods made up about 20 pct of Japan's 120 billion dlrs in "
  "imports.",
  ('20 pct', {'flow': 'import', 'reporter': 'JP'}))
C('812d9d5', 'f3c', 'pos',
  "GENEVA, April 15 - Textiles are less than 5 pct of the 40 billion dlrs in bilateral "
  "trade.",
  ('5 pct', {'flow': 'trade'}))
C('812d9d5', 'f3d', 'pos',
  "MEXICO CITY, April 15 - Oil provided 45 pct of Mexico's 21.6 billion dlrs in\n"
  "exports.",
  ('45 pct', {'flow': 'export', 'reporter': 'MX'}))
C('812d9d5', 'f3e', 'neg',
  "TOKYO, April 15 - Banks wrote off 10 pct of the 3 billion dlrs in loans.",
  ('10 pct', {'flow': ''}))
C('812d9d5', 'f3f', 'neg',
  "SANTIAGO, April 15 - Interest takes 20 pct of Chile's 4 billion dlrs in export "
  "earnings... of its foreign debt service.",
  ('20 pct', {'flow': 'export|'}))

# 6eaee66: 'They' + a verb of amount stands for the plural flow noun before
C('6eaee66', 'f4a', 'pos',
  "SEOUL, April 15 - Exports of cars fell sharply in March. They totalled 1.8 billion "
  "dlrs, the ministry said.",
  ('1.8 billion', {'flow': 'export'}))
C('6eaee66', 'f4b', 'pos',
  "WASHINGTON, April 15 - Imports from Japan rose again last month. They reached 4.1 "
  "billion dlrs.",
  ('4.1 billion', {'flow': 'import'}))
C('6eaee66', 'f4c', 'pos',
  "OTTAWA, April 15 - Canadian wheat exports rose in the crop year. They came to 20 mln "
  "tonnes.",
  ('20 mln', {'flow': 'export'}))
C('6eaee66', 'f4d', 'pos',
  "LONDON, April 15 - Imports jumped in February, officials said. They were\n3.2 billion "
  "stg.",
  ('3.2 billion', {'flow': 'import'}))
C('6eaee66', 's4e2', 'neg',
  "PARIS, April 15 - Exports fell in March, officials said. They said the trade deficit "
  "was 2 billion francs.",
  ('2 billion', {'flow': 'trade'}))
C('6eaee66', 'f4f', 'neg',
  "BONN, April 15 - Exports and imports both rose in March. They totalled 90 billion "
  "marks.",
  ('90 billion', {'flow': '!export|import'}))

# ---- measure7 ------------------------------------------------------------
# d5fb6a0: a change's own dated base right after it decides yoy/mom
C('d5fb6a0', 'm1a', 'pos',
  "BONN, April 15 - Exports fell 0.5 pct in March from February and were 12 pct higher "
  "than in March 1986.",
  ('12 pct', {'measure': 'change_yoy'}))
C('d5fb6a0', 'm1b', 'pos',
  "PARIS, April 15 - Imports rose 2.1 pct in March from February, and were 9.4 pct above "
  "their level of March 1986.",
  ('9.4 pct', {'measure': 'change_yoy'}))
C('d5fb6a0', 'm1c', 'pos',
  "ROME, April 15 - Exports fell 3 pct in March against February, but rose 7 pct "
  "compared with March last year.",
  ('7 pct', {'measure': 'change_yoy'}))
C('d5fb6a0', 'm1d', 'pos',
  "MADRID, April 15 - Imports rose 1.2 pct in March on February but were 4.5 pct below\n"
  "March 1986.",
  ('4.5 pct', {'measure': 'change_yoy'}))
C('d5fb6a0', 'm1e', 'neg',
  "OSLO, April 15 - Exports fell 1.5 pct in March from February, and imports rose 2.0 pct "
  "compared with February.",
  ('2.0 pct', {'measure': 'change_mom'}))
C('d5fb6a0', 'm1f', 'neg',
  "VIENNA, April 15 - Exports rose 4.1 pct in March against February, the best month "
  "since March 1986.",
  ('4.1 pct', {'measure': 'change_mom'}))

# b4d6c6b: invisibles, transfers, the services account: basis bop
C('b4d6c6b', 'm2a', 'pos',
  "LONDON, April 15 - Britain's invisibles surplus was 1.1 billion stg in March.",
  ('1.1 billion stg', {'basis': 'bop'}))
C('b4d6c6b', 'm2b', 'pos',
  "MADRID, April 15 - Spain's services account showed a surplus of 900 mln dlrs in "
  "February.",
  ('900 mln dlrs', {'basis': 'bop'}))
C('b4d6c6b', 'm2c', 'pos',
  "ISLAMABAD, April 15 - Transfers from Pakistanis working abroad brought in 2.4 billion "
  "dlrs last year.",
  ('2.4 billion dlrs', {'basis': 'bop'}))
C('b4d6c6b', 'm2d', 'pos',
  "LONDON, April 15 - Net invisible earnings rose to 6.2\nbillion stg last year.",
  ('6.2', {'basis': 'bop'}))
C('b4d6c6b', 'm2e', 'neg',
  "LONDON, April 15 - Visible trade showed a deficit of 1.2 billion stg while invisibles "
  "were in surplus.",
  ('1.2 billion stg', {'basis': '!bop'}))
C('b4d6c6b', 'm2f', 'neg',
  "WASHINGTON, April 15 - U.S. services trade with Japan rose to 4 billion dlrs last year.",
  ('4 billion dlrs', {'basis': '!bop'}))

# c3a13fb: an exchange rate aimed at (stabilize, hold, keep, defend...) is a target
C('c3a13fb', 'm3a', 'pos',
  "PARIS, April 15 - The finance ministers agreed to keep the dollar around 1.80 marks, "
  "officials said.",
  ('1.80 marks', {'measure': 'target'}))
C('c3a13fb', 'm3b', 'pos',
  "TOKYO, April 15 - The Bank of Japan will defend the dollar at 145 yen, dealers said.",
  ('145 yen', {'measure': 'target'}))
C('c3a13fb', 'm3c', 'pos',
  "LONDON, April 15 - Dealers believe the Treasury has a floor for sterling of around "
  "2.85 marks.",
  ('2.85 marks', {'measure': 'target'}))
C('c3a13fb', 'm3d', 'pos',
  "WASHINGTON, April 15 - Officials want to maintain the\ndollar above 140 yen, "
  "analysts said.",
  ('140 yen', {'measure': 'target'}))
C('c3a13fb', 'm3e', 'neg',
  "TOKYO, April 15 - The dollar stabilized at 146.50 yen in late trading.",
  ('146.50 yen', {'measure': '!target'}))
C('c3a13fb', 'm3f', 'neg',
  "FRANKFURT, April 15 - The dollar held at 1.8250 marks today, dealers said.",
  ('1.8250 marks', {'measure': '!target'}))

# 524f5db: 'it' + a verb of level names again the balance of the sentence before
C('524f5db', 'm4a', 'pos',
  "RIO DE JANEIRO, April 15 - Brazil has a large trade surplus with the United States. "
  "Last year it reached 5.4 billion dlrs.",
  ('5.4 billion', {'measure': 'balance', 'value': '5400000000'}))
C('524f5db', 'm4b', 'pos',
  "SEOUL, April 15 - South Korea's current account swung into surplus in 1986. It "
  "totalled 4.6 billion dlrs, the bank said.",
  ('4.6 billion', {'measure': 'balance', 'value': '4600000000'}))
C('524f5db', 'm4c', 'pos',
  "CANBERRA, April 15 - Australia's trade deficit narrowed in March. It stood at 600 mln "
  "dlrs.",
  ('600 mln', {'measure': 'balance', 'value': '-600000000'}))
C('524f5db', 'm4d', 'pos',
  "LISBON, April 15 - Portugal's trade deficit with the EC grew in 1986.\n    In the "
  "fourth quarter it was 1.2 billion\ndlrs.",
  ('1.2 billion', {'measure': 'balance', 'value': '-1200000000'}))
C('524f5db', 'm4e', 'neg',
  "ATHENS, April 15 - The trade deficit narrowed sharply. It said exports totalled 3 "
  "billion dlrs.",
  ('3 billion', {'measure': '!balance'}))
C('524f5db', 'm4f', 'neg',
  "TOKYO, April 15 - Japan's surplus rose again. It was led by exports of 20 billion "
  "dlrs.",
  ('20 billion', {'measure': '!balance'}))

# 6777214: an amount after 'after' following a non-change figure is the earlier value
C('6777214', 'm5a', 'pos',
  "ROME, April 15 - Italy posted a trade deficit of 8.3 trillion lire in 1986, after "
  "14.1 trillion in 1985.",
  ('14.1 trillion', {'measure': 'balance', 'period': '1985'}))
C('6777214', 'm5b', 'pos',
  "OTTAWA, April 15 - Exports reached 62 billion dlrs last year, after 58 billion in "
  "1985.",
  ('58 billion', {'measure': 'level', 'flow': 'export', 'period': '1985'}))
C('6777214', 'm5c', 'pos',
  "TOKYO, April 15 - The current account surplus was 8.1 billion dlrs in March after 7.4 "
  "billion dlrs in February.",
  ('7.4', {'measure': 'balance', 'period': '1987-02'}))
C('6777214', 'm5d', 'pos',
  "THE HAGUE, April 15 - Imports totalled 14.4 billion guilders in January, after\n"
  "14.1 billion in December.",
  ('14.1 billion', {'measure': 'level', 'flow': 'import', 'period': '1986-12'}))
C('6777214', 'm5e', 'neg',
  "WASHINGTON, April 15 - Exports rose 3.2 billion dlrs in March after a 1.1 billion dlr "
  "fall in February.",
  ('1.1 billion', {'measure': 'change|change_mom', 'direction': 'down'}))
C('6777214', 'm5f', 'neg',
  "BONN, April 15 - The surplus was 9 billion marks in March, after two years of 5 "
  "billion marks a month.",
  ('5 billion', {'period': '!1987-02'}))

# 6909b0d: a target of a change keeps the change's direction
C('6909b0d', 'm6a', 'pos',
  "TOKYO, April 15 - Japan aims to cut its trade surplus by 10 pct this year.",
  ('10 pct', {'direction': 'down'}))
C('6909b0d', 'm6b', 'pos',
  "NEW DELHI, April 15 - The government plans to raise exports by 15 pct next year.",
  ('15 pct', {'direction': 'up'}))
C('6909b0d', 'm6c', 'pos',
  "MEXICO CITY, April 15 - Mexico will devalue the peso by 5 pct, officials said.",
  ('5 pct', {'direction': 'down'}))
C('6909b0d', 'm6d', 'pos',
  "SEOUL, April 15 - Korea intends to boost imports from the U.S. by 20\npct this year.",
  ('20', {'direction': 'up'}))
C('6909b0d', 'm6e', 'neg',
  "WASHINGTON, April 15 - The plan aims to bring the deficit down to 40 billion dlrs.",
  ('40 billion', {'direction': ''}))
C('6909b0d', 'm6f', 'neg',
  "TOKYO, April 15 - Japan's target is a trade surplus of 60 billion dlrs.",
  ('60 billion', {'direction': ''}))

# ---- units7 --------------------------------------------------------------
# 894fdaf: a change of a rate written in points ('a half-point cut')
C('894fdaf', 'u1a', 'pos',
  "NEW YORK, April 15 - Major banks announced a half-point cut in their prime rates "
  "today.",
  ('half-point', {'value': '0.5', 'direction': 'down'}))
C('894fdaf', 'u1b', 'pos',
  "FRANKFURT, April 15 - The Bundesbank lowered its discount rate by a quarter-point.",
  ('quarter-point', {'value': '0.25', 'direction': 'down'}))
C('894fdaf', 'u1c', 'pos',
  "LONDON, April 15 - Analysts expect a one-point rise in mortgage rates.",
  ('one-point', {'value': '1', 'direction': 'up'}))
C('894fdaf', 'u1d', 'pos',
  "TOKYO, April 15 - The central bank announced a 50-basis-point increase in the "
  "discount rate.",
  ('50-basis-point', {'value': '50', 'direction': 'up'}))
C('894fdaf', 'u1e', 'neg',
  "NEW YORK, April 15 - Rates fell sharply and at one point the market was near panic.",
  ('one point', {'absent': True}))
C('894fdaf', 'u1f', 'neg',
  "LONDON, April 15 - The government unveiled a three-point plan to cut interest rates.",
  ('three-point', {'absent': True}))

# faeae8f: dinars in a Belgrade story are Yugoslavia's; a bare currency takes the
# dateline's country
C('faeae8f', 'u2a', 'pos',
  "BELGRADE, April 15 - Yugoslav exports rose to 450 billion dinars in the first "
  "quarter.",
  ('450 billion dinars', {'unit': 'YUD'}))
C('faeae8f', 'u2b', 'pos',
  "BELGRADE, April 15 - The government raised petrol prices to 420 dinars a litre.",
  ('420 dinars', {'unit': 'YUD'}))
C('faeae8f', 'u2c', 'pos',
  "TUNIS, April 15 - Tunisia's trade deficit narrowed to 210 mln dinars in the first "
  "quarter.",
  ('210 mln dinars', {'unit': 'TND'}))
C('faeae8f', 'u2d', 'pos',
  "AMMAN, April 15 - Jordan's imports were 1.1 billion\ndinars last year.",
  ('1.1 billion', {'unit': 'JOD'}))
C('faeae8f', 'u2e', 'neg',
  "KUWAIT, April 15 - Kuwait's reserves rose to 1.5 billion dinars.",
  ('1.5 billion dinars', {'unit': 'KWD'}))
C('faeae8f', 'u2f', 'neg',
  "BELGRADE, April 15 - Yugoslavia borrowed 10 mln Kuwaiti dinars from the fund.",
  ('10 mln Kuwaiti dinars', {'unit': 'KWD'}))

# 794b85f: an elided figure made a noun by 'the' + participle/'under' takes the
# sentence's unit
C('794b85f', 'u3a', 'pos',
  "WASHINGTON, April 15 - Exports reached 3.4 billion dlrs, above the 3.1 billion "
  "predicted by analysts.",
  ('3.1 billion', {'unit': 'USD', 'value': '3100000000'}))
C('794b85f', 'u3b', 'pos',
  "CANBERRA, April 15 - The harvest is 12.5 mln tonnes, short of the 13 mln planned.",
  ('13 mln', {'unit': 't'}))
C('794b85f', 'u3c', 'pos',
  "LONDON, April 15 - Sales of 500,000 tonnes were approved, well below the 800,000 "
  "requested.",
  ('800,000', {'unit': 't'}))
C('794b85f', 'u3d', 'pos',
  "TOKYO, April 15 - The surplus widened to 2.2 billion dlrs, compared with the 1.9 "
  "billion\nexpected.",
  ('1.9', {'unit': 'USD'}))
C('794b85f', 'u3e', 'neg',
  "BRUSSELS, April 15 - Exports were 3.4 billion dlrs, and the 12 members approved the "
  "budget.",
  ('12 members', {'absent': True}))
C('794b85f', 'u3f', 'neg',
  "CAIRO, April 15 - Imports were 2.1 billion dlrs, and the 40 listed in the report "
  "were all foods.",
  ('40 listed', {'absent': True}))

# 42a29a7: a currency before a hyphenated range is one figure, the midpoint
C('42a29a7', 'u4a', 'pos',
  "MOSCOW, April 15 - Russian wheat offers rose to $230-235/t FOB.",
  ('$230-235', {'value': '232.5', 'unit': 'USD'}))
C('42a29a7', 'u4b', 'pos',
  "BRUSSELS, April 15 - Exports are seen at EUR 2-3 bn this year.",
  ('EUR 2-3', {'value': '2500000000', 'unit': 'EUR'}))
C('42a29a7', 'u4c', 'pos',
  "SAO PAULO, April 15 - Coffee fetched $1,200-1,250 a tonne.",
  ('$1,200-1,250', {'value': '1225'}))
C('42a29a7', 'u4d', 'pos',
  "NEW DELHI, April 15 - The ministry expects Rs 150-200\ncrore of tea exports.",
  ('Rs 150-200', {'value': '1750000000', 'unit': 'INR'}))
C('42a29a7', 'u4e', 'neg',
  "WASHINGTON, April 15 - Congress fought a $4.5-billion deficit cut.",
  ('$4.5-billion', {'value': '4500000000'}))
C('42a29a7', 'u4f', 'neg',
  "LONDON, April 15 - Exports of $12.3 bn in 1986-87 were a record.",
  ('$12.3 bn', {'value': '12300000000'}))

# ==== commits that landed after 04:50 ====================================
# ---- period7 -------------------------------------------------------------
# aa70790: whole months counted from the story's date are a month range
C('aa70790', 'p4a', 'pos',
  "MADRID, April 15 - Spanish exports totalled 3.2 billion dlrs in the past three months, "
  "the ministry said.",
  ('3.2 billion', {'period': '1987-01/1987-03'}))
C('aa70790', 'p4b', 'pos',
  "BOGOTA, April 15 - Coffee imports over the last six months reached 400,000 tonnes, "
  "the federation said.",
  ('400,000 tonnes', {'period': '1986-10/1987-03'}))
C('aa70790', 'p4c', 'pos',
  "CAIRO, April 15 - During the past two months, purchases of wheat totalled 1.5 mln "
  "tonnes, officials said.",
  ('1.5 mln', {'period': '1987-02/1987-03'}))
C('aa70790', 'p4d', 'pos',
  "PRETORIA, April 15 - Gold exports fell by 20 tonnes in the last\nfour months.",
  ('20 tonnes', {'period': '1986-12/1987-03'}))
C('aa70790', 'p4e', 'neg',
  "OSLO, April 15 - Exports rose 5 pct in the three months to February, the bureau said.",
  ('5 pct', {'period': '!1987-01/1987-03'}))
C('aa70790', 'p4f', 'neg',
  "ATHENS, April 15 - Exports in the last three months of 1986 were 4 billion dlrs.",
  ('4 billion', {'period': '!1987-01/1987-03'}))

# 1069599: a figure compared with a value 'last year' in a paragraph about part of a
# year is of that part; the earlier value of the same part a year back
C('1069599', 'p5a', 'pos',
  "SEOUL, April 15 - South Korea's exports rose to 9.2 billion dlrs in the first quarter, "
  "the ministry said. Imports rose to 8.1 billion from 7.0 billion last year.",
  ('8.1 billion', {'period': '1987-Q1|1987-01/1987-03'}),
  ('7.0 billion', {'period': '1986-Q1|1986-01/1986-03'}))
C('1069599', 'p5b', 'pos',
  "TAIPEI, April 15 - In the first two months, Taiwan's exports were 6.1 billion dlrs. "
  "Imports were 4.2 billion against 3.5 billion last year.",
  ('3.5 billion', {'period': '1986-01/1986-02'}))
C('1069599', 'p5c', 'pos',
  "KUALA LUMPUR, April 15 - Malaysia's palm oil exports in January-March were 1.2 mln "
  "tonnes. Rubber exports fell to 300,000 tonnes from 340,000 tonnes last year.",
  ('340,000 tonnes', {'period': '1986-01/1986-03'}))
C('1069599', 'p5d', 'pos',
  "BANGKOK, April 15 - In the first half, Thai exports reached 12 billion baht. Imports "
  "climbed to 10 billion\nbaht from 8.5 billion last year.",
  ('8.5 billion', {'period': '1986-01/1986-06'}))
C('1069599', 'p5e', 'neg',
  "SEOUL, April 15 - Exports rose to 9.2 billion dlrs in the first quarter.\n    Imports "
  "totalled 35 billion dlrs last year, against 31 billion in 1985.",
  ('35 billion', {'period': '1986'}))
C('1069599', 'p5f', 'neg',
  "MANILA, April 15 - In the first quarter exports rose 12 pct. The full-year deficit "
  "narrowed to 2 billion dlrs from 3 billion last year.",
  ('3 billion', {'period': '!1986-Q1|1986-01/1986-03'}))

# ---- subject7 ------------------------------------------------------------
# 537f956: takes back 67e727e's lead carry (its sentences rerun here); a share with
# no flow in a sentence naming a trade flow gets no reporter
for _c in [x for x in CASES if x['commit'] == '67e727e']:
    C('537f956', 'r' + _c['id'], _c['kind'], _c['text'], *_c['figs'])
C('537f956', 's7a', 'pos',
  "MOSCOW, April 15 - After Japan banned timber imports from Russia, where 40 pct of the "
  "forests are in Siberia, prices fell.",
  ('40 pct', {'reporter': ''}))
C('537f956', 's7b', 'neg',
  "CANBERRA, April 15 - Australia's wheat exports rose, and the harvest reached 80 pct of "
  "the planted area.",
  ('80 pct', {'reporter': 'AU'}))

# ---- flow7 ---------------------------------------------------------------
# 84cb0f9: money 'in' goods is of those goods; "dlrs' worth of goods"
C('84cb0f9', 'f5a', 'pos',
  "TAIPEI, April 15 - Taiwan will buy 2 billion dlrs in American goods this year.",
  ('2 billion', {'commodity': 'goods'}))
C('84cb0f9', 'f5b', 'pos',
  "WASHINGTON, April 15 - The sanctions hit 300 mln dlrs in Japanese goods.",
  ('300 mln', {'commodity': 'goods'}))
C('84cb0f9', 'f5c', 'pos',
  "PEKING, April 15 - China bought 500 mln dlrs' worth of goods from Australia.",
  ('500 mln', {'commodity': 'goods'}))
C('84cb0f9', 'f5d', 'pos',
  "TOKYO, April 15 - Japan agreed to import 1.5 billion\ndlrs in U.S. goods.",
  ('1.5 billion', {'commodity': 'goods'}))
C('84cb0f9', 'f5e', 'neg',
  "TOKYO, April 15 - Japanese investors put 2 billion dlrs in U.S. bonds in March.",
  ('2 billion', {'commodity': '!goods'}))
C('84cb0f9', 'f5f', 'neg',
  "ZURICH, April 15 - The fund holds 300 mln dlrs in gold.",
  ('300 mln', {'commodity': '!goods'}))

# 61adcf4: a change noun after a percentage makes its 'in' phrase the figure's own
C('61adcf4', 'f6a', 'pos',
  "NEW DELHI, April 15 - The plan foresees a 6 pct rise in exports and a 4 pct rise in "
  "imports.",
  ('4 pct', {'flow': 'import'}))
C('61adcf4', 'f6b', 'pos',
  "MANILA, April 15 - Coconut exports fell, but there was a 30 pct increase in sugar "
  "exports.",
  ('30 pct', {'flow': 'export', 'commodity': 'sugar'}))
C('61adcf4', 'f6c', 'pos',
  "SEOUL, April 15 - Car exports gained, and officials reported a 12 pct decline in "
  "imports of crude oil.",
  ('12 pct', {'flow': 'import', 'commodity': 'crude oil'}))
C('61adcf4', 'f6d', 'pos',
  "LAGOS, April 15 - Export earnings grew, with a 15 pct jump in\nimports.",
  ('15 pct', {'flow': 'import'}))
C('61adcf4', 'f6e', 'neg',
  "BONN, April 15 - Exports rose, a 3 pct gain in value terms.",
  ('3 pct', {'flow': 'export'}))
C('61adcf4', 'f6f', 'neg',
  "ROME, April 15 - Imports posted a 7 pct rise in March.",
  ('7 pct', {'flow': 'import'}))

# 5f14434: a label before a colon governs the figures after it
C('5f14434', 'f7a', 'pos',
  "WASHINGTON, April 15 - Exports: 21.4 billion dlrs (up 3.1 pct); imports: 24.0 "
  "billion dlrs (up 1.2 pct).",
  ('24.0 billion', {'flow': 'import'}), ('21.4 billion', {'flow': 'export'}))
C('5f14434', 'f7b', 'pos',
  "BRUSSELS, April 15 - Goods exports: EUR 210.5 bn in March.",
  ('210.5', {'flow': 'export'}))
C('5f14434', 'f7c', 'pos',
  "WASHINGTON, April 15 - Imports from China: $40.1 billion in March.",
  ('$40.1 billion', {'flow': 'import', 'partner': 'CN'}))
C('5f14434', 'f7d', 'pos',
  "OTTAWA, April 15 - Imports of services:\n$7.1 billion.",
  ('$7.1 billion', {'flow': 'import'}))
C('5f14434', 'f7e', 'neg',
  "PARIS, April 15 - The ministry said: exports rose 4 pct and imports fell 2 pct.",
  ('2 pct', {'flow': 'import'}), ('4 pct', {'flow': 'export'}))
C('5f14434', 'f7f', 'neg',
  "LONDON, April 15 - Note on imports: the trade deficit widened to 3.1 billion stg.",
  ('3.1 billion', {'flow': 'trade'}))

# c47792b: the goods a flow noun of the figure's own later clause is 'of'
C('c47792b', 'f8a', 'pos',
  "RIO DE JANEIRO, April 15 - Brazilian coffee exports fell to 15 mln bags; exports of "
  "sugar rose 5 pct to 2.1 mln tonnes.",
  ('2.1 mln', {'commodity': 'sugar'}))
C('c47792b', 'f8b', 'pos',
  "KARACHI, April 15 - Pakistani rice exports were flat, while exports of cotton climbed "
  "to 500,000 bales.",
  ('500,000', {'commodity': 'cotton'}))
C('c47792b', 'f8c', 'pos',
  "OTTAWA, April 15 - Canadian wheat shipments slowed; imports of corn rose to 1.1 mln "
  "tonnes.",
  ('1.1 mln', {'commodity': 'corn', 'flow': 'import'}))
C('c47792b', 'f8d', 'pos',
  "KUALA LUMPUR, April 15 - Malaysian rubber exports dropped, and exports of palm oil "
  "reached\n1.3 mln tonnes.",
  ('1.3 mln', {'commodity': 'palm oil'}))
C('c47792b', 'f8e', 'neg',
  "CAIRO, April 15 - Exports of cotton fell, and total exports rose to 4 billion dlrs.",
  ('4 billion', {'commodity': '!cotton'}))
C('c47792b', 'f8f', 'neg',
  "ABIDJAN, April 15 - Coffee exports rose to 1.2 mln bags, the best since exports of "
  "cocoa collapsed.",
  ('1.2 mln', {'commodity': 'coffee'}))

# 8187ee1: a plural flow noun is the subject across 'which'/'that' or a parenthesis
C('8187ee1', 'f9a', 'pos',
  "DUBLIN, April 15 - Officials noted a rise in exports, which totalled 3.3 billion "
  "punts in March.",
  ('3.3 billion', {'flow': 'export'}))
C('8187ee1', 'f9b', 'pos',
  "NAIROBI, April 15 - Imports, excluding oil, amounted to 2.2 billion shillings.",
  ('2.2 billion', {'flow': 'import'}))
C('8187ee1', 'f9c', 'pos',
  "JAKARTA, April 15 - The ministry reported strong exports that reached 9 billion dlrs.",
  ('9 billion', {'flow': 'export'}))
C('8187ee1', 'f9d', 'pos',
  "LIMA, April 15 - Imports, which were hit by the strike, stood at\n440 mln dlrs.",
  ('440 mln', {'flow': 'import'}))
C('8187ee1', 'f9e', 'neg',
  "ATHENS, April 15 - A rise in exports, which economists expected, came with a trade "
  "deficit that reached 2 billion dlrs.",
  ('2 billion', {'flow': 'trade'}))
C('8187ee1', 'f9f', 'neg',
  "ROME, April 15 - Imports, excluding oil, rose but the budget deficit was 5 billion "
  "dlrs.",
  ('5 billion', {'flow': ''}))

# 783f5c1: 'a 10 pct share of imports'
C('783f5c1', 'f10a', 'pos',
  "TOKYO, April 15 - U.S. firms hold a 20 pct share of Japanese imports of beef.",
  ('20 pct', {'flow': 'import'}))
C('783f5c1', 'f10b', 'pos',
  "RIO DE JANEIRO, April 15 - Brazil has a 30 pct share of world coffee exports.",
  ('30 pct', {'flow': 'export'}))
C('783f5c1', 'f10c', 'pos',
  "WASHINGTON, April 15 - American farm goods took a 12 pct share of Korea's imports.",
  ('12 pct', {'flow': 'import'}))
C('783f5c1', 'f10d', 'pos',
  "BONN, April 15 - Cars had a 5.5 pct\nshare of exports last year.",
  ('5.5', {'flow': 'export'}))
C('783f5c1', 'f10e', 'neg',
  "DETROIT, April 15 - Imports took a 10 pct share of the car market.",
  ('10 pct', {'flow': '!export'}))
C('783f5c1', 'f10f', 'neg',
  "TOKYO, April 15 - Mitsui bought a 25 pct share in an export company.",
  ('25 pct', {'flow': ''}))

# f4d99bb: a bare rebate/subsidy/restitution takes the flow its sentence names before
C('f4d99bb', 'f11a', 'pos',
  "PARIS, April 15 - The Commission granted export licences for 50,000 tonnes of barley "
  "at a maximum rebate of 140.50 Ecus per tonne.",
  ('140.50 Ecus', {'flow': 'export', 'reporter': 'EU'}))
C('f4d99bb', 'f11b', 'pos',
  "LONDON, April 15 - Exports of 30,000 tonnes of white sugar were approved with a "
  "restitution of 45.20 Ecus per 100 kilos.",
  ('45.20 Ecus', {'flow': 'export', 'reporter': 'EU'}))
C('f4d99bb', 'f11c', 'pos',
  "ROME, April 15 - The EC authorised the export of 20,000 tonnes of durum wheat with a "
  "subsidy of 120 Ecus a tonne.",
  ('120 Ecus', {'flow': 'export', 'reporter': 'EU'}))
C('f4d99bb', 'f11d', 'pos',
  "BONN, April 15 - Export licences for rye were granted at a rebate of\n150 Ecus per "
  "tonne.",
  ('150 Ecus', {'flow': 'export', 'reporter': 'EU'}))
C('f4d99bb', 'f11e', 'neg',
  "PARIS, April 15 - Exports rose, and farmers will get a rebate of 20 Ecus per tonne on "
  "fertiliser purchases.",
  ('20 Ecus', {'flow': ''}))
C('f4d99bb', 'f11f', 'neg',
  "OTTAWA, April 15 - Wheat exports slowed, and the government set a subsidy of 15 dlrs "
  "a tonne for farmers' fuel.",
  ('15 dlrs', {'flow': ''}))

# ---- measure7 ------------------------------------------------------------
# f51e7c4: possibly, probably, perhaps govern a forecast
C('f51e7c4', 'm7a', 'pos',
  "FRANKFURT, April 15 - Dealers said the dollar could slip further, possibly to 1.75 "
  "marks.",
  ('1.75 marks', {'measure': 'forecast'}))
C('f51e7c4', 'm7b', 'pos',
  "WASHINGTON, April 15 - The deficit is widening and perhaps will reach 16 billion dlrs "
  "in April.",
  ('16 billion', {'measure': 'forecast'}))
C('f51e7c4', 'm7c', 'pos',
  "LONDON, April 15 - Analysts see sterling weakening, probably to 2.70 marks.",
  ('2.70 marks', {'measure': 'forecast'}))
C('f51e7c4', 'm7d', 'pos',
  "MOSCOW, April 15 - The grain harvest, possibly as large as 210 mln\ntonnes, begins "
  "in July.",
  ('210 mln', {'measure': 'forecast'}))
C('f51e7c4', 'm7e', 'neg',
  "TOKYO, April 15 - Japan bought probably 300,000 tonnes of U.S. wheat last week.",
  ('300,000', {'measure': '!forecast'}))
C('f51e7c4', 'm7f', 'neg',
  "ROME, April 15 - Oil imports, perhaps the biggest item, rose to 4 billion dlrs in "
  "March.",
  ('4 billion', {'measure': '!forecast'}))

# eb32a83: a percent change of import or export prices is no trade flow
C('eb32a83', 'm8a', 'pos',
  "BONN, April 15 - Export prices rose 1.2 pct in March, the statistics office said.",
  ('1.2 pct', {'flow': ''}))
C('eb32a83', 'm8b', 'pos',
  "TOKYO, April 15 - The import price index was 4.5 pct lower than a year ago.",
  ('4.5 pct', {'flow': ''}))
C('eb32a83', 'm8c', 'pos',
  "PARIS, April 15 - Officials reported a 2.3 pct rise in import prices in March.",
  ('2.3 pct', {'flow': ''}))
C('eb32a83', 'm8d', 'pos',
  "LONDON, April 15 - Import prices of raw materials fell\n3.1 pct in March.",
  ('3.1 pct', {'flow': ''}))
C('eb32a83', 'm8e', 'neg',
  "MADRID, April 15 - Imports rose 5 pct in March, though oil prices fell.",
  ('5 pct', {'flow': 'import'}))
C('eb32a83', 'm8f', 'neg',
  "VIENNA, April 15 - Export volumes rose 4 pct while prices were flat.",
  ('4 pct', {'flow': 'export'}))

# 48efc32: a change's own base may be a bare month right after the comparison word
C('48efc32', 'm9a', 'pos',
  "BONN, April 15 - In March import prices rose 0.4 pct against February to stand 2.1 "
  "pct higher than in March 1986.",
  ('0.4 pct', {'measure': 'change_mom'}), ('2.1 pct', {'measure': 'change_yoy'}))
C('48efc32', 'm9b', 'pos',
  "PARIS, April 15 - In February exports fell 2.0 pct from January, and were 5 pct below "
  "February 1986.",
  ('2.0 pct', {'measure': 'change_mom'}))
C('48efc32', 'm9c', 'pos',
  "LONDON, April 15 - In February output rose 1.1 pct on January, leaving it 3 pct up on "
  "February 1986.",
  ('1.1 pct', {'measure': 'change_mom'}))
C('48efc32', 'm9d', 'pos',
  "THE HAGUE, April 15 - In March wholesale prices were 0.2 pct higher than February "
  "and 1.5 pct lower\nthan March 1986.",
  ('0.2 pct', {'measure': 'change_mom'}))
C('48efc32', 'm9e', 'neg',
  "VIENNA, April 15 - In March exports were 4 pct higher than March 1986.",
  ('4 pct', {'measure': 'change_yoy'}))
C('48efc32', 'm9f', 'neg',
  "OSLO, April 15 - In March exports rose 6 pct from the same month a year earlier, "
  "after falling in February.",
  ('6 pct', {'measure': 'change_yoy'}))

# ==== commits that landed after 05:00 ====================================
# 0b4bb83 (and its fix 8db67ce): a day after a month abbreviated with a dot; a year
# after 'early'/'late'
for _cm in ('0b4bb83', '8db67ce'):
    C(_cm, 'p6a' + _cm[:2], 'pos',
      "MANILA, April 15 - Reserves stood at 2.1 billion dlrs on Feb. 27, the central bank "
      "said.",
      ('2.1 billion', {'period': '1987-02-27'}))
    C(_cm, 'p6b' + _cm[:2], 'pos',
      "CARACAS, April 15 - Oil exports fell to 600,000 barrels a day in late 1986.",
      ('600,000', {'period': '1986'}))
    C(_cm, 'p6c' + _cm[:2], 'pos',
      "OTTAWA, April 15 - Wheat stocks were 11.2 mln tonnes on Jan. 31, the board said.",
      ('11.2 mln', {'period': '1987-01-31'}))
    C(_cm, 'p6d' + _cm[:2], 'pos',
      "TOKYO, April 15 - Foreign reserves rose to 52.8 billion dlrs at the end of\nMarch "
      "from 51.7 billion on Dec. 31.",
      ('51.7 billion', {'period': '1986-12-31'}))
    C(_cm, 'p6e' + _cm[:2], 'neg',
      "LONDON, April 15 - Imports rose to 7.2 billion stg in March. 30 pct came from the "
      "EC.",
      ('7.2 billion', {'period': '1987-03'}))
    C(_cm, 'p6f' + _cm[:2], 'neg',
      "BONN, April 15 - Exports were 40 billion marks in Feb. 27 nations bought more.",
      ('40 billion', {'period': '1987-02'}))

# 6d0f5b1: a verb of holding after a 'to' governed by expectation is a forecast
C('6d0f5b1', 'm10a', 'pos',
  "LONDON, April 15 - Dealers expect sterling to hold above 2.80 marks this week.",
  ('2.80 marks', {'measure': 'forecast'}))
C('6d0f5b1', 'm10b', 'pos',
  "FRANKFURT, April 15 - The dollar is likely to hold at 1.82 marks, traders said.",
  ('1.82 marks', {'measure': 'forecast'}))
C('6d0f5b1', 'm10c', 'pos',
  "TOKYO, April 15 - Dealers forecast the dollar to stabilise around 146 yen next "
  "week.",
  ('146 yen', {'measure': 'forecast'}))
C('6d0f5b1', 'm10d', 'pos',
  "NEW YORK, April 15 - The market expects the pound to\nhold around 1.60 dlrs.",
  ('1.60 dlrs', {'measure': 'forecast'}))
C('6d0f5b1', 'm10e', 'neg',
  "PARIS, April 15 - The ministers agreed to hold the dollar above 150 yen.",
  ('150 yen', {'measure': 'target'}))
C('6d0f5b1', 'm10f', 'neg',
  "BONN, April 15 - The central bank intends to keep the dollar above 1.80 marks.",
  ('1.80 marks', {'measure': 'target'}))

# 7057fa1: withdraws 894fdaf's points in words (its sentences rerun here)
for _c in [x for x in CASES if x['commit'] == '894fdaf']:
    C('7057fa1', 'r' + _c['id'], _c['kind'], _c['text'], *_c['figs'])

# b0af46e: 'cr' is crore (1e7)
C('b0af46e', 'u5a', 'pos',
  "NEW DELHI, April 15 - Tea exports rose to Rs 3,120 cr in March.",
  ('Rs 3,120 cr', {'value': '31200000000', 'unit': 'INR'}))
C('b0af46e', 'u5b', 'pos',
  "BOMBAY, April 15 - The company's imports were Rs. 1,980 Cr. last year.",
  ('1,980', {'value': '19800000000', 'unit': 'INR'}))
C('b0af46e', 'u5c', 'pos',
  "NEW DELHI, April 15 - Spice exports of Rs 450 cr were a record.",
  ('Rs 450', {'value': '4500000000'}))
C('b0af46e', 'u5d', 'pos',
  "CALCUTTA, April 15 - Jute exports reached Rs 2,000\ncr in 1986/87.",
  ('Rs 2,000', {'value': '20000000000'}))
C('b0af46e', 'u5e', 'neg',
  "NEW DELHI, April 15 - Onion prices fell to Rs 9 per kg in March.",
  ('Rs 9', {'value': '9'}))
C('b0af46e', 'u5f', 'neg',
  "NEW DELHI, April 15 - Exports reached Rs 1,200 crore, up from Rs 1,000 crore.",
  ('Rs 1,200 crore', {'value': '12000000000'}))

# b78ee0c: two figures each with its unit at the ends of one range: the midpoint
C('b78ee0c', 'u6a', 'pos',
  "WASHINGTON, April 15 - Analysts put the deficit at between 12 billion dlrs and 14 "
  "billion dlrs.",
  ('12 billion', {'value': '-13000000000|13000000000'}))
C('b78ee0c', 'u6b', 'pos',
  "CAIRO, April 15 - Offers ranged from 95 dlrs to 98 dlrs a tonne.",
  ('95 dlrs', {'value': '96.5'}))
C('b78ee0c', 'u6c', 'pos',
  "CANBERRA, April 15 - Exports are seen between 2.1 mln tonnes and 2.5 mln tonnes.",
  ('2.1 mln', {'value': '2300000'}))
C('b78ee0c', 'u6d', 'pos',
  "LONDON, April 15 - Three-month rates ranged between 9-1/2 pct and\n10 pct.",
  ('9-1/2', {'value': '9.75'}))
C('b78ee0c', 'u6e', 'neg',
  "OTTAWA, April 15 - Exports rose from 3 billion dlrs to 4 billion dlrs.",
  ('4 billion dlrs', {'value': '4000000000'}))
C('b78ee0c', 'u6f', 'neg',
  "ROME, April 15 - Sales varied between 2 billion dlrs in January and 3 billion dlrs "
  "in February.",
  ('3 billion dlrs', {'value': '3000000000'}))

# 5761fb5: a money market's 'shortage' is its deficit, signed; the help given is not
C('5761fb5', 'u7a', 'pos',
  "LONDON, April 15 - The Bank of England forecast a shortage of around 400 mln stg in "
  "the money market today.",
  ('400 mln stg', {'value': '-400000000'}))
C('5761fb5', 'u7b', 'pos',
  "LONDON, April 15 - The Bank revised its estimate of the system's shortage to 750 mln "
  "stg.",
  ('750 mln stg', {'value': '-750000000'}))
C('5761fb5', 'u7c', 'pos',
  "AMSTERDAM, April 15 - The Dutch money market faced a shortage of 3.5 billion "
  "guilders today, dealers said.",
  ('3.5 billion', {'value': '-3500000000'}))
C('5761fb5', 'u7d', 'pos',
  "LONDON, April 15 - Dealers expect a money market shortage of some 1.1\nbillion stg.",
  ('1.1', {'value': '-1100000000'}))
C('5761fb5', 'u7e', 'neg',
  "LONDON, April 15 - After today's shortage the Bank gave 261 mln stg assistance.",
  ('261 mln stg', {'value': '261000000'}))
C('5761fb5', 'u7f', 'neg',
  "LONDON, April 15 - Traders see a world shortage of 2 mln tonnes of sugar next "
  "season.",
  ('2 mln tonnes', {'value': '2000000'}))
