package org.copydesk.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.auto.value.AutoValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.story.DeadLetter.Reason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads one JSON story: the plain contract ({@code id}, {@code body}, {@code headline}, …) and IPTC
 * ninjs 1.x ({@code body_text}, {@code body_html}), 2.x and 3.x ({@code bodies}, {@code headlines},
 * camelCase or not). Field names are matched ignoring case and underscores, so {@code body_text},
 * {@code bodyText} and {@code bodytext} are one field. Unknown fields are ignored.
 */
public final class JsonStoryReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final long maxBodyBytes;

  public JsonStoryReader(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  /** The fields of a JSON story, as given; the body is still one string. */
  @AutoValue
  public abstract static class Fields {
    public abstract String getId();

    public abstract String getBody();

    public abstract @Nullable String getHeadline();

    public abstract @Nullable String getSource();

    public abstract @Nullable String getByline();

    public abstract @Nullable Instant getPublished();

    public abstract @Nullable String getUrl();

    public abstract @Nullable String getLanguage();
  }

  public Fields read(String json) throws RejectedInputException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new RejectedInputException(Reason.MALFORMED_JSON,
          "malformed JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new RejectedInputException(Reason.NOT_A_STORY,
          "expected a JSON object, found " + (root == null ? "nothing" : root.getNodeType()));
    }
    Map<String, JsonNode> fields = fieldsByLooseName(root);

    String id = text(fields, "id", "guid", "uri");
    if (id == null || id.isBlank()) {
      throw new RejectedInputException(Reason.MISSING_ID, "missing id: a story needs a non-empty \"id\"");
    }
    String body = body(fields);
    if (body == null || body.isBlank()) {
      throw new RejectedInputException(Reason.MISSING_BODY,
          "missing body: story " + id + " has no non-empty \"body\"");
    }
    long bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;
    if (bodyBytes > maxBodyBytes) {
      throw new RejectedInputException(Reason.TOO_LARGE,
          String.format("body of story %s is %,d bytes, over the limit of %,d", id, bodyBytes,
              maxBodyBytes));
    }
    return new AutoValue_JsonStoryReader_Fields(
        id.strip(),
        body,
        headline(fields),
        source(fields),
        text(fields, "byline", "by"),
        published(fields),
        text(fields, "url"),
        text(fields, "language", "lang"));
  }

  /**
   * The publication time of a JSON story, found as {@link #read} finds it; null when the text is
   * not a JSON object or has no valid time. A message source needs a story's event time before the
   * parse stage runs (to place its watermark), and the two must agree.
   */
  public static @Nullable Instant publishedOf(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      return root != null && root.isObject() ? published(fieldsByLooseName(root)) : null;
    } catch (JsonProcessingException | RejectedInputException e) {
      return null;
    }
  }

  private static Map<String, JsonNode> fieldsByLooseName(JsonNode object) {
    Map<String, JsonNode> fields = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = object.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> field = it.next();
      fields.putIfAbsent(looseName(field.getKey()), field.getValue());
    }
    return fields;
  }

  private static String looseName(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /** The first of the named fields that holds a string or number. */
  private static @Nullable String text(Map<String, JsonNode> fields, String... names)
      throws RejectedInputException {
    for (String name : names) {
      JsonNode node = fields.get(name);
      if (node == null || node.isNull()) {
        continue;
      }
      if (node.isTextual() || node.isNumber()) {
        return node.asText();
      }
      throw new RejectedInputException(Reason.INVALID_FIELD,
          "field \"" + name + "\" must be a string, found " + node.getNodeType());
    }
    return null;
  }

  private static @Nullable String body(Map<String, JsonNode> fields) throws RejectedInputException {
    String plain = text(fields, "body", "bodytext");
    if (plain != null) {
      return plain;
    }
    JsonNode bodies = fields.get("bodies");
    if (bodies != null && bodies.isArray()) {
      // ninjs 2.x/3.x: prefer the main plain-text body, then any plain text, then HTML.
      JsonNode best = null;
      int bestRank = Integer.MAX_VALUE;
      for (JsonNode candidate : bodies) {
        int rank = bodyRank(candidate);
        if (rank < bestRank) {
          best = candidate;
          bestRank = rank;
        }
      }
      if (best != null) {
        String value = best.path("value").asText(null);
        return isHtml(best) ? htmlToText(value) : value;
      }
    }
    String html = text(fields, "bodyhtml");
    return html == null ? null : htmlToText(html);
  }

  private static int bodyRank(JsonNode body) {
    if (!body.path("value").isTextual()) {
      return Integer.MAX_VALUE;
    }
    String role = body.path("role").asText("");
    int rank = isHtml(body) ? 2 : 0;
    return role.isEmpty() || role.equalsIgnoreCase("main") ? rank : rank + 1;
  }

  private static boolean isHtml(JsonNode body) {
    String type = looseName(body.path("contenttype").asText(body.path("contentType").asText("")));
    return type.contains("html");
  }

  /** The text of an HTML body: one paragraph per block element, markup and entities gone. */
  private static @Nullable String htmlToText(@Nullable String html) {
    if (html == null) {
      return null;
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    Elements blocks = body.select("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre");
    if (blocks.isEmpty()) {
      return body.text();
    }
    return blocks.stream().map(Element::text).collect(Collectors.joining("\n\n"));
  }

  private static @Nullable String headline(Map<String, JsonNode> fields)
      throws RejectedInputException {
    String plain = text(fields, "headline", "title");
    if (plain != null) {
      return plain;
    }
    JsonNode headlines = fields.get("headlines");
    if (headlines != null && headlines.isArray()) {
      String first = null;
      for (JsonNode headline : headlines) {
        String value = headline.path("value").asText(null);
        if (value == null) {
          continue;
        }
        if (headline.path("role").asText("main").equalsIgnoreCase("main")) {
          return value;
        }
        first = first == null ? value : first;
      }
      return first;
    }
    return null;
  }

  private static @Nullable String source(Map<String, JsonNode> fields)
      throws RejectedInputException {
    String plain = text(fields, "source", "copyrightholder", "provider");
    if (plain != null) {
      return plain;
    }
    JsonNode infoSources = fields.get("infosources");
    if (infoSources != null && infoSources.isArray() && infoSources.size() > 0) {
      return infoSources.get(0).path("name").asText(null);
    }
    return null;
  }

  private static @Nullable Instant published(Map<String, JsonNode> fields)
      throws RejectedInputException {
    for (String name : new String[] {"published", "versioncreated", "firstcreated", "contentcreated"}) {
      String value = text(fields, name);
      if (value != null && !value.isBlank()) {
        return parseTime(name, value.strip());
      }
    }
    return null;
  }

  /** ISO-8601 instants and offset date-times; a date-time or date without zone is taken as UTC. */
  static Instant parseTime(String field, String value) throws RejectedInputException {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
          throw new RejectedInputException(Reason.INVALID_FIELD,
              "field \"" + field + "\" is not an ISO-8601 date-time: " + abbreviate(value));
        }
      }
    }
  }

  private static String abbreviate(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "…";
  }
}
