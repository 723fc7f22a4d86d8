package org.copydesk.consolidate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.story.Origin;
import org.copydesk.story.Story;
import org.junit.Test;

public class CanonicalPolicyTest {
  private static final long T0 = 1_421_136_000_000L; // 2015-01-13T08:00:00Z

  private static Story story(String id, @Nullable String source, @Nullable Long published,
      String body, String... credits) {
    return Story.builder()
        .setId(id)
        .setSource(source)
        .setPublishedMillis(published)
        .setCredits(List.of(credits))
        .setParagraphs(List.of(body))
        .setOrigin(Origin.of("test", 1))
        .setReceivedMillis(T0)
        .setContentHash(id.hashCode())
        .build();
  }

  @Test
  public void theOriginalWinsOverAnEarlierRepublicationThatCreditsAnAgency() {
    Story wire = story("afp", null, null, "Kerry said on Tuesday.");
    Story republished = story("chinadaily", "China Daily", T0, "Kerry said on Tuesday, adding more.",
        "AFP - AP - Xinhua");
    CanonicalPolicy.Choice choice =
        CanonicalPolicy.defaults().chooseCopy(List.of(republished, wire));
    assertThat(choice.chosen().getId(), equalTo("afp"));
    assertThat(choice.reason(), containsString("original"));
  }

  @Test
  public void aCreditNamingTheStorysOwnSourceOrOnlyStaffIsNoRepublication() {
    assertThat(CanonicalPolicy.creditedAgency(
        story("r", "Reuters", T0, "x", "(Reporting by Arshad Mohammed; Editing by Ken Wills)")),
        nullValue());
    assertThat(CanonicalPolicy.creditedAgency(story("a", "AFP", T0, "x", "AFP")), nullValue());
    assertThat(CanonicalPolicy.creditedAgency(
        story("rfe", "RFE/RL", T0, "x", "With reporting by Reuters, AP, AFP, and dpa")),
        equalTo("reuters"));
    assertThat(CanonicalPolicy.creditedAgency(
        story("o", "Dawn", T0, "x", "Agence France-Presse")), equalTo("agence france-presse"));
  }

  @Test
  public void aPreferredSourceComesFirstAndSaysSo() {
    Story reuters = story("r", "Reuters", T0 + 60_000, "short");
    Story afp = story("a", "AFP", T0, "a longer text than the other");
    CanonicalPolicy policy = CanonicalPolicy.preferring(List.of(" reuters", "AP"));
    CanonicalPolicy.Choice choice = policy.chooseCopy(List.of(afp, reuters));
    assertThat(choice.chosen().getId(), equalTo("r"));
    assertThat(choice.reason(), containsString("preferred source (Reuters)"));
    assertThat(CanonicalPolicy.defaults().chooseCopy(List.of(afp, reuters)).chosen().getId(),
        equalTo("a"));
  }

  @Test
  public void thenTheEarliestThenTheMostCompleteThenTheId() {
    Story early = story("b", "AP", T0, "short");
    Story late = story("a", "AP", T0 + 1, "a much longer body");
    assertThat(CanonicalPolicy.defaults().chooseCopy(List.of(late, early)).reason(),
        containsString("earliest published of 2 versions (2015-01-13T08:00:00Z)"));
    Story sameTimeLonger = story("c", "AP", T0, "a much longer body");
    CanonicalPolicy.Choice complete =
        CanonicalPolicy.defaults().chooseCopy(List.of(early, sameTimeLonger));
    assertThat(complete.chosen().getId(), equalTo("c"));
    assertThat(complete.reason(), containsString("most complete"));
    Story twin = story("d", "AP", T0, "a much longer body");
    CanonicalPolicy.Choice byId =
        CanonicalPolicy.defaults().chooseCopy(List.of(twin, sameTimeLonger));
    assertThat(byId.chosen().getId(), equalTo("c"));
    assertThat(byId.reason(), containsString("first by id"));
  }

  @Test
  public void theChoiceDoesNotDependOnTheOrderMembersCameIn() {
    List<Story> members = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      members.add(story("s" + i, i % 3 == 0 ? "Dawn" : "AP", T0 + (i % 4) * 60_000L,
          "body ".repeat(1 + i % 5), i % 3 == 0 ? "AP" : "(Editing by X)"));
    }
    String first = CanonicalPolicy.defaults().chooseCopy(members).chosen().getId();
    Random random = new Random(3);
    for (int round = 0; round < 10; round++) {
      Collections.shuffle(members, random);
      assertThat(CanonicalPolicy.defaults().chooseCopy(members).chosen().getId(), equalTo(first));
    }
  }

  @Test
  public void aStoryClusterPrefersTheMostCentralThenTheMostRepublishedVersion() {
    Story a = story("a", "AFP", T0, "text a");
    Story b = story("b", "Reuters", T0, "text b, longer");
    CanonicalPolicy policy = CanonicalPolicy.defaults();
    CanonicalPolicy.Choice central =
        policy.chooseStory(List.of(a, b), Map.of("a", 5, "b", 2), Map.of("a", 1, "b", 4));
    assertThat(central.chosen().getId(), equalTo("a"));
    assertThat(central.reason(), containsString("most central"));
    CanonicalPolicy.Choice republished =
        policy.chooseStory(List.of(a, b), Map.of(), Map.of("a", 1, "b", 4));
    assertThat(republished.chosen().getId(), equalTo("b"));
    assertThat(republished.reason(), containsString("most republished of 2 versions (4 copies)"));
  }
}
