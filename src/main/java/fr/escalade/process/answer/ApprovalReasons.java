package fr.escalade.process.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Why a supervisor must approve an answer, in the words process owners write next to each rule of
 * {@code processes/answer-approval.dmn} (the rule's description). The table is evaluated again on
 * the process's variables, on a DMN engine of its own: the process engine's would record a second
 * evaluation in the history, and its own record of the evaluation is not written until the
 * transaction that creates the approval task ends.
 */
@Component
class ApprovalReasons {

  static final String DECISION_KEY = "answerApproval";

  /** The rules the evaluation on this thread matched: the DMN engine reports them to a listener. */
  private final ThreadLocal<List<String>> matched = ThreadLocal.withInitial(ArrayList::new);
  private final DmnEngine dmn;

  ApprovalReasons() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.<DmnDecisionTableEvaluationListener>of(this::record));
    dmn = configuration.buildEngine();
  }

  private void record(DmnDecisionTableEvaluationEvent event) {
    event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched.get()::add);
  }

  /**
   * The reason the table of the deployment {@code deploymentId} gives for these variables: the
   * description of each rule that matched, or a sentence saying the rule has none.
   */
  String of(String deploymentId, Map<String, Object> variables) {
    DeploymentCache cache = Context.getProcessEngineConfiguration().getDeploymentCache();
    DecisionDefinition definition = cache.findDeployedDecisionDefinitionByDeploymentAndKey(deploymentId, DECISION_KEY);
    return of(cache.findDmnModelInstanceForDecisionDefinition(definition.getId()), variables);
  }

  /** The reason this table gives for these variables. */
  String of(DmnModelInstance table, Map<String, Object> variables) {
    DmnDecision decision = dmn.parseDecision(DECISION_KEY, table);
    List<String> rules;
    try {
      dmn.evaluateDecisionTable(decision, Variables.fromMap(variables));
      rules = List.copyOf(matched.get());
    } finally {
      matched.remove();
    }
    if (rules.isEmpty()) {
      return "Aucune règle de la table de validation ne s'applique à cette réponse.";
    }
    List<String> reasons = new ArrayList<>();
    for (String ruleId : rules) {
      Rule rule = table.getModelElementById(ruleId);
      Description description = rule == null ? null : rule.getDescription();
      String text = description == null ? "" : description.getTextContent().strip();
      reasons.add(text.isEmpty() ? "Règle « " + ruleId + " » de la table de validation (sans description)." : text);
    }
    return String.join("\n", reasons);
  }
}
