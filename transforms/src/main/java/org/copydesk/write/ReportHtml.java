package org.copydesk.write;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.escape.Escaper;
import com.google.common.hash.Hashing;
import com.google.common.html.HtmlEscapers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;
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

/**
 * {@code report.html}: the story clusters of a run as one page for people, with what {@link
 * OutputJson#cluster} writes for machines: canonicals and why, copy clusters, members, the facts
 * the versions agree and disagree on, and how each version departs from the one it is compared
 * with.
 *
 * <p>The page is a single HTML5 document with its style inline and no scripts, so that it can be
 * mailed, archived and opened offline. Every piece of story text is untrusted input (a feed can
 * carry markup) and goes through Guava's HTML escaper; anchors are derived from hashes of ids,
 * never from the ids themselves.
 */
public final class ReportHtml {
  /** Story clusters rendered in full unless told otherwise: beyond that a page gets too heavy. */
  public static final int DEFAULT_MAX_CLUSTERS = 500;

  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  /** Newest first would depend on arrival; the biggest stories first is what a desk reads. */
  private static final Comparator<ClusterView> BIGGEST_FIRST =
      Comparator.comparingInt((ClusterView c) -> -c.getMembers().size())
          .thenComparing(ClusterView::getStoryCluster);

  private static final String STYLE = String.join("\n",
      "body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;",
      "  color:#1b1b1b;background:#fff;margin:0 auto;max-width:76rem;padding:1rem 2rem 4rem}",
      "h1{font-size:1.8rem;margin:.5rem 0}",
      "h2{font-size:1.45rem;margin:0 0 .25rem;line-height:1.3}",
      "h3{font-size:1.15rem;margin:1.5rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid #d0d0d0}",
      "h4{font-size:1rem;margin:1.25rem 0 .25rem}",
      "a{color:#0b57a4}",
      "code{font:.85em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}",
      ".muted{color:#4f4f4f}",
      ".figures{display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin:.5rem 0 1rem;padding:0}",
      ".figures div{display:flex;flex-direction:column-reverse}",
      ".figures dt{color:#4f4f4f;font-size:.9rem}",
      ".figures dd{margin:0;font-size:1.4rem;font-weight:600}",
      "nav ol{padding-left:1.5rem;columns:2 28rem}",
      "nav li{margin:.15rem 0}",
      "article{border-top:4px solid #1b1b1b;margin-top:2.5rem;padding-top:.75rem}",
      ".about{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}",
      ".about dt{font-weight:600}",
      ".about dd{margin:0}",
      ".lede{font-size:1.05rem;max-width:48rem}",
      ".text p{max-width:48rem}",
      "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}",
      "caption{text-align:left;font-weight:600;padding:.25rem 0}",
      "th,td{border:1px solid #c8c8c8;padding:.3rem .5rem;text-align:left;vertical-align:top}",
      "thead th{background:#ececec}",
      "tbody th{background:#f6f6f6;font-weight:600}",
      "td.num{text-align:right;white-space:nowrap}",
      "td.when{white-space:nowrap}",
      "col.kind{width:5.5rem}",
      "col.version{width:13rem}",
      "col.says{width:30%}",
      "table.facts code,table.stories code{white-space:nowrap}",
      "ul.shared{margin:.3em 0 0;padding-left:1.2em;font-size:.9em;color:#444}",
      "tr.self td{background:#fff8db}",
      ".evidence{color:#3d3d3d}",
      "mark{background:#ffe58a;color:inherit;padding:0 .1em}",
      "del{background:#ffe0e0;color:#8a0000}",
      "ins{background:#d9f2d9;color:#0b4f0b}",
      "del+ins{margin-left:.2em}",
      ".changes li{margin:.35rem 0;max-width:60rem}",
      ".tag{display:inline-block;font-size:.75rem;font-weight:600;border:1px solid #8a8a8a;",
      "  border-radius:.3rem;padding:0 .3rem;margin-right:.3rem;color:#333}",
      "details{margin:.4rem 0}",
      "summary{cursor:pointer;font-weight:600}",
      ".member{border-left:3px solid #d0d0d0;padding-left:1rem;margin:1rem 0}");

  private ReportHtml() {}

  /**
   * The figures of the run shown at the top of the page. The cluster counts are the run's, not
   * the page's: a page gets only the biggest clusters of a large run.
   */
  public record Summary(long storiesRead, long accepted, long deadLetters, long storyClusters,
      long multiStoryClusters, Instant generatedAt) {}

  /** The page, with at most {@link #DEFAULT_MAX_CLUSTERS} story clusters in full. */
  public static String render(List<ClusterView> clusters, Summary summary) {
    return render(clusters, summary, DEFAULT_MAX_CLUSTERS);
  }

  /**
   * The page. Story clusters of two or more stories are shown in full, biggest first, at most
   * {@code maxClusters} of them; single-story clusters are only counted. Clusters a merge absorbed
   * are left out: their stories are in the cluster that absorbed them.
   */
  public static String render(List<ClusterView> clusters, Summary summary, int maxClusters) {
    checkArgument(maxClusters >= 0, "maxClusters must not be negative: %s", maxClusters);
    List<ClusterView> multi = clusters.stream()
        .filter(c -> c.getMergedInto() == null && c.getMembers().size() >= 2)
        .sorted(BIGGEST_FIRST).toList();
    List<ClusterView> shown = multi.subList(0, Math.min(maxClusters, multi.size()));
    StringBuilder out = new StringBuilder(64 * 1024);
    head(out, "copydesk report");
    header(out, summary);
    contents(out, shown, Math.max(0, summary.multiStoryClusters() - shown.size()),
        Math.max(0, summary.storyClusters() - summary.multiStoryClusters()));
    out.append("<main>\n");
    shown.forEach(cluster -> cluster(out, cluster));
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /**
   * One story cluster as a page of its own, shown as the report shows it: for a tool that links to
   * a single cluster, such as the feed monitor's divergence view.
   *
   * @throws IllegalArgumentException for a cluster a merge absorbed: it has nothing to show
   */
  public static String renderCluster(ClusterView cluster) {
    checkArgument(cluster.getMergedInto() == null, "%s was merged into %s",
        cluster.getStoryCluster(), cluster.getMergedInto());
    StringBuilder out = new StringBuilder(16 * 1024);
    String headline = cluster.getCanonical().getHeadline();
    head(out, "copydesk: " + (headline == null || headline.isBlank() ? "(no headline)" : headline));
    out.append("<header>\n<h1>copydesk: a story and its versions</h1>\n</header>\n<main>\n");
    cluster(out, cluster);
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /** The document up to the opening body tag; {@code title} is plain text. */
  private static void head(StringBuilder out, String title) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(STYLE)
        .append("\n</style>\n</head>\n<body>\n");
  }

  private static void header(StringBuilder out, Summary summary) {
    String at = summary.generatedAt().truncatedTo(ChronoUnit.SECONDS).toString();
    out.append("<header>\n<h1>copydesk: stories and their versions</h1>\n")
        .append("<p class=\"muted\">Generated <time datetime=\"").append(at).append("\">")
        .append(at).append("</time>.</p>\n<dl class=\"figures\">\n");
    figure(out, "stories read", summary.storiesRead());
    figure(out, "accepted", summary.accepted());
    figure(out, "dead letters", summary.deadLetters());
    figure(out, "story clusters", summary.storyClusters());
    figure(out, "with several stories", summary.multiStoryClusters());
    out.append("</dl>\n</header>\n");
  }

  private static void figure(StringBuilder out, String label, long value) {
    out.append("<div><dt>").append(label).append("</dt><dd>")
        .append(String.format(Locale.ROOT, "%,d", value)).append("</dd></div>\n");
  }

  private static void contents(StringBuilder out, List<ClusterView> shown, long leftOut,
      long singles) {
    out.append("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n");
    if (shown.isEmpty() && leftOut == 0) {
      out.append("<p>No story was found in more than one version.</p>\n");
    } else if (!shown.isEmpty()) {
      out.append("<ol>\n");
      for (ClusterView cluster : shown) {
        out.append("<li><a href=\"#").append(anchor("cluster", cluster.getStoryCluster()))
            .append("\">").append(headline(cluster.getCanonical().getHeadline()))
            .append("</a> <span class=\"muted\">").append(cluster.getMembers().size())
            .append(" stories</span></li>\n");
      }
      out.append("</ol>\n");
    }
    if (leftOut > 0) {
      out.append("<p>Left out of this page: ").append(leftOut).append(" more ")
          .append(plural(leftOut, "story cluster")).append(" of several stories (it shows the ")
          .append(shown.size())
          .append(" biggest).</p>\n");
    }
    out.append("<p class=\"muted\">Stories found in one version only, not shown: ")
        .append(singles).append(".</p>\n</nav>\n");
  }

  private static void cluster(StringBuilder out, ClusterView cluster) {
    ClusterView.Canonical canonical = cluster.getCanonical();
    out.append("<article id=\"").append(anchor("cluster", cluster.getStoryCluster()))
        .append("\">\n<h2>").append(headline(canonical.getHeadline())).append("</h2>\n")
        .append("<p class=\"muted\">").append(cluster.getMembers().size()).append(" stories in ")
        .append(cluster.getCopyClusters().size()).append(' ')
        .append(plural(cluster.getCopyClusters().size(), "copy cluster")).append(" · story cluster ")
        .append(code(cluster.getStoryCluster())).append(" · version ")
        .append(cluster.getVersion()).append("</p>\n");
    canonical(out, canonical);
    copyClusters(out, cluster);
    members(out, cluster);
    facts(out, cluster.getFacts());
    departures(out, cluster);
    out.append("</article>\n");
  }

  private static void canonical(StringBuilder out, ClusterView.Canonical canonical) {
    out.append("<section>\n<h3>Canonical</h3>\n<dl class=\"about\">\n")
        .append("<dt>Source</dt><dd>").append(source(canonical.getSource())).append("</dd>\n")
        .append("<dt>Story</dt><dd>").append(code(canonical.getId())).append("</dd>\n")
        .append("<dt>Why this one</dt><dd>").append(esc(canonical.getReason())).append("</dd>\n")
        .append("</dl>\n");
    List<String> paragraphs = List.of(canonical.getBody().split("\n\\s*\n"));
    out.append("<p class=\"lede\">").append(esc(paragraphs.get(0))).append("</p>\n");
    if (paragraphs.size() > 1) {
      out.append("<details class=\"text\"><summary>The whole text (").append(paragraphs.size())
          .append(" paragraphs)</summary>\n");
      paragraphs.forEach(p -> out.append("<p>").append(esc(p)).append("</p>\n"));
      out.append("</details>\n");
    }
    out.append("</section>\n");
  }

  private static void copyClusters(StringBuilder out, ClusterView cluster) {
    out.append("<section>\n<h3>Copy clusters</h3>\n<table>\n<thead><tr>")
        .append("<th scope=\"col\">Copy cluster</th><th scope=\"col\">Canonical</th>")
        .append("<th scope=\"col\">Stories</th><th scope=\"col\">Why this canonical</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (ClusterView.CopyCluster copy : cluster.getCopyClusters()) {
      out.append("<tr><th scope=\"row\">").append(code(copy.getCopyCluster()))
          .append("</th><td>").append(code(copy.getCanonicalId()))
          .append("</td><td class=\"num\">").append(copy.getMemberIds().size())
          .append("</td><td>").append(esc(copy.getReason())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static void members(StringBuilder out, ClusterView cluster) {
    out.append("<section>\n<h3>Stories</h3>\n<table class=\"stories\">\n<thead><tr>")
        .append("<th scope=\"col\">Story</th><th scope=\"col\">Source</th>")
        .append("<th scope=\"col\">Published</th><th scope=\"col\">Copy cluster</th>")
        .append("<th scope=\"col\">Similarity to canonical</th>")
        .append("<th scope=\"col\">Matched story</th><th scope=\"col\">Match reason</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (ClusterView.Member member : cluster.getMembers()) {
      out.append("<tr><th scope=\"row\">").append(memberLink(cluster, member)).append("</th><td>")
          .append(source(member.getSource())).append("</td><td class=\"when\">")
          .append(orDash(member.getPublished())).append("</td><td>")
          .append(code(member.getCopyCluster())).append("</td><td class=\"num\">")
          .append(Math.round(member.getSimilarity() * 100)).append("%</td><td>")
          .append(member.getMatchedId() == null ? "—" : code(member.getMatchedId()))
          .append("</td><td>").append(esc(member.getMatchReason()));
      evidence(out, member.getMatchEvidence());
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** The shared passages that made the verifier call it a copy, quoted. */
  private static void evidence(StringBuilder out, List<String> passages) {
    if (passages.isEmpty()) {
      return;
    }
    out.append("<ul class=\"shared\">");
    for (String passage : passages) {
      out.append("<li><q>").append(esc(passage)).append("</q></li>");
    }
    out.append("</ul>");
  }

  /** The canonical has no departures to link to; every other member does. */
  private static String memberLink(ClusterView cluster, ClusterView.Member member) {
    if (member.getDivergence() == null) {
      return code(member.getId()) + " <span class=\"tag\">canonical</span>";
    }
    return "<a href=\"#" + anchor("member", cluster.getStoryCluster(), member.getId()) + "\">"
        + code(member.getId()) + "</a>";
  }

  private static void facts(StringBuilder out, @Nullable FactComparison facts) {
    out.append("<section>\n<h3>Disputed facts</h3>\n");
    List<FactGroup> disputed = withStatus(facts, FactStatus.DISPUTED);
    if (disputed.isEmpty()) {
      out.append("<p>The versions disagree on no fact.</p>\n");
    } else {
      out.append("<p class=\"muted\">Facts that two versions give differently; each version's ")
          .append("words, with the sentence they come from.</p>\n");
      factGroups(out, disputed, null);
    }
    List<FactGroup> agreed = withStatus(facts, FactStatus.AGREED);
    List<FactGroup> single = withStatus(facts, FactStatus.SINGLE_SOURCE);
    out.append("</section>\n<section>\n<h3>Agreed and single-source facts</h3>\n")
        .append("<details><summary>Agreed by several versions (").append(agreed.size())
        .append(")</summary>\n");
    factGroups(out, agreed, null);
    out.append("</details>\n<details><summary>Reported by one version only (")
        .append(single.size()).append(")</summary>\n");
    factGroups(out, single, null);
    out.append("</details>\n</section>\n");
  }

  private static List<FactGroup> withStatus(@Nullable FactComparison facts, FactStatus status) {
    return facts == null ? List.of() : facts.withStatus(status);
  }

  /**
   * Fact groups as one table, a row per version that reports the fact, the fact's kind heading its
   * rows. The rows of {@code self} (a member whose conflicts these are) are marked.
   */
  private static void factGroups(StringBuilder out, List<FactGroup> groups,
      @Nullable String self) {
    if (groups.isEmpty()) {
      out.append("<p>None.</p>\n");
      return;
    }
    out.append("<table class=\"facts\">\n<colgroup><col class=\"kind\"><col class=\"version\">")
        .append("<col class=\"says\"><col></colgroup>\n")
        .append("<thead><tr><th scope=\"col\">Fact</th><th scope=\"col\">Version</th>")
        .append("<th scope=\"col\">Says</th><th scope=\"col\">Evidence</th></tr></thead>\n");
    for (int n = 0; n < groups.size(); n++) {
      factGroup(out, groups.get(n), n + 1, self);
    }
    out.append("</table>\n");
  }

  private static void factGroup(StringBuilder out, FactGroup group, int number,
      @Nullable String self) {
    out.append("<tbody>\n");
    List<FactReport> reports = group.reports();
    for (int i = 0; i < reports.size(); i++) {
      FactReport report = reports.get(i);
      out.append(report.memberId().equals(self) ? "<tr class=\"self\">" : "<tr>");
      if (i == 0) {
        out.append("<th scope=\"rowgroup\" rowspan=\"").append(reports.size()).append("\">")
            .append(kind(group.kind())).append(' ').append(number).append("</th>");
      }
      out.append("<td>").append(source(report.source())).append("<br>")
          .append(code(report.memberId())).append("</td>");
      factCells(out, report.fact());
      out.append("</tr>\n");
    }
    out.append("</tbody>\n");
  }

  private static void factCells(StringBuilder out, Fact fact) {
    out.append("<td><strong>").append(esc(fact.text())).append("</strong></td>")
        .append("<td class=\"evidence\">").append(evidence(fact)).append("</td>");
  }

  /** The fact's sentence with the fact's own words marked, where the sentence has them as is. */
  private static String evidence(Fact fact) {
    String sentence = fact.sentence();
    int at = fact.text().isEmpty() ? -1 : sentence.indexOf(fact.text());
    if (at < 0) {
      return esc(sentence);
    }
    int end = at + fact.text().length();
    return esc(sentence.substring(0, at)) + "<mark>" + esc(fact.text()) + "</mark>"
        + esc(sentence.substring(end));
  }

  /** Single facts (only here, missing) as a table of kind, words and evidence. */
  private static void factList(StringBuilder out, List<Fact> facts) {
    if (facts.isEmpty()) {
      out.append("<p>None.</p>\n");
      return;
    }
    out.append("<table class=\"facts\">\n<colgroup><col class=\"kind\"><col class=\"says\"><col>")
        .append("</colgroup>\n<thead><tr><th scope=\"col\">Fact</th><th scope=\"col\">Says</th>")
        .append("<th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n");
    for (Fact fact : facts) {
      out.append("<tr><th scope=\"row\">").append(kind(fact.kind())).append("</th>");
      factCells(out, fact);
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static void departures(StringBuilder out, ClusterView cluster) {
    out.append("<section>\n<h3>How each version departs</h3>\n");
    for (ClusterView.Member member : cluster.getMembers()) {
      if (member.getDivergence() != null) {
        departure(out, cluster, member, member.getDivergence());
      }
    }
    out.append("</section>\n");
  }

  private static void departure(StringBuilder out, ClusterView cluster, ClusterView.Member member,
      Divergence divergence) {
    out.append("<div class=\"member\">\n<h4 id=\"")
        .append(anchor("member", cluster.getStoryCluster(), member.getId())).append("\">")
        .append(source(member.getSource())).append(' ').append(code(member.getId()))
        .append("</h4>\n<p class=\"muted\">Compared with ")
        .append(code(member.getComparedWith())).append(". ")
        .append(counts(divergence)).append("</p>\n");
    headlineChange(out, divergence.headline());
    changedSentences(out, divergence);
    sentences(out, "Added sentences", divergence.added(), divergence.addedCount());
    sentences(out, "Removed sentences", divergence.removed(), divergence.removedCount());
    memberFacts(out, member);
    out.append("</div>\n");
  }

  private static String counts(Divergence d) {
    String counts = String.format(Locale.ROOT,
        "Sentences: %d unchanged, %d changed, %d added, %d removed.", d.unchangedCount(),
        d.changedCount(), d.addedCount(), d.removedCount());
    return d.truncated() ? counts + " Not everything is listed: the lists were cut short." : counts;
  }

  private static void headlineChange(StringBuilder out, @Nullable HeadlineChange change) {
    if (change == null) {
      out.append("<p>Same headline.</p>\n");
      return;
    }
    out.append("<dl class=\"about\"><dt>Headline was</dt><dd><del>")
        .append(headline(change.canonical())).append("</del></dd>\n<dt>Headline is</dt><dd><ins>")
        .append(headline(change.member())).append("</ins></dd></dl>\n");
  }

  private static void changedSentences(StringBuilder out, Divergence divergence) {
    if (divergence.changed().isEmpty()) {
      return;
    }
    out.append("<p><strong>Changed sentences</strong> <span class=\"muted\">(")
        .append("<del>struck out</del>: the compared text's words; <ins>underlined</ins>: ")
        .append("this version's)</span></p>\n<ol class=\"changes\">\n");
    for (SentenceChange change : divergence.changed()) {
      out.append("<li>");
      if (change.moved()) {
        out.append("<span class=\"tag\">moved</span>");
      }
      inline(out, change.inline());
      out.append("</li>\n");
    }
    out.append("</ol>\n");
  }

  /**
   * A changed sentence as the member writes it, the compared text's words in {@code <del>} and
   * the member's in {@code <ins>} where they differ.
   */
  private static void inline(StringBuilder out, List<SentenceChange.Run> runs) {
    for (int i = 0; i < runs.size(); i++) {
      SentenceChange.Run run = runs.get(i);
      if (run.edit() == null) {
        out.append(esc(run.shared()));
      } else {
        edit(out, run.edit(), i > 0 ? runs.get(i - 1).shared() : "",
            i + 1 < runs.size() ? runs.get(i + 1).shared() : "");
      }
    }
  }

  /** One edit between the shared texts around it. */
  private static void edit(StringBuilder out, WordEdit edit, String before, String after) {
    String deleted = edit.canonicalWords();
    String inserted = edit.memberWords();
    if (!deleted.isEmpty()) {
      boolean dropped = inserted.isEmpty();
      out.append(dropped && joins(before, deleted) ? " " : "")
          .append("<del>").append(esc(deleted)).append("</del>")
          .append(dropped && joins(deleted, after) ? " " : "");
    }
    if (!inserted.isEmpty()) {
      out.append("<ins>").append(esc(inserted)).append("</ins>");
    }
  }

  /**
   * True when {@code left} and {@code right} would run together as one word: the member's
   * spacing, which the shared text keeps, has no room for words it dropped.
   */
  private static boolean joins(String left, String right) {
    return !left.isEmpty() && !right.isEmpty()
        && Character.isLetterOrDigit(left.codePointBefore(left.length()))
        && Character.isLetterOrDigit(right.codePointAt(0));
  }

  /**
   * Sentences of one side only, collapsed. The lists are empty but the counts not for a version
   * written independently, where they would be the two whole texts.
   */
  private static void sentences(StringBuilder out, String title, List<String> sentences,
      int count) {
    if (count == 0) {
      return;
    }
    if (sentences.isEmpty()) {
      out.append("<p>").append(title).append(": ").append(count)
          .append(", not listed: this version was written independently.</p>\n");
      return;
    }
    out.append("<details><summary>").append(title).append(" (").append(count)
        .append(")</summary>\n<ul>\n");
    sentences.forEach(s -> out.append("<li>").append(esc(s)).append("</li>\n"));
    out.append("</ul>\n</details>\n");
  }

  private static void memberFacts(StringBuilder out, ClusterView.Member member) {
    MemberFactView facts = member.getFacts();
    if (facts == null) {
      return;
    }
    out.append("<p><strong>Facts in conflict</strong></p>\n");
    factGroups(out, facts.conflicts(), member.getId());
    out.append("<details><summary>Facts only this version has (").append(facts.onlyHere().size())
        .append(")</summary>\n");
    factList(out, facts.onlyHere());
    out.append("</details>\n<details><summary>Facts of the compared text it lacks (")
        .append(facts.missing().size()).append(")</summary>\n");
    factList(out, facts.missing());
    out.append("</details>\n");
  }

  /**
   * An id attribute value that no story text can break out of or collide with: a hash of what it
   * names, prefixed with what sort of thing that is.
   */
  static String anchor(String kind, String... ids) {
    return kind + "-" + Hashing.sha256()
        .hashString(String.join("\u0000", ids), StandardCharsets.UTF_8).toString()
        .substring(0, 16);
  }

  private static String kind(FactKind kind) {
    String lower = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static String headline(@Nullable String headline) {
    return headline == null || headline.isBlank() ? "<em>(no headline)</em>" : esc(headline);
  }

  private static String source(@Nullable String source) {
    return source == null || source.isBlank() ? "<em>unknown source</em>" : esc(source);
  }

  private static String code(String id) {
    return "<code>" + esc(id) + "</code>";
  }

  /** The noun with an s unless there is one: for the nouns of this page, which all take an s. */
  private static String plural(long count, String noun) {
    return count == 1 ? noun : noun + "s";
  }

  private static String orDash(@Nullable String value) {
    return value == null ? "—" : esc(value);
  }

  private static String esc(String text) {
    return ESCAPER.escape(text);
  }
}
