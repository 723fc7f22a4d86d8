package org.copydesk.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.fingerprint.TextNormalizer;
import org.copydesk.fingerprint.Tokenizer;
import org.copydesk.verify.SentenceSplitter;

/**
 * Reads one story's headline and body, once, into what {@link EventDigest} keeps: its facts in
 * order of prominence, its quotes and its words. The headline is sentence -1 and the body's
 * sentences (split as the copy tier splits them) follow; figures and words are read from the
 * canonical tokens of each, names from the body ({@link NameFinder}: a headline's capitals say
 * nothing), quotes from each paragraph.
 */
final class StoryReader {

  private final List<Fact> facts = new ArrayList<>();
  private final List<QuoteFinder.Quote> quotes = new ArrayList<>();
  private final Set<String> terms = new LinkedHashSet<>();
  private final Set<String> headlineTerms = new LinkedHashSet<>();

  /** Reads the headline (may be null) and the body, up to about {@code maxTokens} body tokens. */
  StoryReader(TextNormalizer norm, @Nullable String headline, List<String> paragraphs,
      int maxTokens) {
    List<String> tokens = new ArrayList<>();
    List<Integer> flags = new ArrayList<>();
    Set<String> headlineTokens = new HashSet<>();
    if (headline != null) {
      norm.appendTokens(NumberFinder.spellCurrencySigns(TextNormalizer.nfkc(headline)), tokens,
          flags);
      NumberFinder.find(tokens, flags, -1, facts);
      addWords(tokens, flags, headlineTerms);
      addWords(tokens, flags, terms);
      headlineTokens.addAll(tokens);
    }
    List<String> sentences = new ArrayList<>();
    QuoteFinder quoteFinder = new QuoteFinder(norm);
    int budget = maxTokens;
    outer:
    for (String paragraph : paragraphs) {
      String text = NumberFinder.spellCurrencySigns(TextNormalizer.nfkc(paragraph));
      quotes.addAll(quoteFinder.find(text));
      for (String s : SentenceSplitter.split(text)) {
        if (budget <= 0) {
          break outer;
        }
        tokens.clear();
        flags.clear();
        norm.appendTokens(s, tokens, flags);
        budget -= tokens.size();
        NumberFinder.find(tokens, flags, sentences.size(), facts);
        addWords(tokens, flags, terms);
        sentences.add(s);
      }
    }
    Set<Long> inHeadline = new HashSet<>();
    headlineTokens.forEach(t -> inHeadline.add(EventDigest.word(t)));
    for (Fact name : new NameFinder(norm).find(sentences, headlineTokens)) {
      facts.add(
          inHeadline.contains(name.hash()) ? new Fact(name.hash(), name.display(), -1) : name);
    }
    facts.sort(Comparator.comparingInt(Fact::sentence)); // stable: figures, then names
  }

  private static void addWords(List<String> tokens, List<Integer> flags, Set<String> into) {
    for (int i = 0; i < tokens.size(); i++) {
      if ((flags.get(i) & Tokenizer.NUMBER) == 0
          && tokens.get(i).length() >= EventDigest.MIN_TERM_CHARS) {
        into.add(tokens.get(i));
      }
    }
  }

  /** Names and figures, most prominent first (repeats included). */
  List<Fact> facts() {
    return facts;
  }

  List<QuoteFinder.Quote> quotes() {
    return quotes;
  }

  /** Distinct words of the headline, then of the body, in order of appearance. */
  Set<String> terms() {
    return terms;
  }

  Set<String> headlineTerms() {
    return headlineTerms;
  }
}
