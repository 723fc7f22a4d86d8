package org.copydesk.parse;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import org.copydesk.story.Origin;
import org.copydesk.story.Story;
import org.junit.Test;

public class CreditsTest {

  private static Story story(String source, String dateline, List<String> credits) {
    return Story.builder()
        .setId("x")
        .setSource(source)
        .setDateline(dateline)
        .setCredits(credits)
        .setParagraphs(List.of("Text."))
        .setOrigin(Origin.of("test.jsonl", 1))
        .setReceivedMillis(0)
        .setContentHash(0)
        .build();
  }

  @Test
  public void anAgencySourceIsItsOwnWire() {
    assertThat(Credits.wireAgency(story("Reuters", "WASHINGTON, Jan 12", List.of())),
        equalTo("Reuters"));
    assertThat(Credits.wireAgency(story("Press Trust of India", null, List.of())), equalTo("PTI"));
  }

  @Test
  public void aRepublicationNamesTheWireItTookTheTextFrom() {
    assertThat(Credits.wireAgency(story("Business Standard", "BERLIN, Jan. 9 (Xinhua)", List.of())),
        equalTo("Xinhua"));
    assertThat(Credits.wireAgency(story("Yahoo News", null, List.of("(Xinhua)"))),
        equalTo("Xinhua"));
    assertThat(Credits.wireAgency(story("The Daily Star", "WASHINGTON (AP)", List.of())),
        equalTo("AP"));
    // An agency re-sending another's story: the credited one is where the text came from.
    assertThat(Credits.wireAgency(story("PTI", null, List.of("Reuters"))), equalTo("Reuters"));
  }

  @Test
  public void noAgencyOrSeveralIsUnknown() {
    assertThat(Credits.wireAgency(story("China Daily", null, List.of())), nullValue());
    assertThat(Credits.wireAgency(story("Dawn", "KARACHI (AFP)", List.of("(Reuters)"))),
        nullValue());
    assertThat(Credits.wireAgency(story("Dawn", null, List.of("AFP - AP - Xinhua"))), nullValue());
    assertThat(Credits.wireAgency(story(null, null, List.of())), nullValue());
  }
}
