package fr.escalade.intake;

import com.fasterxml.jackson.annotation.JsonValue;
import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.RegisterField;
import fr.escalade.complaint.RegisterFields;
import fr.escalade.correspondence.Correspondence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A complaint as {@code /api/complaints} shows it: every field of the register the view has a place
 * for ({@link RegisterFields}), grouped as their view paths say, then every delay notice and every
 * referral to the mediator, then every letter written so far.
 */
public final class ComplaintView {

  /** Groups shown only once there is something in them; null before. */
  private static final Map<String, Predicate<Complaint>> GROUPS_SHOWN_WHEN =
      Map.of(
          "delay", complaint -> complaint.getDelay().isAnnounced(),
          "mediation", complaint -> complaint.getMediation().isReferred(),
          "qualification", complaint -> complaint.getQualifiedAs() != null);

  private final Map<String, Object> properties;

  private ComplaintView(Map<String, Object> properties) {
    this.properties = properties;
  }

  @JsonValue
  Map<String, Object> properties() {
    return properties;
  }

  static ComplaintView of(Complaint complaint, List<Correspondence.Entry> correspondence) {
    Map<String, Object> view = new LinkedHashMap<>();
    for (RegisterField field : RegisterFields.ALL) {
      if (field.viewPath() == null) {
        continue;
      }
      int dot = field.viewPath().indexOf('.');
      if (dot < 0) {
        view.put(field.viewPath(), field.valueOf(complaint));
        continue;
      }
      String group = field.viewPath().substring(0, dot);
      if (!GROUPS_SHOWN_WHEN.getOrDefault(group, always -> true).test(complaint)) {
        view.put(group, null);
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> members = (Map<String, Object>) view.computeIfAbsent(group, name -> new LinkedHashMap<>());
      members.put(field.viewPath().substring(dot + 1), field.valueOf(complaint));
    }
    // every notice and referral, not only the last one the register's row summarises
    view.put("delayNotices", complaint.getDelayNotices());
    view.put("mediatorReferrals", complaint.getMediatorReferrals());
    view.put("correspondence", correspondence);
    return new ComplaintView(view);
  }
}
