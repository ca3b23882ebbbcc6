// A copy of the project's reference notes (reference/mss-facts.md), so tests can check that
// every quote in the history dataset is written exactly as the notes give it.
// swift-format-ignore-file

enum ReferenceFacts {
  static let text = #"""
# MSS reference facts (for the bundled history dataset)

Facts about the Kenyan-led Multinational Security Support (MSS) mission in Haiti, gathered from
public sources, each with the date it refers to, a qualifier, the source as published, and a short
verbatim quote. The seed article (`seeds/000_b47f0ab57ea92bef.txt`, Reuters, 11 October 2024) is
the primary source; everything below extends it backwards and forwards in time.

Qualifiers: `exact`, `about`, `at_least` (≥), `over` (>), `nearly`, `under` (<).
Where sources disagree the table says CONFLICT: a dataset keeps **both** observations, each with
its own source, and the dashboard shows the disagreement instead of silently picking one.
Rows marked "not verified" must not be entered as facts.

## A. Pledges and deployments

| # | value | refers to | qualifier | source | quote |
|---|---|---|---|---|---|
| 1 | Kenya pledged 1,000 police | 2023-07-29 | exact | M. Deibert, "Pax Africana" (michaeldeibert.substack.com/p/pax-africana) | "Kenya's commitment is to deploy a contingent of 1,000 police officers." |
| 2 | Kenya first contingent of 200 arrived | 2024-06-25 | exact | Kenyan Post citing Kenya's Inspector General (kenyan-post.com/2024/07/rutos-govt-issues-update-on-haiti.html) | "the first batch of 200 officers arrived in Haiti on June 25" |
| 3 | CONFLICT with 2: first contingent of 400 | 2024-06-25 | exact | AlterPresse via haitify.com | "A first contingent of 400 Kenyan police officers" |
| 4 | Kenya second contingent ~200, total 400 | 2024-07-16 | about | HaitiLibre (news-42781); Japan Times 2024-07-17 | "a 2nd Kenyan contingent of around 200 officers"; "brings the total to 400" |
| 5 | MSS ~410 police on the ground | 2024-09-30 | about | Xinhua via bignewsnetwork.com/news/274655665 | "currently has around 410 police officers on the ground" |
| 6 | Jamaica 24 arrived (20 soldiers, 4 police) | 2024-09-12 | exact | AP via keyt.com 2024-09-12 | "20 soldiers and four police officers" |
| 7 | Jamaica pledged 200 (170 soldiers, 30 police); CONFLICT: Prensa Latina says 250 | 2024 | exact | voice7news.tv/world/news/9489; Prensa Latina | "pledged 170 soldiers and 30 police officers"; "24 out of the 250" |
| 8 | Belize 2 deployed of 50 pledged | 2024-09-12 | exact | Prensa Latina | "two military officers from its commitment of 50 personnel" |
| 9 | Bahamas advance team of 6; pledged 150 | 2024-10-18 | exact | kahawatungu.com, "Bahamas sends troops to join MSS mission in Haiti" | "advance team of six"; "a total of 150 RBDF" |
| 10 | Seed: ≥10 countries pledged ~2,900; ~430 deployed, nearly 400 Kenyan; Kenya to send 600 more | 2024-10-11 | at_least / about / nearly | Reuters (the seed article) | "a total of about 2,900 troops"; "only about 430 have deployed" |
| 11 | Guatemala 150 arrived (75 + 75); pledged 150 | 2025-01-03/04 | exact | 254.ke, "Guatemalan and Salvadoran troops join UN-backed Haiti mission" | "75 arriving Friday and another 75 on Saturday" |
| 12 | El Salvador 8 arrived; pledged 78 and 3 helicopters | 2025-01-03 | exact | Reuters via thefrontierpost.com | "75 Guatemalans and eight Salvadorans"; "promised 78 soldiers" |
| 13 | Pledges over 3,100 from ~10 countries | 2025-01 | over | legalbrief.co.za, "Kenya sends police reinforcements to Haiti" | "together pledged over 3 100 troops" |
| 14 | Kenya +217 (third contingent); Kenyans over 600. CONFLICT on date: 18 vs 19 Jan | 2025-01-19 | exact | informationcentre.co.ke; nairobinews.co.ke; nation.co.ke | "touched down … on Sunday, January 19, 2025"; "crossed the 600th mark" |
| 15 | Kenya +144 (fourth), Kenyan total 744. CONFLICT: Anadolu says 168 sent, total 800 | 2025-02-06 | exact | kenyans.co.ke/news/108735 | "brings the total number of Kenyan police in Haiti to 744" |
| 16 | Mid-2025: under 1,000 on the ground; Guatemala 150, El Salvador 78, Jamaica 23, Bahamas + Belize 8 | 2025-06 | under | nycaribnews.com, "Haiti mission to crush gangs short of troops and funds, says leader" | "fewer than 1,000 officers are currently on the ground" |
| 17 | Under 40% of 2,500 deployed; 11% of year-one funds received | 2025-06 | under | Prensa Latina (plenglish.com/news/2025/10/02) | "less than 40% are present in Haiti" |
| 18 | Kenya 735 police deployed, mission ~1,000 | 2025-10 | exact | tengele.com | "Kenya has deployed 735 police officers" |
| 19 | +230 Kenyans; force now 980 | 2025-12-08 | exact | Reuters via metroradio.com.hk (2025-12-09) | "it now numbered 980 personnel" |
| 20 | Benin pledged 1,500 (UN notification); CONFLICT: US envoy said 2,000. No deployment found | 2024-02-29 | about | allafrica.com/stories/202403020081.html; ctninfo.com | "1,500 uniformed personnel" |
| 21 | Bahamas, Bangladesh, Barbados, Chad notified intent; numbers unknown; deployments not found | 2024-02-29 | — | Reuters, 2024-02-29 | "not immediately clear how many personnel" |
| 22 | Antigua and Barbuda agreed to send personnel; no number found | 2023-10-02 | — | UNSC resolution 2699 summary | "Antigua and Barbuda have agreed to provide personnel" |
| 23 | Kenya hands over to the Gang Suppression Force and begins drawdown | 2026-02-07 | — | Capital FM (capitalfm.co.ke/news/2026/02) | "officially handed over leadership to the GSF" |

## B. Timeline

| # | event | date | source | quote |
|---|---|---|---|---|
| 24 | Haiti requests international help | 2022-10-07 | UNSC resolution 2699 summary | "initially requested on 7 October 2022" |
| 25 | UNSC resolution 2699 authorises the MSS: 13-0-2 (China, Russia abstain), 12 months | 2023-10-02 | UN press SC/15432 (press.un.org/2023/sc15432.doc.htm) | "13 in favour with 2 abstentions (China, Russian Federation)" |
| 26 | Five countries notify the UN; trust fund $10.8m deposited, $78m pledged | 2024-02-29 | Reuters | "$10.8 million have also been deposited" |
| 27 | UNSC resolution 2751 extends the mandate 12 months, unanimously | 2024-09-30 | UN press SC/15838 | "Unanimously adopting resolution 2751 (2024)" |
| 28 | Authorisation runs to 2 October 2025 | 2024-09-30 | Juno7 | "échéance fixée au 2 octobre 2025" |
| 29 | Language on conversion to UN peacekeeping cut at China's and Russia's insistence | 2024-09-30 | Juno7 | "la Chine et la Russie ont réussi à faire supprimer le paragraphe" |
| 30 | Pont-Sondé massacre by Gran Grif: UN ≥70 killed (4 Oct); local mayor 115 (9 Oct); over 6,200 fled. CONFLICT on the toll | 2024-10-03 | OHCHR via scoop.co.nz; AP via the-independent.com | "killing at least 70 people"; "has risen to 115" |
| 31 | Wharf Jérémie massacre, at least 207 killed | 2024-12-06/11 | OHCHR via menafn.com | "at least 207 people were killed in early December" |
| 32 | First MSS death: a Kenyan officer, Ségur-Savien | 2025-02-23 | tv47.digital | "Sunday, February 23rd, 2025 … succumbed to the injuries" |
| 33 | UNSC resolution 2793 creates the Gang Suppression Force: 12-0-3 (China, Pakistan, Russia), ceiling 5,550 | 2025-09-30 | UN press SC/16185 | "authorized personnel ceiling of 5,550" |

## C. Humanitarian figures

| # | value | refers to | qualifier | source | quote |
|---|---|---|---|---|---|
| 35 | IDPs 362,551 (IOM DTM round 6) | 2024-03-31 | exact | IOM DTM via HDX | `HTI,362551,2024-03-31` |
| 36 | IDPs 578,074 (round 7) | 2024-05-31 | exact | IOM DTM | "presence of 578,074 internally displaced people" |
| 37 | IDPs 702,973 | 2024-09 (published 2024-10-02) | exact | IOM, "Over 700,000 displaced in Haiti" | "some 702,973 people were displaced" |
| 38 | IDPs 1,041,000 | 2024-12 (published 2025-01-14) | exact | donare.info | "1,041,000 people are struggling" |
| 39 | IDPs nearly 1.3 million | 2025-06 | nearly | Anadolu (anews.com.tr 2025-06-11) | "has reached nearly 1.3 million" |
| 40 | IDPs over 1.4 million | 2025-10 | over | newsghana.com.gh | "More than 1.4 million Haitians" |
| 41 | IPC Phase 3+: 4.97 million (50%), 1.64m in Phase 4 | 2024-03/06 | about | IPC (ipcinfo.org c/1156884) | "approximately 4.97 million people (50 percent" |
| 42 | IPC Phase 3+: 5.41 million (~48%), ~2m Phase 4, 6,000 Phase 5 | 2024-08/2025-02 (released 2024-09-30) | exact | Al Jazeera (secondary) | "5.41 million people" |
| 43 | IPC Phase 3+: 5.7 million; 2.1m Phase 4; over 8,400 Phase 5 | 2025-03/06 (released 2025-04-14) | about | IPC (ipcinfo.org c/1159571) | "approximately 5.7 million people" |
| 45 | Killed 1,554, injured 826 (BINUH) | 2024-Q1 | at_least | BINUH via news.un.org | "at least 1,554 people have been killed and 826 injured" |
| 46 | Killed 945, injured 434 | 2024-Q2 | at_least | lefiletinfo.com | "au moins 945 personnes sont mortes et 434" |
| 47 | Killed 1,223, injured 522, kidnapped 170 | 2024-Q3 | exact | Le Nouvelliste (article 251187) | "1 223 personnes ont été tuées et 522" |
| 48 | Killed 1,732, injured 411 | 2024-Q4 | at_least | donare.info | "at least 1,732 people were killed and 411 injured" |
| 49 | 2024 total killed: OHCHR 5,601; CONFLICT: BINUH 5,626; the quarters sum to 5,454 | 2024 | at_least | KUNA via menafn.com | "at least 5,601 people were killed last year" |
| 50 | Killed 1,617, injured 580 | 2025-Q1 | at_least | Le Nouvelliste (article 255742) | "1 617 personnes ont été tuées et 580" |
| 51 | Killed over 1,500, injured ~600 | 2025-Q2 | over / about | Europa Press via notimerica.com | "más de 1.500 los muertos y 600 los heridos" |
| 52 | Killed 1,247, injured 710 | 2025-07/09 | exact | Anadolu (anews.com.tr 2025-11-12) | "1,247 murders and 710 injuries" |
| 54 | Population 11,772,557 (UN 2024 estimate); CONFLICT: 11,867,030 for 2024-07-01 | 2024 | exact | danso.info; worldpopulationreview.com | "11.772.557 … United Nations 2024" |
| 55 | 5.5 million people in need; 2024 appeal $674m | 2024 | over | donare.info | "More than 5.5 million people" |

Not verified, so not to be entered: the 2025 response plan's "$1.2bn for 3.6 million"; the primary
IPC page for September 2024; any Benin, Chad, Bangladesh or Barbados deployment; numbers for
Antigua and Barbuda; a continuous per-country roster (the mission publishes none).

## D. Humanitarian data conventions

- HXL (Humanitarian Exchange Language): a CSV with one row of hashtags between the header row and
  the first data row, e.g. `#country+name,#country+code,#affected+idps,#date+reported`. Attributes
  follow `+`. This is how HDX publishes IOM DTM displacement (`#affected+idps`, `#date+reported`,
  `#round+code`, `#adm1+name`), ACLED aggregates (`#event+type`, `#affected+killed`,
  `#date+start`, `#date+end`) and IPC (`#affected+food+ipc+p3plus+num`).
  Example IOM DTM row: `1138,Countrywide monitoring,Haiti,HTI,578074,2024-05-31T00:00:00,2024,5,7,BA`.
- Store a figure's reference period (what it counts) apart from its publication date; IOM, IPC and
  UN casualty figures lag by weeks and are revised later.
- Keep the qualifier apart from the number; never turn "at least 115" into 115.
- Record deployments as arrivals per contingent as well as reported totals; flag conflicting
  sources rather than merging them.
"""#
}
