package org.copydesk.facts;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

public class FactAlignerTest {

  private static MemberFacts member(String id, String... paragraphs) {
    return MemberFacts.of(id, "source " + id,
        new FactExtractor().extract(null, List.of(paragraphs)));
  }

  private static FactComparison align(MemberFacts... members) {
    return new FactAligner().align(List.of(members));
  }

  private static List<FactGroup> ofKind(FactKind kind, FactComparison c) {
    return c.groups().stream().filter(g -> g.kind() == kind).collect(Collectors.toList());
  }

  /** Each group as "member:text" strings. */
  private static List<List<String>> reports(List<FactGroup> groups) {
    return groups.stream()
        .map(g -> g.reports().stream()
            .map(r -> r.memberId() + ":" + r.fact().text())
            .collect(Collectors.toList()))
        .collect(Collectors.toList());
  }

  @Test
  public void twoTollsOfOneStoryAreTwoFactsEachAlignedAcrossVersions() {
    FactComparison c = align(
        member("a",
            "Gunmen stormed an army-run school in Peshawar on Tuesday and killed 141 people, most"
                + " of them children.",
            "The 2008 Mumbai attacks blamed on Lashkar-e-Taiba killed 166 people in India."),
        member("b",
            "The Taliban attack on the Peshawar school killed 132 children.",
            "Lashkar-e-Taiba is accused of the 2008 Mumbai attacks that killed at least 163"
                + " people."));
    List<FactGroup> tolls = ofKind(FactKind.TOLL, c);
    assertThat(reports(tolls), contains(
        List.of("a:141 people", "b:132 children"),
        List.of("a:166 people", "b:at least 163 people")));
    assertThat(tolls.get(0).status(), equalTo(FactStatus.DISPUTED));
    assertThat(tolls.get(1).status(), equalTo(FactStatus.DISPUTED));
  }

  @Test
  public void aYearIsADateNotAToll() {
    FactComparison c = align(
        member("a", "The 2008 Mumbai attacks killed 166 people."),
        member("b", "In 2008 attackers killed 163 people in Mumbai."));
    assertThat(reports(ofKind(FactKind.DATE, c)), contains(List.of("a:2008", "b:2008")));
    assertThat(ofKind(FactKind.DATE, c).get(0).status(), equalTo(FactStatus.AGREED));
    assertThat(reports(ofKind(FactKind.TOLL, c)),
        contains(List.of("a:166 people", "b:163 people")));
  }

  @Test
  public void countsOfPeopleInDifferentStatesAreDifferentFacts() {
    FactComparison c = align(
        member("a", "The blast at the market in Quetta killed 150 people on Friday."),
        member("b", "The blast at the market in Quetta injured 150 people on Friday."));
    List<FactGroup> tolls = ofKind(FactKind.TOLL, c);
    assertThat(tolls, hasSize(2));
    assertThat(tolls.get(0).status(), equalTo(FactStatus.SINGLE_SOURCE));
    assertThat(tolls.get(1).status(), equalTo(FactStatus.SINGLE_SOURCE));
  }

  @Test
  public void aHedgedFigureAgreesOnlyWhenItAdmitsTheOther() {
    FactComparison c = align(
        member("a", "The US will give some $250 million for relief in North Waziristan.",
            "Gunmen killed 150 people at the school in Peshawar."),
        member("b", "The US will give $250 million for relief in North Waziristan.",
            "Gunmen killed more than 150 people at the school in Peshawar."));
    assertThat(ofKind(FactKind.AMOUNT, c).get(0).status(), equalTo(FactStatus.AGREED));
    assertThat(ofKind(FactKind.AMOUNT, c).get(0).reports(), hasSize(2));
    assertThat(ofKind(FactKind.TOLL, c).get(0).status(), equalTo(FactStatus.DISPUTED));
    assertThat(ofKind(FactKind.TOLL, c).get(0).reports(), hasSize(2));
  }

  @Test
  public void quotesAgreeWhenTheSameOrAPartAndAreDisputedWhenReworded() {
    FactComparison c = align(
        member("a",
            "\"I emphasised that the US is committed to deepening our security relationship with"
                + " Pakistan,\" Kerry said.",
            "\"Make no mistake the task is a difficult one and it is not done,\" Kerry said."),
        member("b",
            "\u201cI emphasize that the US is committed to deepening our security relationship"
                + " with Pakistan,\u201d he said.",
            "\"The task is a difficult one and it is not done.\"",
            "\"It is a very good gesture,\" Aziz said."));
    List<FactGroup> quotes = ofKind(FactKind.QUOTE, c);
    assertThat(quotes, hasSize(3));
    assertThat(quotes.get(0).status(), equalTo(FactStatus.DISPUTED));
    assertThat(quotes.get(0).reports().get(0).fact().text().startsWith("I emphasised"),
        equalTo(true));
    assertThat(quotes.get(0).reports().get(1).fact().text().startsWith("I emphasize"),
        equalTo(true));
    assertThat(quotes.get(1).status(), equalTo(FactStatus.AGREED));
    assertThat(quotes.get(1).reports(), hasSize(2));
    assertThat(quotes.get(2).status(), equalTo(FactStatus.SINGLE_SOURCE));
  }

  @Test
  public void namesAgreeByKeyAndASpellingVariantIsDisputed() {
    FactComparison c = align(
        member("a", "Officials met Saddam Hussein and Lashkar-e-Taiba leaders in Baghdad."),
        member("b", "Officials met Saddam Hussain and Lashkar-e Taiba leaders in Baghdad."));
    List<FactGroup> names = ofKind(FactKind.NAME, c);
    assertThat(reports(names), contains(
        List.of("a:Saddam Hussein", "b:Saddam Hussain"),
        List.of("a:Lashkar-e-Taiba", "b:Lashkar-e Taiba"),
        List.of("a:Baghdad", "b:Baghdad")));
    assertThat(names.stream().map(FactGroup::status).collect(Collectors.toList()),
        contains(FactStatus.DISPUTED, FactStatus.AGREED, FactStatus.AGREED));
  }

  @Test
  public void factsOfOneSentenceAreToldApartByTheVersionThatStatesBoth() {
    String s = "Pakistan executed seven militants on Tuesday, bringing to 16 the total number"
        + " killed since December.";
    FactComparison c = align(member("a", s), member("b", s.replace("killed", "executed")));
    assertThat(reports(ofKind(FactKind.TOLL, c)), contains(
        List.of("a:seven militants", "b:seven militants"), List.of("a:16", "b:16")));
  }

  @Test
  public void groupsComeInOrderOfFirstAppearanceAndTheResultIsRepeatable() {
    MemberFacts a =
        member("a", "Officials said Kerry arrived on Monday.", "He met Sharif in Islamabad.");
    MemberFacts b = member("b", "In Islamabad, Kerry met Sharif on Monday.", "He left for Geneva.");
    FactComparison c = align(a, b);
    assertThat(reports(c.groups()), contains(
        List.of("a:Kerry", "b:Kerry"),
        List.of("a:Monday", "b:Monday"),
        List.of("a:Sharif", "b:Sharif"),
        List.of("a:Islamabad", "b:Islamabad"),
        List.of("b:Geneva")));
    assertThat(align(a, b), equalTo(c));
  }

  @Test
  public void aMembersViewHasItsConflictsItsOwnFactsAndTheCanonicalsItLacks() {
    FactComparison c = align(
        member("canonical", "Gunmen killed 150 people at the school in Peshawar on Tuesday.",
            "Some 700,000 people were displaced by the offensive."),
        member("m", "Gunmen killed 134 children at the school in Peshawar on Tuesday.",
            "The US gave $250 million in aid."));
    MemberFactView view = c.forMember("m", "canonical");
    assertThat(view.conflicts(), hasSize(1));
    FactGroup toll = view.conflicts().get(0);
    assertThat(toll.kind(), equalTo(FactKind.TOLL));
    assertThat(toll.disagreeingWith("m").get(0).memberId(), equalTo("canonical"));
    assertThat(view.onlyHere().stream().map(Fact::text).collect(Collectors.toList()),
        containsInAnyOrder("$250 million", "US"));
    assertThat(view.missing().stream().map(Fact::text).collect(Collectors.toList()),
        contains("Some 700,000 people"));
    assertThat(view.missing().get(0).descriptor().state(), equalTo("displaced"));

    MemberFactView own = c.forMember("canonical", "canonical");
    assertThat(own.missing(), empty());
    assertThat(own.conflicts(), hasSize(1));
    assertThat(own.onlyHere().stream().map(Fact::text).collect(Collectors.toList()),
        hasItem("Some 700,000 people"));
    assertThat(own.onlyHere().stream().map(Fact::text).collect(Collectors.toList()),
        not(hasItem("Peshawar")));
  }

  @Test(expected = IllegalArgumentException.class)
  public void aMemberGivenTwiceIsRejected() {
    align(member("a", "Kerry arrived."), member("a", "Kerry left."));
  }
}
