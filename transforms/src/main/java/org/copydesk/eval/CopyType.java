package org.copydesk.eval;

import java.util.Random;

/** The copy-tier noise model: how a copy of an original is made. See testdata/corpus/README.md. */
enum CopyType {
  REPUBLISH(0.45),
  TRIM(0.13),
  UPDATE(0.10),
  CORRECTION(0.07),
  HARDWRAP(0.10),
  DROP_MERGE(0.15);

  final double probability;

  CopyType(double probability) {
    this.probability = probability;
  }

  static CopyType draw(Random r) {
    double x = r.nextDouble();
    for (CopyType t : values()) {
      x -= t.probability;
      if (x < 0) {
        return t;
      }
    }
    return REPUBLISH;
  }

  /** Copies per original: P(0..8). */
  static final double[] COPIES_PER_ORIGINAL = {0.30, 0.25, 0.17, 0.11, 0.07, 0.04, 0.03, 0.02, 0.01};

  static int drawCount(Random r) {
    double x = r.nextDouble();
    for (int k = 0; k < COPIES_PER_ORIGINAL.length; k++) {
      x -= COPIES_PER_ORIGINAL[k];
      if (x < 0) {
        return k;
      }
    }
    return 0;
  }
}
