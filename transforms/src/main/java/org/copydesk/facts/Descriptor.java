package org.copydesk.facts;

import com.google.auto.value.AutoValue;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;

/**
 * What a fact describes, which is how facts of different versions are matched: two versions
 * rarely word a fact alike, and the figure itself is the thing that may differ.
 *
 * <ul>
 *   <li>{@link #unit()}: the head noun or unit right after the figure ({@code people}, {@code
 *       children}, {@code dead}, {@code decades}), the currency for money, the granularity for a
 *       date ({@code day}, {@code year}, …); empty when there is none;
 *   <li>{@link #state()}: for a count of people, what happened to them ({@code dead}, {@code
 *       injured}, {@code displaced}, …), from the words around the figure ({@code killed at least
 *       163 people}, {@code 700,000 people displaced}); empty when nothing says;
 *   <li>{@link #context()}: the content words and names around the fact in its sentence, within
 *       {@value Sentence#CONTEXT_WINDOW} words, normalised ({@link ContextTerms}), with its unit
 *       and state but not its figure, date or name: {@code school}, {@code peshawar}, {@code
 *       mumbai}, {@code 2008}. For a fact said several times in a story, all its contexts.
 * </ul>
 */
@AutoValue
public abstract class Descriptor {

  public abstract String unit();

  public abstract String state();

  public abstract ImmutableSortedSet<String> context();

  public static Descriptor of(String unit, String state, Collection<String> context) {
    return new AutoValue_Descriptor(unit, state, ImmutableSortedSet.copyOf(context));
  }

  /** The same descriptor with the union of both contexts. */
  Descriptor withContextOf(Descriptor other) {
    return of(unit(), state(),
        ImmutableSortedSet.<String>naturalOrder().addAll(context()).addAll(other.context())
            .build());
  }
}
