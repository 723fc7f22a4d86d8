package org.copydesk.eval;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Writes an agency's original version of an event from its templates. */
final class Newsroom {

  static Map<String, Object> factsFor(EventPlan p, Sources.Agency agency) {
    Map<String, Object> f = new HashMap<>(p.facts());
    ZonedDateTime d = Instant.ofEpochSecond(p.eventTime).atZone(ZoneOffset.UTC);
    String month = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    String date = agency.style == Style.XINHUA ? month + ". " + d.getDayOfMonth()
        : month + " " + d.getDayOfMonth();
    f.put("weekday", d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    String city = (String) f.get("city");
    f.put("dateline", (Grammar.Amount) s -> s.dateline(city, date, agency.label));
    f.put("US", (Grammar.Amount) Style::us);
    if (!f.containsKey("speakerLast")) {
      f.put("speakerLast", Banks.lastName((String) f.get("speaker")));
    }
    return f;
  }

  static Article original(EventPlan p, int slot) {
    Sources.Agency agency = p.agencies[slot];
    Style style = agency.style;
    Templates.Set set = Templates.BY_KIND.get(p.kind);
    Map<String, Object> f = factsFor(p, agency);
    int ai = agency.ordinal();
    int base = (int) Math.floorMod(p.templateSeed, 1000L);
    Random t = EventPlan.rng(p.templateSeed, 17, ai);

    Article a = new Article();
    a.source = agency.label;
    a.style = style;
    a.upperHeadline = style.upperHeadline;
    a.headline = Grammar.capitalize(
        Grammar.expand(at(set.headlines, base + ai), t, f, style));
    List<String> leads =
        p.relation == EventPlan.Relation.FOLLOW_UP ? set.followLeads : set.leads;
    String lead = tidy(Grammar.expand(at(leads, base + ai), t, f, style));
    String dl = ((Grammar.Amount) f.get("dateline")).render(style);
    if (lead.startsWith(dl)) {
      a.datelineLength = dl.length();
      lead = dl + Grammar.capitalize(lead.substring(dl.length()));
    }
    List<String> detail = new ArrayList<>();
    for (int g = 0; g < set.details.size(); g++) {
      detail.add(sentence(at(set.details.get(g), base + g + ai), t, f, style));
    }
    Collections.shuffle(detail, t);
    String quote = sentence(at(Templates.QUOTE_PARAS, base + ai), t, f, style);
    List<String> paras = new ArrayList<>();
    paras.add(lead);
    for (int k = 0; k < detail.size(); k++) {
      if (k + 1 < detail.size() && t.nextDouble() < 0.3) {
        paras.add(detail.get(k) + " " + detail.get(k + 1));
        k++;
      } else {
        paras.add(detail.get(k));
      }
    }
    paras.add(Math.min(paras.size(), 1 + t.nextInt(3)), quote);
    int target = p.kind.isBrief() || p.kind == Kind.PRICE_CHANGE ? 150 + t.nextInt(100)
        : 180 + (int) (620 * Math.pow(t.nextDouble(), 1.5));
    // Background is chosen per event, not per template: two events written from the same
    // template (a twin, a daily report) share the structure and the fact sentences, not filler.
    Random b = EventPlan.rng(p.numberSeed, 23, ai);
    List<String> pool = new ArrayList<>(set.background);
    pool.addAll(Templates.GENERIC);
    Collections.shuffle(pool, b);
    int words = 0;
    for (String s : paras) {
      words += Article.words(s);
    }
    int pi = 0;
    int firstBackground = paras.size();
    while (words < target && pi < pool.size()) {
      StringBuilder para = new StringBuilder(sentence(pool.get(pi++), b, f, style));
      int extra = b.nextDouble() < 0.3 ? 0 : b.nextDouble() < 0.65 ? 1 : 2;
      for (int e = 0; e < extra && pi < pool.size(); e++) {
        para.append(' ').append(sentence(pool.get(pi++), b, f, style));
      }
      words += Article.words(para);
      if (paras.size() >= 14) {
        // At most ~15 paragraphs: longer stories get longer paragraphs.
        int last = paras.size() - 1;
        paras.set(last, paras.get(last) + " " + para);
        continue;
      }
      // Background goes after the facts, sometimes before the last detail paragraph.
      int at = paras.size() > 4 && paras.size() == firstBackground && b.nextDouble() < 0.3
          ? paras.size() - 1 : paras.size();
      if (at < paras.size()) {
        firstBackground++;
      }
      paras.add(at, para.toString());
    }
    if (style.ukSpelling) {
      paras.replaceAll(Spelling::toUk);
      a.headline = Spelling.toUk(a.headline);
    }
    if (agency == Sources.Agency.REUTERS) {
      paras.add("Reuter");
    }
    a.paragraphs = paras;
    a.urlBase = "https://" + agency.host + ".example/" + slug(a.headline);
    return a;
  }

  static String sentence(String template, Random t, Map<String, Object> f, Style style) {
    return Grammar.capitalize(tidy(Grammar.expand(template, t, f, style)));
  }

  /** Collapses the double spaces an empty alternative leaves. */
  static String tidy(String s) {
    return s.contains("  ") ? s.replaceAll(" {2,}", " ").replace(" ,", ",").replace(" .", ".") : s;
  }

  static <T> T at(List<T> list, int i) {
    return list.get(Math.floorMod(i, list.size()));
  }

  static String slug(String headline) {
    String s = headline.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-|-$", "");
    return s.length() > 60 ? s.substring(0, 60) : s;
  }

  private Newsroom() {}
}
