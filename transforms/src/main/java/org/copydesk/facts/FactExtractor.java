package org.copydesk.facts;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.verify.SentenceSplitter;

/**
 * Extracts the facts of one story (headline and cleaned paragraphs): figures, tolls, money, dates,
 * names and quotes, each with what it describes and the sentence it came from.
 *
 * <p>Sentences are split by {@link SentenceSplitter}, as the verify and divergence stages split
 * them. Within a sentence dates are read first, so that the {@code 16} of {@code Dec. 16} is not
 * also a number, then figures ({@link QuantityFinder}), then names; quotes are read per paragraph
 * ({@link QuoteFinder}). Facts come in reading order. A fact said again later in the story is the
 * same fact ({@link Repeats}), where it is first said.
 *
 * <p>Bounded: at most {@value #MAX_FACTS} facts per story, the first in reading order; a wire story
 * of 600 words has 60 to 120. Each fact keeps at most {@value Sentence#MAX_EVIDENCE_CHARS}
 * characters of evidence and {@value QuoteFinder#MAX_QUOTE_CHARS} of quote.
 *
 * <p>Stateless and thread-safe.
 */
public final class FactExtractor {

  public static final int MAX_FACTS = 200;

  /** A headline is in title case when more than this share of its longer words are capitalised. */
  private static final double TITLE_CASE_SHARE = 0.5;

  public List<Fact> extract(@Nullable String headline, List<String> paragraphs) {
    List<Sentence> sentences = new ArrayList<>();
    List<List<Sentence>> byParagraph = new ArrayList<>();
    if (headline != null && !headline.isBlank()) {
      Sentence h = new Sentence(headline.strip(), 0, isTitleCase(headline));
      sentences.add(h);
      byParagraph.add(List.of(h));
    }
    for (String p : paragraphs) {
      List<Sentence> ps = new ArrayList<>();
      for (String text : SentenceSplitter.split(p)) {
        Sentence s = new Sentence(text, sentences.size(), false);
        sentences.add(s);
        ps.add(s);
      }
      byParagraph.add(ps);
    }

    NameFinder names = new NameFinder(sentences);
    List<Fact> facts = new ArrayList<>();
    for (List<Sentence> paragraph : byParagraph) {
      for (Sentence s : paragraph) {
        DateFinder.find(s);
        QuantityFinder.find(s);
        names.find(s);
      }
      addQuotes(paragraph);
      for (Sentence s : paragraph) {
        facts.addAll(s.facts());
      }
    }
    List<Fact> unique = Repeats.collapse(facts);
    return ImmutableList.copyOf(unique.subList(0, Math.min(unique.size(), MAX_FACTS)));
  }

  /**
   * Adds the quotes of one paragraph, each to the sentence it starts in, with the sentences it
   * spans as evidence. The paragraph is its sentences joined by single spaces, which is how {@link
   * SentenceSplitter} cut it up to white space.
   */
  private static void addQuotes(List<Sentence> paragraph) {
    StringBuilder sb = new StringBuilder();
    int[] starts = new int[paragraph.size()];
    for (int i = 0; i < paragraph.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      starts[i] = sb.length();
      sb.append(paragraph.get(i).text);
    }
    String text = sb.toString();
    for (int[] span : QuoteFinder.spans(text)) {
      String quote = text.substring(span[0], span[1]);
      String words = String.join(" ", ContextTerms.tokens(QuoteFinder.spoken(quote)));
      if (words.isEmpty()) {
        continue; // nothing but an editor's brackets
      }
      int first = sentenceAt(starts, span[0]);
      int last = sentenceAt(starts, span[1] - 1);
      Sentence in = paragraph.get(first);
      Sentence spanned = in;
      if (last > first) {
        int end = last + 1 < starts.length ? starts[last + 1] - 1 : text.length();
        spanned = new Sentence(text.substring(starts[first], end), in.index, false);
      }
      int start = span[0] - starts[first];
      int[] tokens = spanned.tokensAt(start, span[1] - starts[first]);
      in.add(spanned.fact(FactKind.QUOTE, quote, tokens[0], tokens[1], tokens[1], words, null, "",
          ""), start);
    }
  }

  private static int sentenceAt(int[] starts, int offset) {
    int i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= offset) {
      i++;
    }
    return i;
  }

  private static boolean isTitleCase(String headline) {
    int words = 0;
    int capitalised = 0;
    for (Token t : Token.tokenize(headline)) {
      if (t.isWord() && t.text.length() >= 4) {
        words++;
        if (t.isCapitalised()) {
          capitalised++;
        }
      }
    }
    return words > 0 && capitalised > TITLE_CASE_SHARE * words;
  }
}
