package org.copydesk.event;

import com.google.auto.value.AutoValue;
import java.util.List;

/** Whether two stories report one event, with the evidence: the measures and what they share. */
@AutoValue
public abstract class EventVerdict {

  public abstract boolean sameEvent();

  /**
   * {@code evidence × (1/4 + 3/4 × subject) × timeFactor}, in [0, 1]; same event at or above the
   * threshold.
   */
  public abstract double score();

  /** Weighted mean of the name, figure (and, when it helps, quote) overlaps, in [0, 1]. */
  public abstract double evidence();

  /** IDF-weighted share of the smaller side's names found in the other, in [0, 1]. */
  public abstract double names();

  /** IDF-weighted share of the smaller side's figures found in the other, in [0, 1]. */
  public abstract double figures();

  /** IDF-weighted share of the smaller side's quote shingles found in the other, in [0, 1]. */
  public abstract double quotes();

  /** IDF-weighted share of the smaller side's words found in the other, in [0, 1]. */
  public abstract double terms();

  /** The worse side's IDF-weighted share of its subject found in the other story, in [0, 1]. */
  public abstract double subject();

  /** 1 within the first third of the window, falling to 0 at its end; 1 if either is undated. */
  public abstract double timeFactor();

  /** Up to {@value EventVerifier#SHOWN} shared names, rarest first ({@code John Kerry}). */
  public abstract List<String> sharedNames();

  /** Up to {@value EventVerifier#SHOWN} shared figures, rarest first ({@code 150 dead}). */
  public abstract List<String> sharedFigures();

  /** Up to {@value EventVerifier#SHOWN_QUOTES} shared quotes, as one side wrote them. */
  public abstract List<String> sharedQuotes();

  /** One human line, e.g. {@code same event: score 0.71 (names 0.86, figures 0.75, …)}. */
  public abstract String reason();

  static EventVerdict create(boolean sameEvent, double score, double evidence, double names,
      double figures, double quotes, double terms, double subject, double timeFactor,
      List<String> sharedNames, List<String> sharedFigures, List<String> sharedQuotes,
      String reason) {
    return new AutoValue_EventVerdict(sameEvent, score, evidence, names, figures, quotes, terms,
        subject, timeFactor, List.copyOf(sharedNames), List.copyOf(sharedFigures),
        List.copyOf(sharedQuotes), reason);
  }
}
