package fr.escalade.insurer;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.correspondence.Correspondence;
import fr.escalade.correspondence.DeliveryChannel;
import fr.escalade.correspondence.LetterType;
import fr.escalade.correspondence.LetterWriter;
import fr.escalade.firm.Firms;
import fr.escalade.firm.Insurer;
import fr.escalade.firm.Insurers;
import fr.escalade.firm.ProductLine;
import fr.escalade.firm.ProductLines;
import fr.escalade.system.InvalidRequestException.FieldProblem;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forwards a complaint that concerns the insurer to the insurer's complaints service, with its file,
 * and tells the client in writing that it did and to whom (domain.md: "A broker's complaint often
 * concerns the insurer"). The firm keeps the complaint: it still owes the acknowledgement and answers
 * for its own part, so nothing of the complaint's process or clocks changes here. The register records
 * the insurer, the product line and the day, which the annual file for the insurer selects by.
 */
@Service
public class InsurerForwarding {

  private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

  private final ComplaintRegister register;
  private final LetterWriter letters;
  private final Correspondence correspondence;
  private final Insurers insurers;
  private final ProductLines productLines;
  private final Firms firms;

  InsurerForwarding(
      ComplaintRegister register,
      LetterWriter letters,
      Correspondence correspondence,
      Insurers insurers,
      ProductLines productLines,
      Firms firms) {
    this.register = register;
    this.letters = letters;
    this.correspondence = correspondence;
    this.insurers = insurers;
    this.productLines = productLines;
    this.firms = firms;
  }

  /**
   * What is wrong with forwarding a complaint of {@code firm} to {@code insurerId} for {@code productLine},
   * each problem named after the caller's field ({@code insurerField}, {@code productLineField}): a form and
   * the API check with it before they hand the complaint to its process. Empty: {@link #forward} will accept it.
   */
  public List<FieldProblem> problems(
      String firm, String insurerId, String productLine, String insurerField, String productLineField) {
    List<FieldProblem> problems = new ArrayList<>();
    if (insurerId == null || insurerId.isBlank()) {
      problems.add(new FieldProblem(insurerField, "is required: the insurer the complaint is forwarded to, one of " + insurers.of(firm).keySet()));
    } else if (!insurers.isKnown(firm, insurerId.strip())) {
      problems.add(new FieldProblem(
          insurerField, "'" + insurerId.strip() + "' is not an insurer of firm " + firm + "; its insurers: " + insurers.of(firm).keySet()));
    }
    if (productLine == null || productLine.isBlank()) {
      problems.add(new FieldProblem(productLineField, "is required: the product line of the contract concerned, one of " + productLines.ids()));
    } else if (!productLines.isKnown(productLine.strip())) {
      problems.add(new FieldProblem(
          productLineField, "'" + productLine.strip() + "' is not a product line; use one of " + productLines.ids()));
    }
    return problems;
  }

  /**
   * Forwards the complaint to the insurer, records it in the register and tells the client, in one
   * transaction: the two letters and the register entry are written together or not at all.
   *
   * @throws IllegalArgumentException when the insurer is not one of the complaint's firm or the
   *     product line is not configured: callers check with {@link #problems} first
   * @throws IllegalStateException when the complaint was already forwarded to an insurer
   */
  @Transactional
  public void forward(Complaint complaint, String insurerId, String productLine) {
    List<FieldProblem> problems = problems(complaint.getFirm(), insurerId, productLine, "insurer", "productLine");
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Cannot forward complaint " + complaint.getReference() + ": " + problems);
    }
    Insurer insurer = insurers.get(complaint.getFirm(), insurerId.strip());
    ProductLine line = productLines.find(productLine.strip()).orElseThrow();
    // the file lists what was exchanged with the client before the forwarding, not the forwarding itself
    List<String> exchanged = correspondenceList(complaint);
    register.recordInsurerReferral(complaint, insurerId.strip(), line.id());

    Map<String, Object> details = new HashMap<>();
    details.put("productLineLabel", line.label());
    details.put("correspondence", exchanged);
    letters.writeToInsurer(LetterType.INSURER_REFERRAL, complaint, insurer, details);
    letters.write(LetterType.INSURER_REFERRAL_NOTICE, complaint, Map.of("insurer", insurer, "productLineLabel", line.label()));
  }

  /** The letters exchanged with the client and the mediator so far; staff notices are internal. */
  private List<String> correspondenceList(Complaint complaint) {
    ZoneId zone = firms.get(complaint.getFirm()).calendar().timeZone();
    return correspondence.of(complaint.getReference()).stream()
        .filter(letter -> letter.channel() != DeliveryChannel.INTERNAL)
        .map(letter -> LETTER_DATE.format(letter.createdAt().atZone(zone))
            + (letter.type() == LetterType.CLIENT_MESSAGE ? ", reçu : " : ", envoyé : ")
            + letter.subject())
        .toList();
  }
}
