package fr.escalade.system;

import java.util.List;

/** A request that names what is wrong with it, field by field; answered with a 400. */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidRequestException(List<FieldProblem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public static InvalidRequestException of(String field, String message) {
    return new InvalidRequestException(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** One offending field: its JSON path and what is wrong with it. */
  public record FieldProblem(String field, String message) {}
}
