package org.copydesk.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word, number or symbol of one sentence with its character span. The fact finders scan these
 * rather than {@link org.copydesk.fingerprint.Tokenizer}'s tokens because a fact is reported as
 * written, so they need the span and the original spelling, punctuation and case, which the
 * fingerprint tokens fold away.
 */
final class Token {

  enum Type {
    WORD,
    NUMBER,
    SYMBOL
  }

  /**
   * Numbers keep digit grouping, a decimal part and a letter suffix ({@code 700,000}, {@code 2.5},
   * {@code 250m}, {@code 1980s}); dotted acronyms ({@code U.S.}) and words with inner hyphens or
   * apostrophes ({@code Lashkar-e-Taiba}, {@code two-and-a-half}, {@code Pakistan's}) are one
   * token; any other non-space character is a symbol of its own.
   */
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<number>(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?\\p{L}*)"
              + "|(?<acronym>(?:\\p{Lu}\\.){2,})"
              + "|(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}]*(?:['’-][\\p{L}\\p{M}\\p{Nd}]+)*)"
              + "|\\S");

  final String text;
  final int start;
  final int end;
  final Type type;

  private Token(String text, int start, int end, Type type) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.type = type;
  }

  static List<Token> tokenize(String sentence) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      Type type =
          m.group("number") != null
              ? Type.NUMBER
              : m.group("acronym") != null || m.group("word") != null ? Type.WORD : Type.SYMBOL;
      out.add(new Token(m.group(), m.start(), m.end(), type));
    }
    return out;
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isCapitalised() {
    return type == Type.WORD && Character.isUpperCase(text.codePointAt(0));
  }

  boolean is(String symbolOrWord) {
    return text.equalsIgnoreCase(symbolOrWord);
  }
}
