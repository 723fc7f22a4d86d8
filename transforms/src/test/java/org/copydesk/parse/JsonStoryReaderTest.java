package org.copydesk.parse;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import org.copydesk.story.DeadLetter.Reason;
import org.junit.Test;

public class JsonStoryReaderTest {
  private final JsonStoryReader reader = new JsonStoryReader(1000);

  @Test
  public void readsThePlainContract() throws RejectedInputException {
    JsonStoryReader.Fields story = reader.read("{\"id\":\"r1\",\"body\":\"Text.\",\"headline\":\"H\","
        + "\"source\":\"Reuters\",\"published\":\"2015-01-12T10:00:00+05:00\",\"url\":\"http://x\","
        + "\"language\":\"en\",\"extra\":{\"ignored\":true}}");
    assertThat(story.getId(), equalTo("r1"));
    assertThat(story.getBody(), equalTo("Text."));
    assertThat(story.getHeadline(), equalTo("H"));
    assertThat(story.getSource(), equalTo("Reuters"));
    assertThat(story.getPublished(), equalTo(Instant.parse("2015-01-12T05:00:00Z")));
    assertThat(story.getUrl(), equalTo("http://x"));
    assertThat(story.getLanguage(), equalTo("en"));
  }

  @Test
  public void readsNinjsOne() throws RejectedInputException {
    JsonStoryReader.Fields story = reader.read("{\"uri\":\"urn:a\",\"headline\":\"H\","
        + "\"body_text\":\"Plain.\",\"versioncreated\":\"2015-01-13T00:00:00Z\","
        + "\"copyrightholder\":\"AFP\",\"by\":\"Staff\"}");
    assertThat(story.getId(), equalTo("urn:a"));
    assertThat(story.getBody(), equalTo("Plain."));
    assertThat(story.getSource(), equalTo("AFP"));
    assertThat(story.getByline(), equalTo("Staff"));
    assertThat(story.getPublished(), equalTo(Instant.parse("2015-01-13T00:00:00Z")));
  }

  @Test
  public void readsNinjsOneHtmlBodyAsTextWithParagraphs() throws RejectedInputException {
    JsonStoryReader.Fields story = reader.read("{\"uri\":\"a\",\"body_html\":"
        + "\"<p>First &amp; <b>bold</b>.</p><p>Second <script>x()</script>.</p>\"}");
    assertThat(story.getBody(), equalTo("First & bold.\n\nSecond ."));
  }

  @Test
  public void readsNinjsTwoAndThreeArrays() throws RejectedInputException {
    String two = "{\"uri\":\"b\",\"headlines\":[{\"role\":\"sub\",\"value\":\"Sub\"},"
        + "{\"role\":\"main\",\"value\":\"Main\"}],\"bodies\":[{\"role\":\"main\","
        + "\"contenttype\":\"text/html\",\"value\":\"<p>Html</p>\"},{\"role\":\"main\","
        + "\"contenttype\":\"text/plain\",\"value\":\"Plain\"}],\"infosources\":[{\"name\":\"PTI\"}]}";
    JsonStoryReader.Fields story = reader.read(two);
    assertThat(story.getHeadline(), equalTo("Main"));
    assertThat(story.getBody(), equalTo("Plain"));
    assertThat(story.getSource(), equalTo("PTI"));

    String three = "{\"uri\":\"c\",\"versionCreated\":\"2024-02-07T08:00:00Z\",\"bodies\":"
        + "[{\"contentType\":\"text/html\",\"value\":\"<p>One</p><p>Two</p>\"}],"
        + "\"infoSources\":[{\"name\":\"AP\"}]}";
    JsonStoryReader.Fields camel = reader.read(three);
    assertThat(camel.getBody(), equalTo("One\n\nTwo"));
    assertThat(camel.getSource(), equalTo("AP"));
    assertThat(camel.getPublished(), equalTo(Instant.parse("2024-02-07T08:00:00Z")));
  }

  @Test
  public void anIdMayBeANumberAndADateMayLackAZone() throws RejectedInputException {
    JsonStoryReader.Fields story =
        reader.read("{\"id\":42,\"body\":\"x\",\"published\":\"2015-01-12T10:00:00\"}");
    assertThat(story.getId(), equalTo("42"));
    assertThat(story.getPublished(), equalTo(Instant.parse("2015-01-12T10:00:00Z")));
    assertThat(story.getHeadline(), nullValue());
  }

  @Test
  public void rejectsWhatIsNotAStoryWithTheReason() {
    assertRejected("{\"id\":\"a\",", Reason.MALFORMED_JSON, "malformed JSON");
    assertRejected("[1,2]", Reason.NOT_A_STORY, "expected a JSON object");
    assertRejected("{\"body\":\"x\"}", Reason.MISSING_ID, "missing id");
    assertRejected("{\"id\":\"  \",\"body\":\"x\"}", Reason.MISSING_ID, "missing id");
    assertRejected("{\"id\":\"a\"}", Reason.MISSING_BODY, "missing body");
    assertRejected("{\"id\":\"a\",\"body\":\" \\n \"}", Reason.MISSING_BODY, "missing body");
    assertRejected("{\"id\":{\"x\":1},\"body\":\"x\"}", Reason.INVALID_FIELD, "\"id\" must be a string");
    assertRejected("{\"id\":\"a\",\"body\":\"x\",\"published\":\"yesterday\"}", Reason.INVALID_FIELD,
        "not an ISO-8601 date-time: yesterday");
    assertRejected("{\"id\":\"a\",\"body\":\"" + "x".repeat(1001) + "\"}", Reason.TOO_LARGE,
        "1,001 bytes, over the limit of 1,000");
  }

  private void assertRejected(String json, Reason reason, String message) {
    RejectedInputException e = assertThrows(RejectedInputException.class, () -> reader.read(json));
    assertThat(e.getReason(), equalTo(reason));
    assertThat(e.getMessage(), containsString(message));
  }
}
