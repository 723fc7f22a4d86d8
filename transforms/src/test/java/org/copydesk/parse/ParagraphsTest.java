package org.copydesk.parse;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Random;
import org.junit.Test;

public class ParagraphsTest {

  @Test
  public void linesSplitsAsTheRegexDid() {
    char[] alphabet = {'a', ' ', '\r', '\n', '\u2028', '\u0085'};
    Random random = new Random(6);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = s.toString();
      assertThat(text, Paragraphs.lines(text), equalTo(List.of(text.split("\\r\\n|\\r|\\n", -1))));
    }
  }

  @Test
  public void joinsHardWrappedLinesIntoParagraphs() {
    String text =
        "By Jane Doe\n"
            + "LONDON Jan 5 The central bank raised interest rates on\n"
            + "Thursday for the third time this year, saying inflation was\n"
            + "still too high.\n"
            + "Markets had expected the move, and the pound barely reacted\n"
            + "to the announcement in early trading in London.\n"
            + "Analysts said a further rise was likely in the spring.\n";
    assertThat(
        Paragraphs.split(text),
        contains(
            "By Jane Doe",
            "LONDON Jan 5 The central bank raised interest rates on Thursday for the third time this"
                + " year, saying inflation was still too high.",
            "Markets had expected the move, and the pound barely reacted to the announcement in early"
                + " trading in London.",
            "Analysts said a further rise was likely in the spring."));
  }

  @Test
  public void keepsOneParagraphPerLongLine() {
    String text =
        "Kerry to Pak: Target all militant groups\n"
            + "Islamabad, Jan 13: Asking Pakistan to target all militant groups, US Secretary of State John Kerry today said terror outfits pose a threat to the region.\n"
            + "LeT has carried out several attacks in India, including the co-ordinated terror attacks in Mumbai in November 2008.\n"
            + "PTI\n";
    assertThat(Paragraphs.split(text), hasSize(4));
  }

  @Test
  public void blankLinesSeparateAndCrLfAndNbspAreNormalised() {
    String text = "\uFEFFFirst\u00A0 paragraph  here.\r\n\r\n\r\n  Second\tone.\r\n \u00A0\r\nThird\u202Fone.\r\n";
    assertThat(Paragraphs.split(text), contains("First paragraph here.", "Second one.", "Third one."));
  }

  @Test
  public void reutersSeedIsUnwrapped() {
    List<String> paragraphs = Paragraphs.split(Seeds.read(Seeds.REUTERS));
    assertThat(
        paragraphs,
        hasItem(
            "Kerry met Prime Minister Nawaz Sharif as well as Army Chief Raheel Sharif on his"
                + " unannounced trip, in which he aims both to offer sympathy and galvanise Pakistan to"
                + " combat militants who have used its territory to attack neighbouring Afghanistan and"
                + " India."));
    // byline, 13 story paragraphs, the credit
    assertThat(paragraphs, hasSize(15));
  }
}
