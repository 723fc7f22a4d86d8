package org.copydesk.facts;

/** What sort of fact: facts of different kinds are never aligned with each other. */
public enum FactKind {
  /** A figure that is neither money nor a count of people: {@code six decades}, {@code 2.5%}. */
  NUMBER,
  /** Money, with currency and scale: {@code $250 million}, {@code 250 million dollars}. */
  AMOUNT,
  /** A count of people, mostly casualties: {@code 150 dead}, {@code at least 163 people}. */
  TOLL,
  /** A date, month, year or weekday: {@code Jan 13}, {@code November 2008}, {@code Tuesday}. */
  DATE,
  /** A person, place or organisation: {@code Sartaj Aziz}, {@code North Waziristan}. */
  NAME,
  /** Words inside quotation marks. */
  QUOTE
}
