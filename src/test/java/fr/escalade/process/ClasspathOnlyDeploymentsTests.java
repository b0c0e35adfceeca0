package fr.escalade.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.escalade.EscaladeSpringTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** No diagram reaches the engine over HTTP, whoever sends it: only the application's own are deployed. */
@EscaladeSpringTest
class ClasspathOnlyDeploymentsTests {

  // a service task whose expression reaches into the server: what a deployment over HTTP could run
  private static final String HOSTILE_DIAGRAM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://escalade.test">
        <bpmn:process id="hostile" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="start"/>
          <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="run"/>
          <bpmn:serviceTask id="run" camunda:expression="${complaintRepository.deleteAll()}"/>
          <bpmn:sequenceFlow id="f2" sourceRef="run" targetRef="end"/>
          <bpmn:endEvent id="end"/>
        </bpmn:process>
      </bpmn:definitions>
      """;

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;

  private HttpEntity<LinkedMultiValueMap<String, Object>> deployment() {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "hostile");
    parts.add("enable-duplicate-filtering", "false");
    parts.add("data", new ByteArrayResource(HOSTILE_DIAGRAM.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "hostile.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  // sent as is, not encoded again: each is a way to spell the same path to the REST API
  @ParameterizedTest
  @ValueSource(strings = {
      "/engine-rest/deployment/create",
      "/engine-rest/deployment/create/",
      "/engine-rest//deployment/create",
      "/engine-rest;x=1/deployment;y=2/create",
      "/engine-rest/%64eployment/create",
      "/engine-rest/engine/default/deployment/create",
      "/camunda/api/engine/engine/default/deployment/create"})
  void anAdministratorCannotDeployADiagramOverHttp(String path) {
    long before = repository.createDeploymentQuery().count();

    ResponseEntity<String> refused = http.withBasicAuth("demo", "demo").postForEntity(URI.create(path), deployment(), String.class);

    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getHeaders().getContentType()).isNotNull();
    assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(refused.getBody()).contains("Deployments come only from the application");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("hostile").count()).isZero();
  }

  @Test
  void noOneCanRedeployAnExistingDeployment() {
    String deploymentId = repository.createDeploymentQuery().list().get(0).getId();
    long before = repository.createDeploymentQuery().count();

    for (String user : new String[] {"demo", "sophie"}) {
      ResponseEntity<JsonNode> refused =
          http.withBasicAuth(user, user)
              .exchange("/engine-rest/deployment/{id}/redeploy", HttpMethod.POST, new HttpEntity<>("{}", jsonHeaders()), JsonNode.class, deploymentId);
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<JsonNode> anonymous =
        http.postForEntity("/engine-rest/deployment/create", deployment(), JsonNode.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void deploymentsCanStillBeRead() {
    ResponseEntity<JsonNode> deployments = http.withBasicAuth("demo", "demo").getForEntity("/engine-rest/deployment", JsonNode.class);

    assertThat(deployments.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(deployments.getBody()).isNotEmpty();
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
