package com.empowerfitness.guide.booking.form;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports contact problems on the field the patient has to fix, so the error sits next to it. */
class ContactDetailsValidator implements ConstraintValidator<ContactDetails, BookingForm> {

    @Override
    public boolean isValid(BookingForm form, ConstraintValidatorContext context) {
        boolean hasEmail = !isBlank(form.getEmail());
        boolean hasPhone = !isBlank(form.getPhone());
        String problemField = null;
        String message = null;
        if (!hasEmail && !hasPhone) {
            problemField = "email";
            message = "Enter an email address or a phone number so that we can contact you";
        } else if ("email".equals(form.getPreferredContact()) && !hasEmail) {
            problemField = "email";
            message = "Enter your email address, or choose phone as the way to contact you";
        } else if ("phone".equals(form.getPreferredContact()) && !hasPhone) {
            problemField = "phone";
            message = "Enter your phone number, or choose email as the way to contact you";
        }
        if (problemField == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode(problemField)
                .addConstraintViolation();
        return false;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
