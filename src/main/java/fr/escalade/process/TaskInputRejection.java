package fr.escalade.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws into a plain {@link ProcessEngineException},
 * which its REST API (and Tasklist behind it) answer with a 500. This plugin turns a completion
 * refused by a {@link TaskInput} check into the engine's own form validation failure, which the
 * REST API answers with a 400 carrying our message. The transaction has been rolled back by then.
 */
@Component
class TaskInputRejection extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new Translator());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private static final class Translator extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof TaskInput.InvalidTaskInputException invalid) {
            throw new FormFieldValidationException(null, invalid.getMessage(), e);
          }
        }
        throw e;
      }
    }
  }
}
