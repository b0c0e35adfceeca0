package fr.escalade.improvement;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the dysfunctions complaints reveal, against the complaint that revealed them. */
@Service
@Transactional
public class Dysfunctions {

  private final DysfunctionRepository dysfunctions;
  private final ComplaintRegister register;
  private final Clock clock;

  Dysfunctions(DysfunctionRepository dysfunctions, ComplaintRegister register, Clock clock) {
    this.dysfunctions = dysfunctions;
    this.register = register;
    this.clock = clock;
  }

  public Dysfunction record(String reference, DysfunctionCategory category, String description, String recordedBy) {
    Complaint complaint = register.get(reference);
    return dysfunctions.save(
        new Dysfunction(complaint, category, description.strip(), register.today(complaint), recordedBy, clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<Dysfunction> of(String reference) {
    register.get(reference);
    return dysfunctions.findByComplaintReference(reference);
  }
}
