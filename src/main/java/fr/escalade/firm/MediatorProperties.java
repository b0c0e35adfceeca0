package fr.escalade.firm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The independent mediator every answer names, and how long a complaint waits for a referral.
 *
 * @param closeWithoutReferralAfter how long after the answer (and no earlier than the day mediation
 *     opens) an answered complaint that nobody referred to the mediator is closed
 */
@Validated
@ConfigurationProperties("escalade.mediator")
public record MediatorProperties(
    @NotBlank String name,
    @NotBlank String postalAddress,
    @NotBlank String email,
    @NotBlank String website,
    @DefaultValue("P2M") @NotNull Period closeWithoutReferralAfter) {}
