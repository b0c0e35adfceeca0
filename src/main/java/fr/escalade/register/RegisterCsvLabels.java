package fr.escalade.register;

import fr.escalade.complaint.Category;
import fr.escalade.complaint.Channel;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.MediationEnding;
import fr.escalade.complaint.Outcome;
import fr.escalade.complaint.Qualification;
import fr.escalade.complaint.ReferralWarning;
import java.util.Map;
import java.util.function.Function;

/**
 * The French words of the register's codes in its French CSV (« E-mail », not {@code EMAIL}): each
 * enum's own label, the one the staff pages and client pages show, so that a label is written in one
 * place. The standard CSV and the JSON API keep the codes, which scripts read.
 */
final class RegisterCsvLabels {

  /** Columns whose value is a code kept as text, by column. */
  private static final Map<String, Function<String, String>> CODES_AS_TEXT = Map.of("category", Category::labelOf);

  private RegisterCsvLabels() {}

  /** The French label of a column's value when it is a code; any other value as it is. */
  static Object french(String column, Object value) {
    if (value instanceof Channel channel) {
      return channel.label();
    }
    if (value instanceof ComplaintStatus status) {
      return status.staffLabel();
    }
    if (value instanceof Outcome outcome) {
      return outcome.label();
    }
    if (value instanceof Qualification qualification) {
      return qualification.label();
    }
    if (value instanceof MediationEnding ending) {
      return ending.label();
    }
    if (value instanceof ReferralWarning warning) {
      return warning.text();
    }
    if (value instanceof Enum<?> code) {
      // a code without a French label yet shows as it is; RegisterCsvLabelsTests names it
      return code.name();
    }
    if (value instanceof String text && CODES_AS_TEXT.containsKey(column)) {
      return CODES_AS_TEXT.get(column).apply(text);
    }
    return value;
  }
}
