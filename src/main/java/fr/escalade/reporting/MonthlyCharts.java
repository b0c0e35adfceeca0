package fr.escalade.reporting;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The two monthly charts of the reporting page, laid out as SVG coordinates on the server: the page
 * needs no script, and the Content-Security-Policy allows none.
 */
record MonthlyCharts(
    int width, int height, List<Bar> bars, List<Tick> volumeTicks, List<Label> months,
    String acknowledgementLine, String answerLine, List<Point> acknowledgementPoints, List<Point> answerPoints,
    List<Tick> rateTicks) {

  static final int WIDTH = 640;
  static final int HEIGHT = 220;
  static final int LEFT = 44;
  static final int RIGHT = 12;
  static final int TOP = 12;
  static final int BOTTOM = 30;

  record Bar(double x, double y, double width, double height, String title) {}

  record Tick(double y, String text) {}

  record Label(double x, String text) {}

  record Point(double x, double y, String title) {}

  static MonthlyCharts of(List<Kpis.Month> months) {
    int n = Math.max(1, months.size());
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double slot = plotWidth / n;
    long max = Math.max(1, months.stream().mapToLong(Kpis.Month::received).max().orElse(1));
    long step = niceStep(max);
    long top = ((max + step - 1) / step) * step;

    List<Bar> bars = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    List<Point> ack = new ArrayList<>();
    List<Point> answer = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      Kpis.Month month = months.get(i);
      double centre = LEFT + slot * i + slot / 2;
      double height = plotHeight * month.received() / top;
      String name = month.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.FRENCH) + " " + (month.month().getYear() % 100);
      bars.add(new Bar(centre - slot * 0.35, TOP + plotHeight - height, slot * 0.7, height, name + " : " + month.received() + " reçue(s)"));
      labels.add(new Label(centre, name));
      point(ack, centre, plotHeight, month.acknowledgedInTime(), name + " – accusés à temps : ");
      point(answer, centre, plotHeight, month.answeredInTime(), name + " – réponses à temps : ");
    }
    List<Tick> volumeTicks = new ArrayList<>();
    for (long value = 0; value <= top; value += step) {
      volumeTicks.add(new Tick(TOP + plotHeight - plotHeight * value / top, String.valueOf(value)));
    }
    List<Tick> rateTicks = new ArrayList<>();
    for (int percent = 0; percent <= 100; percent += 25) {
      rateTicks.add(new Tick(TOP + plotHeight - plotHeight * percent / 100.0, percent + " %"));
    }
    return new MonthlyCharts(WIDTH, HEIGHT, bars, volumeTicks, labels, line(ack), line(answer), ack, answer, rateTicks);
  }

  /** Months with nothing due yet have no rate: the line skips them rather than drop to zero. */
  private static void point(List<Point> points, double x, double plotHeight, Kpis.OnTime onTime, String title) {
    if (onTime.share() != null) {
      double y = TOP + plotHeight - plotHeight * onTime.share();
      points.add(new Point(x, y, title + Math.round(onTime.share() * 100) + " % (" + onTime.onTime() + "/" + onTime.due() + ")"));
    }
  }

  private static String line(List<Point> points) {
    return points.stream().map(p -> String.format(Locale.ROOT, "%.1f,%.1f", p.x(), p.y())).collect(Collectors.joining(" "));
  }

  /** 1, 2 or 5 times a power of ten, giving four or five gridlines. */
  static long niceStep(long max) {
    double rough = max / 4.0;
    long power = (long) Math.pow(10, Math.floor(Math.log10(Math.max(1, rough))));
    for (long factor : new long[] {1, 2, 5, 10}) {
      if (power * factor >= rough) {
        return Math.max(1, power * factor);
      }
    }
    return power * 10;
  }

  public int plotBottom() {
    return HEIGHT - BOTTOM;
  }

  public int plotLeft() {
    return LEFT;
  }

  public int plotRight() {
    return WIDTH - RIGHT;
  }
}
