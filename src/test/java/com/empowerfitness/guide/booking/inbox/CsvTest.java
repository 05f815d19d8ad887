package com.empowerfitness.guide.booking.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+1",
                "+1 555 123",
                "-2",
                "@SUM(A1)",
                "\tcmd",
                "\rcmd",
                "=HYPERLINK(\"http://evil.example\",\"x\")"
            })
    void cellsThatSpreadsheetsWouldRunGetALeadingApostrophe(String value) {
        assertThat(Csv.defuse(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada", "555-1234", "a=b", " =not first", "", "EF-7K2M9Q"})
    void otherCellsAreLeftAlone(String value) {
        assertThat(Csv.defuse(value)).isEqualTo(value);
    }

    @Test
    void rowsFollowRfc4180WithEveryCellQuoted() {
        assertThat(Csv.row(List.of("plain", "with,comma", "with \"quote\"", "two\nlines", "")))
                .isEqualTo("\"plain\",\"with,comma\",\"with \"\"quote\"\"\",\"two\nlines\",\"\"\r\n");
    }

    @Test
    void aCellWithSemicolonsIsQuotedSoASpreadsheetSplittingOnSemicolonsRunsNothing() {
        assertThat(Csv.row(List.of("x;=1+1;", "=1+1;x"))).isEqualTo("\"x;=1+1;\",\"'=1+1;x\"\r\n");
        assertThat(Csv.cell("x;=1+1;")).isEqualTo("\"x;=1+1;\"");
    }

    @Test
    void defusingHappensBeforeQuoting() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(Csv.cell(null)).isEqualTo("\"\"");
    }
}
