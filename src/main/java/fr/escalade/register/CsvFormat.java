package fr.escalade.register;

import fr.escalade.system.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * How the register's CSV is written. French spreadsheets (Excel, LibreOffice in a French locale) split
 * columns on {@code ;}, read a file without a byte-order mark as ANSI, and write decimals with a comma:
 * the default file is written for them, in French words. Scripts and other tools ask for the standard
 * one, which keeps the codes.
 */
public enum CsvFormat {
  /** UTF-8 with BOM, {@code ;}, French headers and labels (« E-mail », not EMAIL), « 12,50 », « oui »/« non ». */
  FRENCH(';', true),
  /** RFC 4180 as it always was: {@code ,}, English snake-case headers, no BOM, « 12.50 », true/false. */
  STANDARD(',', false);

  private final char separator;
  private final boolean french;

  CsvFormat(char separator, boolean french) {
    this.separator = separator;
    this.french = french;
  }

  /** {@code ?format=}: absent means French; {@code standard} or {@code french}, any case; else a 400. */
  public static CsvFormat of(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return FRENCH;
    }
    return switch (parameter.strip().toLowerCase(Locale.ROOT)) {
      case "french", "fr" -> FRENCH;
      case "standard" -> STANDARD;
      default -> throw InvalidRequestException.of("format", "must be french (the default) or standard");
    };
  }

  char separator() {
    return separator;
  }

  /** The UTF-8 byte-order mark, without which Excel reads « é » as « Ã© ». */
  String start() {
    return french ? "\uFEFF" : "";
  }

  String header(String column) {
    return french ? RegisterCsvHeaders.french(column) : column;
  }

  /** A column's cell: in French, a code as its French label (RegisterCsvLabels), then as {@link #cell(Object)}. */
  String cell(String column, Object value) {
    return cell(french ? RegisterCsvLabels.french(column, value) : value);
  }

  /** A cell's text: amounts and yes/no as the format's readers write them. */
  String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (french && value instanceof BigDecimal amount) {
      return amount.toPlainString().replace('.', ',');
    }
    if (french && value instanceof Boolean yes) {
      return yes ? "oui" : "non";
    }
    return value.toString();
  }
}
