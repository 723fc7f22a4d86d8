package org.copydesk.assign;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.copydesk.story.Story;

/**
 * Exact-duplicate clustering: stories whose cleaned bodies are equal up to case and white space
 * share a copy cluster, and each copy cluster is its own story cluster. Cluster ids derive from
 * the body, so they do not depend on arrival order.
 */
public final class AssignExactCopies extends PTransform<PCollection<Story>, PCollection<Assignment>> {

  @Override
  public PCollection<Assignment> expand(PCollection<Story> stories) {
    return stories.apply("AssignByBody",
        MapElements.into(TypeDescriptor.of(Assignment.class)).via(AssignExactCopies::assign));
  }

  static Assignment assign(Story story) {
    String key = bodyKey(story);
    return Assignment.of(story, "copy-" + key, "story-" + key, null, 1.0, "identical cleaned body");
  }

  private static String bodyKey(Story story) {
    String folded = story.getBody().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    return Hashing.farmHashFingerprint64().hashString(folded, StandardCharsets.UTF_8).toString();
  }
}
