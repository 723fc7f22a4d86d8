/**
 * How one member story departs from its cluster's canonical story, on the text side: headline,
 * sentences added, removed and changed, each change down to the words. Plain Java, no Beam types,
 * so that consolidate can wrap it and tests and benchmarks can call it alone. Facts that disagree
 * (numbers, tolls, names) are {@code org.copydesk.facts}' business.
 *
 * <p>Entry point: {@link org.copydesk.diverge.Divergences#between}.
 */
package org.copydesk.diverge;
