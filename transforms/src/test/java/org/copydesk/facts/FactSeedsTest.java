package org.copydesk.facts;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.copydesk.story.Story;
import org.copydesk.testing.Seeds;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The seed stories as the clean stage leaves them, extracted and aligned: the divergences the seeds
 * README says a reader must be shown.
 */
public class FactSeedsTest {
  private static final String AFP = "000_ad83b415aefcc01f";
  private static final String CHINA_DAILY = "001_9c86b550bdb889fc";
  private static final String REUTERS = "002_d7f1406457321b44";
  private static final String RFERL = "003_589da157afa17353";
  private static final String PTI = "004_b4143deb9c83a06b";

  private static List<MemberFacts> members;
  private static FactComparison comparison;

  @BeforeClass
  public static void alignSeeds() {
    members = new ArrayList<>();
    for (int n = 0; n < 5; n++) {
      Story s = Seeds.cleaned(n);
      members.add(MemberFacts.of(s.getId(), s.getSource(),
          new FactExtractor().extract(s.getHeadline(), s.getParagraphs())));
    }
    comparison = new FactAligner().align(members);
  }

  /** The group holding the member's fact of that kind whose value is {@code value}. */
  private static FactGroup groupOf(String memberId, FactKind kind, double value) {
    List<FactGroup> found = comparison.groups().stream()
        .filter(g -> g.kind() == kind)
        .filter(g -> g.reportOf(memberId)
            .filter(r -> r.fact().quantity().value() == value)
            .isPresent())
        .collect(Collectors.toList());
    assertThat(memberId + " " + kind + " " + value, found, hasSize(1));
    return found.get(0);
  }

  private static Quantity value(FactGroup g, String memberId) {
    return g.reportOf(memberId).orElseThrow().fact().quantity();
  }

  private static List<String> memberIds(FactGroup g) {
    return g.reports().stream().map(FactReport::memberId).collect(Collectors.toList());
  }

  @Test
  public void theSchoolAttackTollIsOneDisputedFactAcrossAllFiveVersions() {
    FactGroup school = groupOf(REUTERS, FactKind.TOLL, 134);
    assertThat(school.status(), equalTo(FactStatus.DISPUTED));
    assertThat(memberIds(school), contains(AFP, CHINA_DAILY, REUTERS, RFERL, PTI));
    assertThat(value(school, AFP), equalTo(Quantity.of(150, Qualifier.EXACT, null)));
    assertThat(value(school, CHINA_DAILY), equalTo(Quantity.of(150, Qualifier.EXACT, null)));
    assertThat(value(school, REUTERS), equalTo(Quantity.of(134, Qualifier.EXACT, null)));
    assertThat(value(school, RFERL), equalTo(Quantity.of(150, Qualifier.MORE_THAN, null)));
    assertThat(value(school, PTI), equalTo(Quantity.of(150, Qualifier.EXACT, null)));
    assertThat(school.reportOf(REUTERS).orElseThrow().fact().sentence(),
        equalTo("U.S. Secretary of State John Kerry held talks in Pakistan on Monday during a visit"
            + " intended to press the government to do more to crack down on militant groups after"
            + " last month's massacre of 134 children by Taliban gunmen."));
    // Reuters' 134 disputes everyone's figure; RFE/RL's "more than 150" disputes the bare 150s
    assertThat(school.disagreeingWith(REUTERS).stream().map(FactReport::memberId)
        .collect(Collectors.toList()), contains(AFP, CHINA_DAILY, RFERL, PTI));
    assertThat(school.disagreeingWith(RFERL).stream().map(FactReport::memberId)
        .collect(Collectors.toList()), contains(AFP, CHINA_DAILY, REUTERS, PTI));
    assertThat(school.disagreeingWith(AFP).stream().map(FactReport::memberId)
        .collect(Collectors.toList()), contains(REUTERS, RFERL));
  }

  @Test
  public void theMumbaiTollIsASeparateDisputedFact() {
    FactGroup mumbai = groupOf(REUTERS, FactKind.TOLL, 163);
    assertThat(mumbai, not(equalTo(groupOf(REUTERS, FactKind.TOLL, 134))));
    assertThat(mumbai.status(), equalTo(FactStatus.DISPUTED));
    assertThat(memberIds(mumbai), contains(REUTERS, PTI));
    assertThat(value(mumbai, REUTERS), equalTo(Quantity.of(163, Qualifier.AT_LEAST, null)));
    assertThat(value(mumbai, PTI), equalTo(Quantity.of(166, Qualifier.EXACT, null)));
    assertThat(mumbai.reportOf(PTI).orElseThrow().fact().descriptor().context(), hasItem("mumbai"));
  }

  @Test
  public void theEmbassyBombingTollIsPtisAlone() {
    FactGroup embassy = groupOf(PTI, FactKind.TOLL, 58);
    assertThat(embassy.status(), equalTo(FactStatus.SINGLE_SOURCE));
  }

  @Test
  public void theDisplacedAreAfpsAlone() {
    FactGroup displaced = groupOf(AFP, FactKind.TOLL, 700_000);
    assertThat(displaced.status(), equalTo(FactStatus.SINGLE_SOURCE));
    assertThat(displaced.reports().get(0).fact().text(), equalTo("some 700,000 people displaced"));
    assertThat(displaced.reports().get(0).fact().descriptor().state(), equalTo("displaced"));
  }

  @Test
  public void theReliefMoneyIsReportedAlikeByAllButChinaDaily() {
    FactGroup money = groupOf(AFP, FactKind.AMOUNT, 2.5e8);
    assertThat(money.status(), equalTo(FactStatus.AGREED));
    assertThat(memberIds(money), contains(AFP, REUTERS, RFERL, PTI));
    assertThat(money.reports().stream().map(r -> r.fact().text()).collect(Collectors.toList()),
        contains("some $250 million", "about $250 million", "$250 million", "USD 250 million"));
    assertThat(money.reports().stream().map(r -> r.fact().quantity().currency())
        .collect(Collectors.toList()), contains("USD", "USD", "USD", "USD"));
  }

  @Test
  public void emphasisedAgainstEmphasizeIsADisputedWording() {
    List<FactGroup> emphasis = comparison.withStatus(FactStatus.DISPUTED).stream()
        .filter(g -> g.kind() == FactKind.QUOTE)
        .filter(g -> g.reports().stream().anyMatch(r -> r.fact().text().startsWith("I emphasised")))
        .collect(Collectors.toList());
    assertThat(emphasis, hasSize(1));
    assertThat(memberIds(emphasis.get(0)), contains(AFP, CHINA_DAILY));
    assertThat(emphasis.get(0).reportOf(CHINA_DAILY).orElseThrow().fact().text()
        .startsWith("I emphasize that the US is committed"), is(true));
  }

  @Test
  public void aQuoteGivenWholeOrInPartIsAgreed() {
    FactGroup task = comparison.groups().stream()
        .filter(g -> g.kind() == FactKind.QUOTE)
        .filter(g -> g.reportOf(RFERL)
            .filter(r -> r.fact().text().startsWith("The task is a difficult one"))
            .isPresent())
        .findFirst()
        .orElseThrow();
    assertThat(task.status(), equalTo(FactStatus.AGREED));
    assertThat(memberIds(task), contains(AFP, CHINA_DAILY, RFERL, PTI));
  }

  @Test
  public void yearsAreDatesNeverTolls() {
    for (MemberFacts m : members) {
      for (Fact f : m.facts()) {
        if (f.kind() == FactKind.TOLL) {
          assertThat(f.text(), f.quantity().value(), not(equalTo(2008.0)));
          assertThat(f.text(), f.quantity().value(), not(equalTo(2011.0)));
        }
      }
    }
    FactGroup year = comparison.groups().stream()
        .filter(g -> g.kind() == FactKind.DATE && g.reportOf(REUTERS)
            .filter(r -> r.fact().normalized().equals("2008")).isPresent())
        .findFirst()
        .orElseThrow();
    assertThat(memberIds(year), contains(REUTERS, PTI));
  }

  @Test
  public void nothingElseIsDisputed() {
    for (FactGroup g : comparison.withStatus(FactStatus.DISPUTED)) {
      boolean expected = g.equals(groupOf(REUTERS, FactKind.TOLL, 134))
          || g.equals(groupOf(REUTERS, FactKind.TOLL, 163))
          || g.reports().get(0).fact().text().startsWith("I emphasised")
          // Kerry's warning, which AFP and RFE/RL/PTI render differently
          || (g.kind() == FactKind.QUOTE && g.reports().stream()
              .allMatch(r -> r.fact().normalized().contains("continue to pose a threat")));
      assertThat(g.toString(), expected, is(true));
    }
  }

  @Test
  public void reutersAgainstTheCanonicalChinaDaily() {
    MemberFactView view = comparison.forMember(REUTERS, CHINA_DAILY);
    assertThat(view.conflicts(), hasItem(groupOf(REUTERS, FactKind.TOLL, 134)));
    assertThat(view.conflicts(), hasItem(groupOf(REUTERS, FactKind.TOLL, 163)));
    assertThat(view.onlyHere().stream().map(Fact::text).collect(Collectors.toList()),
        hasItem("two-and-a-half hour"));
    for (Fact own : view.onlyHere()) {
      assertThat(own.text(), comparison.groups().stream()
          .filter(g -> g.reports().stream().anyMatch(r -> r.fact().equals(own)))
          .findFirst().orElseThrow().reports(), hasSize(1));
    }
    assertThat(view.missing().stream().map(Fact::text).collect(Collectors.toList()),
        hasItem("seven militants"));
    assertThat(comparison.forMember(CHINA_DAILY, CHINA_DAILY).missing(), empty());
  }
}
