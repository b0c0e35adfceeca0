package fr.escalade;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Escalade: graduated complaint handling for French insurance intermediaries, on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EscaladeApplication {

  public static void main(String[] args) {
    SpringApplication.run(EscaladeApplication.class, args);
  }
}
