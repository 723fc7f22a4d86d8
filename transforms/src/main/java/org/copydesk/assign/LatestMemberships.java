package org.copydesk.assign;

import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The current membership of each story: the one with the highest sequence. The assign stage may
 * say more than once where a story is (a merge moves it); a batch output wants the last word.
 */
public final class LatestMemberships
    extends PTransform<PCollection<Membership>, PCollection<Membership>> {

  @Override
  public PCollection<Membership> expand(PCollection<Membership> memberships) {
    return memberships
        .apply("ById", WithKeys.of(Membership::getId).withKeyType(TypeDescriptors.strings()))
        .apply("Latest", Combine.perKey(
            (Membership a, Membership b) -> a.getSequence() >= b.getSequence() ? a : b))
        .apply("Memberships", Values.create());
  }
}
