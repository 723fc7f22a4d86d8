package org.copydesk.story;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/** Where an input came from: a file (or topic) and the 1-based line in it; line 0 means the whole file. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Origin {
  public abstract String getFile();

  public abstract long getLine();

  public static Origin of(String file, long line) {
    return new AutoValue_Origin(file, line);
  }

  public static Origin wholeFile(String file) {
    return of(file, 0);
  }

  @Override
  public final String toString() {
    return getLine() == 0 ? getFile() : getFile() + ":" + getLine();
  }
}
