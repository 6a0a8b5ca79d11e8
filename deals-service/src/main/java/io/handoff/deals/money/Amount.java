package io.handoff.deals.money;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A money amount as a decimal string: not negative (or above zero), at most 2 decimals, fits NUMERIC(19,2). */
@Documented
@Constraint(validatedBy = Amount.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {
    String message() default "must be a decimal string with at most 2 decimals, such as \"1999.90\"";

    /** When true, zero is refused too. */
    boolean positive() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is valid: pair with @NotNull where the amount is required. */
    class Validator implements ConstraintValidator<Amount, String> {
        private boolean positive;

        @Override
        public void initialize(Amount annotation) {
            positive = annotation.positive();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (!Money.isWellFormed(value)) {
                return false;
            }
            if (positive && Money.parse(value).signum() == 0) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("must be greater than 0").addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
