package org.copydesk.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.copydesk.consolidate.ClusterView;
import org.copydesk.testing.Seeds;
import org.junit.Test;

/** Reading a cluster line back: what is read writes out as the same line. */
public class OutputJsonTest {

  @Test
  public void aClusterLineReadBackWritesTheSameLine() {
    String line = OutputJson.cluster(Seeds.storyCluster());
    ClusterView read = OutputJson.readCluster(line);
    assertThat(OutputJson.cluster(read), equalTo(line));
  }

  @Test
  public void aCopyKeepsThePassagesItSharesWithItsMatch() {
    ClusterView read = OutputJson.readCluster(OutputJson.cluster(Seeds.storyCluster()));
    ClusterView.Member chinaDaily = read.getMembers().stream()
        .filter(m -> m.getId().startsWith("001_")).findFirst().orElseThrow();
    assertThat(chinaDaily.getMatchEvidence(), not(empty()));
    assertThat(chinaDaily.getMatchEvidence().toString(), containsString("Kerry"));
  }

  @Test
  public void aClusterReadBackRendersItsDisputedTolls() {
    ClusterView read = OutputJson.readCluster(OutputJson.cluster(Seeds.storyCluster()));
    String page = ReportHtml.renderCluster(read);
    assertThat(page, containsString("134 children"));
    assertThat(page, containsString("<h1>"));
  }

  @Test
  public void aMergeTombstoneReadsBack() {
    String line = OutputJson.cluster(ClusterView.mergedInto("story-b", 4, "story-a"));
    ClusterView read = OutputJson.readCluster(line);
    assertThat(read.getMergedInto(), equalTo("story-a"));
    assertThat(read.getCanonical(), nullValue());
    assertThat(OutputJson.cluster(read), equalTo(line));
  }

  @Test(expected = IllegalArgumentException.class)
  public void aLineThatIsNoClusterIsRefused() {
    OutputJson.readCluster("{\"file\":\"x\",\"reason\":\"malformed_json\"}");
  }
}
