package org.copydesk.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.copydesk.parse.CaptureParser;
import org.copydesk.parse.Seeds;
import org.junit.Test;

public class BoilerplateModelTest {

  private static final String FOOTER = "Sign up for the Daily Planet morning briefing, free every weekday.";
  private static final String COPYRIGHT = "© 2015 Daily Planet. All rights reserved.";

  private static List<String> story(int n) {
    return List.of(
        "Story " + (char) ('A' + n) + " opens with its own lead about topic " + (char) ('A' + n) + ".",
        "A second paragraph of story " + (char) ('A' + n) + " with its own detail.",
        "A third paragraph closes story " + (char) ('A' + n) + ".",
        FOOTER,
        COPYRIGHT.replace("2015", String.valueOf(2015 + n)));
  }

  @Test
  public void normalizeEqualsTheRegexVersionOnRandomText() {
    char[] alphabet = {'a', 'Z', '1', '٣', '.', ' ', '\t', '\n', '\u0001', '\u00A0', '\u2028',
        '\u3000', '\u200B', 'É', 'ﬁ', '²', '①', '\uD835', '\uDFCE', '\uD83D'};
    Random random = new Random(6);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String folded = Normalizer2.getNFKCCasefoldInstance().normalize(s);
      String byRegex = Pattern.compile("[\\s\\p{Z}]+")
          .matcher(Pattern.compile("\\p{Nd}+").matcher(folded).replaceAll("0"))
          .replaceAll(" ")
          .trim();
      assertThat(s.toString(), BoilerplateModel.normalize(s.toString()), equalTo(byRegex));
    }
  }

  @Test
  public void footerRecurringAcrossDifferentStoriesIsLearnedAndStripped() {
    BoilerplateModel model = new BoilerplateModel(BoilerplateConfig.defaults());
    for (int i = 0; i < 5; i++) {
      model.observe(story(i));
    }
    assertTrue(model.isBoilerplate(FOOTER));
    assertTrue(model.isBoilerplate("© 2031 Daily Planet. All rights reserved.")); // digits folded
    List<String> next = story(7);
    assertThat(model.strip(next), equalTo(next.subList(0, 3)));
  }

  @Test
  public void footerSeenInTooFewStoriesIsNotLearned() {
    BoilerplateModel model = new BoilerplateModel(BoilerplateConfig.defaults());
    model.observe(story(0));
    model.observe(story(1));
    assertFalse(model.isBoilerplate(FOOTER));
  }

  @Test
  public void republishedStoryKeepsItsParagraphs() {
    List<String> seed = CaptureParser.parse(Seeds.read(Seeds.AFP)).paragraphs();
    BoilerplateModel model = new BoilerplateModel(BoilerplateConfig.defaults());
    for (int i = 0; i < 5; i++) {
      model.observe(seed);
    }
    // An update that rewrites the lead and adds a paragraph is still the same story.
    List<String> update = new ArrayList<>(seed);
    update.set(0, "Updated lead: Kerry said on Tuesday the US would step up its efforts.");
    update.add("A paragraph added in the update.");
    model.observe(update);
    assertThat(model.strip(seed), equalTo(seed));
  }

  @Test
  public void longParagraphsAreNeverBoilerplate() {
    String longFooter = "x".repeat(50) + " " + "y".repeat(50);
    BoilerplateModel model =
        new BoilerplateModel(BoilerplateConfig.builder().setMaxParagraphChars(80).build());
    for (int i = 0; i < 5; i++) {
      List<String> s = new ArrayList<>(story(i));
      s.add(longFooter);
      model.observe(s);
    }
    assertFalse(model.isBoilerplate(longFooter));
    assertTrue(model.isBoilerplate(FOOTER));
  }

  @Test
  public void capacityBoundHolds() {
    BoilerplateConfig config = BoilerplateConfig.builder().setCapacity(64).build();
    BoilerplateModel model = new BoilerplateModel(config);
    for (int i = 0; i < 10 * config.capacity(); i += 2) {
      model.observe(List.of("Distinct paragraph number " + Integer.toString(i, 36) + "a", "Other " + Integer.toString(i, 36) + "b"));
      assertThat(model.size(), lessThanOrEqualTo(config.capacity()));
    }
  }

  @Test
  public void learnedBoilerplateSurvivesAFullModel() {
    BoilerplateConfig config = BoilerplateConfig.builder().setCapacity(64).build();
    BoilerplateModel model = new BoilerplateModel(config);
    for (int i = 0; i < 3; i++) {
      model.observe(story(i));
    }
    for (int i = 0; i < 200; i++) {
      model.observe(List.of("Filler paragraph " + Integer.toString(i, 36) + "q", "Filler other " + Integer.toString(i, 36) + "r"));
    }
    assertTrue(model.isBoilerplate(FOOTER));
  }

  @Test
  public void onlyTheEdgesOfAStoryAreStrippedAndNeverAllOfIt() {
    BoilerplateModel model = new BoilerplateModel(BoilerplateConfig.defaults());
    for (int i = 0; i < 5; i++) {
      model.observe(story(i));
    }
    String news = story(9).get(0);
    // The footer inside a story (quoted, say) is not a footer: it stays.
    assertThat(model.strip(List.of(news, FOOTER, news + " More.", FOOTER)),
        contains(news, FOOTER, news + " More."));
    // A story of nothing but learned paragraphs is kept whole rather than emptied.
    assertThat(model.strip(List.of(FOOTER)), contains(FOOTER));
  }

  @Test
  public void writeToReadFromRoundTrip() throws IOException {
    BoilerplateConfig config = BoilerplateConfig.defaults();
    BoilerplateModel model = new BoilerplateModel(config);
    for (int i = 0; i < 4; i++) {
      model.observe(story(i));
    }
    BoilerplateModel copy = roundTrip(model, config);
    assertThat(copy.size(), equalTo(model.size()));
    assertTrue(copy.isBoilerplate(FOOTER));
    assertThat(copy.strip(story(9)), contains(story(9).subList(0, 3).toArray()));
    // The copy keeps learning where the original stopped: story 0's lead needs two more stories.
    assertFalse(copy.isBoilerplate(story(0).get(0)));
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    model.writeTo(new DataOutputStream(a));
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    copy.writeTo(new DataOutputStream(b));
    assertThat(b.toByteArray(), equalTo(a.toByteArray()));
  }

  private static BoilerplateModel roundTrip(BoilerplateModel model, BoilerplateConfig config) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.writeTo(new DataOutputStream(bytes));
    return BoilerplateModel.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), config);
  }
}
