/**
 * Facts: what the versions of a story report, and where they disagree. Plain Java, no Beam types,
 * so that it can be tested and benchmarked alone; the consolidate stage calls it per cluster.
 *
 * <ol>
 *   <li>{@link org.copydesk.facts.FactExtractor} reads a story's facts: figures ({@link
 *       org.copydesk.facts.FactKind#NUMBER NUMBER}), money ({@link
 *       org.copydesk.facts.FactKind#AMOUNT AMOUNT}), counts of people ({@link
 *       org.copydesk.facts.FactKind#TOLL TOLL}), dates, names and quotes, each with its value as
 *       written and normalised, what it describes ({@link org.copydesk.facts.Descriptor}) and its
 *       sentence. At most {@value org.copydesk.facts.FactExtractor#MAX_FACTS} per story.
 *   <li>{@link org.copydesk.facts.FactAligner} aligns the facts of several members by what they
 *       describe, and sorts each aligned fact into {@link org.copydesk.facts.FactStatus#AGREED
 *       AGREED}, {@link org.copydesk.facts.FactStatus#DISPUTED DISPUTED} (who says what) or
 *       {@link org.copydesk.facts.FactStatus#SINGLE_SOURCE SINGLE_SOURCE}.
 *   <li>{@link org.copydesk.facts.FactComparison#forMember} gives one member's view against the
 *       canonical: its conflicts, the facts only it has, the canonical's facts it lacks.
 * </ol>
 *
 * <p>Values agree only when they state the same number with compatible hedges ({@link
 * org.copydesk.facts.Qualifier}): {@code 150} and {@code more than 150} disagree, as do {@code at
 * least 163} and {@code 166}. Quotes agree when one's words are a run of the other's, after house
 * style is folded; {@code I emphasised} and {@code I emphasize} disagree. Word-level differences
 * of whole sentences are {@code org.copydesk.diverge}'s business, not this package's.
 *
 * <p>Output order is deterministic: facts in story order, groups in order of first appearance
 * (members in the order given), reports in member order.
 */
package org.copydesk.facts;
