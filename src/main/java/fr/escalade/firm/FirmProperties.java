package fr.escalade.firm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The firms of this installation, keyed by the identifier clients and staff use ({@code asekkey}). */
@Validated
@ConfigurationProperties("escalade")
public record FirmProperties(@NotEmpty Map<String, @Valid Firm> firms) {}
