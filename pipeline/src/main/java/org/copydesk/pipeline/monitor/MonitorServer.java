package org.copydesk.pipeline.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.copydesk.consolidate.ClusterView;
import org.copydesk.write.ReportHtml;

/**
 * The monitor's web server, on the JDK's own {@link HttpServer}: the page and its script and
 * style, a JSON API over the {@link ClusterStore} and the job's {@link StatusFile}, each cluster's
 * divergence view (rendered by {@link ReportHtml}, as in the report) and a stream of server-sent
 * events that tells the page when to fetch again. It listens on the loopback interface only: the
 * page is for the machine the job runs on.
 *
 * <p>Story text is untrusted. The API sends it as JSON, which the page puts into the DOM as text;
 * the divergence view escapes it; and every page is served with a Content Security Policy that
 * allows no inline or foreign script, so a story's markup could not run even if it got through.
 */
public final class MonitorServer implements AutoCloseable {
  /** Clusters one list request returns at most. */
  static final int LIST_LIMIT = 200;

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  private static final String RESOURCES = "/org/copydesk/pipeline/monitor/";
  private static final String PAGE_POLICY =
      "default-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
  /** The divergence view has its style inline and no script. */
  private static final String VIEW_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";
  /** Ends an event stream when the server stops. */
  private static final String CLOSE = "";

  /** A cluster as the list shows it. */
  record Summary(String storyCluster, long version, int size, String headline,
      List<String> sources, int copyClusters, List<String> newMembers, String updated) {}

  private final ClusterStore store;
  private final HttpServer server;
  private final ExecutorService threads;
  private final Set<BlockingQueue<String>> listeners = ConcurrentHashMap.newKeySet();

  private MonitorServer(ClusterStore store, HttpServer server, ExecutorService threads) {
    this.store = store;
    this.server = server;
    this.threads = threads;
  }

  /**
   * Serves {@code store} and {@code status} on {@code port} of the loopback interface (0: any
   * free port).
   */
  public static MonitorServer start(ClusterStore store, StatusFile status, int port)
      throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    // Event streams hold a thread each for as long as a page is open.
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread thread = new Thread(r, "monitor-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(threads);
    MonitorServer monitor = new MonitorServer(store, server, threads);
    server.createContext("/", get(monitor::page));
    server.createContext("/api/clusters", get(monitor::clusters));
    server.createContext("/api/figures", get(e -> monitor.json(e, 200, store.figures())));
    server.createContext("/api/status", get(e -> monitor.json(e, 200, status.view())));
    server.createContext("/clusters/", get(monitor::divergenceView));
    server.createContext("/events", get(monitor::events));
    store.onChange(monitor::broadcast);
    status.onChange(() -> monitor.broadcast(new Change(Change.STATUS, null)));
    server.start();
    return monitor;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    listeners.forEach(q -> q.offer(CLOSE));
    server.stop(0);
    threads.shutdownNow();
  }

  private interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** Only GET and HEAD; every response closes its exchange, failures included. */
  private static HttpHandler get(Handler handler) {
    return exchange -> {
      try (exchange) {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
          exchange.getResponseHeaders().set("Allow", "GET, HEAD");
          send(exchange, 405, "text/plain", "method not allowed\n");
          return;
        }
        handler.handle(exchange);
      }
    };
  }

  /** The page, its script and its style; anything else under {@code /} is not found. */
  private void page(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String file = switch (path) {
      case "/", "/index.html" -> "monitor.html";
      case "/monitor.js" -> "monitor.js";
      case "/monitor.css" -> "monitor.css";
      default -> null;
    };
    if (file == null) {
      send(exchange, 404, "text/plain", "not found\n");
      return;
    }
    String type = file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css"
        : "text/html";
    exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    send(exchange, 200, type, resource(file));
  }

  /** {@code /api/clusters?q=…}: the list; {@code /api/clusters/ID}: the cluster's own line. */
  private void clusters(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.startsWith("/api/clusters/")) {
      Optional<ClusterStore.Entry> entry = store.get(path.substring("/api/clusters/".length()));
      if (entry.isEmpty()) {
        json(exchange, 404, new Error("no such cluster"));
      } else {
        send(exchange, 200, "application/json", entry.get().line());
      }
      return;
    }
    List<Summary> list = store.list(query(exchange, "q"), LIST_LIMIT).stream()
        .map(MonitorServer::summary).toList();
    json(exchange, 200, list);
  }

  record Error(String error) {}

  private static Summary summary(ClusterStore.Entry entry) {
    ClusterView view = entry.view();
    List<String> sources = view.getMembers().stream().map(ClusterView.Member::getSource)
        .filter(s -> s != null && !s.isBlank()).distinct().toList();
    return new Summary(view.getStoryCluster(), view.getVersion(), view.getMembers().size(),
        view.getCanonical().getHeadline(), sources, view.getCopyClusters().size(),
        List.copyOf(entry.newMembers()), entry.updated().toString());
  }

  /** {@code /clusters/ID}: the cluster as the report shows it. */
  private void divergenceView(HttpExchange exchange) throws IOException {
    String id = exchange.getRequestURI().getPath().substring("/clusters/".length());
    Optional<ClusterStore.Entry> entry = store.get(id);
    exchange.getResponseHeaders().set("Content-Security-Policy", VIEW_POLICY);
    if (entry.isEmpty()) {
      send(exchange, 404, "text/plain", "no such cluster (it may have been merged into another)\n");
      return;
    }
    send(exchange, 200, "text/html", ReportHtml.renderCluster(entry.get().view()));
  }

  /**
   * {@code /events}: one {@code change} event per change, its data the change as JSON, and a
   * comment every 15 seconds so that a closed page is noticed. A page too slow to take its events
   * is dropped (its browser reconnects).
   */
  private void events(HttpExchange exchange) throws IOException {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>(1000);
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    listeners.add(queue);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write("retry: 2000\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      while (true) {
        String event = queue.poll(15, TimeUnit.SECONDS);
        if (CLOSE.equals(event)) {
          return;
        }
        out.write((event == null ? ": still here\n\n" : "event: change\ndata: " + event + "\n\n")
            .getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The page went away.
    } finally {
      listeners.remove(queue);
    }
  }

  private void broadcast(Change change) {
    String data = write(change);
    listeners.removeIf(queue -> !queue.offer(data));
  }

  private static String query(HttpExchange exchange, String name) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query == null) {
      return "";
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  private void json(HttpExchange exchange, int status, Object value) throws IOException {
    send(exchange, status, "application/json", write(value));
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = MonitorServer.class.getResourceAsStream(RESOURCES + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
