package org.copydesk.parse;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.Test;

/**
 * The seed captures, parsed. Each test checks that the named chrome is gone and that the first, a
 * middle and the last story paragraph survive intact. The paragraph counts were made by hand from
 * the raw files: every block of story text, minus the headline, byline, deck, sub-headlines,
 * credits and chrome named in the test.
 */
public class CaptureParserTest {

  @Test
  public void afp() {
    ParsedCapture c = CaptureParser.parse(Seeds.read(Seeds.AFP));
    assertThat(c.headline(), equalTo("US to boost help to Pakistan in fight against terror groups"));
    assertThat(c.byline(), nullValue());
    assertThat(c.deck(), nullValue());
    assertThat(c.dateline(), equalTo("ISLAMABAD"));
    assertThat(c.source(), nullValue());
    assertThat(c.credits(), empty());
    assertThat(c.subheads(), contains("'It is not done'"));
    assertThat(c.chrome(), empty());
    assertStory(
        c.paragraphs(),
        "The US is set to step up its security and intelligence efforts as the Pakistani government"
            + " moves against militants in its restive northwest, top diplomat John Kerry said Tuesday on"
            + " a visit after a shocking school massacre.",
        "Pakistan executed seven militants on Tuesday, bringing to 16 the total number killed since December.",
        "The money would go towards food, shelter, health as well as the livestock which the locals depend on.");
    // 21 blocks: headline, 'It is not done', 19 paragraphs.
    assertThat(c.paragraphs(), hasSize(19));
  }

  @Test
  public void chinaDaily() {
    ParsedCapture c = CaptureParser.parse(Seeds.read(Seeds.CHINA_DAILY));
    assertThat(c.headline(), equalTo("US, Pakistan renew anti-terror commitment"));
    assertThat(c.byline(), equalTo("By Agencies in Islamabad | China Daily | Updated: 2015-01-14 07:59"));
    assertThat(c.published(), equalTo(Instant.parse("2015-01-14T07:59:00Z")));
    assertThat(c.source(), equalTo("China Daily"));
    assertThat(
        c.deck(),
        equalTo("Kerry vows to boost security, intelligence efforts to support fight against militants"));
    assertThat(c.dateline(), nullValue());
    assertThat(c.credits(), contains("AFP - AP - Xinhua"));
    assertThat(c.subheads(), contains("7 militants hanged", "An 'asset'"));
    assertThat(c.chrome(), contains("Home / China / World", "Editor's picks"));
    assertNotInBody(c, "Home / China", "Editor's picks", "AFP - AP - Xinhua", "Kerry vows", "7 militants hanged");
    assertStory(
        c.paragraphs(),
        "The United States will boost its security and intelligence efforts as the Pakistani"
            + " government moves against militants in its restive northwest region, US Secretary of State"
            + " John Kerry said on Tuesday, in the wake of the shocking school massacre last month.",
        "Pakistan executed seven militants on Tuesday, bringing to 16 the total number executed since December.",
        "\"Over the past six decades our relations have seen their share of peaks and troughs, but even"
            + " at the most difficult of times, both sides have never wavered in their desire to remain"
            + " engaged,\" Aziz said.");
    // 25 blocks: breadcrumb, headline, byline, deck, 2 subheads, credit, Editor's picks, 17 paragraphs.
    assertThat(c.paragraphs(), hasSize(17));
  }

  @Test
  public void reuters() {
    ParsedCapture c = CaptureParser.parse(Seeds.read(Seeds.REUTERS));
    assertThat(c.headline(), nullValue());
    assertThat(c.byline(), equalTo("By Arshad Mohammed"));
    assertThat(c.dateline(), equalTo("ISLAMABAD Jan 12"));
    assertThat(c.source(), equalTo("Reuters"));
    assertThat(c.published(), nullValue());
    assertThat(
        c.credits(),
        contains(
            "(Writing by Maria Golovnina and Arshad Mohammed; additional reporting by Mehreen"
                + " Zahra-Malik and Katharine Houreld in Islamabad; Editing by Dominic Evans)"));
    assertNotInBody(c, "Writing by", "Editing by", "By Arshad Mohammed");
    assertStory(
        c.paragraphs(),
        "U.S. Secretary of State John Kerry held talks in Pakistan on Monday during a visit intended to"
            + " press the government to do more to crack down on militant groups after last month's"
            + " massacre of 134 children by Taliban gunmen.",
        "Kerry met Prime Minister Nawaz Sharif as well as Army Chief Raheel Sharif on his unannounced"
            + " trip, in which he aims both to offer sympathy and galvanise Pakistan to combat militants"
            + " who have used its territory to attack neighbouring Afghanistan and India.",
        "Pakistan's Taliban, blamed for the Dec. 16 attack on the Peshawar school, are distinct from"
            + " the Afghan Taliban but both share the goals of toppling their respective governments and"
            + " of setting up a strict Islamist state across the region.");
    assertThat(
        c.paragraphs(),
        hasItem(
            "Lashkar-e-Taiba fights Indian rule in Kashmir and is accused of orchestrating the 2008"
                + " Mumbai attacks that killed at least 163 people in India."));
    // Byline, then 13 paragraphs (each ends with a sentence at a line break), then the credit.
    assertThat(c.paragraphs(), hasSize(13));
  }

  @Test
  public void rferl() {
    ParsedCapture c = CaptureParser.parse(Seeds.read(Seeds.RFERL));
    assertThat(c.headline(), equalTo("Kerry Urges Pakistan To Fight Militants, Mend India Ties"));
    assertThat(c.byline(), nullValue());
    assertThat(c.dateline(), nullValue());
    assertThat(c.credits(), contains("With reporting by Reuters, AP, AFP, and dpa"));
    assertThat(c.source(), nullValue()); // four agencies: not one source
    assertThat(c.chrome(), hasItem("Kerry Praises Pakistan For Antiterror Operations"));
    assertNotInBody(
        c,
        "Accessibility links",
        "Breaking News",
        "Kerry Praises Pakistan For Antiterror Operations",
        "please wait",
        "No media source currently available",
        "0:00",
        "WATCH:",
        "undesirable organization",
        "If you are in Russia",
        "click here",
        "With reporting by");
    assertStory(
        c.paragraphs(),
        "U.S. Secretary of State John Kerry has called on Pakistan to fight militant groups that pose a"
            + " threat to the South Asian country, the region, and the United States.",
        "The school reopened on January 12, along with schools nationwide, after an extended break.",
        "Aziz said the cancellation of the talks and recent border incidents are \"a signal that India"
            + " wants to deemphasize a serious discussion on Kashmir.\"");
    // An unpunctuated quote paragraph is still story text.
    assertThat(
        c.paragraphs(),
        hasItem(
            "\"Their ability to operate from here across to Afghanistan has virtually disappeared,\" he said"));
    // 37 blocks: 2 nav lines, headline, 5 player lines (title, please wait, no media, timer,
    // WATCH caption), credit, 3 disclaimer lines, 25 paragraphs.
    assertThat(c.paragraphs(), hasSize(25));
  }

  @Test
  public void pti() {
    ParsedCapture c = CaptureParser.parse(Seeds.read(Seeds.PTI));
    assertThat(c.headline(), equalTo("Kerry to Pak: Target all militant groups like LeT, Haqqanis"));
    assertThat(c.dateline(), equalTo("Islamabad, Jan 13"));
    assertThat(c.source(), equalTo("PTI"));
    assertThat(c.credits(), contains("PTI"));
    assertNotInBody(
        c,
        "Gold Silver Rate",
        "Rashmika",
        "Legends League Cricket",
        "No Petrol, Diesel Or LPG Shortage",
        "Click it and Unblock the Notifications");
    assertThat(c.chrome(), hasSize(14)); // the "-" line, 12 related links, the notification prompt
    assertThat(c.paragraphs().get(c.paragraphs().size() - 1), not(endsWith(" -")));
    assertStory(
        c.paragraphs(),
        "Asking Pakistan to target all militant groups, US Secretary of State John Kerry today said"
            + " terror outfits like LeT, Taliban and the Haqqani network pose a threat to regional"
            + " countries like India and the world.",
        "LeT has carried out several attacks in India, including the co-ordinated terror attacks in"
            + " Mumbai in November 2008 that left 166 people dead, including six Americans.",
        "Kerry announced that USD 250 million in previously appropriated money will be given to"
            + " emergency relief efforts in the tribal areas, mainly North Waziristan.");
    // Headline, 11 paragraphs, PTI tag, then the link block and the prompt.
    assertThat(c.paragraphs(), hasSize(11));
  }

  @Test
  public void captureWithoutStoryTextIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CaptureParser.parse("Home / News\n\nAdvertisement\n"));
    assertThat(e.getMessage(), containsString("no story text"));
  }

  @Test
  public void zoneOffsetInBylineTimestampIsHonoured() {
    ParsedCapture c =
        CaptureParser.parse(
            "Headline here\n\nBy Jane Doe | Daily Planet | Published: 2015-01-14 07:59+08:00\n\n"
                + "The story begins here.\n\nAnd ends here.");
    assertThat(c.published(), equalTo(Instant.parse("2015-01-13T23:59:00Z")));
    assertThat(c.source(), equalTo("Daily Planet"));
  }

  private static void assertStory(List<String> paragraphs, String first, String middle, String last) {
    assertThat(paragraphs.get(0), equalTo(first));
    assertThat(paragraphs, hasItem(middle));
    assertThat(paragraphs.get(paragraphs.size() - 1), equalTo(last));
  }

  private static void assertNotInBody(ParsedCapture c, String... fragments) {
    for (String paragraph : c.paragraphs()) {
      for (String fragment : fragments) {
        assertThat(paragraph, not(containsString(fragment)));
      }
      assertThat(paragraph, not(startsWith("By ")));
    }
  }
}
