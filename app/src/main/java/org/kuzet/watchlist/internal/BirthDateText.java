package org.kuzet.watchlist.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.kuzet.engine.screening.BirthDate;

/** Blank, or a birth date the screening engine reads (a date, month and year, or a year). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BirthDateText.Validator.class)
@interface BirthDateText {

  String message() default "must be a date such as 1979-04-12, 12.04.1979 or a year such as 1979";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the text with the engine's own birth date reader. */
  class Validator implements ConstraintValidator<BirthDateText, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      try {
        BirthDate.parse(value);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }
}
