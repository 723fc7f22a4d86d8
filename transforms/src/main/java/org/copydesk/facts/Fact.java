package org.copydesk.facts;

import com.google.auto.value.AutoValue;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One fact a story reports, with what it describes and the sentence it came from. */
@AutoValue
public abstract class Fact {

  public abstract FactKind kind();

  /** As written: {@code more than 150 people}, {@code USD 250 million}, {@code Dec. 16}. */
  public abstract String text();

  /**
   * Canonical value, equal for equal facts: a {@link Quantity#normalized()} figure; a date as
   * {@code 2001-09-11}, {@code --12-16}, {@code 2008-11}, {@code 2008}, {@code --06} or {@code
   * tuesday}; a name's key ({@code sartajaziz}); a quote's normalised tokens.
   */
  public abstract String normalized();

  /** The figure of a NUMBER, AMOUNT or TOLL; null for other kinds. */
  public abstract @Nullable Quantity quantity();

  public abstract Descriptor descriptor();

  /** The sentence the fact came from (several for a quote that spans them), for evidence. */
  public abstract String sentence();

  /** Index of that sentence in the story, the headline (if any) being sentence 0. */
  public abstract int sentenceIndex();

  /** A fact from all its fields; also how {@code ClusterViewCoder} builds one back. */
  public static Fact create(FactKind kind, String text, String normalized,
      @Nullable Quantity quantity, Descriptor descriptor, String sentence, int sentenceIndex) {
    return new AutoValue_Fact(kind, text, normalized, quantity, descriptor, sentence,
        sentenceIndex);
  }

  /**
   * A fact as {@code clusters.jsonl} gives it back: its kind, words, value and sentence. What it
   * describes and its figure are not written out, so the fact can be shown but not aligned again.
   */
  public static Fact asWritten(FactKind kind, String text, String normalized, String sentence) {
    return create(kind, text, normalized, null, Descriptor.of("", "", Set.of()), sentence, -1);
  }

  /** This fact, also describing what {@code repeat} (the same fact said again) describes. */
  Fact withContextOf(Fact repeat) {
    return create(kind(), text(), normalized(), quantity(),
        descriptor().withContextOf(repeat.descriptor()), sentence(), sentenceIndex());
  }
}
