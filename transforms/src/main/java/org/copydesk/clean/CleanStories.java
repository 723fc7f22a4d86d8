package org.copydesk.clean;

import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.copydesk.monitor.FeedMetrics;
import org.copydesk.story.DeadLetter;
import org.copydesk.story.DeadLetter.Reason;
import org.copydesk.story.Story;

/**
 * The clean stage: removes what looks like page chrome in each story, then what recurs across many
 * stories of the same source (footers, disclaimers), learned from the feed in keyed state. A source
 * learns from its stories as they arrive, so its first few stories keep a footer that is not yet
 * known to recur. A story left with no text is a dead letter.
 */
public final class CleanStories
    extends PTransform<PCollection<Story>, WithFailures.Result<PCollection<Story>, DeadLetter>> {

  private static final TupleTag<Story> CLEANED = new TupleTag<Story>() {};
  private static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<DeadLetter>() {};

  private final BoilerplateConfig config;

  private CleanStories(BoilerplateConfig config) {
    this.config = config;
  }

  public static CleanStories withBoilerplate(BoilerplateConfig config) {
    return new CleanStories(config);
  }

  @Override
  public WithFailures.Result<PCollection<Story>, DeadLetter> expand(PCollection<Story> stories) {
    PCollectionTuple out =
        stories
            .apply("KeyBySource",
                MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), stories.getTypeDescriptor()))
                    .via((Story story) -> KV.of(boilerplateKey(story), story)))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), stories.getCoder()))
            .apply("StripChromeAndBoilerplate",
                ParDo.of(new CleanFn(config)).withOutputTags(CLEANED, TupleTagList.of(DEAD_LETTERS)));
    return WithFailures.Result.of(out.get(CLEANED).setCoder(stories.getCoder()), out.get(DEAD_LETTERS));
  }

  /** Boilerplate is learned per source; stories of no known source are only chrome-stripped. */
  static String boilerplateKey(Story story) {
    String source = story.getSource();
    return source == null ? "" : source.strip().toLowerCase(Locale.ROOT);
  }

  private static final class CleanFn extends DoFn<KV<String, Story>, Story> {
    @StateId("model")
    private final StateSpec<ValueState<BoilerplateModel>> modelSpec;

    private final Counter chromeRemoved = FeedMetrics.counter(FeedMetrics.CHROME_PARAGRAPHS_REMOVED);
    private final Counter boilerplateRemoved =
        FeedMetrics.counter(FeedMetrics.BOILERPLATE_PARAGRAPHS_REMOVED);
    private final BoilerplateConfig config;

    CleanFn(BoilerplateConfig config) {
      this.config = config;
      this.modelSpec = StateSpecs.value(new BoilerplateModelCoder(config));
    }

    @ProcessElement
    public void process(
        @Element KV<String, Story> keyed,
        @StateId("model") ValueState<BoilerplateModel> modelState,
        MultiOutputReceiver out) {
      Story story = keyed.getValue();
      ChromeResult chrome = PageChrome.strip(story.getParagraphs());
      chromeRemoved.inc(chrome.removed().size());
      List<String> kept = chrome.kept();
      if (!keyed.getKey().isEmpty()) {
        BoilerplateModel model = modelState.read();
        if (model == null) {
          model = new BoilerplateModel(config);
        }
        model.observe(kept);
        List<String> stripped = model.strip(kept);
        boilerplateRemoved.inc(kept.size() - stripped.size());
        kept = stripped;
        modelState.write(model);
      }
      if (kept.isEmpty()) {
        out.get(DEAD_LETTERS).output(DeadLetter.of(story.getOrigin(), Reason.EMPTY_AFTER_CLEANING,
            "story " + story.getId() + " is nothing but page chrome and boilerplate", story.getBody(),
            story.getBody().length()));
        return;
      }
      out.get(CLEANED).output(story.toBuilder().setParagraphs(kept).build());
    }
  }
}
