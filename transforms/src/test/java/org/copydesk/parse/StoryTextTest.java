package org.copydesk.parse;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import org.junit.Test;

public class StoryTextTest {

  @Test
  public void datelineWithAgencyNamesTheSource() {
    StoryText s =
        StoryText.fromParagraphs(
            List.of("NEW DELHI, Jan 13 (Reuters) - India said on Tuesday it would talk.", "More text."));
    assertThat(s.dateline(), equalTo("NEW DELHI, Jan 13 (Reuters)"));
    assertThat(s.source(), equalTo("Reuters"));
    assertThat(s.paragraphs(), contains("India said on Tuesday it would talk.", "More text."));
  }

  @Test
  public void sentenceStartIsNotADateline() {
    StoryText s =
        StoryText.fromParagraphs(List.of("U.S. Secretary of State John Kerry said on Tuesday he would go."));
    assertThat(s.dateline(), nullValue());
  }

  @Test
  public void parenthesisedCreditSplitOverParagraphsIsOneCredit() {
    StoryText s =
        StoryText.fromParagraphs(
            List.of("The story.", "(Writing by Maria Golovnina;", "Editing by Dominic Evans)"));
    assertThat(s.credits(), contains("(Writing by Maria Golovnina; Editing by Dominic Evans)"));
    assertThat(s.source(), equalTo("Reuters"));
    assertThat(s.paragraphs(), contains("The story."));
  }

  @Test
  public void severalAgencyTagsLeaveTheSourceOpen() {
    StoryText s = StoryText.fromParagraphs(List.of("The story.", "AFP - AP - Xinhua"));
    assertThat(s.credits(), contains("AFP - AP - Xinhua"));
    assertThat(s.source(), nullValue());
  }
}
