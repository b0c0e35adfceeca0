package fr.escalade.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses {@link ControlCharacters} in every text a caller sends to {@code /api} and the reports'
 * pages: each JSON string (a 400 naming the field, through {@link ApiErrorHandler}), and each query or
 * form parameter (a 400 naming the parameter). The public form says it in French instead, see
 * {@link PrintableText}.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacterGuard {

  /** Spring Boot installs every Jackson module bean in the application's ObjectMapper. */
  @Bean
  SimpleModule refuseControlCharactersInJson() {
    SimpleModule module = new SimpleModule("control-characters");
    module.addDeserializer(String.class, new CheckedStringDeserializer());
    return module;
  }

  @Bean
  FilterRegistrationBean<ParameterFilter> refuseControlCharactersInParameters() {
    FilterRegistrationBean<ParameterFilter> registration = new FilterRegistrationBean<>(new ParameterFilter());
    registration.setName("control-character-parameters");
    registration.addUrlPatterns("/api/*", "/rapports/*");
    registration.setOrder(30);
    return registration;
  }

  static final class CheckedStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String value = super.deserialize(parser, context);
      if (ControlCharacters.in(value)) {
        throw JsonMappingException.from(parser, ControlCharacters.MESSAGE);
      }
      return value;
    }
  }

  static final class ParameterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
        for (String value : parameter.getValue()) {
          if (ControlCharacters.in(value) || ControlCharacters.in(parameter.getKey())) {
            refuse(request, response, parameter.getKey());
            return;
          }
        }
      }
      chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String name) throws IOException {
      String printable = name.codePoints().filter(c -> !ControlCharacters.isForbidden(c))
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
      if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Le champ « " + printable + " » contient un caractère de contrôle.");
        return;
      }
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      String field = printable.replace("\\", "\\\\").replace("\"", "\\\"");
      response.getWriter()
          .write("{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
              + "\"detail\":\"The request has invalid fields; nothing was registered.\","
              + "\"errors\":[{\"field\":\"" + field + "\",\"message\":\"" + ControlCharacters.MESSAGE + "\"}]}");
    }
  }
}
