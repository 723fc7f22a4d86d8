package org.copydesk.consolidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.VarInt;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.copydesk.diverge.Divergence;
import org.copydesk.diverge.HeadlineChange;
import org.copydesk.diverge.SentenceChange;
import org.copydesk.diverge.WordEdit;
import org.copydesk.facts.Descriptor;
import org.copydesk.facts.Fact;
import org.copydesk.facts.FactComparison;
import org.copydesk.facts.FactGroup;
import org.copydesk.facts.FactKind;
import org.copydesk.facts.FactReport;
import org.copydesk.facts.FactStatus;
import org.copydesk.facts.MemberFactView;
import org.copydesk.facts.Qualifier;
import org.copydesk.facts.Quantity;

/**
 * The coder of {@link ClusterView}, the consolidate stage's output: every field of the view and of
 * the divergences and facts it holds, in a fixed order, each distinct string once per view (later
 * uses of a string, such as the sentence of a fact reported by several members, refer back to it).
 * Java serialisation of the views, which this replaces, was 17% of the CPU of a 10,000-story run
 * on Flink; on the views of the 2,000-story corpus this coder writes 11 KB a view against 24 KB,
 * and encodes and decodes one in about a fifth of the CPU time.
 *
 * <p>Hand-written rather than Beam's schema coder because the views' divergences and facts cannot
 * have schemas as they are: Beam's {@code AutoValueSchema} only takes {@code get}/{@code is}
 * getters, and the {@code org.copydesk.diverge} and {@code org.copydesk.facts} values have bare
 * accessors ({@code headline()}, {@code kind()}), so their inferred schemas are empty, silently
 * dropping their fields; and their Guava immutable collections cannot be set by the schema's
 * generated creators. A schema for the view itself cannot hold a field coded by another coder.
 *
 * <p>Deterministic: equal views encode to equal bytes (lists in order, the one set, {@link
 * Descriptor#context()}, sorted).
 */
public final class ClusterViewCoder extends AtomicCoder<ClusterView> {
  private static final ClusterViewCoder INSTANCE = new ClusterViewCoder();
  private static final FactKind[] KINDS = FactKind.values();
  private static final FactStatus[] STATUSES = FactStatus.values();
  private static final Qualifier[] QUALIFIERS = Qualifier.values();
  private static final WordEdit.Kind[] EDITS = WordEdit.Kind.values();

  private ClusterViewCoder() {}

  public static ClusterViewCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(ClusterView view, OutputStream out) throws IOException {
    if (view == null) {
      throw new CoderException("cannot encode a null ClusterView");
    }
    Writer writer = new Writer();
    writer.view(view);
    VarInt.encode(writer.size, out);
    out.write(writer.bytes, 0, writer.size);
  }

  @Override
  public ClusterView decode(InputStream in) throws IOException {
    int size = VarInt.decodeInt(in);
    byte[] bytes = new byte[size];
    if (in.readNBytes(bytes, 0, size) != size) {
      throw new CoderException("a ClusterView ends early");
    }
    Reader reader = new Reader(bytes);
    ClusterView view = reader.view();
    if (reader.at != size) {
      throw new CoderException("a ClusterView is " + size + " bytes, read " + reader.at);
    }
    return view;
  }

  /**
   * One view's encoding, with the strings written so far. Written to an array and then to the
   * stream in one piece, its length first, so that neither side goes to the stream (whose every
   * call may take a lock) for each small field.
   */
  private static final class Writer {
    private final Map<String, Integer> written = new HashMap<>();
    private byte[] bytes = new byte[4096];
    private int size;

    void view(ClusterView view) {
      string(view.getStoryCluster());
      varint(view.getVersion());
      ClusterView.Canonical canonical = view.getCanonical();
      if (present(canonical)) {
        string(canonical.getId());
        nullable(canonical.getSource());
        nullable(canonical.getHeadline());
        string(canonical.getBody());
        string(canonical.getReason());
      }
      varint(view.getCopyClusters().size());
      for (ClusterView.CopyCluster copy : view.getCopyClusters()) {
        string(copy.getCopyCluster());
        string(copy.getCanonicalId());
        string(copy.getReason());
        strings(copy.getMemberIds());
      }
      varint(view.getMembers().size());
      for (ClusterView.Member member : view.getMembers()) {
        member(member);
      }
      nullable(view.getMergedInto());
      FactComparison facts = view.getFacts();
      if (present(facts)) {
        strings(facts.memberIds());
        groups(facts.groups());
      }
    }

    private void member(ClusterView.Member member) {
      string(member.getId());
      nullable(member.getSource());
      nullable(member.getHeadline());
      nullable(member.getPublished());
      string(member.getCopyCluster());
      nullable(member.getMatchedId());
      string(member.getMatchReason());
      strings(member.getMatchEvidence());
      dbl(member.getSimilarity());
      nullable(member.getComparedWith());
      Divergence divergence = member.getDivergence();
      if (present(divergence)) {
        divergence(divergence);
      }
      MemberFactView facts = member.getFacts();
      if (present(facts)) {
        string(facts.memberId());
        string(facts.canonicalId());
        groups(facts.conflicts());
        facts(facts.onlyHere());
        facts(facts.missing());
      }
    }

    private void divergence(Divergence d) {
      HeadlineChange headline = d.headline();
      if (present(headline)) {
        nullable(headline.canonical());
        nullable(headline.member());
      }
      varint(d.canonicalSentences());
      varint(d.memberSentences());
      varint(d.unchangedCount());
      varint(d.changed().size());
      for (SentenceChange change : d.changed()) {
        string(change.canonical());
        string(change.member());
        dbl(change.similarity());
        bool(change.moved());
        varint(change.edits().size());
        for (WordEdit edit : change.edits()) {
          varint(edit.kind().ordinal());
          string(edit.canonicalWords());
          string(edit.memberWords());
        }
      }
      varint(d.changedCount());
      strings(d.added());
      varint(d.addedCount());
      strings(d.removed());
      varint(d.removedCount());
      bool(d.truncated());
    }

    private void groups(List<FactGroup> groups) {
      varint(groups.size());
      for (FactGroup group : groups) {
        // its kind is its first report's (FactGroup's factories both take it from there)
        varint(group.status().ordinal());
        varint(group.reports().size());
        for (FactReport report : group.reports()) {
          string(report.memberId());
          nullable(report.source());
          fact(report.fact());
        }
      }
    }

    private void facts(List<Fact> facts) {
      varint(facts.size());
      for (Fact fact : facts) {
        fact(fact);
      }
    }

    private void fact(Fact fact) {
      varint(fact.kind().ordinal());
      string(fact.text());
      string(fact.normalized());
      Quantity quantity = fact.quantity();
      if (present(quantity)) {
        dbl(quantity.value());
        varint(quantity.qualifier().ordinal());
        nullable(quantity.currency());
      }
      Descriptor descriptor = fact.descriptor();
      string(descriptor.unit());
      string(descriptor.state());
      strings(descriptor.context());
      string(fact.sentence());
      varint(fact.sentenceIndex() + 1); // -1 when unknown
    }

    /** Writes whether {@code value} is there; the caller writes it if it is. */
    private boolean present(@Nullable Object value) {
      bool(value != null);
      return value != null;
    }

    private void nullable(@Nullable String s) {
      if (present(s)) {
        string(s);
      }
    }

    private void strings(Collection<String> strings) {
      varint(strings.size());
      for (String s : strings) {
        string(s);
      }
    }

    /**
     * A string seen before in this view as {@code 1 + its number}; a new one as 0, its UTF-8
     * length and bytes.
     */
    private void string(String s) {
      Integer seen = written.putIfAbsent(s, written.size());
      if (seen != null) {
        varint(seen + 1);
        return;
      }
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      varint(0);
      varint(utf8.length);
      room(utf8.length);
      System.arraycopy(utf8, 0, bytes, size, utf8.length);
      size += utf8.length;
    }

    private void bool(boolean b) {
      room(1);
      bytes[size++] = (byte) (b ? 1 : 0);
    }

    /** A non-negative number in 7-bit groups, low first. */
    private void varint(long n) {
      room(10);
      while ((n & ~0x7fL) != 0) {
        bytes[size++] = (byte) (n & 0x7f | 0x80);
        n >>>= 7;
      }
      bytes[size++] = (byte) n;
    }

    private void dbl(double d) {
      room(8);
      long bits = Double.doubleToLongBits(d);
      for (int shift = 56; shift >= 0; shift -= 8) {
        bytes[size++] = (byte) (bits >>> shift);
      }
    }

    private void room(int n) {
      if (size + n > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
      }
    }
  }

  /**
   * One view's decoding, with the strings read so far. The fields are read in the order they were
   * written, often as the arguments of a factory (Java evaluates them left to right).
   */
  private static final class Reader {
    private final byte[] bytes;
    private final List<String> read = new ArrayList<>();
    private int at;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    ClusterView view() throws CoderException {
      String storyCluster = string();
      long version = varint();
      ClusterView.Canonical canonical = present()
          ? ClusterView.Canonical.of(string(), nullable(), nullable(), string(), string())
          : null;
      int copies = count();
      List<ClusterView.CopyCluster> copyClusters = new ArrayList<>(copies);
      for (int i = 0; i < copies; i++) {
        copyClusters.add(ClusterView.CopyCluster.of(string(), string(), string(), strings()));
      }
      int n = count();
      List<ClusterView.Member> members = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        members.add(member());
      }
      String mergedInto = nullable();
      FactComparison facts = present() ? FactComparison.of(strings(), groups()) : null;
      return new AutoValue_ClusterView(storyCluster, version, canonical, copyClusters, members,
          mergedInto, facts);
    }

    private ClusterView.Member member() throws CoderException {
      return ClusterView.Member.of(string(), nullable(), nullable(), nullable(), string(),
          nullable(), string(), strings(), dbl(), nullable(), present() ? divergence() : null,
          present()
              ? MemberFactView.asWritten(string(), string(), groups(), facts(), facts())
              : null);
    }

    private Divergence divergence() throws CoderException {
      HeadlineChange headline = present() ? HeadlineChange.between(nullable(), nullable()) : null;
      int canonicalSentences = count();
      int memberSentences = count();
      int unchangedCount = count();
      int n = count();
      List<SentenceChange> changed = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String canonical = string();
        String member = string();
        double similarity = dbl();
        boolean moved = bool();
        int e = count();
        List<WordEdit> edits = new ArrayList<>(e);
        for (int j = 0; j < e; j++) {
          edits.add(WordEdit.of(EDITS[count()], string(), string()));
        }
        changed.add(SentenceChange.asWritten(canonical, member, similarity, moved, edits));
      }
      return Divergence.create(headline, canonicalSentences, memberSentences, unchangedCount,
          changed, count(), strings(), count(), strings(), count(), bool());
    }

    private List<FactGroup> groups() throws CoderException {
      int n = count();
      List<FactGroup> groups = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        FactStatus status = STATUSES[count()];
        int r = count();
        List<FactReport> reports = new ArrayList<>(r);
        for (int j = 0; j < r; j++) {
          reports.add(FactReport.of(string(), nullable(), fact()));
        }
        groups.add(FactGroup.asWritten(status, reports));
      }
      return groups;
    }

    private List<Fact> facts() throws CoderException {
      int n = count();
      List<Fact> facts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        facts.add(fact());
      }
      return facts;
    }

    private Fact fact() throws CoderException {
      FactKind kind = KINDS[count()];
      String text = string();
      String normalized = string();
      Quantity quantity = present() ? Quantity.of(dbl(), QUALIFIERS[count()], nullable()) : null;
      Descriptor descriptor = Descriptor.of(string(), string(), strings());
      return Fact.create(kind, text, normalized, quantity, descriptor, string(), count() - 1);
    }

    private boolean present() throws CoderException {
      return bool();
    }

    private boolean bool() throws CoderException {
      need(1);
      return bytes[at++] != 0;
    }

    private @Nullable String nullable() throws CoderException {
      return present() ? string() : null;
    }

    private List<String> strings() throws CoderException {
      int n = count();
      List<String> strings = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        strings.add(string());
      }
      return strings;
    }

    private String string() throws CoderException {
      int seen = count();
      if (seen > 0) {
        return read.get(seen - 1);
      }
      int length = count();
      need(length);
      String s = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
      read.add(s);
      return s;
    }

    private int count() throws CoderException {
      long n = varint();
      if (n > Integer.MAX_VALUE) {
        throw new CoderException("a ClusterView is corrupt: count " + n);
      }
      return (int) n;
    }

    private long varint() throws CoderException {
      long n = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        need(1);
        byte b = bytes[at++];
        n |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return n;
        }
      }
      throw new CoderException("a ClusterView is corrupt: varint too long");
    }

    private double dbl() throws CoderException {
      need(8);
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits = bits << 8 | (bytes[at++] & 0xff);
      }
      return Double.longBitsToDouble(bits);
    }

    private void need(int n) throws CoderException {
      if (n < 0 || at + n > bytes.length) {
        throw new CoderException("a ClusterView ends early");
      }
    }
  }
}
