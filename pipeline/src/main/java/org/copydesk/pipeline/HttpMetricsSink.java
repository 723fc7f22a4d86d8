package org.copydesk.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.beam.sdk.metrics.DistributionResult;
import org.apache.beam.sdk.metrics.GaugeResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsOptions;
import org.apache.beam.sdk.metrics.MetricsSink;

/**
 * Posts the job's metrics as one JSON object to {@code --metricsHttpSinkUrl}, for Beam's {@code
 * --metricsSink} mechanism. Beam's own {@code MetricsHttpSink} (beam-runners-extensions-java-metrics)
 * is not published for 2.70.0, so this is the same idea on the JDK's HTTP client: {@code
 * {"counters":[…],"distributions":[…],"gauges":[…]}}, each metric with its {@code namespace},
 * {@code name}, {@code step} and attempted value (see the README's "Feed monitoring").
 */
public final class HttpMetricsSink implements MetricsSink {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI url;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  /** Beam's pusher builds a sink from the options. */
  public HttpMetricsSink(MetricsOptions options) {
    if (options.getMetricsHttpSinkUrl() == null) {
      throw new IllegalArgumentException("--metricsSink=" + getClass().getName()
          + " needs --metricsHttpSinkUrl=http://host:port/path");
    }
    this.url = URI.create(options.getMetricsHttpSinkUrl());
  }

  @Override
  public void writeMetrics(MetricQueryResults metrics) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(metrics)))
        .build();
    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("metrics sink " + url + " answered HTTP " + response.statusCode());
    }
  }

  static String json(MetricQueryResults metrics) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode counters = root.putArray("counters");
    for (MetricResult<Long> counter : metrics.getCounters()) {
      described(counters, counter).put("attempted", counter.getAttempted());
    }
    ArrayNode distributions = root.putArray("distributions");
    for (MetricResult<DistributionResult> distribution : metrics.getDistributions()) {
      DistributionResult value = distribution.getAttempted();
      described(distributions, distribution).putObject("attempted")
          .put("count", value.getCount())
          .put("sum", value.getSum())
          .put("min", value.getMin())
          .put("max", value.getMax());
    }
    ArrayNode gauges = root.putArray("gauges");
    for (MetricResult<GaugeResult> gauge : metrics.getGauges()) {
      GaugeResult value = gauge.getAttempted();
      described(gauges, gauge).putObject("attempted")
          .put("value", value.getValue())
          .put("timestamp", value.getTimestamp().toString());
    }
    return root.toString();
  }

  private static ObjectNode described(ArrayNode list, MetricResult<?> metric) {
    return list.addObject()
        .put("namespace", metric.getName().getNamespace())
        .put("name", metric.getName().getName())
        .put("step", metric.getKey().stepName());
  }
}
