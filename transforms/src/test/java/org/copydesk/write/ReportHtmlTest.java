package org.copydesk.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.assign.Assignment;
import org.copydesk.assign.Membership;
import org.copydesk.consolidate.CanonicalPolicy;
import org.copydesk.consolidate.ClusterView;
import org.copydesk.consolidate.ClusterViews;
import org.copydesk.story.Origin;
import org.copydesk.story.Story;
import org.copydesk.testing.Seeds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The report page of the five seeds as one story cluster (the way {@code ClusterViewsSeedsTest}
 * builds it), of hostile story text, and of many clusters.
 */
public class ReportHtmlTest {
  private static final String AFP = "000_ad83b415aefcc01f";
  private static final Instant GENERATED = Instant.parse("2015-01-14T12:00:00Z");
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";

  private static String seedHtml;
  private static Document seedPage;

  @BeforeClass
  public static void renderTheSeedCluster() {
    seedHtml = ReportHtml.render(List.of(Seeds.storyCluster()),
        new ReportHtml.Summary(5, 5, 0, 1, 1, GENERATED));
    seedPage = Jsoup.parse(seedHtml);
  }

  /**
   * Writes the seed page for a look in a browser: {@code src/docs/report.png} is a headless
   * Chromium screenshot of it (the commands are in {@code src/docs/README.md}).
   */
  public static void main(String[] args) throws IOException {
    renderTheSeedCluster();
    Files.writeString(Path.of(args.length > 0 ? args[0] : "/tmp/report.html"), seedHtml,
        StandardCharsets.UTF_8);
  }

  private static Element section(Document page, String title) {
    return page.select("section:has(> h3)").stream()
        .filter(s -> s.selectFirst("> h3").text().equals(title))
        .findFirst().orElseThrow(() -> new AssertionError("no section " + title));
  }

  /** The rows of the disputed-facts table's group that has a row with {@code text}. */
  private static List<String> disputedRowsWith(String text) {
    Element table = section(seedPage, "Disputed facts").selectFirst("table");
    Element group = table.select("tbody").stream()
        .filter(body -> body.text().contains(text))
        .findFirst().orElseThrow(() -> new AssertionError("no disputed " + text));
    return group.select("tr").stream().map(Element::text).toList();
  }

  @Test
  public void theDisputedSchoolAttackTollShowsWhoSaysWhat() {
    List<String> rows = disputedRowsWith("134 children");
    assertThat(rows.toString(), rows.stream()
        .anyMatch(r -> r.contains("Reuters") && r.contains("134 children")));
    assertThat(rows.toString(), rows.stream()
        .anyMatch(r -> r.contains(AFP) && r.contains("150 dead")));
  }

  @Test
  public void theDisputedMumbaiTollIsItsOwnGroup() {
    List<String> rows = disputedRowsWith("163");
    assertThat(rows.toString(), rows.stream().anyMatch(r -> r.contains("166")));
    assertThat(rows.toString(), rows.stream().noneMatch(r -> r.contains("134 children")));
  }

  @Test
  public void chinaDailysRewordingIsShownInsideTheSentence() {
    assertThat(seedHtml, containsString("<del>schoolboys</del><ins>students</ins>"));
    Element edit = seedPage.select("ol.changes li:has(del)").stream()
        .filter(li -> li.text().contains("schoolboys")).findFirst().orElseThrow();
    assertThat(edit.text(), containsString("150 dead, mostly"));
    assertThat(edit.select("del").eachText(), hasItem("schoolboys"));
    assertThat(edit.select("ins").eachText(), hasItem("students"));
  }

  @Test
  public void theCanonicalIsShownWithTheReasonItWasChosen() {
    Element canonical = section(seedPage, "Canonical");
    assertThat(canonical.text(), containsString("of the canonicals of 4 copy clusters"));
    assertThat(canonical.select("details p").size(), equalTo(
        Seeds.storyCluster().getCanonical().getBody().split("\n\n").length));
  }

  @Test
  public void storyTextIsEscapedEverywhere() {
    String html = ReportHtml.render(List.of(hostileCluster()),
        new ReportHtml.Summary(2, 2, 0, 1, 1, GENERATED));
    Document page = Jsoup.parse(html);

    assertThat(page.select("script, img, iframe, object, embed, svg, base, link"), empty());
    assertThat(page.select("style").size(), equalTo(1));
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(element.tagName(), attribute.getKey(), not(matchesPattern("(?i)on.*")));
      }
    }
    page.select("[id]").forEach(e -> assertThat(e.id(), matchesPattern("[a-z]+(-[0-9a-f]{16})?")));
    assertThat(page.text(), containsString(SCRIPT));
    assertThat(page.text(), containsString(IMG));
    assertThat(page.text(), containsString("\"Q&A\" 'special'"));
    assertThat(page.selectFirst("article > h2").text(), containsString(SCRIPT));
    assertThat(page.selectFirst("ul.shared q").text(), equalTo(SCRIPT + IMG));
  }

  /** Two versions of a story whose every field carries markup, quotes and ampersands. */
  private static ClusterView hostileCluster() {
    String canonicalText = "Police said " + SCRIPT + " 150 people died in \"Q&A\" 'special'"
        + " on Jan 13. \"We will act,\" the mayor said.";
    String memberText = "Police said " + IMG + " 160 people died in \"Q&A\" 'special'"
        + " on Jan 13. \"We shall act,\" the mayor said.";
    Story canonical = hostileStory("a" + SCRIPT, canonicalText, 1L);
    Story member = hostileStory("b" + IMG, memberText, 2L);
    String copy = "copy\"><script>x()</script>";
    String story = "story' onmouseover='x()";
    return ClusterViews.build(story, 1, List.of(
        Assignment.of(canonical, Membership.of(canonical.getId(), copy, story, null, 1, SCRIPT,
            List.of(), 0)),
        Assignment.of(member, Membership.of(member.getId(), copy, story, canonical.getId(), 0.9,
            IMG, List.of(SCRIPT + IMG), 1))),
        CanonicalPolicy.defaults());
  }

  private static Story hostileStory(String id, String text, long published) {
    return Story.builder()
        .setId(id)
        .setSource("AFP & " + IMG)
        .setHeadline(SCRIPT + " \"Q&A\" 'special' " + id)
        .setPublishedMillis(published)
        .setParagraphs(List.of(text, IMG + " & " + SCRIPT))
        .setOrigin(Origin.of("hostile.jsonl", 1))
        .setReceivedMillis(published)
        .setContentHash(id.hashCode())
        .build();
  }

  @Test
  public void headingsNestAndEveryInternalLinkHasItsTarget() {
    assertThat(seedPage.select("h1").size(), equalTo(1));
    assertThat(seedPage.select("article > h2").size(), equalTo(1));
    assertThat(seedPage.selectFirst("html").attr("lang"), equalTo("en"));
    int level = 1;
    for (Element heading : seedPage.select("h1, h2, h3, h4, h5, h6")) {
      int next = Integer.parseInt(heading.tagName().substring(1));
      assertThat(heading.text(), next, lessThanOrEqualTo(level + 1));
      level = next;
    }
    Set<String> ids = new HashSet<>();
    seedPage.select("[id]").forEach(e -> assertThat(e.id(), ids.add(e.id()), equalTo(true)));
    Elements links = seedPage.select("a[href^=#]");
    assertThat(links.size(), equalTo(1 + 4));
    links.forEach(a -> assertThat(a.attr("href"), ids, hasItem(a.attr("href").substring(1))));
    seedPage.select("th").forEach(th -> assertThat(th.text(), th.attr("scope"),
        matchesPattern("col|row|rowgroup")));
  }

  @Test
  public void onlyClustersOfSeveralStoriesAreShownBiggestFirstUpToTheCap() {
    List<ClusterView> clusters = List.of(
        plainCluster("s-b", 2), plainCluster("s-single", 1), plainCluster("s-c", 3),
        plainCluster("s-a", 2), ClusterView.mergedInto("s-gone", 2, "s-c"));
    Document page = Jsoup.parse(ReportHtml.render(clusters,
        new ReportHtml.Summary(8, 8, 1, 4, 3, GENERATED), 2));

    assertThat(page.select("article > h2").eachText(), contains("Story s-c", "Story s-a"));
    assertThat(page.select("nav li").eachText(),
        contains("Story s-c 3 stories", "Story s-a 2 stories"));
    assertThat(page.selectFirst("nav").text(), containsString("Left out of this page: 1 more"));
    assertThat(page.selectFirst("nav").text(), containsString("in one version only, not shown: 1."));
    assertThat(page.selectFirst("header").text(), containsString("dead letters 1"));
  }

  /** A cluster of {@code size} stories with no divergences or facts, enough to order and count. */
  private static ClusterView plainCluster(String id, int size) {
    List<ClusterView.Member> members = new ArrayList<>();
    for (int n = 0; n < size; n++) {
      members.add(ClusterView.Member.of(id + "-" + n, "AFP", "Story " + id, null, "copy-" + id,
          null, "first", List.of(), 1.0, null, null, null));
    }
    return ClusterView.of(id, 1,
        ClusterView.Canonical.of(id + "-0", "AFP", "Story " + id, "Text.", "the only one"),
        List.of(ClusterView.CopyCluster.of("copy-" + id, id + "-0", "the only one",
            members.stream().map(ClusterView.Member::getId).toList())),
        members, null);
  }
}
