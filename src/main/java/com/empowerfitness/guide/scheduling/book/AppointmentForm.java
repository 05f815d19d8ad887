package com.empowerfitness.guide.scheduling.book;

import com.empowerfitness.guide.scheduling.PatientDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the appointment form posts: the chosen time, the patient's details and the red-flag answers, with the
 * field names of the consultation request form. Every field is a string so that no input fails conversion.
 */
public class AppointmentForm {

    /** Fields in the order the form shows them: the error summary follows this order. */
    static final List<String> FIELD_ORDER = List.of(
            "slot",
            "name",
            "email",
            "phone",
            "redFlagNumbness",
            "redFlagBladderBowel",
            "redFlagWeakness",
            "redFlagFever",
            "redFlagFall",
            "message",
            "consent");

    static final String PHONE_PATTERN = "(?=(?:\\D*\\d){7,15}\\D*$)[0-9 +()\\-]{7,30}";

    private static final String YES_NO = "yes|no";

    private static final String ANSWER_YES_OR_NO = "{booking.error.answerYesOrNo}";

    @NotBlank(message = "{schedule.error.slot}")
    private String slot;

    @NotBlank(message = "{schedule.error.type}")
    private String type;

    @NotBlank(message = "{booking.error.name.required}")
    @Size(max = 100, message = "{booking.error.name.size}")
    private String name;

    @Size(max = 254, message = "{booking.error.email.size}")
    @Email(regexp = ".+@[^@\\s]+\\.[^@.\\s]+", message = "{booking.error.email.format}")
    private String email;

    @Pattern(regexp = PHONE_PATTERN, message = "{booking.error.phone.format}")
    private String phone;

    @Pattern(regexp = YES_NO, message = ANSWER_YES_OR_NO)
    private String redFlagNumbness;

    @Pattern(regexp = YES_NO, message = ANSWER_YES_OR_NO)
    private String redFlagBladderBowel;

    @Pattern(regexp = YES_NO, message = ANSWER_YES_OR_NO)
    private String redFlagWeakness;

    @Pattern(regexp = YES_NO, message = ANSWER_YES_OR_NO)
    private String redFlagFever;

    @Pattern(regexp = YES_NO, message = ANSWER_YES_OR_NO)
    private String redFlagFall;

    @Size(max = 2000, message = "{booking.error.message.size}")
    private String message;

    @Pattern(regexp = "yes|on|true", message = "{schedule.error.consent}")
    @NotBlank(message = "{schedule.error.consent}")
    private String consent;

    /** Honeypot: hidden from people, filled in by bots. */
    private String website;

    boolean isHoneypotFilled() {
        return this.website != null && !this.website.isBlank();
    }

    boolean hasContact() {
        return (this.email != null && !this.email.isBlank()) || (this.phone != null && !this.phone.isBlank());
    }

    PatientDetails toDetails(String noticeVersion, String language) {
        return new PatientDetails(
                this.name,
                this.email,
                this.phone,
                this.message,
                yes(this.redFlagNumbness),
                yes(this.redFlagBladderBowel),
                yes(this.redFlagWeakness),
                yes(this.redFlagFever),
                yes(this.redFlagFall),
                noticeVersion,
                language);
    }

    private static boolean yes(String answer) {
        return "yes".equals(answer);
    }

    public String getSlot() {
        return this.slot;
    }

    public void setSlot(String slot) {
        this.slot = slot;
    }

    public String getType() {
        return this.type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getName() {
        return this.name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return this.email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return this.phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getRedFlagNumbness() {
        return this.redFlagNumbness;
    }

    public void setRedFlagNumbness(String value) {
        this.redFlagNumbness = value;
    }

    public String getRedFlagBladderBowel() {
        return this.redFlagBladderBowel;
    }

    public void setRedFlagBladderBowel(String value) {
        this.redFlagBladderBowel = value;
    }

    public String getRedFlagWeakness() {
        return this.redFlagWeakness;
    }

    public void setRedFlagWeakness(String value) {
        this.redFlagWeakness = value;
    }

    public String getRedFlagFever() {
        return this.redFlagFever;
    }

    public void setRedFlagFever(String value) {
        this.redFlagFever = value;
    }

    public String getRedFlagFall() {
        return this.redFlagFall;
    }

    public void setRedFlagFall(String value) {
        this.redFlagFall = value;
    }

    public String getMessage() {
        return this.message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getConsent() {
        return this.consent;
    }

    public void setConsent(String consent) {
        this.consent = consent;
    }

    public String getWebsite() {
        return this.website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
