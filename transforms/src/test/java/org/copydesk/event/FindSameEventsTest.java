package org.copydesk.event;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class FindSameEventsTest {

  @Test
  public void aKeyRemembersEachStoryOnceInArrivalOrder() {
    List<String> key = FindSameEvents.remember(null, "a");
    key = FindSameEvents.remember(key, "b");
    key = FindSameEvents.remember(key, "a");
    assertThat(key, contains("a", "b"));
  }

  /** A pair of facts shared by hundreds of stories is no longer rare: its key stays bounded. */
  @Test
  public void aFullKeyKeepsTheHalfThatCameLast() {
    List<String> key = new ArrayList<>();
    for (int n = 0; n < FindSameEvents.MAX_KEY_STORIES; n++) {
      key = FindSameEvents.remember(key, "s" + n);
    }
    assertThat(key.size(), equalTo(FindSameEvents.MAX_KEY_STORIES));
    key = FindSameEvents.remember(key, "newest");
    assertThat(key.size(), equalTo(FindSameEvents.MAX_KEY_STORIES / 2));
    assertThat(key.get(0), equalTo("s" + (FindSameEvents.MAX_KEY_STORIES / 2 + 1)));
    assertThat(key.get(key.size() - 1), equalTo("newest"));
  }
}
