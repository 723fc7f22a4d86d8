package org.copydesk.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class ComponentsTest {
  @Test
  public void pairsJoinTransitivelyAndUnpairedIdsStaySingletons() {
    Components c = new Components(List.of("a", "b", "c", "d", "e"));
    c.union("a", "b");
    c.union("c", "b");
    c.union("d", "d");
    Map<String, String> labels = c.labels();
    assertThat(labels.get("a"), equalTo(labels.get("c")));
    assertThat(labels.get("b"), equalTo(labels.get("c")));
    assertThat(labels.get("d"), equalTo("d"));
    assertThat(labels.get("e"), equalTo("e"));
    assertThat(List.copyOf(labels.keySet()), equalTo(List.of("a", "b", "c", "d", "e")));
  }
}
