package fr.escalade.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Refuses, with the engine's 400 ({@code BadUserRequestException}), a task query or a filter whose
 * expressions {@link QueryExpressions} does not allow, at any depth (the or-queries included), before
 * the engine looks at it: an ad-hoc query, the query a filter is saved with, and the query that
 * extends a stored filter when Tasklist lists it. Without this the refusal would come from the
 * evaluation itself, which the engine reports as a 500; {@link EngineExpressionManager} stays the
 * backstop for a filter stored before this check existed.
 */
@Component
class QueryExpressionGuard extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors =
        new ArrayList<>(Optional.ofNullable(configuration.getCustomPreCommandInterceptorsTxRequired()).orElse(List.of()));
    interceptors.add(new Check());
    // the services' executor: queries and filters never run on the job executor's (TxRequiresNew)
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** Every expression of a query and of its or-queries, with the result type its setter takes. */
  static void check(Object query) {
    if (query instanceof AbstractQuery<?, ?> abstractQuery) {
      checkExpressions(abstractQuery);
    }
    if (query instanceof TaskQueryImpl taskQuery && taskQuery.getQueries() != null) {
      for (TaskQueryImpl orQuery : taskQuery.getQueries()) {
        if (orQuery != taskQuery) {
          checkExpressions(orQuery);
        }
      }
    }
  }

  private static void checkExpressions(AbstractQuery<?, ?> query) {
    if (query.getExpressions() == null) {
      return;
    }
    for (Map.Entry<String, String> expression : query.getExpressions().entrySet()) {
      String name = expression.getKey();
      Class<?> type = QueryExpressions.resultType(name, expression.getValue());
      // the engine passes the value to the query's setter of that name; a value of another type
      // would fail there with a 500
      Class<?> expected = setterType(query.getClass(), name);
      boolean fits =
          expected == null
              || expected.isAssignableFrom(type)
              || (expected == java.util.Date.class && type == org.joda.time.DateTime.class);
      if (!fits) {
        throw QueryExpressions.refused(name, expression.getValue());
      }
    }
  }

  private static Class<?> setterType(Class<?> queryClass, String name) {
    return Arrays.stream(queryClass.getDeclaredMethods())
        .filter(method -> method.getName().equals(name) && method.getParameterCount() == 1)
        .map(method -> method.getParameterTypes()[0])
        .findFirst()
        .orElse(null);
  }

  private static final class Check extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof AbstractQuery<?, ?>) {
        check(command);
      } else if (command instanceof SaveFilterCmd) {
        Object filter = field(SaveFilterCmd.class, "filter", command);
        if (filter instanceof Filter saved) {
          check(saved.getQuery());
        }
      } else if (command instanceof AbstractExecuteFilterCmd) {
        check(field(AbstractExecuteFilterCmd.class, "extendingQuery", command));
      }
      return next.execute(command);
    }

    private static Object field(Class<?> owner, String name, Object command) {
      try {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Camunda's " + owner.getSimpleName() + " has no field " + name, e);
      }
    }
  }
}
