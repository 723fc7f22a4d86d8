package org.copydesk.facts;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Words that hedge a figure: {@code at least 163}, {@code some 700,000}, {@code 150 or more}. */
final class Hedges {

  /** Hedges before a figure, longest first: {@code no more than} wins over {@code more than}. */
  private static final List<Map.Entry<List<String>, Qualifier>> BEFORE =
      List.of(
          Map.entry(List.of("no", "fewer", "than"), Qualifier.AT_LEAST),
          Map.entry(List.of("no", "less", "than"), Qualifier.AT_LEAST),
          Map.entry(List.of("no", "more", "than"), Qualifier.AT_MOST),
          Map.entry(List.of("as", "many", "as"), Qualifier.AT_MOST),
          Map.entry(List.of("in", "excess", "of"), Qualifier.MORE_THAN),
          Map.entry(List.of("at", "least"), Qualifier.AT_LEAST),
          Map.entry(List.of("more", "than"), Qualifier.MORE_THAN),
          Map.entry(List.of("upwards", "of"), Qualifier.MORE_THAN),
          Map.entry(List.of("up", "to"), Qualifier.AT_MOST),
          Map.entry(List.of("at", "most"), Qualifier.AT_MOST),
          Map.entry(List.of("fewer", "than"), Qualifier.LESS_THAN),
          Map.entry(List.of("less", "than"), Qualifier.LESS_THAN),
          Map.entry(List.of("close", "to"), Qualifier.NEARLY),
          Map.entry(List.of("just", "under"), Qualifier.NEARLY),
          Map.entry(List.of("an", "estimated"), Qualifier.ABOUT),
          Map.entry(List.of("about"), Qualifier.ABOUT),
          Map.entry(List.of("around"), Qualifier.ABOUT),
          Map.entry(List.of("some"), Qualifier.ABOUT),
          Map.entry(List.of("approximately"), Qualifier.ABOUT),
          Map.entry(List.of("roughly"), Qualifier.ABOUT),
          Map.entry(List.of("estimated"), Qualifier.ABOUT),
          Map.entry(List.of("nearly"), Qualifier.NEARLY),
          Map.entry(List.of("almost"), Qualifier.NEARLY),
          Map.entry(List.of("over"), Qualifier.MORE_THAN),
          Map.entry(List.of("under"), Qualifier.LESS_THAN));

  /** Hedges written after a figure, after {@code or}: {@code 150 or more}. */
  private static final Map<String, Qualifier> AFTER_OR =
      ImmutableMap.of(
          "more", Qualifier.AT_LEAST,
          "so", Qualifier.ABOUT,
          "fewer", Qualifier.AT_MOST,
          "less", Qualifier.AT_MOST);

  private Hedges() {}

  /** The hedge whose words end right before token {@code from}, or null. */
  static Map.@Nullable Entry<List<String>, Qualifier> before(Sentence s, int from) {
    for (Map.Entry<List<String>, Qualifier> h : BEFORE) {
      if (wordsBefore(s, from, h.getKey())) {
        return h;
      }
    }
    return null;
  }

  /** The hedge of {@code or more}/{@code or so} at token {@code end}, or null. */
  static @Nullable Qualifier after(Sentence s, int end) {
    Token or = s.at(end);
    Token word = s.at(end + 1);
    return or != null && or.is("or") && word != null ? AFTER_OR.get(word.lower()) : null;
  }

  private static boolean wordsBefore(Sentence s, int from, List<String> words) {
    int k = from - words.size();
    if (k < 0) {
      return false;
    }
    for (int j = 0; j < words.size(); j++) {
      Token t = s.token(k + j);
      if (!t.isWord() || !t.lower().equals(words.get(j))) {
        return false;
      }
    }
    return true;
  }
}
