package org.copydesk.pipeline;

import org.apache.beam.sdk.metrics.MetricsOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/**
 * The flags of the copydesk job, beside Beam's own ({@code --runner} and the runner's): the flow's
 * here, those of the sources and sinks in the interfaces it extends, and Beam's metrics export
 * ({@code --metricsSink}, {@code --metricsHttpSinkUrl}, {@code --metricsPushPeriod}).
 */
public interface CopydeskOptions extends KafkaOptions, StreamFileOptions, MetricsOptions {
  @Description("Input files: a file, a directory or a glob; several separated by commas. "
      + ".txt files are raw page captures, .jsonl/.ndjson JSON Lines, .json JSON (ninjs too).")
  @Default.String("testdata/seeds")
  String getInput();

  void setInput(String value);

  @Description("Directory for assignments.tsv, clusters.jsonl, deadletter.jsonl, superseded.jsonl, "
      + "merges.jsonl and report.html; in a stream, windowed files of the same objects (no "
      + "assignments.tsv, no report.html).")
  @Default.String("out")
  String getOutput();

  void setOutput(String value);

  @Description("Largest story body accepted, in bytes; larger inputs become dead letters.")
  @Default.Long(1L << 20)
  long getMaxBodyBytes();

  void setMaxBodyBytes(long value);

  @Description("Sources to prefer as a cluster's canonical, most preferred first, e.g. AFP,Reuters,AP "
      + "(matched ignoring case). Empty: no preference.")
  @Default.String("")
  String getPreferredSources();

  void setPreferredSources(String value);

  @Description("How long, in hours of event time, an id (and later a story) is remembered.")
  @Default.Integer(72)
  int getHorizonHours();

  void setHorizonHours(int value);

  @Description("A paragraph recurring in this many different stories of one source is boilerplate.")
  @Default.Integer(3)
  int getBoilerplateMinStories();

  void setBoilerplateMinStories(int value);

  @Description("Most paragraphs tracked per source while learning boilerplate (bounds memory).")
  @Default.Integer(2048)
  int getBoilerplateCapacity();

  void setBoilerplateCapacity(int value);

  @Description("Words per shingle in the fingerprint.")
  @Default.Integer(3)
  int getShingleSize();

  void setShingleSize(int value);

  @Description("LSH bands over the whole text; with --rows, sets which similarity becomes a candidate.")
  @Default.Integer(32)
  int getBands();

  void setBands(int value);

  @Description("MinHash rows per LSH band.")
  @Default.Integer(2)
  int getRows();

  void setRows(int value);

  @Description("LSH buckets two stories must share to be verified as a pair.")
  @Default.Integer(2)
  int getMinSharedBands();

  void setMinSharedBands(int value);

  @Description("Most stories one LSH bucket remembers; a fuller bucket drops its oldest half.")
  @Default.Integer(1000)
  int getMaxBucketSize();

  void setMaxBucketSize(int value);

  @Description("Seconds between progress lines on standard error; 0 for none.")
  @Default.Integer(10)
  int getProgressSeconds();

  void setProgressSeconds(int value);

  @Description("Also write the progress figures to this file as JSON, replaced atomically every "
      + "--progressSeconds and once more when the run completes.")
  String getStatusFile();

  void setStatusFile(String value);
}
