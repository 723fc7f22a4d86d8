package org.copydesk.verify;

import org.copydesk.story.SchemaCoders;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.state.BagState;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.TimeDomain;
import org.apache.beam.sdk.state.Timer;
import org.apache.beam.sdk.state.TimerSpec;
import org.apache.beam.sdk.state.TimerSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.copydesk.candidates.CandidatePair;
import org.copydesk.fingerprint.StoryPrint;
import org.copydesk.monitor.FeedMetrics;
import org.joda.time.Duration;
import org.joda.time.Instant;

/**
 * The verify stage: decides each candidate pair with {@link CopyVerifier} and passes on the copies.
 * A pair needs both stories' digests; each digest is stored once, keyed by story id, for the
 * horizon. Both sides of a pair ask the store for their digest (waiting if it has not arrived yet),
 * and the two answers meet, keyed by pair, where the verdict is made.
 */
public final class VerifyCandidates extends PTransform<PCollection<CandidatePair>, PCollection<VerifiedPair>> {
  /** Beyond the horizon, how long a digest stays for requests still on their way. */
  private static final Duration SLACK = Duration.standardMinutes(1);

  private final PCollection<StoryPrint> prints;
  private final VerifyConfig config;
  private final Duration horizon;

  private VerifyCandidates(PCollection<StoryPrint> prints, VerifyConfig config, Duration horizon) {
    this.prints = prints;
    this.config = config;
    this.horizon = horizon;
  }

  public static VerifyCandidates against(PCollection<StoryPrint> prints, VerifyConfig config,
      Duration horizon) {
    return new VerifyCandidates(prints, config, horizon);
  }

  @Override
  public PCollection<VerifiedPair> expand(PCollection<CandidatePair> pairs) {
    Coder<DigestMessage> messageCoder =
        SchemaCoders.of(pairs.getPipeline(), DigestMessage.class);
    KvCoder<String, DigestMessage> keyed = KvCoder.of(StringUtf8Coder.of(), messageCoder);

    PCollection<KV<String, DigestMessage>> puts = prints
        .apply("Puts", ParDo.of(new PutFn()))
        .setCoder(keyed);
    PCollection<KV<String, DigestMessage>> requests = pairs
        .apply("Requests", ParDo.of(new RequestFn()))
        .setCoder(keyed);

    return PCollectionList.of(puts).and(requests)
        .apply("PutsAndRequests", Flatten.pCollections())
        .apply("DigestStore", ParDo.of(new DigestStoreFn(messageCoder, horizon)))
        .setCoder(keyed)
        .apply("MeetAndVerify", ParDo.of(new VerifyPairFn(messageCoder, config, horizon)));
  }

  private static final class PutFn extends DoFn<StoryPrint, KV<String, DigestMessage>> {
    @ProcessElement
    public void process(@Element StoryPrint print, OutputReceiver<KV<String, DigestMessage>> out) {
      out.output(KV.of(print.id(), DigestMessage.put(print.id(), print.digest())));
    }
  }

  /** Each side of a pair asks for its own digest, saying its time for the assign stage. */
  private static final class RequestFn extends DoFn<CandidatePair, KV<String, DigestMessage>> {
    @ProcessElement
    public void process(@Element CandidatePair pair, OutputReceiver<KV<String, DigestMessage>> out) {
      out.output(KV.of(pair.getNewerId(),
          DigestMessage.request(pair.getNewerId(), pair.getNewerMillis(), pair.key(), true)));
      out.output(KV.of(pair.getOlderId(),
          DigestMessage.request(pair.getOlderId(), pair.getOlderMillis(), pair.key(), false)));
    }
  }

  /** Keyed by story id: keeps the digest for the horizon and answers requests for it. */
  private static final class DigestStoreFn extends DoFn<KV<String, DigestMessage>, KV<String, DigestMessage>> {
    @StateId("digest")
    private final StateSpec<ValueState<byte[]>> digestSpec = StateSpecs.value();

    @StateId("waiting")
    private final StateSpec<BagState<DigestMessage>> waitingSpec;

    @TimerId("forget")
    private final TimerSpec forgetSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    private final Duration horizon;

    DigestStoreFn(Coder<DigestMessage> messageCoder, Duration horizon) {
      this.waitingSpec = StateSpecs.bag(messageCoder);
      this.horizon = horizon;
    }

    @ProcessElement
    public void process(
        @Element KV<String, DigestMessage> element,
        @Timestamp Instant timestamp,
        @StateId("digest") ValueState<byte[]> digestState,
        @StateId("waiting") BagState<DigestMessage> waiting,
        @TimerId("forget") Timer forget,
        OutputReceiver<KV<String, DigestMessage>> out) {
      DigestMessage message = element.getValue();
      if (message.getPairKey() == null) {
        digestState.write(message.getDigest());
        for (DigestMessage request : waiting.read()) {
          answer(request, message.getDigest(), out);
        }
        waiting.clear();
        forget.set(timestamp.plus(horizon).plus(SLACK));
        return;
      }
      byte[] digest = digestState.read();
      if (digest != null) {
        answer(message, digest, out);
      } else {
        waiting.add(message);
        forget.set(timestamp.plus(horizon).plus(SLACK));
      }
    }

    @OnTimer("forget")
    public void forget(
        @StateId("digest") ValueState<byte[]> digestState,
        @StateId("waiting") BagState<DigestMessage> waiting) {
      digestState.clear();
      waiting.clear();
    }

    private static void answer(DigestMessage request, byte[] digest,
        OutputReceiver<KV<String, DigestMessage>> out) {
      out.output(KV.of(request.getPairKey(), request.answer(digest)));
    }
  }

  /** Keyed by pair: holds the first answer until the second comes, then verifies. */
  private static final class VerifyPairFn extends DoFn<KV<String, DigestMessage>, VerifiedPair> {
    @StateId("first")
    private final StateSpec<ValueState<DigestMessage>> firstSpec;

    @TimerId("forget")
    private final TimerSpec forgetSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    private final Counter verified = FeedMetrics.counter(FeedMetrics.PAIRS_VERIFIED);
    private final Counter copies = FeedMetrics.counter(FeedMetrics.COPIES_FOUND);
    private final VerifyConfig config;
    private final Duration horizon;
    private transient CopyVerifier verifier;

    VerifyPairFn(Coder<DigestMessage> messageCoder, VerifyConfig config, Duration horizon) {
      this.firstSpec = StateSpecs.value(messageCoder);
      this.config = config;
      this.horizon = horizon;
    }

    @Setup
    public void setup() {
      verifier = new CopyVerifier(config);
    }

    @ProcessElement
    public void process(
        @Element KV<String, DigestMessage> element,
        @Timestamp Instant timestamp,
        @StateId("first") ValueState<DigestMessage> firstState,
        @TimerId("forget") Timer forget,
        OutputReceiver<VerifiedPair> out) {
      DigestMessage first = firstState.read();
      if (first == null) {
        firstState.write(element.getValue());
        forget.set(timestamp.plus(horizon).plus(SLACK));
        return;
      }
      firstState.clear();
      DigestMessage newer = first.getNewerSide() ? first : element.getValue();
      DigestMessage older = first.getNewerSide() ? element.getValue() : first;
      CopyVerdict verdict = verifier.verify(decode(newer.getDigest()), decode(older.getDigest()));
      verified.inc();
      if (verdict.copy()) {
        copies.inc();
        out.output(VerifiedPair.of(newer.getStoryId(), newer.getEventMillis(), older.getStoryId(),
            older.getEventMillis(), verdict));
      }
    }

    @OnTimer("forget")
    public void forget(@StateId("first") ValueState<DigestMessage> firstState) {
      firstState.clear();
    }

    private static StoryDigest decode(byte[] bytes) {
      try {
        return StoryDigest.readFrom(new DataInputStream(new ByteArrayInputStream(bytes)));
      } catch (IOException e) {
        throw new UncheckedIOException("a digest written by this job cannot be read", e);
      }
    }
  }
}
