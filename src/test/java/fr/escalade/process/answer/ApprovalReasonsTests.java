package fr.escalade.process.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reason the approval form gives is the description process owners wrote next to the rule that matched. */
class ApprovalReasonsTests {

  private static final DmnModelInstance TABLE = Dmn.readModelFromFile(new File("processes/answer-approval.dmn"));

  private final ApprovalReasons reasons = new ApprovalReasons();

  @ParameterizedTest(name = "{0}, {1} €, {2} → {3}")
  @CsvSource({
    "UNFAVOURABLE, 0, PREMIUMS, Rule_Unfavourable",
    "UNFAVOURABLE, 50000, ADVICE, Rule_Unfavourable",
    "PARTLY_FAVOURABLE, 1000, CLAIM_HANDLING, Rule_PartlyFavourableWithStake",
    "FAVOURABLE, 10000, SUBSCRIPTION, Rule_HighStake",
    "PARTLY_FAVOURABLE, 999.99, ADVICE, Rule_AdviceQuestioned",
    "WITHDRAWN, 0, ADVICE, Rule_AdviceQuestioned",
    "FAVOURABLE, 9999, ADVICE, Rule_Otherwise",
    "PARTLY_FAVOURABLE, 999, PREMIUMS, Rule_Otherwise",
  })
  void theReasonIsTheDescriptionOfTheFirstRuleThatMatches(String outcome, double amount, String category, String rule) {
    String description = ((Rule) TABLE.getModelElementById(rule)).getDescription().getTextContent().strip();

    assertThat(reasons.of(TABLE, variables(outcome, amount, category))).isEqualTo(description);
  }

  @Test
  void eachRuleHasItsOwnFrenchReason() {
    assertThat(reasons.of(TABLE, variables("UNFAVOURABLE", 0, "OTHER")))
        .isEqualTo("Toute réponse défavorable est relue par un superviseur.");
    assertThat(reasons.of(TABLE, variables("PARTLY_FAVOURABLE", 2500, "OTHER")))
        .isEqualTo("Une réponse partiellement favorable engageant 1 000 € ou plus.");
    assertThat(reasons.of(TABLE, variables("FAVOURABLE", 12000, "OTHER")))
        .isEqualTo("Un enjeu de 10 000 € ou plus, quel que soit le sens de la réponse.");
    assertThat(reasons.of(TABLE, variables("PARTLY_FAVOURABLE", 10, "ADVICE")))
        .isEqualTo("Le devoir de conseil est mis en cause : une réponse qui n'est pas entièrement favorable est relue.");
  }

  @Test
  void anAnswerWithoutAmountIsJudgedOnItsOutcomeAndCategory() {
    Map<String, Object> variables = variables("UNFAVOURABLE", 0, "OTHER");
    variables.put("amountAtStake", null);

    assertThat(reasons.of(TABLE, variables)).isEqualTo("Toute réponse défavorable est relue par un superviseur.");
  }

  @Test
  void aRuleWithoutDescriptionIsNamedByItsId() {
    DmnModelInstance table = Dmn.readModelFromFile(new File("processes/answer-approval.dmn"));
    Rule unfavourable = table.getModelElementById("Rule_Unfavourable");
    unfavourable.getDescription().setTextContent(" ");

    assertThat(reasons.of(table, variables("UNFAVOURABLE", 0, "OTHER")))
        .isEqualTo("Règle « Rule_Unfavourable » de la table de validation (sans description).");
  }

  private static Map<String, Object> variables(String outcome, double amount, String category) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("outcome", outcome);
    variables.put("amountAtStake", amount);
    variables.put("category", category);
    variables.put("reference", "REC-2026-000001");
    return variables;
  }
}
