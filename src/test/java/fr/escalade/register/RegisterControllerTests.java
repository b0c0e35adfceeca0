package fr.escalade.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.escalade.complaint.ComplaintRepository;
import fr.escalade.firm.Firms;
import fr.escalade.identity.AccessibleFirms;
import fr.escalade.identity.FirmAccess;
import fr.escalade.identity.Roles;
import fr.escalade.identity.StaffMember;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The register list's HTTP contract, on the web layer alone: bad parameters are a 400 problem that
 * names them, before any query. Filters are off because authentication of {@code /api} is the
 * Camunda identity's (see ComplaintApiTests), which a web slice does not start.
 */
@WebMvcTest(RegisterController.class)
@AutoConfigureMockMvc(addFilters = false)
class RegisterControllerTests {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @MockitoBean ComplaintRepository complaints;
  @MockitoBean RegisterCsv csv;
  @MockitoBean Firms firms;
  @MockitoBean FirmAccess firmAccess;
  @MockitoBean fr.escalade.firm.Insurers insurers;

  private static final StaffMember SUPERVISOR = new StaffMember("sophie", Set.of(Roles.SUPERVISORS));

  @BeforeEach
  void aSupervisorOfEveryFirm() {
    when(firmAccess.of(any(), any())).thenReturn(new AccessibleFirms("sophie", Set.of(), true, Set.of("asekkey")));
    when(firms.todayByFirm()).thenReturn(Map.of("asekkey", LocalDate.of(2026, 3, 2)));
  }

  private MockHttpServletResponse list(String query) throws Exception {
    // the staff member the API's authentication filter would have put on the request
    return mvc.perform(get("/api/complaints?" + query).requestAttr(StaffMember.ATTRIBUTE, SUPERVISOR))
        .andReturn()
        .getResponse();
  }

  @Test
  void badListParametersAreNamed() throws Exception {
    MockHttpServletResponse response = list("sort=password&size=5000");

    assertThat(response.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST.value());
    JsonNode body = json.readTree(response.getContentAsString());
    assertThat(body.get("errors").findValuesAsText("field")).containsAnyOf("size", "sort");
    verifyNoInteractions(complaints);
  }

  @Test
  void eachBadParameterIsNamedWithWhatItAccepts() throws Exception {
    assertThat(json.readTree(list("page=-1").getContentAsString()).get("errors").findValuesAsText("message"))
        .containsExactly("must be between 0 and 10000");
    assertThat(json.readTree(list("sort=password").getContentAsString()).get("errors").findValuesAsText("message"))
        .singleElement().asString().startsWith("'password' is not sortable; use one of [acknowledgementDueOn,");
    verifyNoInteractions(complaints);
  }
}
