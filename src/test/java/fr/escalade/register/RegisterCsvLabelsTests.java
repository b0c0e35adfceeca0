package fr.escalade.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.escalade.complaint.Category;
import fr.escalade.complaint.Channel;
import fr.escalade.complaint.ComplaintStatus;
import fr.escalade.complaint.MediationEnding;
import fr.escalade.complaint.Outcome;
import fr.escalade.complaint.Qualification;
import fr.escalade.complaint.ReferralWarning;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The French file's words for the register's codes, one label per code, from the enums themselves. */
class RegisterCsvLabelsTests {

  @Test
  void everyCodeOfTheRegisterHasAFrenchLabel() {
    List<Enum<?>> codes =
        Stream.of(Channel.values(), ComplaintStatus.values(), Outcome.values(), Qualification.values(),
                MediationEnding.values(), ReferralWarning.values())
            .<Enum<?>>flatMap(Stream::of)
            .toList();
    for (Enum<?> code : codes) {
      Object french = RegisterCsvLabels.french("any", code);
      assertThat(french).as("the French of %s.%s", code.getDeclaringClass().getSimpleName(), code.name())
          .isInstanceOf(String.class)
          .isNotEqualTo(code.name());
      assertThat((String) french).isNotBlank().doesNotContain("_");
    }
  }

  @Test
  void theFileSaysWhatStaffPagesSay() {
    assertThat(RegisterCsvLabels.french("channel", Channel.EMAIL)).isEqualTo("E-mail");
    assertThat(RegisterCsvLabels.french("status", ComplaintStatus.WITH_COMPLAINTS_SERVICE)).isEqualTo("Au service réclamations");
    assertThat(RegisterCsvLabels.french("qualified_as", Qualification.REQUEST)).isEqualTo("Simple demande");
    assertThat(RegisterCsvLabels.french("category", "TERMINATION")).isEqualTo("Résiliation");
  }

  @ParameterizedTest
  @ValueSource(strings = {"subject", "reference", "mediator"})
  void otherTextsDatesAndNumbersAreLeftAsTheyAre(String column) {
    assertThat(RegisterCsvLabels.french(column, "TERMINATION")).isEqualTo("TERMINATION");
    assertThat(RegisterCsvLabels.french(column, LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(RegisterCsvLabels.french(column, 3)).isEqualTo(3);
  }

  @Test
  void anUnknownCategoryStaysItsCode() {
    assertThat(RegisterCsvLabels.french("category", "SINISTRE")).isEqualTo("SINISTRE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"forms/draft-answer.form", "forms/approve-answer.form"})
  void theCategoriesAreWordedAsTheAnswerFormsOfferThem(String form) throws Exception {
    JsonNode schema;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(form)) {
      assertThat(in).as(form).isNotNull();
      schema = new ObjectMapper().readTree(in);
    }
    Map<String, String> offered = new LinkedHashMap<>();
    for (JsonNode values : schema.findValues("values")) {
      values.forEach(v -> {
        if (v.has("value") && v.has("label")) {
          offered.put(v.get("value").asText(), v.get("label").asText());
        }
      });
    }
    for (Category category : Category.values()) {
      assertThat(offered).as("%s offers %s", form, category).containsEntry(category.name(), category.label());
    }
  }
}
