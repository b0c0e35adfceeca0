package fr.escalade.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Every text field of the annotated form is free of {@link ControlCharacters}; each field that is not
 * gets the message, so that a form shows it next to that field. Fields added later are covered too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PrintableText.Validator.class)
public @interface PrintableText {

  String message() default "Ce champ contient un caractère invisible : retirez-le.";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<PrintableText, Object> {

    @Override
    public boolean isValid(Object form, ConstraintValidatorContext context) {
      if (form == null) {
        return true;
      }
      boolean valid = true;
      context.disableDefaultConstraintViolation();
      for (Field field : form.getClass().getDeclaredFields()) {
        if (field.getType() != String.class || Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        try {
          if (ControlCharacters.in((String) field.get(form))) {
            valid = false;
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(field.getName())
                .addConstraintViolation();
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("Cannot read " + field, e);
        }
      }
      return valid;
    }
  }
}
