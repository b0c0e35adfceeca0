package fr.escalade.firm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The product lines of this installation, in the order forms offer them ({@code escalade.product-lines}):
 * the register records one for each complaint that concerns an insurer. Identifiers are unique: the
 * start stops on a repeated one, naming it.
 */
@Validated
@ConfigurationProperties("escalade")
public record ProductLines(@NotEmpty List<@Valid ProductLine> productLines) {

  public ProductLines {
    Map<String, ProductLine> byId = new LinkedHashMap<>();
    for (ProductLine line : productLines == null ? List.<ProductLine>of() : productLines) {
      if (line != null && line.id() != null && byId.put(line.id(), line) != null) {
        throw new IllegalStateException("escalade.product-lines names '" + line.id() + "' twice");
      }
    }
    productLines = productLines == null ? null : List.copyOf(productLines);
  }

  public Optional<ProductLine> find(String id) {
    return id == null ? Optional.empty() : productLines.stream().filter(line -> line.id().equals(id)).findFirst();
  }

  public boolean isKnown(String id) {
    return find(id).isPresent();
  }

  public List<String> ids() {
    return productLines.stream().map(ProductLine::id).toList();
  }
}
