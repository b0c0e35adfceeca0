package fr.escalade.process;

import static fr.escalade.process.ProcessVariables.*;

import fr.escalade.complaint.Category;
import fr.escalade.complaint.Channel;
import fr.escalade.improvement.DysfunctionCategory;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values a person may choose in a task form, by process variable. The forms offer them, the
 * diagram's conditions route on them and the task listeners accept only them; DiagramConsistencyTests
 * compares the three, so that a value renamed in one place fails the build.
 */
public final class Choices {

  public static final String COMPLAINT = "COMPLAINT";
  public static final String REQUEST = "REQUEST";
  public static final String SETTLED = "SETTLED";
  public static final String ESCALATE = "ESCALATE";
  public static final String ACKNOWLEDGE = "ACKNOWLEDGE";
  public static final String ANSWER_AT_ONCE = "ANSWER_AT_ONCE";
  public static final String READY = "READY";
  public static final String DELAYED = "DELAYED";
  public static final String APPROVE = "APPROVE";
  public static final String REVISE = "REVISE";
  public static final String ACCEPT = "ACCEPT";
  public static final String SETTLED_ON_THE_SPOT = "SETTLED_ON_THE_SPOT";
  public static final String NOT_SETTLED = "NOT_SETTLED";
  public static final String REFUSE = "REFUSE";

  /** The outcomes an answer may have; closing outcomes (request, settlement) are not chosen. */
  public static final Set<String> ANSWER_OUTCOMES =
      Set.of("FAVOURABLE", "PARTLY_FAVOURABLE", "UNFAVOURABLE", "WITHDRAWN");

  public static final Map<String, Set<String>> BY_VARIABLE =
      Map.of(
          QUALIFICATION, Set.of(COMPLAINT, REQUEST),
          FIRST_CONTACT_RESULT, Set.of(SETTLED, ESCALATE),
          REVIEW_DECISION, Set.of(ACKNOWLEDGE, ANSWER_AT_ONCE),
          ANSWER_STATUS, Set.of(READY, DELAYED),
          OUTCOME, ANSWER_OUTCOMES,
          ProcessVariables.CATEGORY, names(Category.values()),
          DYSFUNCTION_CATEGORY, names(DysfunctionCategory.values()),
          APPROVAL_DECISION, Set.of(APPROVE, REVISE),
          PROPOSAL_DECISION, Set.of(ACCEPT, REFUSE),
          ORAL_RESULT, Set.of(SETTLED_ON_THE_SPOT, NOT_SETTLED));

  /**
   * Codes the forms only show, in a read-only select, with the French label each code must carry
   * there: the channel a complaint came by.
   */
  public static final Map<String, Map<String, String>> SHOWN_BY_VARIABLE =
      Map.of(CHANNEL, Arrays.stream(Channel.values()).collect(Collectors.toUnmodifiableMap(Enum::name, Channel::label)));

  private Choices() {}

  /** The values a person may choose for this variable. */
  public static Set<String> of(String variable) {
    Set<String> choices = BY_VARIABLE.get(variable);
    if (choices == null) {
      throw new IllegalArgumentException(variable + " is not a choice");
    }
    return choices;
  }

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }
}
