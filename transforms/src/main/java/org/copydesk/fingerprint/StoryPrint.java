package org.copydesk.fingerprint;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CustomCoder;
import org.copydesk.story.Story;

/**
 * A cleaned story with its fingerprint: the LSH band keys that make it a candidate, and the
 * serialized {@link org.copydesk.verify.StoryDigest} that verifies it. The digest travels as bytes
 * and is decoded only where a pair is verified.
 */
public final class StoryPrint {
  private final Story story;
  private final long[] bandKeys;
  private final byte[] digest;

  public StoryPrint(Story story, long[] bandKeys, byte[] digest) {
    this.story = story;
    this.bandKeys = bandKeys;
    this.digest = digest;
  }

  public Story story() {
    return story;
  }

  public long[] bandKeys() {
    return bandKeys;
  }

  public byte[] digest() {
    return digest;
  }

  public String id() {
    return story.getId();
  }

  public long eventMillis() {
    return story.getEventMillis();
  }

  /** Encodes the story with its own (schema) coder, then the band keys and the digest. */
  public static final class PrintCoder extends CustomCoder<StoryPrint> {
    private final Coder<Story> storyCoder;

    public PrintCoder(Coder<Story> storyCoder) {
      this.storyCoder = storyCoder;
    }

    @Override
    public void encode(StoryPrint print, OutputStream out) throws IOException {
      storyCoder.encode(print.story, out);
      DataOutputStream data = new DataOutputStream(out);
      data.writeInt(print.bandKeys.length);
      for (long key : print.bandKeys) {
        data.writeLong(key);
      }
      data.flush();
      ByteArrayCoder.of().encode(print.digest, out);
    }

    @Override
    public StoryPrint decode(InputStream in) throws IOException {
      Story story = storyCoder.decode(in);
      DataInputStream data = new DataInputStream(in);
      long[] keys = new long[data.readInt()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = data.readLong();
      }
      return new StoryPrint(story, keys, ByteArrayCoder.of().decode(in));
    }

    @Override
    public List<? extends Coder<?>> getCoderArguments() {
      return List.of(storyCoder);
    }

    @Override
    public void verifyDeterministic() throws NonDeterministicException {
      storyCoder.verifyDeterministic();
    }
  }
}
