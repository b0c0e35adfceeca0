package fr.escalade.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A deadline as a French supervisor reads it in Cockpit and agents in the forms. */
class DeadlineWordingTests {

  @Test
  void aDayIsWrittenWithItsWeekdayAndTheFirstAsAnOrdinal() {
    assertThat(DeadlineWording.day(LocalDate.of(2026, 12, 9))).isEqualTo("mercredi 9 décembre 2026");
    assertThat(DeadlineWording.day(LocalDate.of(2026, 5, 1))).isEqualTo("vendredi 1er mai 2026");
  }

  @Test
  void aDeadlineSteppedBackNamesTheLegalDateToo() {
    assertThat(DeadlineWording.aimedFor(LocalDate.of(2026, 5, 30), LocalDate.of(2026, 5, 31)))
        .isEqualTo("samedi 30 mai 2026 (échéance légale : dimanche 31 mai 2026)");
    assertThat(DeadlineWording.aimedFor(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 13))).isEqualTo("lundi 13 avril 2026");
  }
}
