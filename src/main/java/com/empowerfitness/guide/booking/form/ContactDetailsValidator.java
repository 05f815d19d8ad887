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
            message = "{booking.error.contact.none}";
        } else if ("email".equals(form.getPreferredContact()) && !hasEmail) {
            problemField = "email";
            message = "{booking.error.contact.email}";
        } else if ("phone".equals(form.getPreferredContact()) && !hasPhone) {
            problemField = "phone";
            message = "{booking.error.contact.phone}";
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
