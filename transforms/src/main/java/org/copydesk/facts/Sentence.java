package org.copydesk.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One sentence being scanned for facts: its tokens, which tokens a fact has already claimed (a
 * date's {@code 16} is not also a number), how a fact found in it is built, and the facts found.
 */
final class Sentence {

  /** Words on either side of a fact that make up its context. */
  static final int CONTEXT_WINDOW = 12;

  /** Longest evidence kept per fact; a longer sentence is cut to a window around the fact. */
  static final int MAX_EVIDENCE_CHARS = 400;

  final String text;
  final int index;
  final List<Token> tokens;
  /** True for a headline in title case, where capitals say nothing about names. */
  final boolean titleCase;

  private final boolean[] claimed;
  /** The facts found so far, each with its start in the sentence. */
  private final List<Map.Entry<Integer, Fact>> found = new ArrayList<>();

  Sentence(String text, int index, boolean titleCase) {
    this.text = text;
    this.index = index;
    this.titleCase = titleCase;
    this.tokens = Token.tokenize(text);
    this.claimed = new boolean[tokens.size()];
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** Token i, or null past either end. */
  @Nullable Token at(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  boolean isClaimed(int i) {
    return claimed[i];
  }

  void claim(int from, int to) {
    for (int i = from; i < to; i++) {
      claimed[i] = true;
    }
  }

  /** The text of tokens [from, to) as written; empty if the range is. */
  String span(int from, int to) {
    return from < to ? text.substring(tokens.get(from).start, tokens.get(to - 1).end) : "";
  }

  /** The first and (exclusive) last token overlapping characters [start, end). */
  int[] tokensAt(int start, int end) {
    int from = 0;
    while (from < tokens.size() - 1 && tokens.get(from).end <= start) {
      from++;
    }
    int to = from + 1;
    while (to < tokens.size() && tokens.get(to).start < end) {
      to++;
    }
    return new int[] {from, to};
  }

  /**
   * A fact written as {@code written} over tokens [from, to), the figure, date or name itself
   * being [from, own). Its context is the terms of the words within {@value #CONTEXT_WINDOW} words
   * of it plus its own other words [own, to) (a unit, a state): near words say what a figure
   * counts, far ones mostly what the sentence is about.
   */
  Fact fact(FactKind kind, String written, int from, int to, int own, String normalized,
      @Nullable Quantity quantity, String unit, String state) {
    int left = from;
    for (int words = 0; left > 0 && words < CONTEXT_WINDOW; left--) {
      words += tokens.get(left - 1).type == Token.Type.SYMBOL ? 0 : 1;
    }
    int right = to;
    for (int words = 0; right < tokens.size() && words < CONTEXT_WINDOW; right++) {
      words += tokens.get(right).type == Token.Type.SYMBOL ? 0 : 1;
    }
    Set<String> context = new TreeSet<>();
    context.addAll(ContextTerms.of(span(left, from)));
    context.addAll(ContextTerms.of(span(own, right)));
    Descriptor d = Descriptor.of(unit, state, context);
    String evidence = evidence(tokens.get(from).start, tokens.get(to - 1).end);
    return Fact.create(kind, written, normalized, quantity, d, evidence, index);
  }

  /** Records the fact found over tokens [from, to) (see {@link #fact}). */
  void add(FactKind kind, String written, int from, int to, int own, String normalized,
      @Nullable Quantity quantity, String unit, String state) {
    add(fact(kind, written, from, to, own, normalized, quantity, unit, state),
        tokens.get(from).start);
  }

  /** Records a fact written exactly as tokens [from, to), all of them its value: a date. */
  void add(FactKind kind, int from, int to, String normalized, String unit) {
    add(kind, span(from, to), from, to, to, normalized, null, unit, "");
  }

  /** Records a fact that starts at character {@code start} of this sentence. */
  void add(Fact fact, int start) {
    found.add(Map.entry(start, fact));
  }

  /** The facts found, in the order they stand in the sentence. */
  List<Fact> facts() {
    return found.stream()
        .sorted(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue)
        .collect(Collectors.toList());
  }

  /** The sentence, or a window of it around [start, end) if it is too long to keep whole. */
  private String evidence(int start, int end) {
    int n = text.length();
    if (n <= MAX_EVIDENCE_CHARS) {
      return text;
    }
    int from =
        Math.max(0, Math.min((start + end - MAX_EVIDENCE_CHARS) / 2, n - MAX_EVIDENCE_CHARS));
    int to = from + MAX_EVIDENCE_CHARS;
    return (from > 0 ? "…" : "") + text.substring(from, to) + (to < n ? "…" : "");
  }
}
