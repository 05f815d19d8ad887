package com.empowerfitness.guide.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The typed front matter of one file. Every accessor reports a problem with the file's own line and column.
 */
public final class FrontMatter {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    record Entry(Node key, Node value) {}

    private final String path;

    private final int firstLine;

    private final Map<String, Entry> entries;

    /**
     * @param firstLine the file line (1-based) of the front matter's first YAML line, added to SnakeYAML's marks
     */
    FrontMatter(String path, int firstLine, Map<String, Entry> entries) {
        this.path = path;
        this.firstLine = firstLine;
        this.entries = Collections.unmodifiableMap(entries);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return entries.containsKey(key) && !isBlank(entries.get(key).value());
    }

    /** The file line of a key, or the front matter's opening line when the key is absent. */
    public int lineOf(String key) {
        Entry entry = entries.get(key);
        return entry == null ? firstLine - 1 : line(entry.key());
    }

    public Optional<String> text(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = entries.get(key).value();
        if (!(value instanceof ScalarNode scalar)) {
            throw error(value, "`" + key + "` must be a single line of text, not a list");
        }
        return Optional.of(scalar.getValue().strip());
    }

    public String requiredText(String key, String example) {
        return text(key)
                .orElseThrow(() -> new ContentException(
                        path,
                        lineOf(key),
                        null,
                        "the front matter has no `" + key + "`; add a line such as `" + key + ": " + example + "`"));
    }

    public Optional<LocalDate> date(String key) {
        return text(key).map(value -> {
            try {
                if (DATE.matcher(value).matches()) {
                    return LocalDate.parse(value);
                }
            } catch (DateTimeParseException ex) {
                // reported below with the editor's own value
            }
            throw error(valueOf(key), "`" + key + "`: " + value + " is not a date; write it as YYYY-MM-DD");
        });
    }

    public Optional<LocalDateTime> dateTime(String key) {
        return text(key).map(value -> {
            try {
                if (DATE.matcher(value).matches()) {
                    return LocalDate.parse(value).atStartOfDay();
                }
                return LocalDateTime.parse(value.replace(' ', 'T'));
            } catch (DateTimeParseException ex) {
                throw error(
                        valueOf(key),
                        "`" + key + "`: " + value
                                + " is not a date and time; write it as YYYY-MM-DDTHH:MM, e.g. 2026-12-01T09:00");
            }
        });
    }

    public Optional<Integer> number(String key) {
        return text(key).map(value -> parseNumber(key, valueOf(key), value));
    }

    public Optional<Boolean> flag(String key) {
        return text(key).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error(valueOf(key), "`" + key + "`: " + value + " must be true or false");
        });
    }

    /** A whole number or a {@code [min, max]} list of two whole numbers. */
    public Optional<IntRange> range(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = valueOf(key);
        if (value instanceof ScalarNode scalar) {
            int n = parseNumber(key, value, scalar.getValue().strip());
            return Optional.of(checked(key, value, new IntRange(n, n)));
        }
        if (value instanceof SequenceNode sequence
                && sequence.getValue().size() == 2
                && sequence.getValue().stream().allMatch(ScalarNode.class::isInstance)) {
            Node first = sequence.getValue().get(0);
            Node second = sequence.getValue().get(1);
            IntRange range = new IntRange(
                    parseNumber(key, first, ((ScalarNode) first).getValue().strip()),
                    parseNumber(key, second, ((ScalarNode) second).getValue().strip()));
            return Optional.of(checked(key, value, range));
        }
        throw error(value, "`" + key + "` must be one whole number (e.g. 5) or two in brackets (e.g. [20, 30])");
    }

    /** A YAML list of text, or one line of comma-separated text. */
    public List<String> list(String key) {
        if (!has(key)) {
            return List.of();
        }
        Node value = valueOf(key);
        if (value instanceof ScalarNode scalar) {
            return Arrays.stream(scalar.getValue().split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        if (value instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalar)) {
                    throw error(item, "every item of `" + key + "` must be a line of text");
                }
                if (!scalar.getValue().isBlank()) {
                    items.add(scalar.getValue().strip());
                }
            }
            return List.copyOf(items);
        }
        throw error(value, "`" + key + "` must be a list, e.g. [one, two]");
    }

    public ContentException error(String key, String reason) {
        Entry entry = entries.get(key);
        return entry == null ? new ContentException(path, lineOf(key), null, reason) : error(entry.value(), reason);
    }

    ContentException errorAtKey(String key, String reason) {
        Node node = entries.get(key).key();
        return error(node, reason);
    }

    private IntRange checked(String key, Node node, IntRange range) {
        if (range.min() < 0 || range.max() < range.min()) {
            throw error(node, "`" + key + "` must be positive, with the smaller number first");
        }
        return range;
    }

    private int parseNumber(String key, Node node, String value) {
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw error(node, "`" + key + "`: " + value + " is not a whole number");
        }
        return Integer.parseInt(value);
    }

    private Node valueOf(String key) {
        return entries.get(key).value();
    }

    private ContentException error(Node node, String reason) {
        return new ContentException(path, line(node), node.getStartMark().getColumn() + 1, reason);
    }

    private int line(Node node) {
        return node.getStartMark().getLine() + firstLine;
    }

    private static boolean isBlank(Node value) {
        return value == null
                || (value instanceof ScalarNode scalar && scalar.getValue().isBlank());
    }
}
