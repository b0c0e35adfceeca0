package fr.escalade.firm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The mediators of this installation, keyed by an identifier ({@code assurance}), and the one a
 * complaint goes to unless its firm names another ({@code escalade.firms.<id>.mediator}) or staff
 * change it on the complaint. {@link Mediators} checks at start that every identifier named exists.
 *
 * @param mediators every mediator a complaint may go to
 * @param defaultMediator the identifier of the mediator of the firms that name none
 */
@Validated
@ConfigurationProperties("escalade")
public record MediatorProperties(
    @NotEmpty Map<String, @Valid Mediator> mediators, @NotBlank String defaultMediator) {}
