package fr.escalade.intake;

import fr.escalade.complaint.Channel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A complaint as submitted to {@code POST /api/complaints}. */
public record NewComplaint(
    @NotBlank @Size(max = 40) String firm,
    @NotNull Channel channel,
    LocalDate sentOn,
    LocalDate receivedOn,
    @Min(1) @Max(2) Integer entryLevel,
    @NotNull @Valid Person complainant,
    @Size(max = 100) String contractReference,
    @NotBlank @Size(max = 200) String subject,
    @NotBlank @Size(max = 10_000) String description) {

  /** Who complains. */
  public record Person(
      @NotBlank @Size(max = 200) String name,
      // "" is no address rather than a wrong one (the validator applies the pattern to it)
      @Email(regexp = "^\\s*$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "is not a valid e-mail address") @Size(max = 254) String email,
      @Size(max = 500) String postalAddress,
      @Size(max = 40) String phone,
      Boolean isClient,
      Boolean isResident,
      @Size(max = 200) String representedBy) {}
}
