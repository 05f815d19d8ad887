package com.empowerfitness.guide.check;

import com.empowerfitness.guide.content.ContentError;
import com.empowerfitness.guide.content.ContentHandler;
import com.empowerfitness.guide.content.ContentKind;
import com.empowerfitness.guide.content.ProcessedContent;
import com.empowerfitness.guide.content.ProcessedContent.CheckContent;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Stores {@code check.md}. */
@Component
class CheckContentHandler implements ContentHandler {

    private final CheckPageRepository pages;

    CheckContentHandler(CheckPageRepository pages) {
        this.pages = pages;
    }

    @Override
    public Set<ContentKind> kinds() {
        return Set.of(ContentKind.CHECK);
    }

    @Override
    public Map<String, String> storedHashes() {
        return pages.findAll().stream()
                .collect(Collectors.toMap(
                        p -> p.getPage().getSourcePath(), p -> p.getPage().getContentHash()));
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
