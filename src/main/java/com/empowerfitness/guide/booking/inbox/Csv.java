package com.empowerfitness.guide.booking.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 rows (CRLF line ends) with every cell quoted, so that a spreadsheet that splits on another character
 * (a semicolon, as many European locales do) still sees one cell; and spreadsheet formulas defused: a cell
 * starting with =, +, -, @, tab or carriage return gets a leading apostrophe so that Excel, LibreOffice and
 * Google Sheets show it as text instead of running it (OWASP "CSV injection").
 */
final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setQuoteMode(QuoteMode.ALL)
            .setRecordSeparator("\r\n")
            .get();

    private Csv() {}

    static String row(List<String> cells) {
        StringBuilder row = new StringBuilder();
        try {
            FORMAT.printRecord(row, cells.stream().map(Csv::defuseOrEmpty).toArray());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return row.toString();
    }

    /** One cell as it appears in a row: defused, then quoted. */
    static String cell(String value) {
        String row = row(List.of((value == null) ? "" : value));
        return row.substring(0, row.length() - 2);
    }

    private static String defuseOrEmpty(String value) {
        return defuse((value == null) ? "" : value);
    }

    static String defuse(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }
}
