package org.copydesk.versions;

import java.util.Comparator;
import org.copydesk.story.Story;

/**
 * Which of two inputs with one id is the newer version: the later publication time wins; without
 * one (or on a tie) the later arrival does, by receive time, then file, then line.
 */
final class VersionOrder {
  static final Comparator<Story> OLDEST_FIRST =
      Comparator.comparingLong((Story s) -> s.getPublishedMillis() == null ? Long.MIN_VALUE : s.getPublishedMillis())
          .thenComparingLong(Story::getReceivedMillis)
          .thenComparing((Story s) -> s.getOrigin().getFile())
          .thenComparingLong((Story s) -> s.getOrigin().getLine());

  private VersionOrder() {}
}
