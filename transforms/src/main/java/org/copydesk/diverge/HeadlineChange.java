package org.copydesk.diverge;

import com.google.auto.value.AutoValue;
import java.util.Locale;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The canonical's headline and the member's, when the member re-headlined the story. */
@AutoValue
public abstract class HeadlineChange {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The canonical's headline; null when it has none. */
  public abstract @Nullable String canonical();

  /** The member's headline; null when it has none. */
  public abstract @Nullable String member();

  /**
   * The change from {@code canonical} to {@code member}, or null when they are equal once spacing
   * and case are ignored (a headline re-set in title case is not news to a reader). A missing
   * headline equals an empty one.
   */
  public static @Nullable HeadlineChange between(
      @Nullable String canonical, @Nullable String member) {
    if (normalize(canonical).equals(normalize(member))) {
      return null;
    }
    return new AutoValue_HeadlineChange(canonical, member);
  }

  private static String normalize(@Nullable String headline) {
    if (headline == null) {
      return "";
    }
    return SPACES.matcher(headline.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
