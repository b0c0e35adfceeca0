package fr.escalade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The steps a browser test needs behind it, taken on the engine the application runs (the tests
 * share its JVM): a complaint's earlier tasks completed as their agents would, to reach quickly the
 * task the test opens in the browser, and what the engine says came next.
 */
final class EngineSteps {

  /** How long a step that the browser started may take to show in the engine. */
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private final TaskService tasks;

  EngineSteps(TaskService tasks) {
    this.tasks = tasks;
  }

  /** Completes a complaint's open task of this kind ({@code Task_ReviewComplaint}) with these values. */
  void complete(String reference, String taskKey, Map<String, Object> values) {
    Task task = openTask(reference, taskKey);
    assertThat(task).as("%s waits at %s; its open tasks: %s", reference, taskKey, openTaskKeys(reference)).isNotNull();
    tasks.complete(task.getId(), values);
  }

  /** The keys of a complaint's open tasks, in its own process and its mediation's. */
  List<String> openTaskKeys(String reference) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).list().stream()
        .map(Task::getTaskDefinitionKey)
        .sorted()
        .toList();
  }

  /** Waits until the complaint waits at this task (Tasklist completes a form with a request of its own). */
  void waitsAt(String reference, String taskKey) {
    waitUntil(() -> openTask(reference, taskKey) != null, reference + " to wait at " + taskKey);
  }

  /** Waits until this task is no longer open (completed, and nothing brought it back). */
  void leaves(String reference, String taskKey) {
    waitUntil(() -> openTask(reference, taskKey) == null, reference + " to leave " + taskKey);
  }

  private Task openTask(String reference, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).singleResult();
  }

  private void waitUntil(java.util.function.BooleanSupplier condition, String what) {
    Instant until = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }
}
