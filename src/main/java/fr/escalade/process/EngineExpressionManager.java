package fr.escalade.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expressions. A diagram's are evaluated against an execution or a task and see only
 * the beans of {@link DiagramBeans}; an expression evaluated without one is a task query's or a
 * filter's (Camunda's queries evaluate theirs with no variable scope), and only {@link
 * QueryExpressions} evaluates those: JUEL never sees them, whichever door the query came through.
 */
class EngineExpressionManager extends SpringExpressionManager {

  EngineExpressionManager(ApplicationContext context, Map<Object, Object> beans) {
    super(context, beans);
  }

  @Override
  public Expression createExpression(String text) {
    Expression expression = super.createExpression(text);
    return QueryExpressions.isExpression(text) ? new ScopedOnly(expression, text) : expression;
  }

  /** JUEL with a variable scope; {@link QueryExpressions} without. */
  private record ScopedOnly(Expression juel, String text) implements Expression {

    @Override
    public Object getValue(VariableScope scope) {
      return scope == null ? QueryExpressions.evaluate(null, text) : juel.getValue(scope);
    }

    @Override
    public Object getValue(VariableScope scope, BaseDelegateExecution execution) {
      return scope == null ? QueryExpressions.evaluate(null, text) : juel.getValue(scope, execution);
    }

    @Override
    public void setValue(Object value, VariableScope scope) {
      juel.setValue(value, scope);
    }

    @Override
    public void setValue(Object value, VariableScope scope, BaseDelegateExecution execution) {
      juel.setValue(value, scope, execution);
    }

    @Override
    public boolean isLiteralText() {
      return juel.isLiteralText();
    }

    @Override
    public String getExpressionText() {
      return juel.getExpressionText();
    }

    @Override
    public String toString() {
      return juel.toString();
    }
  }
}
