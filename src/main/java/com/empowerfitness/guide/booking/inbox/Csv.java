package com.empowerfitness.guide.booking.inbox;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 rows (CRLF line ends, quotes only where needed, quotes doubled) with spreadsheet formulas defused:
 * a cell starting with =, +, -, @, tab or carriage return gets a leading apostrophe so that Excel, LibreOffice
 * and Google Sheets show it as text instead of running it (OWASP "CSV injection").
 */
final class Csv {

    private Csv() {}

    static String row(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String text = defuse((value == null) ? "" : value);
        boolean needsQuotes =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
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
