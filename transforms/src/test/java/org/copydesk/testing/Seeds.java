package org.copydesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.copydesk.assign.Assignment;
import org.copydesk.assign.Membership;
import org.copydesk.clean.PageChrome;
import org.copydesk.consolidate.CanonicalPolicy;
import org.copydesk.consolidate.ClusterView;
import org.copydesk.consolidate.ClusterViews;
import org.copydesk.parse.ParseStories;
import org.copydesk.parse.RejectedInputException;
import org.copydesk.read.InputFormat;
import org.copydesk.read.RawRecord;
import org.copydesk.read.ReadLimits;
import org.copydesk.story.Origin;
import org.copydesk.story.Story;
import org.copydesk.verify.CopyVerdict;
import org.copydesk.verify.CopyVerifier;
import org.copydesk.verify.StoryDigest;

/**
 * The five seed captures: {@link #body} cleaned by hand for the algorithm tests (headline,
 * breadcrumbs, bylines, datelines, credits and page chrome dropped; in-body sub-headlines kept, as
 * a cleaner may well keep them), {@link #cleaned} as the pipeline's parse and clean stages leave
 * them.
 */
public final class Seeds {

  private static final String[] FILES = {
    "000_ad83b415aefcc01f.txt",
    "001_9c86b550bdb889fc.txt",
    "002_d7f1406457321b44.txt",
    "003_589da157afa17353.txt",
    "004_b4143deb9c83a06b.txt",
  };

  private Seeds() {}

  public static String raw(int n) {
    Path p = Paths.get("..", "testdata", "seeds", FILES[n]);
    try {
      return Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Seed n as the clean stage emits it: parsed as a capture by {@link ParseStories#parse}, then
   * its page chrome stripped as {@link org.copydesk.clean.CleanStories} does. The clean stage's
   * other step, learned boilerplate, needs several stories of one source and so removes nothing
   * from the seeds.
   */
  public static Story cleaned(int n) {
    RawRecord record = RawRecord.of(Origin.wholeFile("seeds/" + FILES[n]), InputFormat.CAPTURE,
        raw(n), 0);
    try {
      Story story = ParseStories.parse(record, ReadLimits.defaults());
      List<String> kept = PageChrome.strip(story.getParagraphs()).kept();
      return story.toBuilder().setParagraphs(kept).build();
    } catch (RejectedInputException e) {
      throw new IllegalStateException("seed " + n + " does not parse", e);
    }
  }

  /**
   * The five cleaned seeds as one story cluster of version 1, AFP's {@code 000} and China Daily's
   * {@code 001} one copy cluster (with the verifier's verdict on the pair as its match), the
   * others their own: the cluster the report and monitor tests render.
   */
  public static ClusterView storyCluster() {
    String afp = FILES[0].replace(".txt", "");
    CopyVerdict copy = new CopyVerifier().verify(
        StoryDigest.of(cleaned(1).getParagraphs()), StoryDigest.of(cleaned(0).getParagraphs()));
    List<Assignment> assignments = new ArrayList<>();
    for (int n = 0; n < FILES.length; n++) {
      Story story = cleaned(n);
      assignments.add(Assignment.of(story, n == 1
          ? Membership.of(story.getId(), "copy-" + afp, "story-" + afp, afp, copy.score(),
              copy.reason(), copy.sharedPassages(), n)
          : Membership.of(story.getId(), "copy-" + story.getId(), "story-" + afp, null, 1,
              "first of its cluster", List.of(), n)));
    }
    return ClusterViews.build("story-" + afp, 1, assignments, CanonicalPolicy.defaults());
  }

  /** Paragraphs separated by blank lines, trimmed, non-empty. */
  static List<String> blocks(String raw) {
    return Arrays.stream(raw.split("\n\\s*\n"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(ArrayList::new));
  }

  /** The story body of seed n as paragraphs. */
  public static List<String> body(int n) {
    String raw = raw(n);
    switch (n) {
      case 0:
        {
          List<String> p = blocks(raw);
          p.remove(0); // headline
          p.set(0, p.get(0).replaceFirst("^ISLAMABAD - ", ""));
          return p;
        }
      case 1:
        {
          Set<String> drop =
              Set.of(
                  "Home / China / World",
                  "US, Pakistan renew anti-terror commitment",
                  "Kerry vows to boost security, intelligence efforts to support fight against militants",
                  "AFP - AP - Xinhua",
                  "Editor's picks");
          List<String> p = blocks(raw);
          p.removeIf(s -> drop.contains(s) || s.startsWith("By Agencies"));
          return p;
        }
      case 2:
        {
          List<String> lines = Arrays.asList(raw.split("\n"));
          StringBuilder sb = new StringBuilder();
          for (String l : lines.subList(1, lines.size())) {
            if (l.startsWith("(Writing by")) {
              break;
            }
            sb.append(l.strip()).append(' ');
          }
          return List.of(sb.toString().strip().replaceFirst("^ISLAMABAD Jan 12 ", ""));
        }
      case 3:
        {
          List<String> p = blocks(raw);
          int from = indexStarting(p, "U.S. Secretary of State John Kerry has called");
          int to = indexStarting(p, "With reporting by");
          return new ArrayList<>(p.subList(from, to));
        }
      case 4:
        {
          List<String> out = new ArrayList<>();
          String[] lines = raw.split("\n");
          for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("PTI")) {
              break;
            }
            if (!l.isEmpty()) {
              out.add(l);
            }
          }
          out.set(0, out.get(0).replaceFirst("^Islamabad, Jan 13: ", ""));
          return out;
        }
      default:
        throw new IllegalArgumentException("no seed " + n);
    }
  }

  private static int indexStarting(List<String> p, String prefix) {
    for (int i = 0; i < p.size(); i++) {
      if (p.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new IllegalStateException("no paragraph starts with " + prefix);
  }
}
