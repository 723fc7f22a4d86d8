package org.copydesk.fingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokenizer over NFKC-normalised text: runs of letters/digits, case-folded into a reusable
 * buffer and handed to a {@link Sink}.
 *
 * <p>Hand-written on purpose: this is the hot path of the fingerprint stage (every byte of every
 * story passes through it), and a regex or {@code BreakIterator} costs several times more and
 * allocates per token. It allocates nothing per token.
 *
 * <p>Rules, all chosen so that the same text in different wire house styles tokenises alike:
 *
 * <ul>
 *   <li>a token is a maximal run of letters/digits; everything else (spaces, punctuation, every
 *       kind of quote and dash) separates tokens, so {@code long-standing} = {@code long standing};
 *   <li>dotted single-letter acronyms join: {@code U.S.} and {@code US} both give {@code us};
 *   <li>digit grouping is dropped ({@code 1,500} → {@code 1500}); a decimal part stays in the
 *       token with trailing zeros removed ({@code 17.00} → {@code 17}, {@code 1.50} → {@code 1.5});
 *   <li>{@code %} becomes the token {@code percent};
 *   <li>a possessive {@code 's} / {@code ’s} is dropped ({@code Pakistan's} → {@code pakistan});
 *       any other apostrophe inside a word is removed ({@code don't} → {@code dont});
 *   <li>case is folded (ASCII fast path; ICU simple case folding otherwise).
 * </ul>
 *
 * <p>Not thread-safe (it reuses its buffer); use one instance per thread.
 */
public final class Tokenizer {

  /** Receives each token. {@code buf[0..len)} is only valid during the call. */
  public interface Sink {
    void token(char[] buf, int len, int flags);
  }

  /** Flag: the token's first character was upper case in the input. */
  public static final int CAPITALISED = 1;
  /** Flag: the token starts with a digit. */
  public static final int NUMBER = 2;
  /** Flag: the token was synthesised from a symbol (e.g. {@code %}). */
  public static final int SYMBOL = 4;

  private static final char[] PERCENT = "percent".toCharArray();
  /** Longest token kept; longer runs (URLs, base64, CJK without spaces) are truncated. */
  public static final int MAX_TOKEN_CHARS = 64;

  private final char[] buf = new char[MAX_TOKEN_CHARS];

  private char[] chars = new char[1024];

  public void tokenize(CharSequence input, Sink sink) {
    tokenize(input, 0, input.length(), sink);
  }

  /** Tokenises {@code input[from, to)} as if it were the whole text. */
  public void tokenize(CharSequence input, int from, int to, Sink sink) {
    // Scan a private char[] copy: bulk-copied once, then plain array reads (no interface calls).
    final int n = to - from;
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    if (input instanceof String) {
      ((String) input).getChars(from, to, chars, 0);
    } else {
      for (int k = 0; k < n; k++) {
        chars[k] = input.charAt(from + k);
      }
    }
    final Chars text = charsView.set(chars);
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        if (c == '%') {
          sink.token(PERCENT, PERCENT.length, SYMBOL);
        }
        i++;
        continue;
      }
      int len = 0;
      int flags = 0;
      if (c < 0x80 ? (c >= 'A' && c <= 'Z') : Character.isUpperCase(c)) {
        flags |= CAPITALISED;
      }
      if (c >= '0' && c <= '9') {
        flags |= NUMBER;
        i = number(text, i, n);
        len = numLen;
      } else {
        // Dotted acronym: U.S. / U.K. / U.N. (single letters each followed by a dot).
        if (i + 3 < n
            && text.charAt(i + 1) == '.'
            && isLetter(text.charAt(i + 2))
            && text.charAt(i + 3) == '.'
            && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
          int j = i;
          int alen = 0;
          while (j + 1 < n && isLetter(text.charAt(j)) && text.charAt(j + 1) == '.' && alen < MAX_TOKEN_CHARS) {
            buf[alen++] = fold(text.charAt(j));
            j += 2;
          }
          sink.token(buf, alen, flags);
          i = j;
          continue;
        }
        while (i < n) {
          c = text.charAt(i);
          if (isWordChar(c)) {
            if (len < MAX_TOKEN_CHARS) {
              buf[len++] = fold(c);
            }
            i++;
          } else if (isApostrophe(c) && i + 1 < n && isLetter(text.charAt(i + 1)) && len > 0) {
            char next = text.charAt(i + 1);
            if ((next == 's' || next == 'S') && (i + 2 >= n || !isWordChar(text.charAt(i + 2)))) {
              i += 2; // possessive: drop 's
              break;
            }
            i++; // internal apostrophe: drop it, join the word
          } else {
            break;
          }
        }
      }
      sink.token(buf, len, flags);
    }
  }

  private int numLen;

  /** Scans a number starting at i into buf; sets numLen; returns the index after it. */
  private int number(Chars text, int i, int n) {
    int len = 0;
    int dot = -1;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (len < MAX_TOKEN_CHARS) {
          buf[len++] = c;
        }
        i++;
      } else if (c == ',' && dot < 0 && threeDigitsThenBoundary(text, i + 1, n)) {
        i++; // thousands separator
      } else if (c == '.' && dot < 0 && i + 1 < n && isDigit(text.charAt(i + 1))) {
        dot = len;
        if (len < MAX_TOKEN_CHARS) {
          buf[len++] = '.';
        }
        i++;
      } else if (isWordChar(c)) {
        // 1980s, 3rd, 10am: keep as one token
        if (len < MAX_TOKEN_CHARS) {
          buf[len++] = fold(c);
        }
        i++;
      } else {
        break;
      }
    }
    if (dot >= 0) {
      boolean allDigitsAfterDot = true;
      for (int k = dot + 1; k < len; k++) {
        if (!isDigit(buf[k])) {
          allDigitsAfterDot = false;
          break;
        }
      }
      if (allDigitsAfterDot) {
        while (len > dot + 1 && buf[len - 1] == '0') {
          len--;
        }
        if (len == dot + 1) {
          len = dot;
        }
      }
    }
    numLen = len;
    return i;
  }

  private static boolean threeDigitsThenBoundary(Chars t, int i, int n) {
    return i + 2 < n
        && isDigit(t.charAt(i))
        && isDigit(t.charAt(i + 1))
        && isDigit(t.charAt(i + 2))
        && (i + 3 >= n || !isDigit(t.charAt(i + 3)));
  }

  private final Chars charsView = new Chars();

  /** A final-class view of the char buffer, so that {@code charAt} is a plain array read. */
  private static final class Chars {
    private char[] a;

    Chars set(char[] a) {
      this.a = a;
      return this;
    }

    char charAt(int i) {
      return a[i];
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return Character.isLetter(c) || Character.isSurrogate(c);
  }

  static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    return Character.isLetterOrDigit(c) || Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`';
  }

  static char fold(char c) {
    if (c < 0x80) {
      return (c >= 'A' && c <= 'Z') ? (char) (c | 0x20) : c;
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    int f = com.ibm.icu.lang.UCharacter.foldCase(c, true);
    return f <= 0xFFFF ? (char) f : c;
  }

  /** Convenience for tests and tools: the tokens as strings (allocates). */
  public List<String> tokens(CharSequence text) {
    List<String> out = new ArrayList<>();
    tokenize(text, (b, len, flags) -> out.add(new String(b, 0, len)));
    return out;
  }
}
