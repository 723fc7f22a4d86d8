package org.copydesk.clean;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;

/** Stores a source's {@link BoilerplateModel} in Beam state, in the model's own compact form. */
final class BoilerplateModelCoder extends CustomCoder<BoilerplateModel> {
  private final BoilerplateConfig config;

  BoilerplateModelCoder(BoilerplateConfig config) {
    this.config = config;
  }

  @Override
  public void encode(BoilerplateModel model, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    model.writeTo(data);
    data.flush();
  }

  @Override
  public BoilerplateModel decode(InputStream in) throws IOException {
    return BoilerplateModel.readFrom(new DataInputStream(in), config);
  }
}
