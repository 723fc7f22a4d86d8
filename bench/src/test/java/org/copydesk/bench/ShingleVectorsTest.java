package org.copydesk.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import org.junit.Test;

public class ShingleVectorsTest {
  private final ShingleVectors vectors = new ShingleVectors(20);

  private ShingleVectors.Shingled story(String id, String body) {
    return vectors.shingle("{\"id\":\"" + id + "\",\"body\":\"" + body + "\"}");
  }

  @Test
  public void copiesInAnotherHouseStyleGetTheSameVector() {
    ShingleVectors.Shingled a = story("a", "Shares rose 5 pct to 1,500 dlrs after the U.S. "
        + "regulator approved the deal on Monday.\\n\\nThe company said it would hire staff.");
    ShingleVectors.Shingled b = story("b", "Shares rose 5 percent to 1500 dollars after the US "
        + "regulator approved the deal on Monday.\\n\\nThe company said it would hire staff.");
    assertThat(a.id(), equalTo("a"));
    assertThat(b.indices(), equalTo(a.indices()));
  }

  @Test
  public void indicesAreSortedDistinctAndInsideTheDimension() {
    int[] indices = story("c", "One two three four five six seven eight nine ten.").indices();
    assertThat(indices.length, greaterThan(0));
    for (int i = 0; i < indices.length; i++) {
      assertThat(indices[i], lessThan(vectors.dimension()));
      if (i > 0) {
        assertThat(indices[i], greaterThan(indices[i - 1]));
      }
    }
  }

  @Test
  public void aLineCopydeskWouldDeadLetterIsSkipped() {
    assertThat(vectors.shingle("{\"id\":\"x\"}"), nullValue());
    assertThat(vectors.shingle("not json"), nullValue());
  }
}
