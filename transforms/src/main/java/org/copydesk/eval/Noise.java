package org.copydesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes a copy of an original by the copy-tier noise model (testdata/corpus/README.md). */
final class Noise {

  static Article copy(EventPlan p, int slot, CopyType type, Article original, Random r) {
    Article a = original.copy();
    switch (type) {
      case REPUBLISH:
        republish(p, a, r);
        break;
      case TRIM:
        if (r.nextDouble() < 0.5) {
          toOutlet(a, pickOutlet(r), false);
        }
        trim(a, r);
        break;
      case UPDATE:
        update(p, slot, a, r);
        break;
      case CORRECTION:
        correct(a, r);
        break;
      case HARDWRAP:
        if (r.nextDouble() < 0.3) {
          toOutlet(a, pickOutlet(r), true);
        }
        hardWrap(a, r);
        break;
      case DROP_MERGE:
        if (r.nextDouble() < 0.5) {
          toOutlet(a, pickOutlet(r), true);
        }
        dropMerge(a, r);
        break;
    }
    return a;
  }

  static Sources.Outlet pickOutlet(Random r) {
    return Sources.OUTLETS.get(r.nextInt(Sources.OUTLETS.size()));
  }

  /** Source and house style of an outlet; removes the agency trailer. */
  static void toOutlet(Article a, Sources.Outlet o, boolean houseStyle) {
    a.source = o.name;
    a.upperHeadline = o.style.upperHeadline;
    a.urlBase = "https://www." + o.host + "/news/" + Newsroom.slug(a.headline);
    if (!a.paragraphs.isEmpty() && a.paragraphs.get(a.paragraphs.size() - 1).equals("Reuter")) {
      a.paragraphs.remove(a.paragraphs.size() - 1);
    }
    if (houseStyle) {
      String p0 = a.paragraphs.get(0);
      String dl = p0.substring(0, a.datelineLength);
      a.paragraphs.replaceAll(s -> Spelling.houseStyle(s, o.style));
      a.headline = Spelling.houseStyle(a.headline, o.style);
      // Keep the dateline's length right after restyling.
      String np = a.paragraphs.get(0);
      String ndl = Spelling.houseStyle(dl, o.style);
      a.datelineLength = np.startsWith(ndl) ? ndl.length() : 0;
    }
    a.style = o.style;
  }

  static void republish(EventPlan p, Article a, Random r) {
    Sources.Outlet o = pickOutlet(r);
    String agencyName = a.source;
    toOutlet(a, o, true);
    if (r.nextDouble() < 0.6) {
      Templates.Set set = Templates.BY_KIND.get(p.kind);
      Map<String, Object> f = Newsroom.factsFor(p, Sources.Agency.AP);
      String h = Grammar.capitalize(
          Grammar.expand(set.headlines.get(r.nextInt(set.headlines.size())), r, f, o.style));
      a.headline = o.style.ukSpelling ? Spelling.toUk(h) : h;
    }
    if (a.datelineLength > 0 && r.nextDouble() < 0.4) {
      String p0 = a.paragraphs.get(0);
      String city = ((String) p.facts().get("city"));
      String rest = p0.substring(a.datelineLength);
      String nd = r.nextBoolean() ? "" : city.toUpperCase(Locale.ROOT) + ": ";
      a.paragraphs.set(0, nd + rest);
      a.datelineLength = nd.length();
    }
    if (r.nextDouble() < 0.15) {
      trim(a, r);
    }
    if (r.nextDouble() < 0.5) {
      substitute(a, r, 1 + r.nextInt(3));
    }
    if (r.nextDouble() < 0.3 && a.paragraphs.size() > 3) {
      String q = (String) p.facts().get("quote");
      String[] w = q.split(" ");
      String sub = r.nextBoolean()
          ? "'" + String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, 3 + r.nextInt(3)))) + "'"
          : Grammar.capitalize(pickSubhead(r));
      a.paragraphs.add(2 + r.nextInt(a.paragraphs.size() - 2), sub);
    }
    if (r.nextDouble() < 0.7) {
      int n = 1 + r.nextInt(3);
      java.util.Set<String> used = new java.util.HashSet<>();
      for (int k = 0; k < n; k++) {
        String line = r.nextDouble() < 0.75
            ? o.boilerplate.get(r.nextInt(o.boilerplate.size()))
            : Sources.GENERIC_CHROME.get(r.nextInt(Sources.GENERIC_CHROME.size()));
        if (!used.add(line)) {
          continue;
        }
        if (r.nextDouble() < 0.7) {
          a.paragraphs.add(line);
        } else {
          a.paragraphs.add(0, line);
          a.datelineLength = 0;
        }
      }
    }
    if (r.nextDouble() < 0.5) {
      String credit = r.nextBoolean() ? "Source: " + agencyName : "(" + agencyName + ")";
      a.paragraphs.add(credit);
    }
  }

  private static String pickSubhead(Random r) {
    String[] subs = {"what happens next", "background", "reaction", "key figures",
        "the numbers", "a long road", "looking ahead", "what they said"};
    return subs[r.nextInt(subs.length)];
  }

  private static final Pattern[] SUBST = new Pattern[Spelling.SUBSTITUTIONS.length];

  static {
    for (int k = 0; k < SUBST.length; k++) {
      SUBST[k] = Pattern.compile("\\b" + Spelling.SUBSTITUTIONS[k][0] + "\\b");
    }
  }

  static void substitute(Article a, Random r, int n) {
    String body = String.join("\n\n", a.paragraphs);
    List<Integer> present = new ArrayList<>();
    for (int k = 0; k < SUBST.length; k++) {
      if (SUBST[k].matcher(body).find()) {
        present.add(k);
      }
    }
    for (int k = 0; k < n && !present.isEmpty(); k++) {
      int idx = present.remove(r.nextInt(present.size()));
      String[] s = Spelling.SUBSTITUTIONS[idx];
      Pattern w = SUBST[idx];
      a.paragraphs.replaceAll(para -> w.matcher(para).replaceAll(Matcher.quoteReplacement(s[1])));
    }
  }

  /** Keeps the first N paragraphs, 2 ≤ N < paragraphs. */
  static void trim(Article a, Random r) {
    int size = a.paragraphs.size();
    if (size <= 3) {
      return;
    }
    int n = 2 + r.nextInt(size - 3);
    a.paragraphs = new ArrayList<>(a.paragraphs.subList(0, n));
  }

  static void update(EventPlan p, int slot, Article a, Random r) {
    Templates.Set set = Templates.BY_KIND.get(p.kind);
    Map<String, Object> f = Newsroom.factsFor(p, p.agencies[slot]);
    String top = Grammar.capitalize(
        Grammar.expand(set.updateTops.get(r.nextInt(set.updateTops.size())), r, f, a.style));
    if (a.style.ukSpelling) {
      top = Spelling.toUk(top);
    }
    String p0 = a.paragraphs.get(0);
    a.paragraphs.set(0, Grammar.capitalize(p0.substring(a.datelineLength)));
    a.paragraphs.add(0, top);
    String dl = ((Grammar.Amount) f.get("dateline")).render(a.style);
    a.datelineLength = top.startsWith(dl) ? dl.length() : 0;
    a.headlinePrefix = r.nextDouble() < 0.8 ? "UPDATE 1-" : "UPDATE 2-";
    if (r.nextDouble() < 0.5) {
      String extra = Newsroom.sentence(
          Templates.GENERIC.get(r.nextInt(Templates.GENERIC.size())), r, f, a.style);
      int at = a.paragraphs.size() - (a.paragraphs.get(a.paragraphs.size() - 1).equals("Reuter") ? 1 : 0);
      a.paragraphs.add(at, a.style.ukSpelling ? Spelling.toUk(extra) : extra);
    }
  }

  private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,]*(\\.\\d+)?\\b");
  private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth",
      "sixth", "seventh", "eighth", "ninth", "10th", "11th", "12th", "13th", "14th", "15th"};

  /** Changes one figure after the dateline; says so in a note. */
  static void correct(Article a, Random r) {
    List<int[]> spots = new ArrayList<>(); // paragraph, start, end
    for (int i = 0; i < a.paragraphs.size(); i++) {
      Matcher m = NUMBER.matcher(a.paragraphs.get(i));
      int from = i == 0 ? a.datelineLength : 0;
      while (m.find()) {
        if (m.start() >= from) {
          spots.add(new int[] {i, m.start(), m.end()});
        }
      }
    }
    if (spots.isEmpty()) {
      a.headlinePrefix = "CORRECTED-";
      return;
    }
    int[] s = spots.get(r.nextInt(spots.size()));
    String para = a.paragraphs.get(s[0]);
    String old = para.substring(s[1], s[2]);
    String neu = changed(old, r);
    a.paragraphs.set(s[0], para.substring(0, s[1]) + neu + para.substring(s[2]));
    a.headlinePrefix = "CORRECTED-";
    if (r.nextDouble() < 0.7) {
      String note = "(Corrects " + ORDINALS[Math.min(s[0], ORDINALS.length - 1)]
          + " paragraph to show " + neu + ", not " + old + ")";
      a.paragraphs.add(0, note);
      a.datelineLength = 0;
    }
  }

  static String changed(String old, Random r) {
    String digits = old.replace(",", "");
    if (digits.contains(".")) {
      double v = Double.parseDouble(digits);
      double nv = v + (r.nextBoolean() ? 1 : -1) * (0.1 + r.nextInt(20) / 10.0);
      if (nv <= 0) {
        nv = v + 1;
      }
      int dec = digits.length() - digits.indexOf('.') - 1;
      return String.format(Locale.ROOT, "%." + dec + "f", nv);
    }
    long v = Long.parseLong(digits);
    long nv = v + 1 + r.nextInt(9);
    return old.contains(",") ? String.format(Locale.ROOT, "%,d", nv) : Long.toString(nv);
  }

  /** Hard-wraps every paragraph at ~60 characters, wire style. */
  static void hardWrap(Article a, Random r) {
    int width = 55 + r.nextInt(16);
    int mode = r.nextInt(3); // 0: no blank lines, 1: blank lines, 2: indented paragraph starts
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < a.paragraphs.size(); i++) {
      String para = a.paragraphs.get(i);
      if (i > 0) {
        sb.append(mode == 1 ? "\n\n" : "\n");
      }
      StringBuilder line = new StringBuilder(mode == 2 ? "    " : "");
      boolean first = true;
      for (String w : para.split(" ")) {
        if (!first && line.length() + 1 + w.length() > width) {
          sb.append(line).append('\n');
          line.setLength(0);
          first = true;
        }
        if (!first) {
          line.append(' ');
        }
        line.append(w);
        first = false;
      }
      sb.append(line);
    }
    a.rawBody = sb.toString();
  }

  /** Drops 1–2 middle paragraphs and merges 1–2 adjacent pairs. */
  static void dropMerge(Article a, Random r) {
    List<String> ps = a.paragraphs;
    int drops = 1 + r.nextInt(2);
    for (int k = 0; k < drops && ps.size() > 4; k++) {
      ps.remove(1 + r.nextInt(ps.size() - 2));
    }
    int merges = 1 + r.nextInt(2);
    for (int k = 0; k < merges && ps.size() > 3; k++) {
      int i = r.nextInt(ps.size() - 2);
      ps.set(i, ps.get(i) + " " + ps.get(i + 1));
      ps.remove(i + 1);
    }
  }

  private Noise() {}
}
