package com.empowerfitness.guide.content;

import com.empowerfitness.guide.config.GuideProperties;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Stage 2: flexmark finds the front matter block and parses the body; SnakeYAML reads the front matter. */
@Component
public class MarkdownDocumentParser {

    private final Parser parser;

    private final long maxFileBytes;

    private final int maxNesting;

    /** With the default limits of {@code guide.content.*}. */
    public MarkdownDocumentParser(Parser parser) {
        this(
                parser,
                GuideProperties.Content.DEFAULT_MAX_FILE_BYTES.toBytes(),
                GuideProperties.Content.DEFAULT_MAX_NESTING);
    }

    @Autowired
    public MarkdownDocumentParser(Parser parser, GuideProperties properties) {
        this(
                parser,
                properties.content().maxFileBytes().toBytes(),
                properties.content().maxNesting());
    }

    public MarkdownDocumentParser(Parser parser, long maxFileBytes, int maxNesting) {
        this.parser = parser;
        this.maxFileBytes = maxFileBytes;
        this.maxNesting = maxNesting;
    }

    /**
     * @throws ContentException when the file is larger or nests deeper than the limits allow: checked on the
     *     raw text before flexmark sees it
     */
    public ParsedDocument parse(ContentFile file) {
        long bytes = utf8Length(file.text());
        if (bytes > maxFileBytes) {
            throw new ContentException(file.path(), null, null, ContentScanner.tooLarge(bytes, maxFileBytes));
        }
        NestingCheck.check(file.path(), file.text(), maxNesting);
        Document document = parser.parse(file.text());
        Node first = document.getFirstChild();
        if (!(first instanceof YamlFrontMatterBlock block)) {
            String reason = file.text().startsWith("---")
                    ? "the front matter that starts on line 1 has no closing --- line"
                    : "the file must start with front matter: a --- line, lines such as `title: ...`, and another "
                            + "--- line";
            throw new ContentException(file.path(), 1, null, reason);
        }
        // The block's text runs from the opening --- to the closing --- line; YAML starts on the file's line 2.
        String blockText = block.getChars().toString().stripTrailing();
        String lastLine = blockText.substring(blockText.lastIndexOf('\n') + 1).strip();
        if (blockText.indexOf('\n') < 0 || !(lastLine.equals("---") || lastLine.equals("..."))) {
            // flexmark runs an unclosed block to the end of the file
            throw new ContentException(
                    file.path(), 1, null, "the front matter that starts on line 1 has no closing --- line");
        }
        int firstBreak = blockText.indexOf('\n');
        int lastBreak = blockText.lastIndexOf('\n');
        String yaml = firstBreak < lastBreak ? blockText.substring(firstBreak + 1, lastBreak + 1) : "";
        int frontMatterLines = (int) blockText.chars().filter(c -> c == '\n').count() + 1;
        FrontMatter frontMatter = readYaml(file.path(), yaml);
        block.unlink(); // the renderer must not see it
        return new ParsedDocument(file, frontMatter, document, frontMatterLines + 1);
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static FrontMatter readYaml(String path, String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(10);
        org.yaml.snakeyaml.nodes.Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
        } catch (MarkedYAMLException ex) {
            Mark mark = ex.getProblemMark() != null ? ex.getProblemMark() : ex.getContextMark();
            Integer line = mark == null ? null : mark.getLine() + 2;
            Integer column = mark == null ? null : mark.getColumn() + 1;
            throw new ContentException(
                    path,
                    line,
                    column,
                    "the front matter is not valid YAML ("
                            + ex.getProblem() + "); check for a missing space after a colon, a missing closing quote, "
                            + "or text containing a colon that needs quotes");
        } catch (YAMLException ex) {
            throw new ContentException(path, 2, null, "the front matter is not valid YAML: " + ex.getMessage());
        }
        Map<String, FrontMatter.Entry> entries = new LinkedHashMap<>();
        if (root == null) {
            return new FrontMatter(path, 2, entries);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new ContentException(
                    path, root.getStartMark().getLine() + 2, null, "the front matter must be lines of `key: value`");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            org.yaml.snakeyaml.nodes.Node keyNode = tuple.getKeyNode();
            int line = keyNode.getStartMark().getLine() + 2;
            int column = keyNode.getStartMark().getColumn() + 1;
            if (!(keyNode instanceof ScalarNode scalar)) {
                throw new ContentException(path, line, column, "a front-matter key must be a plain word");
            }
            if (entries.containsKey(scalar.getValue())) {
                throw new ContentException(
                        path, line, column, "`" + scalar.getValue() + "` appears twice in the front matter; keep one");
            }
            entries.put(scalar.getValue(), new FrontMatter.Entry(keyNode, tuple.getValueNode()));
        }
        return new FrontMatter(path, 2, entries);
    }
}
