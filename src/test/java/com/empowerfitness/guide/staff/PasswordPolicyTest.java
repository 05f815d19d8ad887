package com.empowerfitness.guide.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void bcryptsLimitIsCountedInUtf8BytesAndSaidSo() {
        assertThat(PasswordPolicy.problem("jo", "a".repeat(72))).isEmpty();
        assertThat(PasswordPolicy.problem("jo", "a".repeat(73)))
                .hasValue("Your new password must be at most 72 bytes; letters with accents count as two");
        assertThat(PasswordPolicy.problem("jo", "é".repeat(37)))
                .as("37 characters, 74 bytes")
                .isPresent();
        assertThat(PasswordPolicy.problem("jo", "é".repeat(36))).isEmpty();
    }

    @Test
    void shortPasswordsAndTheUsernameAreStillRefused() {
        assertThat(PasswordPolicy.problem("jo", "too short"))
                .hasValueSatisfying(p -> assertThat(p).contains("12"));
        assertThat(PasswordPolicy.problem("florence", "xx-Florence-xx")).isPresent();
    }
}
