package com.empowerfitness.guide.booking.form;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * What the booking form posts. Every field is a string so that no input can fail type conversion: bad values
 * become validation messages, never errors. Field names are a public contract (other tools post to /book).
 */
@ContactDetails
public class BookingForm {

    /** Fields in the order the form shows them: the error summary follows this order. */
    static final List<String> FIELD_ORDER = List.of(
            "name",
            "email",
            "phone",
            "preferredContact",
            "preferredTimes",
            "symptomDuration",
            "redFlagNumbness",
            "redFlagBladderBowel",
            "redFlagWeakness",
            "redFlagFever",
            "redFlagFall",
            "message",
            "consent");

    /** Digits, spaces, +, - and brackets, with 7 to 15 digits (the longest international number). */
    static final String PHONE_PATTERN = "(?=(?:\\D*\\d){7,15}\\D*$)[0-9 +()\\-]{7,30}";

    private static final String YES_NO = "yes|no";

    private static final String ANSWER_YES_OR_NO = "Answer yes or no";

    @NotBlank(message = "Enter your name")
    @Size(max = 100, message = "Your name must be 100 characters or fewer")
    private String name;

    @Size(max = 254, message = "Your email address must be 254 characters or fewer")
    @Email(
            regexp = ".+@[^@]+\\.[^@.]+",
            message = "Enter an email address in the correct format, like name@example.com")
    private String email;

    @Pattern(
            regexp = PHONE_PATTERN,
            message = "Enter a phone number using digits, spaces, +, - and brackets only, like 555 123 4567")
    private String phone;

    @Pattern(regexp = "email|phone", message = "Choose email or phone as the way to contact you")
    private String preferredContact;

    @Size(max = 4, message = "Choose at most four preferred times")
    private List<
                    @Pattern(
                            regexp = "weekday-mornings|weekday-afternoons|weekday-evenings|saturday",
                            message = "Choose your preferred times from the list")
                    String>
            preferredTimes = new ArrayList<>();

    @Pattern(
            regexp = "less-than-a-week|1-to-6-weeks|6-to-12-weeks|more-than-12-weeks|not-sure",
            message = "Choose how long you have had symptoms from the list")
    private String symptomDuration;

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

    @Size(max = 2000, message = "Your message must be 2,000 characters or fewer")
    private String message;

    @NotNull(message = "Agree to the privacy notice so that we can store your request")
    @Pattern(regexp = "yes|on|true", message = "Agree to the privacy notice so that we can store your request")
    private String consent;

    /** Honeypot: hidden from people, filled in by bots. */
    private String website;

    public boolean isHoneypotFilled() {
        return this.website != null && !this.website.isBlank();
    }

    /** Any red-flag question answered yes makes the request urgent. */
    public boolean hasRedFlag() {
        return isYes(this.redFlagNumbness)
                || isYes(this.redFlagBladderBowel)
                || isYes(this.redFlagWeakness)
                || isYes(this.redFlagFever)
                || isYes(this.redFlagFall);
    }

    public static boolean isYes(String answer) {
        return "yes".equals(answer);
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

    public String getPreferredContact() {
        return this.preferredContact;
    }

    public void setPreferredContact(String preferredContact) {
        this.preferredContact = preferredContact;
    }

    public List<String> getPreferredTimes() {
        return this.preferredTimes;
    }

    public void setPreferredTimes(List<String> preferredTimes) {
        this.preferredTimes = (preferredTimes != null) ? preferredTimes : new ArrayList<>();
    }

    public String getSymptomDuration() {
        return this.symptomDuration;
    }

    public void setSymptomDuration(String symptomDuration) {
        this.symptomDuration = symptomDuration;
    }

    public String getRedFlagNumbness() {
        return this.redFlagNumbness;
    }

    public void setRedFlagNumbness(String redFlagNumbness) {
        this.redFlagNumbness = redFlagNumbness;
    }

    public String getRedFlagBladderBowel() {
        return this.redFlagBladderBowel;
    }

    public void setRedFlagBladderBowel(String redFlagBladderBowel) {
        this.redFlagBladderBowel = redFlagBladderBowel;
    }

    public String getRedFlagWeakness() {
        return this.redFlagWeakness;
    }

    public void setRedFlagWeakness(String redFlagWeakness) {
        this.redFlagWeakness = redFlagWeakness;
    }

    public String getRedFlagFever() {
        return this.redFlagFever;
    }

    public void setRedFlagFever(String redFlagFever) {
        this.redFlagFever = redFlagFever;
    }

    public String getRedFlagFall() {
        return this.redFlagFall;
    }

    public void setRedFlagFall(String redFlagFall) {
        this.redFlagFall = redFlagFall;
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
