package fr.escalade.firm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A line of insurance products (auto, habitation, …) the register classifies complaints by, as
 * configured under {@code escalade.product-lines}.
 *
 * @param id what the register and the API record ({@code HABITATION})
 * @param label what people read ("Habitation")
 */
public record ProductLine(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String id, @NotBlank String label) {}
