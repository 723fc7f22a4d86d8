package org.copydesk.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.assign.MergeEvent;
import org.copydesk.consolidate.ClusterView;
import org.copydesk.diverge.Divergence;
import org.copydesk.diverge.HeadlineChange;
import org.copydesk.diverge.SentenceChange;
import org.copydesk.diverge.WordEdit;
import org.copydesk.facts.Fact;
import org.copydesk.facts.FactComparison;
import org.copydesk.facts.FactGroup;
import org.copydesk.facts.FactKind;
import org.copydesk.facts.FactReport;
import org.copydesk.facts.FactStatus;
import org.copydesk.facts.MemberFactView;
import org.copydesk.story.DeadLetter;
import org.copydesk.story.Origin;
import org.copydesk.story.Superseded;

/**
 * The JSON Lines forms of copydesk's outputs. Field names are part of the output contract and are
 * documented in the README; change them only with it. A cluster line can be read back ({@link
 * #readCluster}), for tools that show a job's output, such as the feed monitor.
 */
public final class OutputJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OutputJson() {}

  public static String deadLetter(DeadLetter deadLetter) {
    ObjectNode node = JSON.createObjectNode();
    origin(node, deadLetter.getOrigin());
    node.put("reason", deadLetter.getReason());
    node.put("error", deadLetter.getError());
    node.put("raw", deadLetter.getRaw());
    node.put("raw_bytes", deadLetter.getRawBytes());
    return write(node);
  }

  public static String superseded(Superseded superseded) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", superseded.getId());
    origin(node, superseded.getOrigin());
    node.put("reason", superseded.getReason());
    ObjectNode kept = node.putObject("kept");
    origin(kept, superseded.getKeptOrigin());
    return write(node);
  }

  public static String merge(MergeEvent merge) {
    ObjectNode node = JSON.createObjectNode();
    node.put("absorbed", merge.getAbsorbed());
    node.put("into", merge.getInto());
    node.put("newer_id", merge.getNewerId());
    node.put("older_id", merge.getOlderId());
    return write(node);
  }

  public static String cluster(ClusterView view) {
    ObjectNode node = JSON.createObjectNode();
    node.put("story_cluster", view.getStoryCluster());
    node.put("version", view.getVersion());
    node.put("size", view.getMembers().size());
    if (view.getMergedInto() != null) {
      node.put("merged_into", view.getMergedInto());
      return write(node);
    }
    ObjectNode canonical = node.putObject("canonical");
    canonical.put("id", view.getCanonical().getId());
    canonical.put("source", view.getCanonical().getSource());
    canonical.put("headline", view.getCanonical().getHeadline());
    canonical.put("body", view.getCanonical().getBody());
    canonical.put("reason", view.getCanonical().getReason());
    ArrayNode copies = node.putArray("copy_clusters");
    for (ClusterView.CopyCluster copy : view.getCopyClusters()) {
      ObjectNode c = copies.addObject();
      c.put("copy_cluster", copy.getCopyCluster());
      c.put("canonical_id", copy.getCanonicalId());
      c.put("reason", copy.getReason());
      ArrayNode ids = c.putArray("members");
      copy.getMemberIds().forEach(ids::add);
    }
    facts(node.putObject("facts"), view.getFacts());
    ArrayNode members = node.putArray("members");
    for (ClusterView.Member member : view.getMembers()) {
      ObjectNode m = members.addObject();
      m.put("id", member.getId());
      m.put("source", member.getSource());
      m.put("headline", member.getHeadline());
      m.put("published", member.getPublished());
      m.put("copy_cluster", member.getCopyCluster());
      m.put("matched_id", member.getMatchedId());
      m.put("match_reason", member.getMatchReason());
      ArrayNode evidence = m.putArray("match_evidence");
      member.getMatchEvidence().forEach(evidence::add);
      m.put("similarity", member.getSimilarity());
      m.put("compared_with", member.getComparedWith());
      if (member.getDivergence() == null) {
        m.putNull("divergences");
      } else {
        ObjectNode divergences = m.putObject("divergences");
        divergences(divergences, member.getDivergence());
        memberFacts(divergences.putObject("facts"), member.getFacts());
      }
    }
    return write(node);
  }

  /**
   * A line of {@code clusters.jsonl} back as the view it was written from, for rendering it again
   * ({@link ReportHtml}). Facts come back as shown, not as extracted: kind, words, value and
   * sentence, without what aligned them.
   *
   * @throws IllegalArgumentException if the line is not a cluster object
   */
  public static ClusterView readCluster(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.path("story_cluster").isTextual()) {
      throw new IllegalArgumentException("not a cluster: no story_cluster");
    }
    String id = node.get("story_cluster").asText();
    long version = node.path("version").asLong();
    if (node.hasNonNull("merged_into")) {
      return ClusterView.mergedInto(id, version, node.get("merged_into").asText());
    }
    JsonNode c = node.path("canonical");
    ClusterView.Canonical canonical = ClusterView.Canonical.of(c.path("id").asText(),
        text(c, "source"), text(c, "headline"), c.path("body").asText(), c.path("reason").asText());
    List<ClusterView.CopyCluster> copies = new ArrayList<>();
    for (JsonNode copy : node.path("copy_clusters")) {
      copies.add(ClusterView.CopyCluster.of(copy.path("copy_cluster").asText(),
          copy.path("canonical_id").asText(), copy.path("reason").asText(),
          strings(copy.path("members"))));
    }
    List<ClusterView.Member> members = new ArrayList<>();
    for (JsonNode m : node.path("members")) {
      members.add(member(m));
    }
    List<FactGroup> groups = new ArrayList<>();
    for (FactStatus status : FactStatus.values()) {
      groups.addAll(groups(node.path("facts").path(status.name().toLowerCase(Locale.ROOT)), status));
    }
    return ClusterView.of(id, version, canonical, copies, members,
        FactComparison.asWritten(groups));
  }

  private static ClusterView.Member member(JsonNode m) {
    String id = m.path("id").asText();
    JsonNode d = m.path("divergences");
    Divergence divergence = null;
    MemberFactView facts = null;
    if (d.isObject()) {
      JsonNode h = d.path("headline");
      JsonNode counts = d.path("sentences");
      List<SentenceChange> changed = new ArrayList<>();
      for (JsonNode change : d.path("changed")) {
        List<WordEdit> edits = new ArrayList<>();
        for (JsonNode e : change.path("edits")) {
          edits.add(WordEdit.of(WordEdit.Kind.valueOf(e.path("kind").asText().toUpperCase(Locale.ROOT)),
              e.path("canonical").asText(), e.path("member").asText()));
        }
        changed.add(SentenceChange.asWritten(change.path("canonical").asText(),
            change.path("member").asText(), change.path("similarity").asDouble(),
            change.path("moved").asBoolean(), edits));
      }
      divergence = Divergence.create(
          h.isObject() ? HeadlineChange.between(text(h, "canonical"), text(h, "member")) : null,
          counts.path("canonical").asInt(), counts.path("member").asInt(),
          counts.path("unchanged").asInt(), changed, counts.path("changed").asInt(),
          strings(d.path("added")), counts.path("added").asInt(), strings(d.path("removed")),
          counts.path("removed").asInt(), d.path("truncated").asBoolean());
      JsonNode f = d.path("facts");
      facts = MemberFactView.asWritten(id, m.path("compared_with").asText(),
          groups(f.path("conflicts"), FactStatus.DISPUTED), facts(f.path("only_here")),
          facts(f.path("missing")));
    }
    return ClusterView.Member.of(id, text(m, "source"), text(m, "headline"), text(m, "published"),
        m.path("copy_cluster").asText(), text(m, "matched_id"), m.path("match_reason").asText(),
        strings(m.path("match_evidence")), m.path("similarity").asDouble(), text(m, "compared_with"), divergence, facts);
  }

  private static List<FactGroup> groups(JsonNode array, FactStatus status) {
    List<FactGroup> groups = new ArrayList<>();
    for (JsonNode group : array) {
      List<FactReport> reports = new ArrayList<>();
      for (JsonNode r : group.path("reports")) {
        reports.add(FactReport.of(r.path("id").asText(), text(r, "source"), fact(r)));
      }
      if (!reports.isEmpty()) {
        groups.add(FactGroup.asWritten(status, reports));
      }
    }
    return groups;
  }

  private static List<Fact> facts(JsonNode array) {
    List<Fact> facts = new ArrayList<>();
    array.forEach(f -> facts.add(fact(f)));
    return facts;
  }

  private static Fact fact(JsonNode f) {
    return Fact.asWritten(FactKind.valueOf(f.path("kind").asText().toUpperCase(Locale.ROOT)),
        f.path("text").asText(), f.path("value").asText(), f.path("sentence").asText());
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(s -> strings.add(s.asText()));
    return strings;
  }

  private static @Nullable String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  /** The story cluster's facts by status; each group lists who says what. */
  private static void facts(ObjectNode node, FactComparison facts) {
    for (FactStatus status : FactStatus.values()) {
      ArrayNode groups = node.putArray(status.name().toLowerCase(Locale.ROOT));
      facts.withStatus(status).forEach(group -> group(groups.addObject(), group));
    }
  }

  private static void memberFacts(ObjectNode node, @Nullable MemberFactView facts) {
    ArrayNode conflicts = node.putArray("conflicts");
    ArrayNode onlyHere = node.putArray("only_here");
    ArrayNode missing = node.putArray("missing");
    if (facts != null) {
      facts.conflicts().forEach(group -> group(conflicts.addObject(), group));
      facts.onlyHere().forEach(fact -> fact(onlyHere.addObject(), fact));
      facts.missing().forEach(fact -> fact(missing.addObject(), fact));
    }
  }

  private static void group(ObjectNode node, FactGroup group) {
    node.put("kind", group.kind().name().toLowerCase(Locale.ROOT));
    ArrayNode reports = node.putArray("reports");
    for (FactReport report : group.reports()) {
      ObjectNode r = reports.addObject();
      r.put("id", report.memberId());
      r.put("source", report.source());
      fact(r, report.fact());
    }
  }

  private static void fact(ObjectNode node, Fact fact) {
    node.put("kind", fact.kind().name().toLowerCase(Locale.ROOT));
    node.put("text", fact.text());
    node.put("value", fact.normalized());
    node.put("sentence", fact.sentence());
  }

  private static void divergences(ObjectNode node, Divergence divergence) {
    HeadlineChange headline = divergence.headline();
    if (headline == null) {
      node.putNull("headline");
    } else {
      ObjectNode h = node.putObject("headline");
      h.put("canonical", headline.canonical());
      h.put("member", headline.member());
    }
    ObjectNode counts = node.putObject("sentences");
    counts.put("canonical", divergence.canonicalSentences());
    counts.put("member", divergence.memberSentences());
    counts.put("unchanged", divergence.unchangedCount());
    counts.put("changed", divergence.changedCount());
    counts.put("added", divergence.addedCount());
    counts.put("removed", divergence.removedCount());
    divergence.added().forEach(node.putArray("added")::add);
    divergence.removed().forEach(node.putArray("removed")::add);
    ArrayNode changed = node.putArray("changed");
    for (SentenceChange change : divergence.changed()) {
      ObjectNode c = changed.addObject();
      c.put("canonical", change.canonical());
      c.put("member", change.member());
      c.put("similarity", Math.round(change.similarity() * 1000) / 1000.0);
      c.put("moved", change.moved());
      ArrayNode edits = c.putArray("edits");
      for (WordEdit edit : change.edits()) {
        ObjectNode e = edits.addObject();
        e.put("kind", edit.kind().name().toLowerCase(Locale.ROOT));
        e.put("canonical", edit.canonicalWords());
        e.put("member", edit.memberWords());
      }
    }
    node.put("truncated", divergence.truncated());
  }

  private static void origin(ObjectNode node, Origin origin) {
    node.put("file", origin.getFile());
    if (origin.getLine() > 0) {
      node.put("line", origin.getLine());
    } else {
      node.putNull("line");
    }
  }

  private static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
