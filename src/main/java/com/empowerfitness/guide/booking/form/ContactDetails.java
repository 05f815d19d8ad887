package com.empowerfitness.guide.booking.form;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level rule of the booking form: an email address or a phone number (at least one), and the one the
 * patient prefers to be contacted by.
 */
@Documented
@Constraint(validatedBy = ContactDetailsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ContactDetails {

    String message() default "{booking.error.contact.none}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
