package fr.escalade;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/**
 * The shape of the code: feature packages that stand on each other without loops, the register at
 * the bottom, and the Java side of the diagram in {@code process}.
 */
class ArchitectureTests {

  private static JavaClasses escalade;

  @BeforeAll
  static void importTheApplication() {
    escalade =
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.escalade");
  }

  @Test
  void noTwoFeaturePackagesDependOnEachOtherDirectlyOrInALoop() {
    slices().matching("fr.escalade.(*)..").should().beFreeOfCycles().check(escalade);
  }

  @Test
  void theProcessStagesDoNotDependOnEachOther() {
    slices().matching("fr.escalade.process.(*)..").should().notDependOnEachOther().check(escalade);
  }

  @Test
  void theRegisterStandsOnTheGroundOnly() {
    noClasses()
        .that()
        .resideInAPackage("fr.escalade.complaint..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "fr.escalade.correspondence..",
            "fr.escalade.intake..",
            "fr.escalade.process..",
            "org.springframework.web..",
            "org.springframework.http..",
            "jakarta.servlet..",
            "org.camunda..")
        .check(escalade);
  }

  @Test
  void theFirmsConfigurationStandsOnTheGround() {
    classes()
        .that()
        .resideInAPackage("fr.escalade.firm..")
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("fr.escalade..").or(resideInAnyPackage("fr.escalade.firm..", "fr.escalade.system..")))
        .check(escalade);
  }

  @Test
  void everyDelegateAndListenerOfTheDiagramLivesInProcess() {
    classes()
        .that()
        .implement(JavaDelegate.class)
        .or()
        .implement(ExecutionListener.class)
        .or()
        .implement(TaskListener.class)
        .should()
        .resideInAPackage("fr.escalade.process..")
        .check(escalade);
  }

  @Test
  void everyBeanTheDiagramNamesIsAProcessBean() throws Exception {
    String diagram = Files.readString(Path.of("processes/complaint-handling.bpmn"));
    Matcher expression = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"").matcher(diagram);
    List<String> named = expression.results().map(match -> match.group(1)).distinct().toList();
    assertThat(named).isNotEmpty();
    List<String> processBeans =
        escalade.stream()
            .filter(type -> type.getPackageName().startsWith("fr.escalade.process"))
            .filter(type -> type.isAnnotatedWith(Component.class))
            .map(type -> type.getAnnotationOfType(Component.class).value())
            .toList();
    assertThat(processBeans).containsAll(named);
  }
}
