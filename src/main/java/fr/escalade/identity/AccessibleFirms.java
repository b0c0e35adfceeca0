package fr.escalade.identity;

import fr.escalade.complaint.Complaint;
import fr.escalade.complaint.ComplaintRegister;
import fr.escalade.system.ForbiddenException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.data.jpa.domain.Specification;

/**
 * The firms whose complaints a member of staff may see and act on, as {@link FirmAccess} found
 * them. Controllers take it as a parameter. A request naming another firm is refused (403); a
 * complaint of another firm looked up by reference is answered as if it did not exist (404), so
 * that a reference does not tell whether it exists elsewhere; lists keep the user's firms only.
 *
 * @param all an administrator: every firm, configured or not
 * @param configured every firm of the configuration
 */
public record AccessibleFirms(String user, Set<String> ids, boolean all, Set<String> configured) {

  public AccessibleFirms {
    ids = Set.copyOf(ids);
    configured = Set.copyOf(configured);
  }

  public boolean includes(String firm) {
    return all || (firm != null && ids.contains(firm));
  }

  /**
   * Refuses with a 403 a request whose {@code field} names a firm the user does not work for. A firm
   * that is not configured is left to the request's validation, which names it as a bad input (400).
   */
  public void require(String field, String firm) {
    if (firm != null && configured.contains(firm) && !includes(firm)) {
      throw new ForbiddenException(
          "'" + field + "': user '" + user + "' does not work for firm '" + firm + "'; their firms: " + new TreeSet<>(ids));
    }
  }

  /** The complaint, if it is of one of the user's firms; otherwise the same 404 as an unknown reference. */
  public Complaint visible(Complaint complaint) {
    if (!includes(complaint.getFirm())) {
      throw ComplaintRegister.notFound(complaint.getReference());
    }
    return complaint;
  }

  /** A query restriction to the user's firms, on an entity with a {@code firm} attribute. */
  public <T> Specification<T> scope() {
    return (root, query, cb) -> all ? cb.conjunction() : ids.isEmpty() ? cb.disjunction() : root.get("firm").in(ids);
  }

  /** Of {@code names} (firm names by id), those of the user's firms, for choosing a firm on a page. */
  public Map<String, String> among(Map<String, String> names) {
    Map<String, String> mine = new TreeMap<>(names);
    mine.keySet().removeIf(id -> !includes(id));
    return mine;
  }
}
