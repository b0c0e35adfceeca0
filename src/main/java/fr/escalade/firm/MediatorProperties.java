package fr.escalade.firm;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The independent mediator every answer names.
 */
@Validated
@ConfigurationProperties("escalade.mediator")
public record MediatorProperties(
    @NotBlank String name,
    @NotBlank String postalAddress,
    @NotBlank String email,
    @NotBlank String website) {}
