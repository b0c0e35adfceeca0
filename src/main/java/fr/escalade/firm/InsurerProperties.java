package fr.escalade.firm;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The insurers of each firm, read from the firms' own settings ({@code escalade.firms.<id>.insurers}).
 * They are bound apart from {@link Firm}, whose other settings the binder leaves aside here, so that
 * a firm that places no contracts with insurers configures none.
 */
@Validated
@ConfigurationProperties("escalade")
public record InsurerProperties(Map<String, @Valid FirmInsurers> firms) {

  /** One firm's insurers by identifier; null when it configures none. */
  public record FirmInsurers(Map<String, @Valid Insurer> insurers) {}
}
