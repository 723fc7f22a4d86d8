package org.copydesk.facts;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import org.junit.Test;

public class QuantityTest {

  private static Quantity q(double v, Qualifier h) {
    return Quantity.of(v, h, null);
  }

  @Test
  public void aBareFigureIsTakenAtItsWord() {
    assertThat(q(150, Qualifier.EXACT).compatibleWith(q(150, Qualifier.EXACT)), is(true));
    assertThat(q(150, Qualifier.EXACT).compatibleWith(q(150, Qualifier.MORE_THAN)), is(false));
    assertThat(q(150, Qualifier.EXACT).compatibleWith(q(150, Qualifier.NEARLY)), is(false));
    assertThat(q(134, Qualifier.EXACT).compatibleWith(q(150, Qualifier.EXACT)), is(false));
  }

  @Test
  public void hedgesThatAdmitTheFigureAgreeWithIt() {
    assertThat(q(150, Qualifier.EXACT).compatibleWith(q(150, Qualifier.ABOUT)), is(true));
    assertThat(q(150, Qualifier.EXACT).compatibleWith(q(150, Qualifier.AT_LEAST)), is(true));
    assertThat(q(150, Qualifier.AT_MOST).compatibleWith(q(150, Qualifier.LESS_THAN)), is(true));
    assertThat(q(150, Qualifier.MORE_THAN).compatibleWith(q(150, Qualifier.AT_LEAST)), is(true));
    assertThat(q(150, Qualifier.MORE_THAN).compatibleWith(q(150, Qualifier.AT_MOST)), is(false));
  }

  @Test
  public void differentCountsDisagreeEvenWhenLogicallyConsistent() {
    assertThat(q(163, Qualifier.AT_LEAST).compatibleWith(q(166, Qualifier.EXACT)), is(false));
  }

  @Test
  public void moneyAgreesOnlyInOneCurrency() {
    Quantity usd = Quantity.of(2.5e8, Qualifier.ABOUT, "USD");
    assertThat(usd.compatibleWith(Quantity.of(2.5e8, Qualifier.EXACT, "USD")), is(true));
    assertThat(usd.compatibleWith(Quantity.of(2.5e8, Qualifier.EXACT, "EUR")), is(false));
    assertThat(usd.compatibleWith(q(2.5e8, Qualifier.EXACT)), is(false));
  }

  @Test
  public void normalisedTextIsHedgeNumberCurrency() {
    assertThat(q(150, Qualifier.MORE_THAN).normalized(), equalTo("more than 150"));
    assertThat(q(2.5, Qualifier.EXACT).normalized(), equalTo("2.5"));
    assertThat(Quantity.of(2.5e8, Qualifier.ABOUT, "USD").normalized(),
        equalTo("about 250000000 USD"));
  }
}
