package org.copydesk.facts;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How much sharing a context term says: inverse document frequency over the sentences of the
 * versions being compared, ln(1 + N / df). Words every version uses around every fact ({@code
 * pakistan}, {@code kerry}) count little; words that mark one event ({@code mumbai}, {@code
 * peshawar}, {@code gunmen}) count much. Learned from the cluster itself because what is rare
 * depends on the story. A term no sentence has weighs as a term of one sentence.
 */
final class TermWeights {

  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final int documents;

  /** Weights learned from the terms of each sentence (each distinct sentence once). */
  TermWeights(Collection<? extends Set<String>> sentences) {
    for (Set<String> sentence : sentences) {
      for (String t : sentence) {
        documentFrequency.merge(t, 1, Integer::sum);
      }
    }
    this.documents = sentences.size();
  }

  private double weight(String term) {
    return Math.log(1 + (double) documents / documentFrequency.getOrDefault(term, 1));
  }

  /** Sum of the weights of {@code terms}. */
  double mass(Set<String> terms) {
    double m = 0;
    for (String t : terms) {
      m += weight(t);
    }
    return m;
  }
}
