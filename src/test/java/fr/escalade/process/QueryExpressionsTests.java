package fr.escalade.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.joda.time.DateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A filter's expressions name who asks and what time it is; nothing else is read, let alone run. */
class QueryExpressionsTests {

  @Test
  void theFunctionsTasklistFiltersUseAreAllowedWithTheirTypes() {
    assertThat(QueryExpressions.resultType("taskAssignee", "${currentUser()}")).isEqualTo(String.class);
    assertThat(QueryExpressions.resultType("taskCandidateGroupIn", "${ currentUserGroups() }")).isEqualTo(List.class);
    assertThat(QueryExpressions.resultType("dueBefore", "${now()}")).isEqualTo(Date.class);
    assertThat(QueryExpressions.resultType("dueBefore", "${dateTime().plusDays(2).withTimeAtStartOfDay()}")).isEqualTo(DateTime.class);
    assertThat(QueryExpressions.resultType("dueAfter", "${dateTime() . minusHours( 3 ).toDate()}")).isEqualTo(Date.class);
  }

  @Test
  void dateArithmeticIsComputedWithoutJuel() {
    DateTime start = DateTime.now();
    DateTime inTwoDays = (DateTime) QueryExpressions.evaluate("dueBefore", "${dateTime().plusDays(2)}");
    assertThat(inTwoDays.isAfter(start.plusDays(2).minusMinutes(1))).isTrue();
    assertThat(inTwoDays.isBefore(start.plusDays(2).plusMinutes(1))).isTrue();
    Date weekAgo = (Date) QueryExpressions.evaluate("dueAfter", "${dateTime().minusWeeks(1).withTimeAtStartOfDay().toDate()}");
    assertThat(weekAgo).isEqualTo(start.minusWeeks(1).withTimeAtStartOfDay().toDate());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"touch /tmp/x\")}",
      "${''.getClass()}",
      "${currentUser().getClass()}",
      "${currentUser().concat('x')}",
      "${now().getTime()}",
      "${dateTime().getClass()}",
      "${dateTime().toDate().getClass()}",
      "${dateTime().toDate().plusDays(1)}",
      "${dateTime().plusDays(1000000)}",
      "${dateTime().plusDays(x)}",
      "${complaintRegister}",
      "${execution}",
      "#{currentUser()}",
      "${currentUser()}${now()}",
      "x${currentUser()}",
      "${currentUser()",
      "${T(java.lang.Runtime)}"})
  void anyOtherExpressionIsRefusedWithA400NamingWhatIsAllowed(String expression) {
    assertThatThrownBy(() -> QueryExpressions.evaluate("taskAssignee", expression))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("taskAssignee")
        .hasMessageContaining("${currentUser()}");
  }

  @Test
  void aLongExpressionIsRefusedBeforeAnyPatternReadsIt() {
    String padded = "${dateTime()" + ".plusDays(1)".repeat(50) + "}";
    assertThatThrownBy(() -> QueryExpressions.resultType("dueBefore", padded)).isInstanceOf(BadUserRequestException.class);
  }
}
