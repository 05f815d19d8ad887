package com.empowerfitness.guide.check;

import com.empowerfitness.guide.content.ContentError;
import com.empowerfitness.guide.content.ContentException;
import com.empowerfitness.guide.content.ContentType;
import com.empowerfitness.guide.content.FrontMatter;
import com.empowerfitness.guide.content.ProcessedContent;
import com.empowerfitness.guide.content.RenderedPage;
import com.empowerfitness.guide.content.StoredLength;
import com.empowerfitness.guide.content.StoredSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** {@code check.md}: the red-flag check at {@code /check}. */
@Component
public class CheckContentType implements ContentType {

    static final String FILE = "check.md";

    /** The check's address. */
    public static final String URL = "/check";

    /** Outcome sections of check.md, in order. */
    static final List<String> OUTCOMES = List.of("emergency", "book a consultation", "self-care");

    private final CheckPageRepository pages;

    public CheckContentType(CheckPageRepository pages) {
        this.pages = pages;
    }

    @Override
    public String description() {
        return "the red-flag check";
    }

    @Override
    public String place() {
        return FILE;
    }

    @Override
    public boolean accepts(String relativePath) {
        return relativePath.equals(FILE);
    }

    @Override
    public List<String> keys() {
        return List.of("red_flags_question", "red_flags", "consult_question", "consult_signs");
    }

    @Override
    public ProcessedContent process(RenderedPage page) {
        FrontMatter fm = page.frontMatter();
        String path = page.path();
        String redFlagsQuestion = fm.requiredText("red_flags_question", "Do you have back pain and any of these?");
        String consultQuestion = fm.requiredText("consult_question", "Is any of this true for your back pain?");
        page.fitting("the `red_flags_question`", redFlagsQuestion, StoredLength.LINE);
        page.fitting("the `consult_question`", consultQuestion, StoredLength.LINE);
        List<String> redFlags = fm.list("red_flags");
        List<String> consultSigns = fm.list("consult_signs");
        if (redFlags.isEmpty()) {
            throw fm.has("red_flags")
                    ? fm.error("red_flags", "`red_flags` needs at least one question")
                    : new ContentException(
                            path,
                            1,
                            null,
                            "the check needs `red_flags:`, a list of the signs "
                                    + "that need emergency care, e.g. `red_flags: [a fever, loss of bladder control]`");
        }
        if (consultSigns.isEmpty()) {
            throw fm.has("consult_signs")
                    ? fm.error("consult_signs", "`consult_signs` needs at least one question")
                    : new ContentException(
                            path,
                            1,
                            null,
                            "the check needs `consult_signs:`, a list of the signs "
                                    + "that need a consultation, e.g. `consult_signs: [the pain keeps coming back]`");
        }
        for (String question : redFlags) {
            page.fitting("a red flag", question, StoredLength.LINE);
        }
        for (String question : consultSigns) {
            page.fitting("a sign", question, StoredLength.LINE);
        }
        StringBuilder intro = new StringBuilder();
        List<String> titles = new ArrayList<>();
        List<StringBuilder> bodies = new ArrayList<>();
        for (Element element : page.dom().body().children()) {
            if (element.nameIs("h2")) {
                titles.add(element.text());
                bodies.add(new StringBuilder());
            } else if (bodies.isEmpty()) {
                intro.append(element.outerHtml()).append('\n');
            } else {
                bodies.get(bodies.size() - 1).append(element.outerHtml()).append('\n');
            }
        }
        if (titles.size() != OUTCOMES.size()) {
            throw new ContentException(
                    path,
                    page.parsed().bodyLine(),
                    null,
                    "the check needs exactly three `##` sections, "
                            + "in this order: the " + String.join(", the ", OUTCOMES) + " advice; found "
                            + titles.size());
        }
        for (int i = 0; i < titles.size(); i++) {
            if (bodies.get(i).toString().isBlank()) {
                throw new ContentException(
                        path,
                        null,
                        null,
                        "the " + OUTCOMES.get(i) + " section \"" + titles.get(i) + "\" has no text under it");
            }
            page.fitting("the " + OUTCOMES.get(i) + " section's title", titles.get(i), StoredLength.TITLE);
            page.fitting(
                    "the " + OUTCOMES.get(i) + " section's HTML", bodies.get(i).toString(), StoredLength.SECTION_HTML);
        }
        return new CheckContent(
                page.file(),
                page.title(),
                page.summary(),
                page.meta(),
                page.fitting("the introduction's HTML", intro.toString().strip(), StoredLength.SECTION_HTML),
                redFlagsQuestion,
                redFlags,
                consultQuestion,
                consultSigns,
                titles.get(0),
                bodies.get(0).toString().strip(),
                titles.get(1),
                bodies.get(1).toString().strip(),
                titles.get(2),
                bodies.get(2).toString().strip());
    }

    @Override
    public Map<String, StoredSource> storedSources() {
        return pages.findAll().stream()
                .collect(Collectors.toMap(p -> p.getPage().getSourcePath(), p -> StoredSource.of(p.getPage())));
    }

    @Override
    public void remove(String sourcePath) {
        pages.findByPageSourcePath(sourcePath).ifPresent(pages::delete);
    }

    @Override
    public Optional<ContentError> save(ProcessedContent content, Instant now) {
        CheckContent check = (CheckContent) content;
        pages.findByPageSourcePath(check.path())
                .ifPresentOrElse(p -> p.update(check, now), () -> pages.save(CheckPage.from(check, now)));
        return Optional.empty();
    }
}
