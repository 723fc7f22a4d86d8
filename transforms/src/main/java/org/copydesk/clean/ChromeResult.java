package org.copydesk.clean;

import com.google.auto.value.AutoValue;
import com.google.common.collect.ImmutableList;
import java.util.List;

/** The paragraphs of one document split into those kept and the page chrome removed. */
@AutoValue
public abstract class ChromeResult {

  public abstract ImmutableList<String> kept();

  public abstract ImmutableList<String> removed();

  public static ChromeResult of(List<String> kept, List<String> removed) {
    return new AutoValue_ChromeResult(ImmutableList.copyOf(kept), ImmutableList.copyOf(removed));
  }
}
