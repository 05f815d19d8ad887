package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TagNamesTest {

    @ParameterizedTest
    @CsvSource({
        "posture, posture",
        "getting-help, getting-help",
        "señales de alarma, senales-de-alarma",
        "Estrés, estres",
        "sueño, sueno",
        "ألم الظهر, ألم-الظهر"
    })
    void aTopicIsShownAsWrittenAndAddressedWithoutAccentsInLowerCaseWithHyphens(String name, String address) {
        assertThat(TagNames.isName(name)).isTrue();
        assertThat(TagNames.address(name)).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../staff", "a,b", "two  spaces", " leading", "trailing-", "<script>", "a/b", ""})
    void aTopicThatCannotBeAWordOrAnAddressIsRefused(String name) {
        assertThat(TagNames.isName(name)).isFalse();
    }
}
