package fr.escalade.system;

import fr.escalade.system.InvalidRequestException.FieldProblem;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How far a caller may reach with the periods and pages they choose. Every figure is computed over
 * a period and every list is read page by page: unbounded, one request ({@code from=-999999999-01-01},
 * {@code page=2147483647}) holds a database and a heap for minutes or fails deep inside them.
 */
public final class QueryLimits {

  /** No complaint of the register is older: the register starts with the 2000s. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

  /** Deadlines and due dates are looked up to a year ahead, not further. */
  public static final int YEARS_AHEAD = 1;

  /** Five years: how long the register keeps a complaint's file, so the longest period worth a report. */
  public static final int MAX_PERIOD_DAYS = 1827;

  /**
   * How far back a date a caller reports (a complaint sent or received, a referral, a proposal) may
   * be: the register keeps a complaint's file five years, so an older one is a typing error, and one
   * such as year 0001 would have the client told mediation is open "until year 0002".
   */
  public static final Period REPORTED_DATES_BACK = Period.ofYears(5);

  /** Beyond this, a caller is walking the register: they want the CSV export, not pages. */
  public static final int MAX_PAGE = 10_000;

  private QueryLimits() {}

  /** The latest date a caller may choose when today is {@code today}. */
  public static LocalDate latestDate(LocalDate today) {
    return today.plusYears(YEARS_AHEAD);
  }

  /** What is wrong with {@code date} (optional) as a bound of a selection. */
  public static List<FieldProblem> dateProblems(String field, LocalDate date, LocalDate today) {
    if (date == null || (!date.isBefore(EARLIEST_DATE) && !date.isAfter(latestDate(today)))) {
      return List.of();
    }
    return List.of(new FieldProblem(field, "must be between " + EARLIEST_DATE + " and " + latestDate(today)));
  }

  /** What is wrong with the dates of a selection from {@code from} to {@code to}, both optional and included. */
  public static List<FieldProblem> datesProblems(String fromField, LocalDate from, String toField, LocalDate to, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>(dateProblems(fromField, from, today));
    problems.addAll(dateProblems(toField, to, today));
    if (problems.isEmpty() && from != null && to != null && from.isAfter(to)) {
      problems.add(new FieldProblem(fromField, "is after '" + toField + "' (" + from + " > " + to + ")"));
    }
    return problems;
  }

  /** What is wrong with a period to compute figures over: its dates, and a length of five years at most. */
  public static List<FieldProblem> periodProblems(String fromField, LocalDate from, String toField, LocalDate to, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>(datesProblems(fromField, from, toField, to, today));
    if (problems.isEmpty() && from != null && to != null && ChronoUnit.DAYS.between(from, to) + 1 > MAX_PERIOD_DAYS) {
      problems.add(new FieldProblem(toField, "makes a period longer than " + MAX_PERIOD_DAYS + " days (5 years)"));
    }
    return problems;
  }

  /** What is wrong with {@code date}, a day something happened, reported today: the future or too far back. */
  public static List<FieldProblem> reportedDateProblems(String field, LocalDate date, LocalDate today) {
    if (date == null) {
      return List.of();
    }
    if (date.isAfter(today)) {
      return List.of(new FieldProblem(field, "is in the future (today is " + today + " where the firm works)"));
    }
    if (date.isBefore(today.minus(REPORTED_DATES_BACK))) {
      return List.of(new FieldProblem(field, "is more than 5 years ago (before " + today.minus(REPORTED_DATES_BACK)
          + "), older than any file the register keeps"));
    }
    return List.of();
  }

  /**
   * What is wrong with a reported date that must also not come before an earlier event: the
   * complaint it concerns, the referral a mediation answers ({@code since} names it for the message).
   */
  public static List<FieldProblem> reportedDateProblems(
      String field, LocalDate date, LocalDate today, LocalDate notBefore, String since) {
    List<FieldProblem> problems = reportedDateProblems(field, date, today);
    if (problems.isEmpty() && date != null && notBefore != null && date.isBefore(notBefore)) {
      return List.of(new FieldProblem(field, "is before " + since + " (" + notBefore + ")"));
    }
    return problems;
  }

  public static void checkPeriod(String fromField, LocalDate from, String toField, LocalDate to, LocalDate today) {
    throwIfAny(periodProblems(fromField, from, toField, to, today));
  }

  public static void checkPage(String field, int page) {
    if (page < 0 || page > MAX_PAGE) {
      throw InvalidRequestException.of(field, "must be between 0 and " + MAX_PAGE);
    }
  }

  public static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }
}
