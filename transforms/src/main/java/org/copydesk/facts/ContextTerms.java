package org.copydesk.facts;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Set;
import org.copydesk.fingerprint.TextNormalizer;

/**
 * The words facts are compared by: the fingerprint stage's canonical tokens ({@link
 * TextNormalizer}: case, UK/US spelling, {@code U.S.}/{@code United States}, {@code Dec.}/{@code
 * December} and digit grouping folded), so that versions in different house styles meet; for
 * context, without function words and with a crude plural folding ({@code attacks} = {@code
 * attack}).
 */
final class ContextTerms {

  private static final ThreadLocal<TextNormalizer> NORMALIZER =
      ThreadLocal.withInitial(TextNormalizer::new);

  /** Function words and reporting verbs: they say nothing about what a sentence is about. */
  private static final Set<String> STOPWORDS =
      ImmutableSet.of(
          "a", "about", "above", "after", "again", "against", "all", "almost", "also", "am", "an",
          "and", "any", "are", "around", "as", "at", "be", "because", "been", "before", "being",
          "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
          "during", "each", "even", "few", "for", "from", "further", "had", "has", "have",
          "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into",
          "is", "it", "its", "just", "least", "less", "may", "me", "might", "more", "most",
          "much", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only",
          "or", "other", "our", "ours", "out", "over", "own", "said", "same", "say", "says",
          "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
          "then", "there", "these", "they", "this", "those", "through", "to", "told", "too",
          "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
          "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your");

  private ContextTerms() {}

  /** The canonical tokens of {@code text}, in order, function words included (quotes, names). */
  static List<String> tokens(String text) {
    return NORMALIZER.get().tokens(text);
  }

  /** The context terms of {@code text}: canonical content tokens, plurals folded. */
  static ImmutableSortedSet<String> of(String text) {
    ImmutableSortedSet.Builder<String> out = ImmutableSortedSet.naturalOrder();
    for (String t : tokens(text)) {
      if (t.length() > 1 && !STOPWORDS.contains(t)) {
        out.add(fold(t));
      }
    }
    return out.build();
  }

  /** {@code attacks} → {@code attack}, {@code casualties} → {@code casualty}; short words stay. */
  static String fold(String t) {
    int n = t.length();
    if (n > 4 && t.endsWith("ies")) {
      return t.substring(0, n - 3) + "y";
    }
    if (n > 4 && t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us") && !t.endsWith("is")) {
      return t.substring(0, n - 1);
    }
    return t;
  }
}
