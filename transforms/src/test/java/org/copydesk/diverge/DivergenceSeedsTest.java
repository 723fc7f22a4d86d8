package org.copydesk.diverge;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.copydesk.clean.PageChrome;
import org.copydesk.diverge.WordEdit.Kind;
import org.copydesk.parse.CaptureParser;
import org.copydesk.parse.ParsedCapture;
import org.copydesk.parse.Seeds;
import org.copydesk.verify.SentenceSplitter;
import org.junit.Test;

/**
 * The seed stories against the AFP wire text (000) as canonical, parsed and chrome-stripped the
 * way the pipeline does it ({@link CaptureParser}, then {@link PageChrome}; the learned
 * boilerplate step needs many stories of one source and has nothing to remove from one).
 */
public class DivergenceSeedsTest {

  private static final ParsedCapture AFP = CaptureParser.parse(Seeds.read(Seeds.AFP));

  private static List<String> cleaned(ParsedCapture capture) {
    return PageChrome.strip(capture.paragraphs()).kept();
  }

  private static Divergence againstAfp(ParsedCapture member) {
    return Divergences.between(AFP.headline(), cleaned(AFP), member.headline(), cleaned(member));
  }

  private static List<WordEdit> allEdits(Divergence d) {
    List<WordEdit> edits = new ArrayList<>();
    d.changed().forEach(c -> edits.addAll(c.edits()));
    return edits;
  }

  private static SentenceChange changeOf(Divergence d, String canonicalStart) {
    return d.changed().stream()
        .filter(c -> c.canonical().startsWith(canonicalStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no changed sentence starts " + canonicalStart));
  }

  /** China Daily's light rewrite: UK → US spelling, reworded words, a new headline. */
  @Test
  public void chinaDailyRewordsTheAfpText() {
    ParsedCapture chinaDaily = CaptureParser.parse(Seeds.read(Seeds.CHINA_DAILY));
    Divergence d = againstAfp(chinaDaily);

    assertThat(d.headline().canonical(), equalTo(AFP.headline()));
    assertThat(d.headline().member(), equalTo(chinaDaily.headline()));
    assertThat(
        allEdits(d),
        hasItems(
            WordEdit.of(Kind.CHANGE, "schoolboys", "students"),
            WordEdit.of(Kind.CHANGE, "neighbouring", "neighboring"),
            WordEdit.of(Kind.CHANGE, "emphasised", "emphasize"),
            WordEdit.of(Kind.CHANGE, "December", "Dec")));
    SentenceChange toll = changeOf(d, "Last month's massacre");
    assertThat(toll.canonical(), containsString("150 dead, mostly schoolboys"));
    assertThat(toll.member(), containsString("150 dead, mostly students"));
  }

  /**
   * China Daily stops after Aziz's "six decades" quote: the AFP's last four paragraphs are removed,
   * and nearly all the rest is aligned.
   */
  @Test
  public void chinaDailyIsATrimOfTheAfpText() {
    Divergence d = againstAfp(CaptureParser.parse(Seeds.read(Seeds.CHINA_DAILY)));

    List<String> afp = cleaned(AFP);
    List<String> tail =
        afp.subList(afp.size() - 4, afp.size()).stream()
            .flatMap(p -> SentenceSplitter.split(p).stream())
            .collect(Collectors.toList());
    assertThat(d.removed(), equalTo(tail));
    int alignedMember = d.memberSentences() - d.addedCount();
    assertThat((double) alignedMember / d.memberSentences(), greaterThanOrEqualTo(0.9));
  }

  /** With sub-headlines left in the body (as a cleaner may leave them), they are additions. */
  @Test
  public void chinaDailySubheadsAreAdded() {
    Divergence d =
        Divergences.between(
            null,
            org.copydesk.testing.Seeds.body(0),
            null,
            org.copydesk.testing.Seeds.body(1));
    assertThat(d.added(), hasItems("7 militants hanged", "An 'asset'"));
    assertThat(d.removed(), hasItem("'It is not done'"));
    assertThat(allEdits(d), hasItem(WordEdit.of(Kind.CHANGE, "schoolboys", "students")));
  }

  /** PTI's independent report shares Kerry's quotes, in another order and with more said. */
  @Test
  public void ptiSharesKerrysQuotesWithTheAfp() {
    Divergence d = againstAfp(CaptureParser.parse(Seeds.read(Seeds.PTI)));

    SentenceChange tragedy = changeOf(d, "\"The tragedy of December 16 is really a reminder");
    assertThat(
        tragedy.edits(),
        hasItem(
            WordEdit.of(
                Kind.INSERT,
                "",
                ", referring to the Taliban attack on an army-run school in Peshawar that left 150"
                    + " people dead, mostly students")));
    SentenceChange responsibility = changeOf(d, "\"We all have a responsibility");
    assertThat(responsibility.member(), startsWith("\"We all have a responsibility"));
    assertThat(responsibility.edits(), hasItem(WordEdit.of(Kind.INSERT, "", "he said.")));
    // otherwise its own text: most of its sentences have no AFP counterpart
    assertThat(d.addedCount() * 2, greaterThan(d.memberSentences()));
  }

  /** Reuters wrote its own story: not one sentence is the AFP's. */
  @Test
  public void reutersSharesNoSentenceWithTheAfp() {
    Divergence d = againstAfp(CaptureParser.parse(Seeds.read(Seeds.REUTERS)));
    assertThat(d.changed(), empty());
    assertThat(d.unchangedCount(), equalTo(0));
    assertThat(d.addedCount(), equalTo(d.memberSentences()));
    assertThat(d.removedCount(), equalTo(d.canonicalSentences()));
  }
}
