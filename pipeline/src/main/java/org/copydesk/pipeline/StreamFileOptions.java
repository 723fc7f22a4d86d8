package org.copydesk.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.StreamingOptions;

/** A watched input directory, and files written by a stream. */
public interface StreamFileOptions extends StreamingOptions {
  @Description("Keep watching --input for new files and process them as they land; the job runs "
      + "as a stream until stopped.")
  @Default.Boolean(false)
  boolean getWatch();

  void setWatch(boolean value);

  @Description("Seconds between looks at a watched --input (default 10); setting it implies --watch.")
  Integer getWatchIntervalSeconds();

  void setWatchIntervalSeconds(Integer value);

  @Description("In a stream, seconds of wall-clock time per window of output files.")
  @Default.Integer(60)
  int getWindowSeconds();

  void setWindowSeconds(int value);

  @Description("In a stream, files per output and window.")
  @Default.Integer(1)
  int getFileShards();

  void setFileShards(int value);
}
