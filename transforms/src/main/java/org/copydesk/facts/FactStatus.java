package org.copydesk.facts;

/** How the versions that report one fact relate. */
public enum FactStatus {
  /** Several versions report it, with compatible values ({@link Quantity#compatibleWith}, …). */
  AGREED,
  /** Several versions report it and two give incompatible values or word a quote differently. */
  DISPUTED,
  /** Only one version reports it. */
  SINGLE_SOURCE
}
