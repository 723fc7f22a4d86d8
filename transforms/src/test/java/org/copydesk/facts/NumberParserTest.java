package org.copydesk.facts;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.Test;

public class NumberParserTest {

  @Test
  public void numeralsWithGroupingDecimalsAndAbbreviatedScales() {
    assertThat(NumberParser.numeral("700,000"), equalTo(OptionalDouble.of(700_000)));
    assertThat(NumberParser.numeral("2.5"), equalTo(OptionalDouble.of(2.5)));
    assertThat(NumberParser.numeral("250m"), equalTo(OptionalDouble.of(2.5e8)));
    assertThat(NumberParser.numeral("1.5bn"), equalTo(OptionalDouble.of(1.5e9)));
    assertThat(NumberParser.numeral("1980s").isPresent(), is(false));
    assertThat(NumberParser.numeral("3rd").isPresent(), is(false));
  }

  @Test
  public void scaleWordsAfterANumeral() {
    assertThat(NumberParser.scale("million"), equalTo(OptionalDouble.of(1e6)));
    assertThat(NumberParser.scale("crore"), equalTo(OptionalDouble.of(1e7)));
    assertThat(NumberParser.scale("hundred").isPresent(), is(false)); // 2.5 hundred is not copy
  }

  @Test
  public void numbersInWords() {
    assertThat(NumberParser.words(List.of("seven")), equalTo(OptionalDouble.of(7)));
    assertThat(NumberParser.words(List.of("twenty-five")), equalTo(OptionalDouble.of(25)));
    assertThat(NumberParser.words(List.of("two-and-a-half")), equalTo(OptionalDouble.of(2.5)));
    assertThat(NumberParser.words(List.of("one", "hundred", "and", "fifty")),
        equalTo(OptionalDouble.of(150)));
    assertThat(NumberParser.words(List.of("two", "thousand", "five", "hundred")),
        equalTo(OptionalDouble.of(2500)));
    assertThat(NumberParser.words(List.of("three", "million")), equalTo(OptionalDouble.of(3e6)));
  }

  @Test
  public void aLoneOneOrScaleIsNotANumber() {
    assertThat(NumberParser.words(List.of("one")).isPresent(), is(false));
    assertThat(NumberParser.words(List.of("million")).isPresent(), is(false));
    assertThat(NumberParser.isNumberWord("dozens"), is(false));
  }
}
