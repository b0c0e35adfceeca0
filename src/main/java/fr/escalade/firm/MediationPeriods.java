package fr.escalade.firm;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long each step of the mediation may take, and how long an answered complaint waits for a
 * referral before it is closed (a later referral reopens it).
 *
 * @param closeWithoutReferralAfter how long after the answer (and no earlier than the day mediation
 *     opens) an answered complaint that nobody referred to the mediator is closed
 * @param fileDueAfter how long after the firm learns of a referral its file is due to the mediator
 *     (5 weeks, the recommended practice)
 * @param proposalDueAfter how long after the file is complete the mediator's proposal is due (90 days
 *     by the mediator's charter, which the mediator may extend for a complex case)
 * @param proposalResponseDueAfter how long after the proposal the firm's response to it is due
 */
@Validated
@ConfigurationProperties("escalade.mediation")
public record MediationPeriods(
    @DefaultValue("P2M") @NotNull Period closeWithoutReferralAfter,
    @DefaultValue("P35D") @NotNull Period fileDueAfter,
    @DefaultValue("P90D") @NotNull Period proposalDueAfter,
    @DefaultValue("P30D") @NotNull Period proposalResponseDueAfter) {}
