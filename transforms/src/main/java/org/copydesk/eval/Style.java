package org.copydesk.eval;

import java.util.Locale;

/**
 * How an agency or outlet writes amounts, percentages, datelines and spelling. Reuters here writes
 * in its 1987 wire style ({@code 5.2 mln dlrs}, {@code 3.1 pct}, upper-case headlines, a {@code
 * Reuter} trailer).
 */
enum Style {
  REUTERS_1987(true, false),
  AP(false, false),
  AFP(false, true),
  PTI(false, true),
  XINHUA(false, false),
  /** Outlet, US spelling, {@code $5.2 million}, {@code percent}, {@code US}. */
  OUTLET_US(false, false),
  /** Outlet, UK spelling, {@code $5.2 million}, {@code per cent}, {@code US}. */
  OUTLET_UK(false, true);

  final boolean upperHeadline;
  final boolean ukSpelling;

  Style(boolean upperHeadline, boolean ukSpelling) {
    this.upperHeadline = upperHeadline;
    this.ukSpelling = ukSpelling;
  }

  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    String s = String.format(Locale.ROOT, "%.2f", v);
    if (s.endsWith("0")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** An amount of dollars, scaled to million/billion. */
  String money(double dollars) {
    String scale;
    String n;
    if (dollars >= 1e9) {
      n = num(Math.round(dollars / 1e7) / 100.0);
      scale = "billion";
    } else if (dollars >= 1e6) {
      n = num(Math.round(dollars / 1e4) / 100.0);
      scale = this == REUTERS_1987 ? "mln" : "million";
    } else {
      n = num(Math.round(dollars * 100) / 100.0);
      scale = "";
    }
    String sp = scale.isEmpty() ? "" : " " + scale;
    switch (this) {
      case REUTERS_1987:
        return n + sp + " dlrs";
      case XINHUA:
        return n + sp + " U.S. dollars";
      case PTI:
        return "USD " + n + sp;
      default:
        return "$" + n + sp;
    }
  }

  String pct(double p) {
    String n = num(Math.round(p * 10) / 10.0);
    switch (this) {
      case REUTERS_1987:
        return n + " pct";
      case PTI:
      case AFP:
      case OUTLET_UK:
        return n + " per cent";
      default:
        return n + " percent";
    }
  }

  String us() {
    return this == OUTLET_UK || this == OUTLET_US || this == AFP ? "US" : "U.S.";
  }

  String dateline(String city, String date, String agency) {
    String upper = city.toUpperCase(Locale.ROOT);
    switch (this) {
      case REUTERS_1987:
        return upper + ", " + date + " - ";
      case AP:
        return upper + " (AP) — ";
      case AFP:
        return upper + ", " + date + " (AFP) - ";
      case PTI:
        return city + ", " + date + " (PTI) ";
      case XINHUA:
        return upper + ", " + date + " (Xinhua) -- ";
      default:
        return upper + " — ";
    }
  }
}
