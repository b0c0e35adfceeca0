package fr.escalade.process;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.el.CommandContextFunctions;
import org.camunda.bpm.engine.impl.el.DateTimeFunctions;
import org.joda.time.DateTime;

/**
 * The expressions a task query or a Tasklist filter may hold, and their evaluation without JUEL.
 *
 * <p>Camunda evaluates a query's expressions with the same resolver as a diagram's, so that any
 * method of any object is one call away ({@code "".getClass().forName("java.lang.Runtime")…}): from
 * a stored filter, or from the or-queries of an ad-hoc query, which the engine's "no expressions in
 * ad-hoc queries" check does not look into. Filters need only who is asking and what time it is, so
 * a query expression is one of {@code ${currentUser()}}, {@code ${currentUserGroups()}}, {@code
 * ${now()}} and {@code ${dateTime()}} followed by date arithmetic ({@code .plusDays(2)}, {@code
 * .minusHours(1)}, {@code .withTimeAtStartOfDay()}, {@code .toDate()}), read by a pattern and
 * computed here by a switch: nothing else is parsed, resolved or invoked.
 */
final class QueryExpressions {

  /** Longer than any expression a filter needs; keeps the patterns' work bounded. */
  static final int MAX_LENGTH = 200;

  static final String ALLOWED =
      "${currentUser()}, ${currentUserGroups()}, ${now()}, ${dateTime()} suivie de plusDays(n), minusDays(n)"
          + " (Years, Months, Weeks, Days, Hours, Minutes, Seconds), withTimeAtStartOfDay() ou toDate()";

  private static final Pattern WHOLE =
      Pattern.compile("\\$\\{\\s*(currentUser|currentUserGroups|now|dateTime)\\s*\\(\\s*\\)((?:\\s*\\.\\s*\\w+\\s*\\(\\s*-?\\d*\\s*\\))*)\\s*}");
  private static final Pattern CALL = Pattern.compile("\\.\\s*(\\w+)\\s*\\(\\s*(-?\\d*)\\s*\\)");
  private static final Pattern AMOUNT_METHOD = Pattern.compile("(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes|Seconds)");
  /** Ten years in seconds fits an int; more is not a filter's business. */
  private static final int MAX_AMOUNT = 99_999;

  private QueryExpressions() {}

  /** Whether a text is an expression at all (the engine treats other text as a literal). */
  static boolean isExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** The type {@link #evaluate} gives for an allowed expression; refuses any other expression. */
  static Class<?> resultType(String name, String text) {
    Matcher whole = parse(name, text);
    String function = whole.group(1);
    String chain = whole.group(2);
    if (!"dateTime".equals(function) && !chain.isBlank()) {
      throw refused(name, text);
    }
    return switch (function) {
      case "currentUser" -> String.class;
      case "currentUserGroups" -> List.class;
      case "now" -> Date.class;
      default -> dateTimeChain(name, text, chain, null) instanceof Date ? Date.class : DateTime.class;
    };
  }

  /** The value of an allowed expression for the user of the current command; refuses any other. */
  static Object evaluate(String name, String text) {
    Matcher whole = parse(name, text);
    resultType(name, text);
    return switch (whole.group(1)) {
      case "currentUser" -> CommandContextFunctions.currentUser();
      case "currentUserGroups" -> CommandContextFunctions.currentUserGroups();
      case "now" -> DateTimeFunctions.now();
      default -> dateTimeChain(name, text, whole.group(2), DateTimeFunctions.dateTime());
    };
  }

  private static Matcher parse(String name, String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      throw refused(name, text);
    }
    Matcher whole = WHOLE.matcher(text.strip());
    if (!whole.matches()) {
      throw refused(name, text);
    }
    return whole;
  }

  /** Applies the chain to {@code start}; with a null start, only checks it (and answers a DateTime or a Date). */
  private static Object dateTimeChain(String name, String text, String chain, DateTime start) {
    DateTime value = start == null ? new DateTime(0L) : start;
    // WHOLE matched: the chain is nothing but calls
    Matcher call = CALL.matcher(chain);
    while (call.find()) {
      String method = call.group(1);
      String argument = call.group(2);
      if ("toDate".equals(method) && argument.isEmpty()) {
        if (!chain.substring(call.end()).isBlank()) {
          throw refused(name, text); // a Date has no date arithmetic
        }
        return value.toDate();
      }
      value = apply(name, text, value, method, argument);
    }
    return value;
  }

  private static DateTime apply(String name, String text, DateTime value, String method, String argument) {
    if ("withTimeAtStartOfDay".equals(method) && argument.isEmpty()) {
      return value.withTimeAtStartOfDay();
    }
    Matcher amountMethod = AMOUNT_METHOD.matcher(method);
    if (!amountMethod.matches() || argument.isEmpty() || argument.length() > 6) {
      throw refused(name, text);
    }
    int amount = Integer.parseInt(argument);
    if (Math.abs(amount) > MAX_AMOUNT) {
      throw refused(name, text);
    }
    int signed = amountMethod.group(1).equals("plus") ? amount : -amount;
    return switch (amountMethod.group(2).toLowerCase(Locale.ROOT)) {
      case "years" -> value.plusYears(signed);
      case "months" -> value.plusMonths(signed);
      case "weeks" -> value.plusWeeks(signed);
      case "days" -> value.plusDays(signed);
      case "hours" -> value.plusHours(signed);
      case "minutes" -> value.plusMinutes(signed);
      default -> value.plusSeconds(signed);
    };
  }

  static BadUserRequestException refused(String name, String text) {
    String shown = text == null ? "" : text.length() > 80 ? text.substring(0, 80) + "…" : text;
    return new BadUserRequestException(
        "Expression refusée dans la requête de tâches" + (name == null ? "" : " (" + name + ")") + " : « " + shown
            + " ». Une requête ou un filtre n'accepte que " + ALLOWED + ".");
  }
}
