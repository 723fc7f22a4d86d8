package org.copydesk.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class PageChromeTest {

  @Test
  public void singleLineChrome() {
    for (String line :
        List.of(
            "Home / China / World",
            "Accessibility links",
            "Breaking News",
            "Editor's picks",
            "Related",
            "Read more…",
            "READ MORE",
            "READ MORE: Kerry lands in Islamabad",
            "Advertisement",
            "Share this",
            "Follow us on Twitter",
            "Click it and Unblock the Notifications",
            "To find out more, click here.",
            "Sign up for our newsletter",
            "We use cookies to improve your experience.",
            "please wait",
            "No media source currently available",
            "0:00 0:01:19 0:00",
            "WATCH: Kerry praised Pakistan's operations.",
            "-")) {
      assertTrue(line, PageChrome.isChrome(line));
    }
  }

  @Test
  public void newsSentencesAreNotChrome() {
    for (String line :
        List.of(
            "Breaking news of the attack reached Washington within minutes.",
            "Related talks will resume in May, officials said.",
            "Share prices fell 3 percent on Tuesday.",
            "Home Secretary Theresa May said the threat was severe.",
            "Kerry said he would follow up on the talks.",
            "Read more about the agreement in the official statement, the ministry said.",
            "The ministry said subscribers to the service would be notified.",
            "Meduza has been declared an \"undesirable organization\" by the Russian government.")) {
      assertFalse(line, PageChrome.isChrome(line));
    }
  }

  @Test
  public void disclaimerIsChromeOnlyAfterTheStory() {
    String disclaimer = "RFE/RL has been declared an \"undesirable organization\" by the Russian government.";
    List<String> inStory = List.of("The story starts.", disclaimer, "The story goes on.");
    assertThat(PageChrome.strip(inStory).kept(), contains(inStory.toArray()));
    ChromeResult trailing = PageChrome.strip(List.of("The story starts.", "With reporting by AP", disclaimer));
    assertThat(trailing.kept(), contains("The story starts.", "With reporting by AP"));
    assertThat(trailing.removed(), contains(disclaimer));
  }

  @Test
  public void trailingLinkBlockIsRemovedButAShortLastLineIsKept() {
    ChromeResult links =
        PageChrome.strip(
            List.of("The story ends here.", "First related headline", "Second related headline", "Third related headline"));
    assertThat(links.kept(), contains("The story ends here."));
    List<String> unpunctuatedEnding = List.of("The story.", "\"We will see,\" he said");
    assertThat(PageChrome.strip(unpunctuatedEnding).kept(), contains(unpunctuatedEnding.toArray()));
  }

  @Test
  public void videoTitleAbovePlayerIsRemoved() {
    ChromeResult r =
        PageChrome.strip(List.of("Kerry Praises Pakistan", "please wait", "Kerry arrived on Monday.", "He left."));
    assertThat(r.removed(), contains("Kerry Praises Pakistan", "please wait"));
  }
}
