package org.copydesk.fingerprint;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.copydesk.parse.Credits;
import org.copydesk.story.Story;
import org.copydesk.verify.StoryDigest;

/**
 * The fingerprint stage: per story, in parallel, the LSH band keys of its shingles' MinHash
 * signature and the digest that verify compares. This is where the CPU time goes.
 */
public final class FingerprintStories extends PTransform<PCollection<Story>, PCollection<StoryPrint>> {
  private final FingerprintConfig config;

  private FingerprintStories(FingerprintConfig config) {
    this.config = config;
  }

  public static FingerprintStories with(FingerprintConfig config) {
    return new FingerprintStories(config);
  }

  @Override
  public PCollection<StoryPrint> expand(PCollection<Story> stories) {
    return stories
        .apply("Fingerprint", ParDo.of(new FingerprintFn(config)))
        .setCoder(new StoryPrint.PrintCoder(stories.getCoder()));
  }

  /** Fingerprints one story, its text tokenised once for both; plain Java, for tests and benchmarks. */
  public static StoryPrint print(Story story, Fingerprinter fingerprinter) {
    StoryTokens tokens = fingerprinter.tokens(story.getParagraphs(), StoryDigest.MAX_TOKENS);
    long[] bandKeys = fingerprinter.fingerprint(tokens).bandKeys();
    StoryDigest digest = StoryDigest.of(tokens, Credits.wireAgency(story));
    return new StoryPrint(story, bandKeys, digest.toBytes());
  }

  private static final class FingerprintFn extends DoFn<Story, StoryPrint> {
    private final FingerprintConfig config;
    private transient Fingerprinter fingerprinter;

    FingerprintFn(FingerprintConfig config) {
      this.config = config;
    }

    @Setup
    public void setup() {
      fingerprinter = new Fingerprinter(config);
    }

    @ProcessElement
    public void process(@Element Story story, OutputReceiver<StoryPrint> out) {
      out.output(print(story, fingerprinter));
    }
  }
}
