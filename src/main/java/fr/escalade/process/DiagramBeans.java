package fr.escalade.process;

import fr.escalade.process.deadline.DeadlineTimes;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The only Spring beans a diagram's expressions can name: the delegates and listeners of this
 * package, and {@link DeadlineTimes}, which gives timers and tasks their instants from the register
 * (read-only: it computes dates, it changes nothing). Without it every bean of the application (the
 * register, the mail sender, the identity service…) would be one expression away for whoever gets a
 * diagram deployed.
 */
@Component
class DiagramBeans extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  DiagramBeans(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ProcessBeanMap beans = new ProcessBeanMap(context);
    configuration.setBeans(beans);
    // the starter builds its expression manager before plugins run; this one sees only the map, and
    // evaluates query expressions apart (EngineExpressionManager)
    configuration.setExpressionManager(new EngineExpressionManager(context, beans));
  }

  /** Names checked against the bean definitions, beans fetched when an expression first needs them. */
  static final class ProcessBeanMap extends AbstractMap<Object, Object> {

    private final ApplicationContext context;
    private volatile Set<String> names;

    ProcessBeanMap(ApplicationContext context) {
      this.context = context;
    }

    @Override
    public boolean containsKey(Object name) {
      return names().contains(name);
    }

    @Override
    public Object get(Object name) {
      return containsKey(name) ? context.getBean((String) name) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
      return names().stream()
          .map(name -> Map.entry((Object) name, context.getBean(name)))
          .collect(Collectors.toUnmodifiableSet());
    }

    Set<String> names() {
      if (names == null) {
        // read from the definitions without creating beans: the engine is still being built
        names =
            Stream.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class, DeadlineTimes.class)
                .flatMap(type -> Arrays.stream(context.getBeanNamesForType(type, true, false)))
                .filter(this::isProcessBean)
                .collect(Collectors.toUnmodifiableSet());
      }
      return names;
    }

    private boolean isProcessBean(String name) {
      Class<?> type = context.getType(name, false);
      return type != null && type.getPackageName().startsWith(DiagramBeans.class.getPackageName());
    }
  }
}
