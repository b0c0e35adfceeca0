package fr.escalade.insurer;

import fr.escalade.firm.Firms;
import fr.escalade.firm.Insurers;
import fr.escalade.firm.ProductLine;
import fr.escalade.firm.ProductLines;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.system.InvalidRequestException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The insurers a firm places contracts with and the product lines, as forms and staff choose from
 * them when a complaint concerns an insurer.
 */
@RestController
class InsurersController {

  private final Firms firms;
  private final Insurers insurers;
  private final ProductLines productLines;

  InsurersController(Firms firms, Insurers insurers, ProductLines productLines) {
    this.firms = firms;
    this.insurers = insurers;
    this.productLines = productLines;
  }

  /** One insurer as staff see it: where its complaints service is reached. */
  record InsurerEntry(String id, String name, String complaintsService, String email, String postalAddress) {}

  record FirmInsurers(String firm, List<InsurerEntry> insurers, List<ProductLine> productLines) {}

  @GetMapping(path = "/api/insurers", produces = MediaType.APPLICATION_JSON_VALUE)
  FirmInsurers list(@RequestParam(required = false) String firm, AccessibleFirms access) {
    if (firm == null || firm.isBlank()) {
      throw InvalidRequestException.of("firm", "is required: the firm whose insurers are listed, one of " + access.among(firms.names()).keySet());
    }
    access.require("firm", firm);
    if (firms.find(firm).isEmpty()) {
      throw InvalidRequestException.of("firm", "unknown firm '" + firm + "'; firms: " + access.among(firms.names()).keySet());
    }
    List<InsurerEntry> entries =
        insurers.of(firm).entrySet().stream()
            .map(e -> new InsurerEntry(e.getKey(), e.getValue().name(), e.getValue().complaintsService(),
                e.getValue().email(), e.getValue().postalAddress()))
            .toList();
    return new FirmInsurers(firm, entries, productLines.productLines());
  }
}
