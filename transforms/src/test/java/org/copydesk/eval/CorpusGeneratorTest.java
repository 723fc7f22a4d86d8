package org.copydesk.eval;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.BeforeClass;
import org.junit.Test;

public class CorpusGeneratorTest {
  private static final Instant START = Instant.parse("2015-01-05T00:00:00Z");

  /** One generated corpus, shared by the tests that only read it. */
  private static Corpus corpus;

  static final class Corpus {
    String stories;
    String truth;
    String hardNegatives;
    CorpusGenerator.Stats stats;
  }

  static Corpus generate(long seed, int n) throws Exception {
    Corpus c = new Corpus();
    StringWriter s = new StringWriter();
    StringWriter t = new StringWriter();
    StringWriter h = new StringWriter();
    c.stats = new CorpusGenerator(seed, n, 10, START).generate(s, t, h);
    c.stories = s.toString();
    c.truth = t.toString();
    c.hardNegatives = h.toString();
    return c;
  }

  @BeforeClass
  public static void makeCorpus() throws Exception {
    corpus = generate(42, 3000);
  }

  private static List<JsonNode> stories(Corpus c) throws Exception {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : c.stories.split("\n")) {
      out.add(m.readTree(line));
    }
    return out;
  }

  /** id → {copy, story}. */
  private static Map<String, String[]> truth(Corpus c) {
    String[] lines = c.truth.split("\n");
    assertEquals(ScoreCommand.HEADER, lines[0]);
    Map<String, String[]> t = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split("\t");
      assertEquals(3, f.length);
      assertTrue("id twice in truth: " + f[0], t.put(f[0], new String[] {f[1], f[2]}) == null);
    }
    return t;
  }

  @Test
  public void deterministicPerSeed() throws Exception {
    Corpus a = generate(7, 800);
    Corpus b = generate(7, 800);
    Corpus c = generate(8, 800);
    assertEquals(a.stories, b.stories);
    assertEquals(a.truth, b.truth);
    assertEquals(a.hardNegatives, b.hardNegatives);
    assertNotEquals(a.stories, c.stories);
  }

  @Test
  public void storiesFollowTheInputContractInPublicationOrder() throws Exception {
    List<JsonNode> s = stories(corpus);
    assertEquals(3000, s.size());
    assertEquals(3000, corpus.stats.stories);
    Set<String> ids = new HashSet<>();
    Instant prev = Instant.MIN;
    for (JsonNode n : s) {
      for (String f : new String[] {"id", "source", "headline", "body", "published", "url"}) {
        assertNotNull(f + " missing in " + n, n.get(f));
        assertFalse(f + " empty in " + n, n.get(f).asText().isEmpty());
      }
      assertTrue("duplicate id " + n.get("id"), ids.add(n.get("id").asText()));
      Instant p = Instant.parse(n.get("published").asText());
      assertFalse("out of order at " + n.get("id"), p.isBefore(prev));
      prev = p;
    }
    assertTrue(prev.isBefore(START.plusSeconds(12 * 86400)));
  }

  @Test
  public void truthIsConsistent() throws Exception {
    Map<String, String[]> t = truth(corpus);
    Set<String> ids = new HashSet<>();
    for (JsonNode n : stories(corpus)) {
      ids.add(n.get("id").asText());
    }
    assertEquals("every id in truth once, and only those", ids, t.keySet());
    Map<String, String> copyToStory = new HashMap<>();
    for (String[] v : t.values()) {
      String prev = copyToStory.putIfAbsent(v[0], v[1]);
      assertTrue("copy cluster " + v[0] + " in two story clusters", prev == null || prev.equals(v[1]));
    }
    assertEquals(corpus.stats.copyClusters, copyToStory.size());
    assertEquals(corpus.stats.events, new HashSet<>(copyToStory.values()).size());
  }

  @Test
  public void lengthsAreRealisticForOriginals() throws Exception {
    Map<String, String[]> t = truth(corpus);
    Set<String> seen = new HashSet<>();
    int n = 0;
    long words = 0;
    for (JsonNode s : stories(corpus)) {
      // The first member of a copy cluster in publication order is its original.
      if (seen.add(t.get(s.get("id").asText())[0])) {
        int w = Article.words(s.get("body").asText());
        int paras = s.get("body").asText().split("\n\n").length;
        assertTrue("words " + w + " in " + s.get("id"), w >= 120 && w <= 850);
        assertTrue("paragraphs " + paras, paras >= 3 && paras <= 16);
        n++;
        words += w;
      }
    }
    assertTrue(words / n > 200);
  }

  @Test
  public void noiseModelIsApplied() throws Exception {
    Map<String, String[]> t = truth(corpus);
    Map<String, List<JsonNode>> byCopy = new HashMap<>();
    for (JsonNode s : stories(corpus)) {
      byCopy.computeIfAbsent(t.get(s.get("id").asText())[0], k -> new ArrayList<>()).add(s);
    }
    int prefixTrims = 0;
    int updates = 0;
    int corrections = 0;
    int wrapped = 0;
    int houseStyle = 0;
    int outlets = 0;
    for (List<JsonNode> members : byCopy.values()) {
      JsonNode original = members.get(0);
      List<String> op = Arrays.asList(original.get("body").asText().split("\n\n"));
      for (JsonNode m : members.subList(1, members.size())) {
        String body = m.get("body").asText();
        List<String> mp = Arrays.asList(body.split("\n\n"));
        if (mp.size() >= 2 && mp.size() < op.size() && op.subList(0, mp.size()).equals(mp)) {
          prefixTrims++;
        }
        String h = m.get("headline").asText();
        updates += h.startsWith("UPDATE ") ? 1 : 0;
        corrections += h.startsWith("CORRECTED-") ? 1 : 0;
        String[] lines = body.split("\n");
        if (lines.length > 10 && Arrays.stream(lines).allMatch(l -> l.length() <= 75)) {
          wrapped++;
        }
        if (original.get("body").asText().contains(" dlrs") && !body.contains(" dlrs")
            && body.contains("$")) {
          houseStyle++;
        }
        outlets += m.get("source").asText().equals(original.get("source").asText()) ? 0 : 1;
      }
    }
    assertTrue("trims that are prefixes: " + prefixTrims, prefixTrims >= 20);
    assertTrue("updates: " + updates, updates >= 20);
    assertTrue("corrections: " + corrections, corrections >= 10);
    assertTrue("hard-wrapped: " + wrapped, wrapped >= 20);
    assertTrue("dlrs → $ house style: " + houseStyle, houseStyle >= 20);
    assertTrue("republications by outlets: " + outlets, outlets >= 200);
    assertTrue(corpus.stories.contains("\\n\\nReuter\"")); // the 1987 trailer
  }

  @Test
  public void hardNegativesAreInDifferentClusters() throws Exception {
    Map<String, String[]> t = truth(corpus);
    String[] lines = corpus.hardNegatives.split("\n");
    assertEquals("id_a\tid_b\tkind", lines[0]);
    Map<String, Integer> kinds = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split("\t");
      assertNotNull("unknown id " + f[0], t.get(f[0]));
      assertNotNull("unknown id " + f[1], t.get(f[1]));
      assertNotEquals(lines[i], t.get(f[0])[1], t.get(f[1])[1]);
      assertNotEquals(lines[i], t.get(f[0])[0], t.get(f[1])[0]);
      kinds.merge(f[2], 1, Integer::sum);
    }
    assertEquals(corpus.stats.hardNegatives, lines.length - 1);
    for (String k : new String[] {"same_template_same_day", "brief_names_numbers",
        "same_report_other_day", "follow_up"}) {
      assertTrue("no hard negatives of kind " + k + ": " + kinds, kinds.getOrDefault(k, 0) > 0);
    }
  }

  /** Names, numbers and amounts masked: what is left is the template's wording. */
  static String mask(String text) {
    return text.replaceAll("[$]?[0-9][0-9.,]*( (mln|million|billion|dlrs|U\\.S\\. dollars))*", "#")
        .replaceAll("USD #", "#")
        .replaceAll("([A-Z][A-Za-z'.-]*)( [A-Z][A-Za-z'.-]*)*", "X");
  }

  @Test
  public void sameTemplateHardNegativesDifferOnlyInFacts() throws Exception {
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode s : stories(corpus)) {
      byId.put(s.get("id").asText(), s);
    }
    int checked = 0;
    int sameLead = 0;
    for (String line : corpus.hardNegatives.split("\n")) {
      String[] f = line.split("\t");
      if (f[2].equals("brief_names_numbers") || f[2].equals("same_template_same_day")) {
        String a = byId.get(f[0]).get("body").asText();
        String b = byId.get(f[1]).get("body").asText();
        assertNotEquals(a, b);
        String la = a.split("\n\n")[0];
        String lb = b.split("\n\n")[0];
        assertNotEquals(la, lb);
        Set<String> ta = new HashSet<>(Arrays.asList(mask(la).split(" ")));
        Set<String> tb = new HashSet<>(Arrays.asList(mask(lb).split(" ")));
        Set<String> both = new HashSet<>(ta);
        both.retainAll(tb);
        ta.addAll(tb);
        sameLead += both.size() >= 0.6 * ta.size() ? 1 : 0;
        checked++;
      }
    }
    assertTrue(checked > 0);
    // Most leads are the same template with other facts (masked word sets ≥ 60% alike).
    assertTrue(sameLead + " of " + checked, sameLead >= 0.8 * checked);
  }

  /**
   * Streaming by design: a story is a pure function of (seed, event, member), so the generator
   * keeps only {@link CorpusGenerator.Pending} recipes (three primitives, no text) for stories due
   * after the current event time, plus one entry per market index. Checked three ways: the recipe
   * holds only primitives; the generator's collection fields are exactly those two; and the peak
   * number of pending recipes depends on stories per hour, not on the total (20,000 stories over 20
   * days peak like 4,000 over 4 days).
   */
  @Test
  public void generationIsStreaming() throws Exception {
    for (Field f : CorpusGenerator.Pending.class.getDeclaredFields()) {
      assertTrue(f + " is not a primitive", f.getType().isPrimitive());
    }
    Set<String> collections = new HashSet<>();
    for (Field f : CorpusGenerator.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      Class<?> type = f.getType();
      if (java.util.Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
          || type.isArray()) {
        collections.add(f.getName());
      }
    }
    assertEquals(Set.of("pending", "lastReport"), collections);

    Writer sink = Writer.nullWriter();
    CorpusGenerator.Stats big =
        new CorpusGenerator(5, 20_000, 20, START).generate(sink, sink, sink);
    CorpusGenerator.Stats small =
        new CorpusGenerator(5, 4_000, 4, START).generate(sink, sink, sink);
    assertEquals(20_000, big.stories);
    assertTrue("peak pending " + big.peakPending, big.peakPending < 1_000);
    assertTrue(
        "peak pending grows with the total: " + small.peakPending + " → " + big.peakPending,
        big.peakPending < 1.6 * small.peakPending);
  }

  @Test
  public void usageErrorsExitTwo() {
    assertEquals(2, CorpusGenerator.run(new String[] {"--stories=10"}));
    assertEquals(2, CorpusGenerator.run(new String[] {"--stories=x", "--out=/tmp/x"}));
    assertEquals(2, CorpusGenerator.run(new String[] {"--bogus=1", "--out=/tmp/x"}));
  }
}
