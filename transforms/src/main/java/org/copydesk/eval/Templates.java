package org.copydesk.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Sentence templates per kind; see {@link Grammar} for the syntax. US spelling. */
final class Templates {

  static final class Set {
    final List<String> headlines;
    final List<String> leads;
    final List<List<String>> details;
    final List<String> background;
    final List<String> followLeads;
    final List<String> updateTops;

    Set(List<String> headlines, List<String> leads, List<List<String>> details,
        List<String> background, List<String> followLeads, List<String> updateTops) {
      this.headlines = headlines;
      this.leads = leads;
      this.details = details;
      this.background = background;
      this.followLeads = followLeads;
      this.updateTops = updateTops;
    }
  }

  static final Map<Kind, Set> BY_KIND = new EnumMap<>(Kind.class);

  /** Quote paragraphs; every agency may use any of them. */
  static final List<String> QUOTE_PARAS = List.of(
      "\"<quote>,\" <speaker>, <speakerTitle>, said{| in a statement| at a news conference}.",
      "\"<quote>,\" {said|added} <speakerLast>.",
      "<speakerLast> {told reporters|said in a statement|told a news conference}: \"<quote>.\"",
      "{Speaking to reporters|In a statement}, <speaker> said: \"<quote>.\"",
      "\"<quote>,\" <speakerLast> {was quoted as saying|told local media}.");

  /** Kind-independent background sentences, heavily varied. */
  static final List<String> GENERIC = List.of(
      "The {announcement|news} came {as|at a time when} {investors|officials|analysts} {were|remained} {cautious|watchful|divided} about {the outlook for|prospects for} {the economy|the region|<country>} {in the coming months|this year}.",
      "{Officials|Observers} in <city> {said|noted} that {the issue|the matter} {had been|was} {on the agenda|under discussion} {for several weeks|since last month|for some time}.",
      "{Local|Regional} {newspapers|media|broadcasters} {had reported|reported} {the development|the news} {earlier in the day|on <weekday> morning|the previous evening}{| citing unnamed sources}.",
      "{It was not immediately clear|It remained unclear|No one could say} {how|whether|when} {the decision|the development|the move} would {affect|change} {the wider picture|ordinary people|the markets}.",
      "{Critics|Opposition figures|Some economists} {have long argued|argued} that {more|less} {regulation|spending|oversight} {is needed|was needed} {in <country>|across the region}.",
      "{A spokesman|A spokeswoman} {declined to comment|did not respond to requests for comment|gave no further details} {on the matter|beyond the statement|when contacted}.",
      "{The figures|The details} {will|are expected to} be {examined|reviewed|discussed} {at a meeting|by a committee|in parliament} {next week|later this month|in the coming days}.",
      "{Diplomats|Analysts|Industry sources} {said|noted} the {move|decision} {was|had been} {widely expected|long anticipated|a surprise to many}.",
      "<country> has {faced|struggled with|weathered} {a series of|several|repeated} {setbacks|challenges|crises} {in recent years|over the past decade|since <year>}.",
      "{Similar|Comparable} {events|decisions|moves} {in <year>|a few years ago|last year} {drew|attracted|prompted} {wide|sharp|little} {criticism|attention|comment} {at home and abroad|from neighbors|in the press}.",
      "{The government|Authorities} in <city> {has promised|have promised|pledged} to {publish|release|share} {more information|a full report|further details} {soon|within weeks|by the end of the month}.",
      "{Several|A number of|Dozens of} {groups|organizations|business leaders} {welcomed|criticized|questioned} the {step|decision|move} {on <weekday>|in statements|in interviews}.",
      "{The <city> government|Authorities} {did not say|gave no indication} {how long|whether} {the measures|the arrangements} {would last|would remain in place}.",
      "{Television footage|Pictures|Images} {broadcast|shown|published} {locally|by local channels|online} {showed|appeared to show} {crowds|officials|workers} {gathered|at work} {outside|near} the {building|site|offices}.",
      "{According to|Citing} {official data|government figures|a recent survey}, <count> {provinces|sectors|districts} {were|have been} {affected|involved} {so far|this year}.",
      "{The matter|The issue} {is likely to|could} {come up|be raised} {again|once more} {at|during} {a regional summit|talks|a parliamentary debate} {later this year|next month}.",
      "{Observers|Commentators} {expect|predict} {further|more} {announcements|developments} {in the days ahead|before the end of the week}.",
      "{Residents|People} in <city> {said|told reporters} they {were|felt} {relieved|worried|uncertain} {about|over} {what comes next|the news|the days ahead}.",
      "{The|This} {latest|new} {development|step} {follows|comes after} {months|weeks} of {speculation|debate|uncertainty} {in <country>|at home and abroad}.",
      "{Lawmakers|Members of parliament} {are due to|will} {debate|discuss} {related|broader} {proposals|measures} {when they meet|after a recess} {next week|later this month}.",
      "{Economists|Analysts} {at|from} {several|two of the} {banks|research houses} in <city> {said|wrote in notes to clients} that {the development|the news} {was unlikely to|could} {change|alter} {their forecasts|the picture} {for the rest of the year|in the short term}, {although|but} {risks|uncertainty} {remained|persisted}.",
      "{The|A} {ministry|government department} {responsible for|in charge of} {the sector|such matters} {said in a brief statement|told reporters} that it {was monitoring|was following} the situation {closely|carefully} and {would|might} {intervene|take further steps} if {necessary|needed}.",
      "{In|Over} the {past|last} <count> {months|years}, <country> has {introduced|announced|debated} a {series|number} of {reforms|measures|plans} {intended|designed} to {attract|encourage} {foreign investment|growth|stability}, with {mixed|limited|some} {results|success}.",
      "{A|One} {senior|former} official, {speaking|who spoke} on condition of anonymity {because|as} {he|she} was not authorized to {talk to|brief} the media, said {discussions|consultations} {had been|were} {going on|under way} {for weeks|since the start of the year}.",
      "{Business groups|Trade unions|Consumer groups} in <country> {have called for|demanded|urged} {greater|more} {transparency|consultation|clarity} {over|about|on} {such decisions|the process}, {saying|arguing} that {ordinary people|smaller firms} {bear|carry} {much of the cost|the burden}.",
      "{The|This} {episode|development} {is|was} {likely to|expected to} {feature|figure} {prominently|heavily} in {public debate|newspaper commentary|parliamentary questions} {over the coming days|this week}, {according to|said} {political observers|commentators} in <city>.",
      "{Earlier|Last} {this month|week}, {officials|the authorities} in <city> {had|also} {signaled|indicated} that {changes|further steps} {were|might be} {possible|under consideration}, {without|but gave no} {giving details|timetable}.",
      "{Data|Figures} {released|published} {on <weekday>|earlier this week} {showed|indicated} that {activity|confidence} in <country> {had|has} {slowed|picked up|held steady} {in recent months|since the start of the year}, {adding to|easing} {pressure|concern} on {policymakers|the government}.",
      "{International|Foreign} {observers|partners} {have|had} {welcomed|questioned|noted} {the direction|the pace} of {policy|change} in <country>, {which|and it} {remains|is} {closely watched|an important partner} {across the region|for its neighbors}.",
      "{It|The event} {was|is} {the|one of the} {most significant|biggest|latest} {developments|such events} {in|for} <country> {since|in} <year>, {when|after} {a similar|an earlier} {episode|case} {drew|attracted} {wide|international} {attention|coverage}.",
      "{A|The} {full|detailed} {statement|report} {is due to be|will be} {published|released} {later|on the website of the relevant ministry}, {officials|a spokesman} said{| on <weekday>}.",
      "{Reporters|Journalists} {who|that} {visited|were in} <city> {on <weekday>|this week} {described|reported} {a|an} {calm|tense|busy} {atmosphere|mood} {in|around} {the capital|the city center|government buildings}.");

  static {
    BY_KIND.put(Kind.RESULTS, new Set(
        List.of(
            "<company> {quarterly|<quarter>} profit <moves> <change>",
            "<co> <quarter> net <moves> to <profit>",
            "<company> reports <quarter> profit of <profit>",
            "<co> earnings <updown> {on|amid} {strong|weak|uneven} {demand|sales}",
            "<company> posts <change> <gainloss> in <quarter> profit"),
        List.of(
            "<dateline><company> said on <weekday> its <quarter> net profit <moved> <change> to <profit> from <prev> a year earlier, {helped|affected} by {changing|shifting} sales {in its main markets|at home and abroad}.",
            "<dateline><company> reported a <change> <gainloss> in <quarter> net profit on <weekday>, to <profit>, {as|with} revenue reaching <revenue>.",
            "<dateline><co> {announced|posted} <quarter> earnings of <profit>, or <perShare> a share, {compared with|against} <prev> in the same period last year, the company said <weekday>.",
            "<dateline>Net profit at <company> <moved> to <profit> in the <quarter> period, the {company|group} said on <weekday>, {a <change> <gainloss>|<updown> <change> from a year ago}.",
            "<dateline><company> on <weekday> {reported|disclosed} <quarter> profit of <profit>, <updown> from <prev>, on revenue of <revenue>."),
        List.of(
            List.of("Revenue {for the period|in the quarter} {totaled|came to|reached} <revenue>, the company said.",
                "Sales {were|amounted to} <revenue>, {it said|according to a statement}.",
                "<co> said revenue was <revenue> {in the period|for the <quarter>}.",
                "The group's {turnover|revenue} stood at <revenue>.",
                "{Total|Group} revenue {amounted to|was} <revenue>, {the statement showed|the figures showed}."),
            List.of("Earnings per share {were|came in at} <perShare>, {compared with|against} analysts' {forecasts|expectations} of <expected>.",
                "That {works out|amounts} to <perShare> a share; analysts {polled|surveyed} {beforehand|earlier} had {expected|forecast} <expected>.",
                "Per-share profit was <perShare>, versus the <expected> {analysts had expected|consensus estimate}.",
                "On a per-share basis, <co> earned <perShare>, {it said|the company reported}."),
            List.of("<co> said it {expected|forecast} {demand|sales} to {remain firm|stay steady|improve} {in the coming months|for the rest of the year}.",
                "The company {kept|left} its {full-year|annual} {guidance|outlook} unchanged{| and said it would {cut costs|reduce debt}}.",
                "{Looking ahead|For the year ahead}, <co> said it {would|planned to} {cut costs|invest in new plants|expand in Asia|reduce debt}.",
                "It {gave no|did not give a} forecast for the {current|next} quarter{| but said conditions were {difficult|improving}}."),
            List.of("<co> shares {closed|ended} <updown> <sharepct> {on <weekday>|after the announcement}.",
                "Its shares <moved> <sharepct> in {early|afternoon|late} trading.",
                "{Shares in|Stock of} the company {ended|finished} the day <updown> <sharepct>.")),
        List.of(
            "<co>, {based in|headquartered in} <city>, {employs|has} about <employees> {people|staff} {worldwide|in <count> countries}.",
            "The <sector> {sector|industry} has {struggled with|benefited from} {rising costs|a weak currency|strong export demand|lower raw material prices} {this year|in recent months}.",
            "{Analysts|Market watchers} had {expected|forecast} {a stronger|a weaker|a mixed} {performance|set of results} {after|given} {a difficult|an uneven} {year|quarter} for the industry.",
            "<ceo> {took over|became chief executive} in <year> {after|following} a {board shake-up|long career at the company|restructuring}.",
            "<co> {competes with|faces competition from} <rival> {in most of its markets|at home and abroad}."),
        List.of(
            "<dateline><company> said on <weekday> that chief executive <ceo> would {step down|retire} {at the end of the year|next month}, {days|a week} after the company {reported|announced} its <quarter> results.",
            "<dateline><company> {unveiled|announced} a {cost-cutting|restructuring} plan on <weekday>, {days|a week} after {reporting|posting} <quarter> figures that {disappointed|surprised} investors."),
        List.of(
            "<dateline>{Shares in|Stock of} <company> <moved> <sharepct> on <weekday> after the company said its <quarter> net profit <moved> <change> to <profit>.",
            "<dateline><company> {gave|offered} {more details|further details} of its <quarter> results on <weekday>, {saying|adding} it {expected|forecast} revenue {to grow|to stabilize} {next year|in the coming quarters}.")));

    BY_KIND.put(Kind.PRICE_CHANGE, new Set(
        List.of(
            "<company> <cutsraises> crude prices <amount>",
            "<co> <cutsraises> <crude> posting by <amount>",
            "<company> {changes|adjusts} posted crude oil prices",
            "<co> {lowers|raises} price it pays for crude"),
        List.of(
            "<dateline><company> said it <cutraise> the {contract|posted} price it pays for {all grades of|} crude oil by <amount> a barrel, effective <effective>.",
            "<dateline><company> <cutraise> its posted price for <crude> crude by <amount> a barrel to <price>, the company said on <weekday>.",
            "<dateline><co> has <cutraise> {crude oil|crude} postings by <amount> a barrel, bringing <crude> to <price>, effective <effective>.",
            "<dateline>The posted price of <crude> at <company> {will be|was} <cutraise> by <amount> a barrel to <price>, {the company said|a spokesman said} on <weekday>."),
        List.of(
            List.of("The {change|move} brings its posted price for <crude> to <price> a barrel{|, the company said}.",
                "<crude> {is now posted|now stands} at <price> a barrel, {it said|the company said}.",
                "After the {change|move}, <crude> will be posted at <price>."),
            List.of("<crude2> {was|has been} {adjusted|changed} {to|at} <price2> a barrel.",
                "The company said <crude2> {would be|was} posted at <price2>.",
                "Its <crude2> {posting|price} {goes|went} to <price2> a barrel."),
            List.of("{Other|Rival} {refiners|oil companies} {were expected|are likely} to {follow|match the move} {within days|shortly}, {traders|industry sources} said.",
                "{Traders|Analysts} said the {move|change} {followed|reflected} {weakness|strength} in {spot|world} {crude|oil} prices {this week|in recent sessions}.",
                "The {move|change} {was the first|came} {since|after} {a similar adjustment|a previous change} {earlier this month|last week}.")),
        List.of(
            "{Spot|World} {crude|oil} prices have {moved|swung} {sharply|widely} {in recent weeks|this month} {on|amid} {supply worries|OPEC output talk|weak demand}.",
            "<company> {is|ranks as} one of the {larger|bigger} {independent|U.S.} {refiners|crude buyers} {in the region|in the country}.",
            "{Posted prices|Postings} are the prices {oil companies|refiners} {pay|offer} {producers|well owners} for crude {at the wellhead|in the field}."),
        List.of(
            "<dateline><company> <cutraise> its crude postings {again|a second time} on <weekday>, {days|a few days} after {its previous change|an earlier adjustment}, {taking|bringing} <crude> to <price> a barrel."),
        List.of(
            "<dateline>{Several|Other} {oil companies|refiners} {matched|followed} <company> on <weekday> after it <cutraise> posted prices by <amount> a barrel.")));

    BY_KIND.put(Kind.CENTRAL_BANK, new Set(
        List.of(
            "<demonym> central bank <cutsraises> rates to <rate>",
            "{Central bank|<country>} <cutsraises> {key|benchmark} rate by <bps> basis points",
            "<country> {moves|acts} on rates {as|with} inflation at <inflation>",
            "<demonym> {rate|policy} decision: <rate>"),
        List.of(
            "<dateline><bank> <cutraise> its benchmark interest rate by <bps> basis points to <rate> on <weekday>, {citing|pointing to} inflation of <inflation>.",
            "<dateline><country>'s central bank on <weekday> <cutraise> its {key|main} {policy|lending} rate to <rate> from <oldRate>.",
            "<dateline>The {central bank|monetary authority} of <country> {surprised|did not surprise} markets on <weekday> when it <cutraise> {rates|its policy rate} by <bps> basis points, {to|taking it to} <rate>.",
            "<dateline>{Policymakers|Rate-setters} at <bank> <cutraise> {borrowing costs|the benchmark rate} to <rate> on <weekday>, {a move of|a change of} <bps> basis points."),
        List.of(
            List.of("{Annual|Consumer price} inflation {stood at|was} <inflation> {last month|in the latest reading}.",
                "Inflation {ran|was running} at <inflation>, {according to|official figures showed} {official data|the statistics office}.",
                "The bank {said|noted} {inflation was|consumer prices were up} at <inflation>."),
            List.of("The {economy|gross domestic product} {grew|expanded} <growth> {last year|in the latest quarter}.",
                "{Growth|Economic growth} {is forecast|was projected} at <growth> {this year|for the year}.",
                "<bank> {forecast|projected} growth of <growth>."),
            List.of("Governor <speaker> {said|told reporters} {the bank|policymakers} would {watch|monitor} {data|prices} {closely|carefully}.",
                "The {decision|vote} {was|had been} {unanimous|split}, {the bank said|according to a statement}.",
                "{Markets|Economists} {had|largely} {expected|priced in} {the move|a change}, {a poll showed|according to a survey}.")),
        List.of(
            "<country>'s currency {moved|traded} {little|higher|lower} {after|following} the {announcement|decision}.",
            "The bank {next meets|holds its next meeting} {in six weeks|next month|in the spring}.",
            "{Borrowing costs|Interest rates} in <country> {have|had} {risen|fallen} {several times|repeatedly} since <year>."),
        List.of(
            "<dateline><bank> {kept|left} {rates|its benchmark rate} {unchanged|on hold} on <weekday>, {days|a week} after its {surprise|earlier} move, {saying|as} inflation {held at|reached} <inflation>."),
        List.of(
            "<dateline><country>'s {currency|stock market} {reacted|moved} {sharply|quickly} on <weekday> after <bank> <cutraise> {rates|its key rate} to <rate>.")));

    BY_KIND.put(Kind.VISIT, new Set(
        List.of(
            "<visitorTitle> <visitorLast> {arrives in|visits} <country> for {talks|discussions} on <topic1>",
            "<guestDemonym> <visitorTitle> in <city> {to discuss|for talks on} <topic1> and <topic2>",
            "<visitorLast> {meets|holds talks with} <demonym> leaders",
            "<country>, <guestCountry> {pledge|agree} {closer|deeper} ties {during|on} <visitorLast> visit"),
        List.of(
            "<dateline><guestDemonym> <visitorTitle> <visitor> {arrived in|flew into} <city> on <weekday> for a <days>-day visit {focused on|aimed at} <topic1> and <topic2>.",
            "<dateline><visitor>, the <guestDemonym> <visitorTitle>, held talks with <demonym> <hostTitle> <host> on <weekday>, {pressing for|seeking} {closer|stronger} {cooperation|ties} on <topic1>.",
            "<dateline><country> and <guestCountry> {pledged|agreed} on <weekday> to {deepen|expand} {cooperation|ties} on <topic1> {as|while} <visitorTitle> <visitor> {began|opened} a visit to <city>.",
            "<dateline><visitorTitle> <visitor> of <guestCountry> met <hostTitle> <host> in <city> on <weekday>, the {first|latest} {visit|trip} by a {senior|top} <guestDemonym> official {this year|in months}."),
        List.of(
            List.of("The two sides {signed|concluded} <agreements> {agreements|memorandums of understanding} {covering|on} <topic2> and {other areas|related matters}.",
                "{Officials|Diplomats} said <agreements> {accords|agreements} {were|would be} signed {during the visit|before <visitorLast> leaves}.",
                "<agreements> {agreements|deals} {were|have been} {prepared|readied} for signing, {officials|the foreign ministry} said."),
            List.of("<guestCountry> {announced|pledged} <aid> {in aid|in assistance} {for|to support} <topic2>.",
                "<visitorLast> {announced|unveiled} {a package|an aid package} {worth|of} <aid>.",
                "{An aid package|Assistance} {of|worth} <aid> {was|would be} {announced|made available}, {officials said|according to officials}."),
            List.of("<visitorLast> {is also due to|will also} meet {opposition leaders|business leaders|the army chief} {before leaving|during the trip}.",
                "{The visit|The trip} {had not been|was not} {announced|made public} {in advance|beforehand} for {security|logistical} reasons.",
                "<hostLast> {hosted|gave} a {dinner|lunch} for the {delegation|visitors} {later|in the evening}.")),
        List.of(
            "{Relations|Ties} between <country> and <guestCountry> {have been|were} {strained|tested|improving} {since|in} <year>.",
            "<guestCountry> is {one of|among} <country>'s {largest|biggest|most important} {trading partners|donors|allies}.",
            "{The talks|Discussions} {on|over} <topic1> {have|had} {stalled|made slow progress} {for years|since <year>}."),
        List.of(
            "<dateline><visitorTitle> <visitor> {left|wrapped up his visit to} <city> on <weekday> {without|after} {a breakthrough|signing a deal} on <topic1>, {days|several days} after {arriving|talks began}."),
        List.of(
            "<dateline><visitor> {told|assured} <demonym> leaders on <weekday> that <guestCountry> {would|will} {stand by|support} them on <topic1>, {on the second day of|during} a <days>-day visit.")));

    BY_KIND.put(Kind.DISASTER, new Set(
        List.of(
            "<disaster> {kills|leaves} <dead> {dead|} in <region> <country>",
            "At least <dead> {dead|killed} {as|after} <disaster> {hits|strikes} <country>",
            "<demonym> <disaster> toll {reaches|rises to} <dead>",
            "{Rescuers search for survivors|Search for survivors} after <country> <disaster>"),
        List.of(
            "<dateline>{A|The} <disaster> {killed|left} at least <dead> people {dead|} in <region> <country> on <weekday>, {officials|authorities} said, {with|and} <injured> {injured|hurt}.",
            "<dateline>At least <dead> people were killed and <injured> injured when {a|the} <disaster> {struck|hit} the town of <town> in <region> <country> on <weekday>.",
            "<dateline>The death toll from {a|the} <disaster> in <country>'s <region> region {rose|climbed} to <dead> on <weekday>, {with|as} rescuers {searched|dug} for survivors near <town>.",
            "<dateline><dead> people {died|were confirmed dead} and <missing> {were missing|remained missing} after {a|the} <disaster> {hit|struck} <town>, {officials|<speakerTitle>} said on <weekday>."),
        List.of(
            List.of("{About|Some|More than} <displaced> people {were|have been} {displaced|forced from their homes}, {officials|authorities} said.",
                "{The|A} <disaster> {displaced|made homeless} {around|some} <displaced> people.",
                "{Officials|Authorities} said <displaced> people {needed|were in need of} shelter."),
            List.of("<missing> people {were|remained} {missing|unaccounted for} {late on <weekday>|by nightfall}.",
                "{Rescuers|Rescue teams} were {searching|looking} for <missing> {missing|people still missing}.",
                "The number of missing {stood at|was} <missing>, {officials|police} said."),
            List.of("The government {released|pledged|approved} <relief> {for|in} {relief|emergency aid}.",
                "{Emergency|Relief} {funds|money} {of|worth} <relief> {were|have been} {released|approved}.",
                "<relief> {in aid|for relief} {was|had been} {pledged|set aside} by the {government|national disaster agency}."),
            List.of("{Power|Telephone} lines {were|had been} {down|cut} across <town>, {officials|residents} said.",
                "{Roads|Bridges} {into|around} <town> {were|had been} {cut off|damaged|blocked}, {hampering|slowing} {rescue|relief} efforts.",
                "{Hospitals|Clinics} in <town> {were|had been} {overwhelmed|stretched} {by|with} the injured.")),
        List.of(
            "<region> <country> {is prone to|has often been hit by} {such disasters|floods and landslides|earthquakes} {during|in} {the rainy season|winter|the monsoon}.",
            "{In|Back in} <year>, a {similar|larger} <disaster> {killed|left} {hundreds|dozens} {dead|of people} in the {same|neighboring} {area|region}.",
            "{Many|Most} {houses|buildings} in <town> {are|were} {built|made} of {mud brick|wood|concrete} {and|that} {collapsed|gave way} {easily|quickly}."),
        List.of(
            "<dateline>The death toll from {last week's|the} <disaster> in <region> <country> {rose|climbed} to <dead> on <weekday>, {days|several days} after it {struck|hit} <town>, {as|while} {aid|relief} {began to|started to} arrive."),
        List.of(
            "<dateline>The toll from the <disaster> in <region> <country> {rose|climbed} to <dead> on <weekday>, {officials|<speakerTitle>} said, {with|as} <missing> people still missing.")));

    BY_KIND.put(Kind.ELECTION, new Set(
        List.of(
            "<party> {wins|claims victory in} <country> election",
            "<leaderLast>'s <party> {takes|wins} <seats> {of|out of} <total> seats",
            "<country> {vote|election}: <party> {ahead|leads}, turnout <turnout>",
            "<demonym> voters {hand|give} <leaderLast> {victory|a win}"),
        List.of(
            "<dateline>The <party> {led by|of} <leader> won <seats> of the <total> seats in <country>'s {parliamentary|general} election, {official|provisional} results showed on <weekday>.",
            "<dateline><leader>'s <party> {claimed victory|declared victory} in <country>'s election on <weekday> after {winning|taking} <seats> seats {in|of} the <total>-seat {parliament|assembly}.",
            "<dateline><country>'s <party> {won|secured} <seats> seats, {the election commission said|results from the election commission showed} on <weekday>, {putting|leaving} <leader> {on course|in position} to form a government.",
            "<dateline>Voters in <country> {handed|gave} <leader> and the <party> <seats> seats {out of|of} <total> {in|at} <weekday>'s {vote|election}, {results showed|the commission said}."),
        List.of(
            List.of("Turnout {was|stood at} <turnout>, the election commission said.",
                "{Some|About} <turnout> of {registered|eligible} voters {cast ballots|voted}.",
                "The commission {put|reported} turnout at <turnout>."),
            List.of("The <party2>, led by <rivalLeader>, {won|took} <seats2> seats.",
                "<rivalLeader>'s <party2> {came second|trailed} with <seats2> seats.",
                "The {main|largest} opposition {party|group}, the <party2>, {secured|won} <seats2> seats."),
            List.of("{Observers|Monitors} {said|reported} the vote was {largely peaceful|generally orderly|marred by isolated incidents}.",
                "<rivalLeader> {conceded|refused to concede} {defeat|the result} {late on <weekday>|in a statement}.",
                "{Coalition talks|Talks on a new government} {were expected|are expected} to {begin|start} {within days|next week}.")),
        List.of(
            "<country> {holds|has held} {parliamentary|general} elections every {four|five} years{| since <year>}.",
            "{The campaign|Campaigning} {focused|centered} on {jobs|corruption|the economy|security} and {rising prices|public services}.",
            "<leader> {served|was} {a minister|finance minister|a provincial governor} {before|until} <year>."),
        List.of(
            "<dateline><leader> was {sworn in|confirmed} as {prime minister|head of government} of <country> on <weekday>, {days|a week} after the <party> won the election."),
        List.of(
            "<dateline><rivalLeader> {conceded|accepted} defeat on <weekday> after {final|official} results gave the <party> <seats> of <total> seats in <country>.")));

    BY_KIND.put(Kind.COURT, new Set(
        List.of(
            "{Former|Ex-} <company> {executive|official} {convicted|found guilty} of <charge>",
            "<defendantLast> {sentenced|jailed} for <yearsSentence> years {over|for} <charge>",
            "{Court|Judge} {convicts|sentences} <defendantLast> in <charge> case",
            "<city> court {finds|rules} <defendantLast> guilty of <charge>"),
        List.of(
            "<dateline>A court in <city> on <weekday> sentenced <defendant>, a former executive of <company>, to <yearsSentence> years in prison for <charge>.",
            "<dateline><defendant> was {found guilty|convicted} of <charge> on <weekday> and {jailed|sentenced} for <yearsSentence> years, {ending|in} a case {that|which} {gripped|shook} <country>.",
            "<dateline>Judge <judge> {convicted|found} <defendant> {guilty|} on <counts> counts of <charge> on <weekday>, {ordering|and ordered} {him|the defendant} to pay a fine of <fine>.",
            "<dateline>A former <company> executive, <defendant>, {received|was handed} a <yearsSentence>-year {prison|jail} sentence on <weekday> after a court in <city> {found|ruled} {him|that he was} guilty of <charge>."),
        List.of(
            List.of("The court also {ordered|imposed} a fine of <fine>.",
                "{He|<defendantLast>} was {also|further} {fined|ordered to pay} <fine>.",
                "{A fine of|Penalties totaling} <fine> {were also|were} imposed."),
            List.of("{He|<defendantLast>} had {pleaded not guilty|denied the charges} on <counts> counts.",
                "The {case|trial} {involved|covered} <counts> counts of <charge>.",
                "Prosecutors {brought|filed} <counts> counts against {him|<defendantLast>}."),
            List.of("{His|The} {lawyers|defense team} said {they|he} would appeal{| the verdict}.",
                "<defendantLast>'s {lawyer|attorney} {declined to comment|said the ruling was unjust}.",
                "Judge <judgeLast> {said|told the court} the {crimes|offenses} {had|caused} {serious|lasting} {harm|damage}.")),
        List.of(
            "The case {began|started} in <year> {after|when} {auditors|regulators|whistleblowers} {raised|flagged} {concerns|irregularities} at <company>.",
            "<company> {has|had} {cooperated|said it cooperated} with {investigators|prosecutors} {throughout|during the case}.",
            "{Cases|Prosecutions} {of|for} <charge> {have|had} {become|grown} {more common|rarer} in <country> since <year>."),
        List.of(
            "<dateline><defendant> {filed|lodged} an appeal on <weekday> against {his|the} conviction for <charge>, {days|a week} after {being sentenced|the verdict} in <city>."),
        List.of(
            "<dateline>{Shares in|Stock of} <company> {moved|swung} on <weekday> after a former executive, <defendant>, was {convicted|found guilty} of <charge> in <city>.")));

    BY_KIND.put(Kind.SPORTS, new Set(
        List.of(
            "<home> {beat|defeat} <away> <score>",
            "<scorerLast> {strikes|scores} {as|and} <home> {beat|see off} <away>",
            "<away> {lose|fall} <score> to <home> in <competition>",
            "<home> {win|take} <competition> {clash|match} <score>"),
        List.of(
            "<dateline><home> beat <away> <score> in a <competition> match on <weekday>, with <scorer> scoring in the <minuteth> minute.",
            "<dateline><scorer> {struck|scored} in the <minuteth> minute {as|to help} <home> {beat|defeat} <away> <score> {on|in} <weekday>'s <competition> {game|fixture}.",
            "<dateline><away> {lost|went down} <score> to <home> on <weekday>{| in front of <attendance> spectators}, {after|with} <scorer> {netting|scoring} {the decisive goal|in the <minuteth> minute}.",
            "<dateline>A <minuteth>-minute {goal|strike} from <scorer> {gave|handed} <home> a <score> {win|victory} over <away> in the <competition> on <weekday>."),
        List.of(
            List.of("{A crowd of|Some} <attendance> {watched|attended} the {game|match}.",
                "The {match|game} {drew|attracted} <attendance> {fans|spectators}.",
                "{Attendance|The crowd} {was|numbered} <attendance>."),
            List.of("The {result|win} {leaves|puts} <home> on <points> points.",
                "<home> {now have|move to} <points> points{| in the table}.",
                "{With|After} the win, <home> {have|sit on} <points> points."),
            List.of("<away> {had|created} {several|a few} {chances|opportunities} {in the first half|before the break} {but|and} {failed to score|could not convert}.",
                "{The visitors|<away>} {finished|ended} with ten men after a {red card|second booking} {late in the game|in the second half}.",
                "<scorerLast> {has now scored|now has} {several|a number of} goals this season.")),
        List.of(
            "<home> {last won|previously won} the <competition> in <year>.",
            "{The two sides|Both teams} {have|had} {met|played each other} <count> times {in recent years|since <year>}.",
            "{Injuries|Suspensions} {had|have} {weakened|troubled} <away> {in recent weeks|this season}."),
        List.of(
            "<dateline><home> {followed up|built on} {last week's|their} {win|victory} over <away> {with|by} {another|a further} {result|win} on <weekday>, <scorer> {again|once more} {on target|scoring}."),
        List.of(
            "<dateline><home> {moved|climbed} {up the table|to <points> points} on <weekday> {after|with} a <score> {win|victory} over <away>, <scorer> {scoring|on target} in the <minuteth> minute.")));

    BY_KIND.put(Kind.MARKET_REPORT, new Set(
        List.of(
            "{Stocks|Shares} {close|end} <updown> in <city>",
            "<index> <moves> <points> points",
            "{Market report|Markets}: <index> {closes|ends} at <close>"),
        List.of(
            "<dateline><index> <moved> <points> points, or <pct2>, to close at <close> on <weekday>{| in {moderate|active|thin} trading}.",
            "<dateline>{Shares|Stocks} {ended|closed} <updown> on <weekday>, with <index> {finishing|closing} at <close>, a {move|change} of <points> points.",
            "<dateline><index> {ended|closed} the {session|day} at <close> on <weekday>, <updown> <points> points or <pct2>."),
        List.of(
            List.of("Volume was <volume>.", "{Turnover|Volume} {totaled|came to} <volume>.", "<volume> {changed hands|were traded}."),
            List.of("Advancing issues {numbered|totaled} <advancers> against <decliners> {declining|falling} ones.",
                "{Gainers|Rising stocks} {outnumbered|trailed} {losers|falling ones} <advancers> to <decliners>.",
                "There were <advancers> {gainers|advancers} and <decliners> {decliners|losers}."),
            List.of("<gainer> {led|topped} the gainers, while <loser> {led|headed} the losers.",
                "Among {active|the most active} {issues|stocks}, <gainer> {rose|gained} and <loser> {fell|slipped}.",
                "<gainer> {was|ended} {higher|up} and <loser> {lower|down}.")),
        List.of(
            "{Dealers|Traders} said {the market|investors} {would|will} {watch|look to} {economic data|corporate earnings} {due|expected} {next week|later this week}."),
        List.of(),
        List.of(
            "<dateline><index> {extended|trimmed} {its|the} {move|change} {in late trading|after the close} on <weekday>, {ending|finishing} at <close>.")));

    BY_KIND.put(Kind.ACQUISITION, new Set(
        List.of(
            "<company> to {buy|acquire} <target> for <value>",
            "<co> {agrees|bids} <perShareOffer> a share for <tco>",
            "<co> {makes|launches} <value> {bid|offer} for <target>",
            "<target> {agrees to|accepts} <co> {takeover|offer}"),
        List.of(
            "<dateline><company> {agreed|said it agreed} to {buy|acquire} <target> for <perShareOffer> a share, or about <value>, on <weekday>.",
            "<dateline><company> {launched|made} a <value> {offer|bid} for <target> on <weekday>, {valuing|pricing} its shares at <perShareOffer> each.",
            "<dateline><target> {accepted|agreed to} a <value> takeover {offer|bid} from <company> on <weekday>, {the companies|both companies} said.",
            "<dateline><co> will {purchase|buy} <target> in a deal {worth|valued at} <value>, or <perShareOffer> per share, the companies {announced|said} on <weekday>."),
        List.of(
            List.of("The offer {represents|is} a <premium> premium {to|over} <tco>'s {last|closing} share price.",
                "That {is|represents} a premium of <premium> {over|to} the {closing|market} price.",
                "The {price|bid} {values|puts} <tco> at a <premium> premium."),
            List.of("<adviser> {advised|is advising} <co> on the {deal|transaction}.",
                "The deal {is|remains} subject to {regulatory|shareholder} approval{| and is expected to close {next year|within months}}.",
                "{Regulators|Antitrust authorities} {must|will need to} {approve|clear} the {deal|purchase}."),
            List.of("<tco> {shares|stock} {jumped|rose} <pct2> {on the news|after the announcement}.",
                "{Shares in|Stock of} <tco> <moved> <pct2>{| in {early|afternoon} trading}.",
                "<co> shares <moved> <pct2> {after|following} the announcement.")),
        List.of(
            "The {deal|purchase} {would be|is} the {largest|biggest} in the {sector|industry} {this year|since <year>}.",
            "<co> has {made|completed} <count> {acquisitions|purchases} {since|in} <year>.",
            "{Consolidation|Dealmaking} in the {sector|industry} has {accelerated|picked up} {this year|recently} amid {low borrowing costs|slowing growth}."),
        List.of(
            "<dateline>{A rival bidder|Another company} {emerged|stepped forward} for <target> on <weekday>, {days|a week} after <company> {agreed|offered} to {buy|acquire} it."),
        List.of(
            "<dateline>{Shares in|Stock of} <target> {jumped|soared} <pct2> on <weekday> after <company> agreed to {buy|acquire} it for <value>.")));

    BY_KIND.put(Kind.BRIEF, new Set(
        List.of(
            "<company> {names|appoints} <hireLast> <post>",
            "<co> {appoints|names} new <post>",
            "<hire> {to join|joins} <co> as <post>"),
        List.of(
            "<dateline><company> said on <weekday> it {had appointed|has named} <hire> as <post>, effective {immediately|next month}.",
            "<dateline><hire> {will become|has been named} <post> of <company>, the company said on <weekday>.",
            "<dateline><company> {named|appointed} <hire> <post> on <weekday>{| in a management reshuffle}."),
        List.of(
            List.of("<hireLast>, {who joined|formerly} {from|of} <rival>, {replaces|succeeds} {a predecessor who retired|an executive who left in <year>}.",
                "<hireLast> {previously worked|spent <count> years} at <rival>.",
                "{Before joining|Prior to the appointment}, <hireLast> {held senior roles|worked} at <rival>."),
            List.of("<company>, based in <city>, {employs|has} about <employees> {people|staff}.",
                "The company, {headquartered|based} in <city>, {has|employs} some <employees> {employees|staff}.",
                "<co> {has|employs} around <employees> {workers|people} {worldwide|in <count> countries}.")),
        List.of(),
        List.of(),
        List.of(
            "<dateline><company> {confirmed|said} on <weekday> that <hire> {would|will} {also|} {sit on|join} its board as <post>.")));
  }

  private Templates() {}
}
