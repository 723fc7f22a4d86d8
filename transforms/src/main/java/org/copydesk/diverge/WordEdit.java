package org.copydesk.diverge;

import com.google.auto.value.AutoValue;

/**
 * One word-level edit inside an aligned sentence pair, in the stories' own words: {@code
 * schoolboys} → {@code students}. The text of each side is the original span, punctuation and
 * spacing as written, so it can be shown to a reader as is.
 */
@AutoValue
public abstract class WordEdit {

  /** What the member did to the canonical's words. */
  public enum Kind {
    /** Canonical words replaced by other words. */
    CHANGE,
    /** Canonical words the member dropped; {@link #memberWords()} is empty. */
    DELETE,
    /** Words the member added; {@link #canonicalWords()} is empty. */
    INSERT
  }

  public abstract Kind kind();

  /** The canonical's words, empty for {@link Kind#INSERT}. */
  public abstract String canonicalWords();

  /** The member's words, empty for {@link Kind#DELETE}. */
  public abstract String memberWords();

  public static WordEdit of(Kind kind, String canonicalWords, String memberWords) {
    return new AutoValue_WordEdit(kind, canonicalWords, memberWords);
  }
}
