package com.empowerfitness.guide.booking.form;

import com.empowerfitness.guide.booking.NewConsultationRequest;
import com.empowerfitness.guide.booking.RedFlag;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the booking form posts. Every field is a string so that no input can fail type conversion: bad values
 * become validation messages, never errors. Field names are a public contract (other tools post to /book).
 */
@ContactDetails
public class BookingForm {

    /** Fields in the order the form shows them: the error summary follows this order. */
    static final List<String> FIELD_ORDER = Stream.of(
                    Stream.of("name", "email", "phone", "preferredContact", "preferredTimes", "symptomDuration"),
                    RedFlag.fields().stream(),
                    Stream.of("message", "consent"))
            .flatMap(Function.identity())
            .toList();

    /** The fields bound by name; everything else (indexed or nested names, unknown fields) is not bound. */
    static final String[] BOUND_FIELDS = {
        "name",
        "email",
        "phone",
        "preferredContact",
        "preferredTimes",
        "symptomDuration",
        "message",
        "consent",
        "website"
    };

    static final int MAX_PREFERRED_TIMES = 4;

    static final int MAX_NAME = 100;

    static final int MAX_EMAIL = 254;

    static final int MAX_PHONE = 30;

    static final int MAX_MESSAGE = 2000;

    /** Digits, spaces, +, - and brackets, with 7 to 15 digits (the longest international number). */
    static final String PHONE_PATTERN = "(?=(?:\\D*\\d){7,15}\\D*$)[0-9 +()\\-]{7,30}";

    static final String ANSWER_YES_OR_NO = "Answer yes or no";

    /** The message key of {@link #ANSWER_YES_OR_NO} (the messages, {@code {key}} here, are in i18n/messages). */
    static final String ANSWER_YES_OR_NO_KEY = "booking.error.answerYesOrNo";

    @NotBlank(message = "{booking.error.name.required}")
    @Size(max = MAX_NAME, message = "{booking.error.name.size}")
    private String name;

    @Size(max = MAX_EMAIL, message = "{booking.error.email.size}")
    @Email(regexp = ".+@[^@]+\\.[^@.]+", message = "{booking.error.email.format}")
    private String email;

    @Pattern(regexp = PHONE_PATTERN, message = "{booking.error.phone.format}")
    private String phone;

    @Pattern(regexp = "email|phone", message = "{booking.error.preferredContact}")
    private String preferredContact;

    @Size(max = MAX_PREFERRED_TIMES, message = "{booking.error.preferredTimes.size}")
    private List<
                    @Pattern(
                            regexp = "weekday-mornings|weekday-afternoons|weekday-evenings|saturday",
                            message = "{booking.error.preferredTimes.choice}")
                    String>
            preferredTimes = new ArrayList<>();

    @Pattern(
            regexp = "less-than-a-week|1-to-6-weeks|6-to-12-weeks|more-than-12-weeks|not-sure",
            message = "{booking.error.symptomDuration}")
    private String symptomDuration;

    @Size(max = MAX_MESSAGE, message = "{booking.error.message.size}")
    private String message;

    @NotNull(message = "{booking.error.consent}")
    @Pattern(regexp = "yes|on|true", message = "{booking.error.consent}")
    private String consent;

    /** Honeypot: hidden from people, filled in by bots. */
    private String website;

    /**
     * The red-flag answers by question ({@link RedFlag}); posted as {@code redFlagNumbness=yes} etc. and read
     * by {@link #readRedFlagAnswers}, checked by {@link #redFlagProblems}.
     */
    private final Map<RedFlag, String> redFlagAnswers = new EnumMap<>(RedFlag.class);

    public boolean isHoneypotFilled() {
        return this.website != null && !this.website.isBlank();
    }

    /** The answer posted for one red-flag question: "yes", "no", null when not answered, or anything sent. */
    public String answer(RedFlag flag) {
        return this.redFlagAnswers.get(flag);
    }

    public void setAnswer(RedFlag flag, String answer) {
        if (answer == null) {
            this.redFlagAnswers.remove(flag);
        } else {
            this.redFlagAnswers.put(flag, answer);
        }
    }

    /** Reads each red-flag answer from its form field (the first value; blank is no answer). */
    void readRedFlagAnswers(Function<String, String> parameter) {
        for (RedFlag flag : RedFlag.values()) {
            String value = FormText.clean(parameter.apply(flag.field()));
            setAnswer(flag, (value == null || value.isBlank()) ? null : value.strip());
        }
    }

    /** Answers that are neither yes nor no (an unanswered question is fine: the answers are optional). */
    Set<RedFlag> redFlagProblems() {
        Set<RedFlag> problems = EnumSet.noneOf(RedFlag.class);
        this.redFlagAnswers.forEach((flag, answer) -> {
            if (!answer.equals("yes") && !answer.equals("no")) {
                problems.add(flag);
            }
        });
        return problems;
    }

    /**
     * For a refilled form (the patient's words shown again, unsent): keeps only what this form accepts, so that
     * whatever was posted, the page holds no more than a valid form could. Text is cut to its field's limit;
     * choices are kept only when they are the form's own; the honeypot is never refilled.
     */
    void keepWithinLimits() {
        this.name = cut(this.name, MAX_NAME);
        this.email = cut(this.email, MAX_EMAIL);
        this.phone = cut(this.phone, MAX_PHONE);
        this.message = cut(this.message, MAX_MESSAGE);
        this.preferredContact = known(BookingOptions.CONTACT_METHODS, this.preferredContact);
        this.symptomDuration = known(BookingOptions.SYMPTOM_DURATIONS, this.symptomDuration);
        this.preferredTimes = new ArrayList<>(BookingOptions.PREFERRED_TIMES.keySet().stream()
                .filter(this.preferredTimes::contains)
                .limit(MAX_PREFERRED_TIMES)
                .toList());
        this.consent = "yes".equals(this.consent) ? "yes" : null;
        this.website = null;
        this.redFlagAnswers.values().removeIf((answer) -> !answer.equals("yes") && !answer.equals("no"));
    }

    private static String known(Map<String, String> options, String value) {
        return (value != null && options.containsKey(value)) ? value : null;
    }

    /** At most {@code max} characters, never splitting a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** The validated form as the domain's command, from an English page. */
    public NewConsultationRequest toRequest() {
        return toRequest("en");
    }

    /**
     * The validated form as the domain's command: preferred times in form order, red flags answered yes, and the
     * language of the page it was sent from (the patient's emails are in it).
     */
    public NewConsultationRequest toRequest(String language) {
        Set<RedFlag> yes = EnumSet.noneOf(RedFlag.class);
        this.redFlagAnswers.forEach((flag, answer) -> {
            if ("yes".equals(answer)) {
                yes.add(flag);
            }
        });
        List<String> times = BookingOptions.PREFERRED_TIMES.keySet().stream()
                .filter(this.preferredTimes::contains)
                .toList();
        return new NewConsultationRequest(
                this.name,
                this.email,
                this.phone,
                this.preferredContact,
                times,
                this.symptomDuration,
                yes,
                this.message,
                language);
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
