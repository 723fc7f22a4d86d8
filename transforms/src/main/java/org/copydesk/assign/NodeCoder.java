package org.copydesk.assign;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.CustomCoder;

/** Stores a {@link ClusterForest.Node} in keyed state: about 60 bytes plus its ids. */
final class NodeCoder extends CustomCoder<ClusterForest.Node> {
  @Override
  public void encode(ClusterForest.Node node, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeUTF(node.parent);
    data.writeLong(node.eventMillis);
    data.writeInt(node.size);
    data.writeUTF(node.labelId);
    data.writeLong(node.labelMillis);
    data.writeLong(node.newestMillis);
    data.writeBoolean(node.matchedId != null);
    if (node.matchedId != null) {
      data.writeUTF(node.matchedId);
      data.writeDouble(node.similarity);
      data.writeUTF(node.reason == null ? "" : node.reason);
      data.writeInt(node.evidence.size());
      for (String passage : node.evidence) {
        data.writeUTF(passage);
      }
    }
    data.flush();
  }

  @Override
  public ClusterForest.Node decode(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    ClusterForest.Node node = new ClusterForest.Node();
    node.parent = data.readUTF();
    node.eventMillis = data.readLong();
    node.size = data.readInt();
    node.labelId = data.readUTF();
    node.labelMillis = data.readLong();
    node.newestMillis = data.readLong();
    if (data.readBoolean()) {
      node.matchedId = data.readUTF();
      node.similarity = data.readDouble();
      node.reason = data.readUTF();
      List<String> evidence = new ArrayList<>();
      for (int n = data.readInt(); n > 0; n--) {
        evidence.add(data.readUTF());
      }
      node.evidence = evidence;
    }
    return node;
  }
}
