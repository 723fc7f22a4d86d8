package org.copydesk.parse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.Test;

public class LinesTest {

  /** What normalizeSpace did before it was written by hand, the reference it must still equal. */
  private static String byRegex(String text) {
    String visible = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]").matcher(text).replaceAll("");
    return Pattern.compile("[\\s\\p{Z}]+").matcher(visible).replaceAll(" ").trim();
  }

  @Test
  public void normalizeSpaceCollapsesSpacesDropsInvisiblesAndTrims() {
    assertEquals("a b c", Lines.normalizeSpace("  a\u00A0\u200B b\t\u2028\n c\u0001 "));
    assertEquals("", Lines.normalizeSpace(" \u200B\u3000 "));
  }

  @Test
  public void normalizeSpaceReturnsNormalTextItself() {
    String normal = "Already normal text, with one space between words.";
    assertSame(normal, Lines.normalizeSpace(normal));
  }

  @Test
  public void normalizeSpaceEqualsTheRegexVersionOnRandomText() {
    char[] alphabet = {'a', 'Z', '1', '.', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u0001',
        '\u001F', '\u0085', '\u00A0', '\u1680', '\u2007', '\u2028', '\u2029', '\u202F', '\u3000',
        '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', 'é', '\uD83D', '\uDE00'};
    Random random = new Random(6);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertEquals(s.toString(), byRegex(s.toString()), Lines.normalizeSpace(s.toString()));
    }
  }
}
