package org.copydesk.eval;

import java.util.Map;
import java.util.Random;

/**
 * A tiny template language: {@code {a|b|c}} picks one alternative with the given random source,
 * {@code <name>} inserts a fact. Facts that are {@link Amount}s are rendered in the writer's
 * {@link Style}.
 */
final class Grammar {

  /** A fact whose wording depends on the style (money, percentages). */
  interface Amount {
    String render(Style style);
  }

  static Amount money(double dollars) {
    return s -> s.money(dollars);
  }

  static Amount pct(double p) {
    return s -> s.pct(p);
  }

  static String expand(String template, Random rng, Map<String, Object> facts, Style style) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    int n = template.length();
    while (i < n) {
      char c = template.charAt(i);
      if (c == '{') {
        // Nested groups are allowed: find the matching brace and the top-level bars.
        java.util.List<String> alts = new java.util.ArrayList<>();
        int depth = 0;
        int from = i + 1;
        int j = i + 1;
        for (; j < n; j++) {
          char d = template.charAt(j);
          if (d == '{') {
            depth++;
          } else if (d == '}') {
            if (depth == 0) {
              break;
            }
            depth--;
          } else if (d == '|' && depth == 0) {
            alts.add(template.substring(from, j));
            from = j + 1;
          }
        }
        alts.add(template.substring(from, j));
        out.append(expand(alts.get(rng.nextInt(alts.size())), rng, facts, style));
        i = j + 1;
      } else if (c == '<') {
        int end = template.indexOf('>', i);
        String name = template.substring(i + 1, end);
        Object v = facts.get(name);
        if (v == null) {
          throw new IllegalStateException("no fact <" + name + "> for template: " + template);
        }
        out.append(v instanceof Amount ? ((Amount) v).render(style) : v.toString());
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  static String capitalize(String s) {
    if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
      return s;
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private Grammar() {}
}
