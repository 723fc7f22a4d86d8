package org.copydesk.eval;

import static org.copydesk.eval.Banks.pick;
import static org.copydesk.eval.Grammar.money;
import static org.copydesk.eval.Grammar.pct;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The kinds of event, with their facts and the sentence templates agencies write them from.
 * Templates: {@code {a|b}} alternatives, {@code <fact>} slots (see {@link Grammar}); US spelling,
 * converted per style. Each list is indexed by agency so that different agencies phrase the same
 * slot differently.
 */
enum Kind {
  RESULTS, PRICE_CHANGE, CENTRAL_BANK, VISIT, DISASTER, ELECTION, COURT, SPORTS, MARKET_REPORT,
  ACQUISITION, BRIEF;

  /** Relative frequency of each kind among base events. */
  static final double[] WEIGHTS = {14, 10, 7, 9, 9, 5, 8, 10, 8, 8, 12};

  static Kind draw(Random r) {
    double total = 0;
    for (double w : WEIGHTS) {
      total += w;
    }
    double x = r.nextDouble() * total;
    for (Kind k : values()) {
      x -= WEIGHTS[k.ordinal()];
      if (x < 0) {
        return k;
      }
    }
    return BRIEF;
  }

  boolean isBrief() {
    return this == BRIEF;
  }

  /** Entity facts (names, places): the part a follow-up shares with its original event. */
  void entities(Random r, Map<String, Object> f) {
    String[] place = pick(Banks.PLACES, r);
    f.put("city", place[0]);
    f.put("country", place[1]);
    f.put("demonym", place[2]);
    switch (this) {
      case RESULTS:
      case BRIEF:
        {
          String c = Banks.company(r);
          f.put("company", c);
          f.put("co", Banks.shortName(c));
          String ceo = Banks.person(r);
          f.put("ceo", ceo);
          f.put("ceoLast", Banks.lastName(ceo));
          f.put("sector", c.split(" ")[1].toLowerCase());
          f.put("speaker", ceo);
          f.put("speakerTitle", "chief executive");
          String hire = Banks.person(r);
          f.put("hire", hire);
          f.put("hireLast", Banks.lastName(hire));
          f.put("post", pick(Banks.POSTS, r));
          f.put("rival", Banks.company(r));
          break;
        }
      case PRICE_CHANGE:
        {
          String c = Banks.oilCompany(r);
          f.put("company", c);
          f.put("co", Banks.shortName(c));
          f.put("crude", pick(Banks.CRUDES, r));
          f.put("crude2", pick(Banks.CRUDES, r));
          String sp = Banks.person(r);
          f.put("speaker", sp);
          f.put("speakerLast", Banks.lastName(sp));
          f.put("speakerTitle", "a company spokesman");
          break;
        }
      case CENTRAL_BANK:
        {
          f.put("bank", "the central bank of " + place[1]);
          String g = Banks.person(r);
          f.put("speaker", g);
          f.put("speakerLast", Banks.lastName(g));
          f.put("speakerTitle", "governor");
          break;
        }
      case VISIT:
        {
          String[] host = place;
          String[] guest = pick(Banks.PLACES, r);
          while (guest[0].equals(host[0])) {
            guest = pick(Banks.PLACES, r);
          }
          f.put("guestCountry", guest[1]);
          f.put("guestDemonym", guest[2]);
          String v = Banks.person(r);
          f.put("visitor", v);
          f.put("visitorLast", Banks.lastName(v));
          f.put("visitorTitle", pick(List.of("Foreign Minister", "Prime Minister", "President",
              "Defense Minister", "Trade Minister", "Secretary of State"), r));
          String h = Banks.person(r);
          f.put("host", h);
          f.put("hostLast", Banks.lastName(h));
          f.put("hostTitle", pick(List.of("Prime Minister", "President", "Foreign Minister"), r));
          f.put("topic1", pick(Banks.TOPICS, r));
          f.put("topic2", pick(Banks.TOPICS, r));
          f.put("speaker", v);
          f.put("speakerLast", Banks.lastName(v));
          f.put("speakerTitle", "the visiting " + f.get("visitorTitle").toString().toLowerCase());
          break;
        }
      case DISASTER:
        {
          f.put("disaster", pick(Banks.DISASTERS, r));
          f.put("town", Banks.town(r));
          f.put("region", pick(Banks.REGIONS, r));
          String o = Banks.person(r);
          f.put("speaker", o);
          f.put("speakerLast", Banks.lastName(o));
          f.put("speakerTitle", pick(List.of("a disaster management official", "the district "
              + "police chief", "a government spokesman", "the provincial governor"), r));
          break;
        }
      case ELECTION:
        {
          f.put("party", Banks.party(r));
          f.put("party2", Banks.party(r));
          String l = Banks.person(r);
          f.put("leader", l);
          f.put("leaderLast", Banks.lastName(l));
          String l2 = Banks.person(r);
          f.put("rivalLeader", l2);
          f.put("speaker", l);
          f.put("speakerLast", Banks.lastName(l));
          f.put("speakerTitle", "the party leader");
          break;
        }
      case COURT:
        {
          String d = Banks.person(r);
          f.put("defendant", d);
          f.put("defendantLast", Banks.lastName(d));
          String c = Banks.company(r);
          f.put("company", c);
          f.put("charge", pick(Banks.CHARGES, r));
          String j = Banks.person(r);
          f.put("judge", j);
          f.put("judgeLast", Banks.lastName(j));
          String p = Banks.person(r);
          f.put("speaker", p);
          f.put("speakerLast", Banks.lastName(p));
          f.put("speakerTitle", "the prosecutor");
          break;
        }
      case SPORTS:
        {
          String a = pick(Banks.PLACES, r)[0];
          String b = pick(Banks.PLACES, r)[0];
          f.put("home", a + " " + pick(Banks.TEAM_NOUN, r));
          f.put("away", b + " " + pick(Banks.TEAM_NOUN, r));
          String s = Banks.person(r);
          f.put("scorer", s);
          f.put("scorerLast", Banks.lastName(s));
          String c = Banks.person(r);
          f.put("speaker", c);
          f.put("speakerLast", Banks.lastName(c));
          f.put("speakerTitle", "the home coach");
          f.put("competition", pick(List.of("league", "cup quarter-final", "cup semi-final",
              "championship", "regional final"), r));
          break;
        }
      case MARKET_REPORT:
        {
          f.put("index", pick(Banks.INDEXES, r));
          f.put("gainer", Banks.company(r));
          f.put("loser", Banks.company(r));
          String t = Banks.person(r);
          f.put("speaker", t);
          f.put("speakerLast", Banks.lastName(t));
          f.put("speakerTitle", "a dealer at " + Banks.pick(Banks.CO_PREFIX, r) + " Securities");
          break;
        }
      case ACQUISITION:
        {
          String a = Banks.company(r);
          String t = Banks.company(r);
          f.put("company", a);
          f.put("co", Banks.shortName(a));
          f.put("target", t);
          f.put("tco", Banks.shortName(t));
          String ceo = Banks.person(r);
          f.put("speaker", ceo);
          f.put("speakerLast", Banks.lastName(ceo));
          f.put("speakerTitle", "chief executive of " + Banks.shortName(a));
          f.put("adviser", pick(Banks.CO_PREFIX, r) + " Capital");
          break;
        }
    }
  }

  /** Number facts and quotes: new for every event, also for a follow-up. */
  void numbers(Random r, Map<String, Object> f) {
    boolean up = r.nextBoolean();
    f.put("moved", up ? "rose" : "fell");
    f.put("moves", up ? "rises" : "falls");
    f.put("updown", up ? "up" : "down");
    f.put("gainloss", up ? "increase" : "decrease");
    f.put("change", pct(0.5 + r.nextInt(600) / 10.0));
    f.put("pct2", pct(0.1 + r.nextInt(90) / 10.0));
    f.put("year", Integer.toString(1990 + r.nextInt(25)));
    f.put("count", Integer.toString(3 + r.nextInt(40)));
    switch (this) {
      case RESULTS:
      case BRIEF:
        {
          double profit = 1e6 * (5 + r.nextInt(900) + r.nextInt(100) / 100.0);
          f.put("profit", money(profit));
          f.put("prev", money(profit * (up ? 0.6 + r.nextDouble() * 0.35 : 1.05 + r.nextDouble())));
          f.put("revenue", money(profit * (6 + r.nextInt(20))));
          f.put("perShare", money(0.05 + r.nextInt(500) / 100.0));
          f.put("expected", money(0.05 + r.nextInt(500) / 100.0));
          f.put("quarter", pick(List.of("first-quarter", "second-quarter", "third-quarter",
              "fourth-quarter", "half-year", "full-year"), r));
          f.put("employees", Style.num(1000 * (1 + r.nextInt(120))));
          f.put("sharepct", pct(0.2 + r.nextInt(150) / 10.0));
          f.put("quote", quote(r, RESULTS_QUOTES));
          break;
        }
      case PRICE_CHANGE:
        {
          double amt = (1 + r.nextInt(20)) * 0.25;
          double price = 12 + r.nextInt(1400) / 100.0;
          f.put("amount", money(amt));
          f.put("price", money(price));
          f.put("price2", money(price - 1 + r.nextInt(200) / 100.0));
          f.put("cutraise", up ? "raised" : "cut");
          f.put("cutsraises", up ? "raises" : "cuts");
          f.put("effective", pick(List.of("today", "tomorrow", "immediately", "Monday",
              "Wednesday", "Friday"), r));
          f.put("quote", quote(r, PRICE_QUOTES));
          break;
        }
      case CENTRAL_BANK:
        {
          double rate = 1 + r.nextInt(60) / 4.0;
          int bps = 25 * (1 + r.nextInt(4));
          f.put("rate", pct(rate));
          f.put("oldRate", pct(up ? rate - bps / 100.0 : rate + bps / 100.0));
          f.put("bps", Integer.toString(bps));
          f.put("cutraise", up ? "raised" : "cut");
          f.put("cutsraises", up ? "raises" : "cuts");
          f.put("inflation", pct(0.5 + r.nextInt(150) / 10.0));
          f.put("growth", pct(0.1 + r.nextInt(80) / 10.0));
          f.put("quote", quote(r, BANK_QUOTES));
          break;
        }
      case VISIT:
        {
          f.put("aid", money(1e6 * (10 + 10 * r.nextInt(100))));
          f.put("days", Integer.toString(2 + r.nextInt(4)));
          f.put("agreements", Integer.toString(2 + r.nextInt(9)));
          f.put("quote", quote(r, VISIT_QUOTES));
          break;
        }
      case DISASTER:
        {
          int dead = 3 + r.nextInt(400);
          f.put("dead", Style.num(dead));
          f.put("injured", Style.num(dead + r.nextInt(900)));
          f.put("displaced", Style.num(1000 * (1 + r.nextInt(700))));
          f.put("missing", Style.num(r.nextInt(120)));
          f.put("magnitude", Style.num(4.5 + r.nextInt(40) / 10.0));
          f.put("relief", money(1e6 * (1 + r.nextInt(300))));
          f.put("quote", quote(r, DISASTER_QUOTES));
          break;
        }
      case ELECTION:
        {
          int total = 100 + 50 * r.nextInt(10);
          int won = total / 2 - 20 + r.nextInt(60);
          f.put("seats", Integer.toString(won));
          f.put("total", Integer.toString(total));
          f.put("seats2", Integer.toString((total - won) / 2 + r.nextInt(10)));
          f.put("turnout", pct(40 + r.nextInt(450) / 10.0));
          f.put("quote", quote(r, ELECTION_QUOTES));
          break;
        }
      case COURT:
        {
          f.put("yearsSentence", Integer.toString(1 + r.nextInt(25)));
          f.put("fine", money(1e6 * (1 + r.nextInt(500))));
          f.put("counts", Integer.toString(2 + r.nextInt(20)));
          f.put("quote", quote(r, COURT_QUOTES));
          break;
        }
      case SPORTS:
        {
          int b = r.nextInt(3);
          int a = b + 1 + r.nextInt(3);
          f.put("score", a + "-" + b);
          int minute = 5 + r.nextInt(85);
          f.put("minute", Integer.toString(minute));
          f.put("minuteth", minute + (minute % 10 == 1 && minute != 11 ? "st"
              : minute % 10 == 2 && minute != 12 ? "nd" : minute % 10 == 3 && minute != 13 ? "rd" : "th"));
          f.put("attendance", Style.num(5000 + 100 * r.nextInt(600)));
          f.put("points", Integer.toString(20 + r.nextInt(50)));
          f.put("quote", quote(r, SPORTS_QUOTES));
          break;
        }
      case MARKET_REPORT:
        {
          double close = 1000 + r.nextInt(3000000) / 100.0;
          f.put("close", Style.num(Math.round(close * 100) / 100.0));
          f.put("points", Style.num(Math.round(r.nextInt(40000)) / 100.0));
          f.put("volume", Style.num(100 + r.nextInt(2000)) + " million shares");
          f.put("advancers", Integer.toString(100 + r.nextInt(900)));
          f.put("decliners", Integer.toString(100 + r.nextInt(900)));
          f.put("quote", quote(r, MARKET_QUOTES));
          break;
        }
      case ACQUISITION:
        {
          double perShare = 5 + r.nextInt(9000) / 100.0;
          f.put("perShareOffer", money(perShare));
          f.put("value", money(1e6 * (50 + r.nextInt(20000))));
          f.put("premium", pct(5 + r.nextInt(600) / 10.0));
          f.put("quote", quote(r, ACQ_QUOTES));
          break;
        }
    }
  }

  private static String quote(Random r, List<String> templates) {
    return Grammar.expand(pick(templates, r), r, Map.of(), Style.AP);
  }

  static final List<String> RESULTS_QUOTES = List.of(
      "{We are|We remain} {pleased|satisfied} with {these results|our performance} {in a difficult market|despite the headwinds} and {expect|see} {further growth|a stronger second half}",
      "{Demand|Business} {has been|was} {stronger|weaker} than we {expected|had planned for}, and we {are adjusting|will adjust} {accordingly|our costs}",
      "{The quarter|This period} {shows|demonstrates} that our {strategy|restructuring} is {working|paying off}, {although|but} {the market remains tough|costs are still too high}",
      "We {have|will keep} a {clear|strong} focus on {costs|cash|our customers} and {that|this} {will not change|is what matters}");
  static final List<String> PRICE_QUOTES = List.of(
      "{The move|This change} {reflects|follows} {conditions|prices} in the {spot|world} market {over the past week|in recent days}",
      "{We are|We're} {simply|just} {matching|following} what {others|our competitors} {have done|are doing}",
      "{Market conditions|Supply and demand} {left us no choice|made the change necessary}, {and|but} we will {review|watch} {it|prices} {daily|closely}");
  static final List<String> BANK_QUOTES = List.of(
      "{Inflation|Price pressure} {remains|is still} {our main concern|the key risk} and we {will act|stand ready to act} {if needed|as necessary}",
      "{The economy|Growth} {needs|requires} {support|stability} {at this stage|now}, {and|while} {inflation|prices} {are|remain} {under control|contained}",
      "{This decision|Today's move} {was|is} {balanced|measured} {and|but} {we are not|it is not} {on a fixed course|a commitment to further moves}");
  static final List<String> VISIT_QUOTES = List.of(
      "{I emphasized|I made clear|I stressed} that {we|our two countries} {share|have} {common interests|a common goal} {in peace and stability|in security and prosperity}",
      "{This visit|Our meeting} {is|was} {a sign|proof} of {the strength|the depth} of {our partnership|our friendship}, {and|so} we {will|must} {build on it|do more together}",
      "{We|Both sides} {agreed|resolved} to {deepen|expand} {cooperation|ties} {on|in} {trade and investment|security and energy}, {which|and that} {is|will be} {good for both our peoples|in the interest of the region}");
  static final List<String> DISASTER_QUOTES = List.of(
      "{Rescue teams|Rescuers} are {working|searching} {around the clock|through the night} {but|and} {access|reaching the area} is {very|extremely} {difficult|hard}",
      "{The toll|The number of dead} {could|may} {rise|go up} {as|because} {many people|dozens} are {still|yet} {missing|unaccounted for}",
      "We {have|had} {never|not} seen {anything like this|such destruction} {in this area|here} {before|in decades}");
  static final List<String> ELECTION_QUOTES = List.of(
      "{The people|Voters} {have spoken|have given us a clear mandate} {and|so} we {will|must} {deliver|keep our promises}",
      "{This|Today} is {a victory|a win} for {every citizen|all our supporters} {who|that} {wanted|voted for} {change|a better future}",
      "We {will|are ready to} {work|govern} {with|alongside} {all parties|everyone} {for the good of the country|in the national interest}");
  static final List<String> COURT_QUOTES = List.of(
      "{This verdict|The ruling} {sends|is} {a clear message|a warning} that {no one|nobody} is above the law",
      "{Justice|The law} {has been|was} {served|done} {today|in this case}, {and|but} {the victims|investors} {still|have} {lost a great deal|suffered greatly}",
      "{We|The prosecution} {will|intend to} {study|examine} the {judgment|ruling} {carefully|in detail} {before deciding|and then decide} on {an appeal|next steps}");
  static final List<String> SPORTS_QUOTES = List.of(
      "{We|The players} {showed|had} {great|real} {character|spirit} {tonight|today} {and|so} {deserved|earned} {the win|the points}",
      "{It was|That was} {a hard|a tough} {game|match} {but|and} {we|the boys} {never|did not} {gave up|give up}",
      "{The first half|The opening period} {was|proved} {difficult|tricky}, {but|and} {after the break|in the second half} we {took control|were much better}");
  static final List<String> MARKET_QUOTES = List.of(
      "{Investors|Traders} {are|remain} {cautious|nervous} {ahead of|before} {the|next week's} {economic data|interest rate decision}",
      "{Buying|Selling} {was|has been} {broad-based|selective}, {with|and} {foreign funds|local institutions} {active|leading the way}",
      "{The market|Stocks} {lacked|had no} {clear direction|fresh news} {today|this session}, {so|and} {profit-taking|bargain-hunting} {set in|took over}");
  static final List<String> ACQ_QUOTES = List.of(
      "{This deal|The combination} {creates|will create} {a stronger|a more competitive} {company|group} {with|and} {greater scale|a broader reach}",
      "{We see|There are} {clear|significant} {synergies|benefits} {for shareholders|for customers} {and|as well as} {room|scope} to grow",
      "{The offer|This price} {represents|reflects} {fair value|a full value} {for|to} {shareholders|investors} {of|in} both companies");
}
