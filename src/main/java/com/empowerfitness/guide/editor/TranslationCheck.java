package com.empowerfitness.guide.editor;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.content.PageInfo;
import com.empowerfitness.guide.content.git.ContentRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether a translation still matches its source: the default-language file's current Git blob id against the
 * {@code source_revision} the translation names. When the history holds the translated version, what changed is
 * shown as a diff; otherwise only that it changed. Computed on request from the files on disk (the folder is the
 * truth), so an English edit shows at once.
 */
@Component
class TranslationCheck {

    private final Path folder;

    private final ObjectProvider<ContentRepository> history;

    TranslationCheck(GuideProperties properties, ObjectProvider<ContentRepository> history) {
        this.folder = properties.contentDir().toAbsolutePath().normalize();
        this.history = history;
    }

    /**
     * One translation's state for {@code /staff/content}.
     *
     * @param translationOf the default-language file it translates
     * @param sourceMissing that file is no longer in the folder
     * @param stale the source changed since the revision the translation names
     * @param diff what changed in the source since then (unified diff), or null when the old version is not known
     * @param reviewed a clinician has reviewed the translation itself
     */
    record TranslationState(
            String translationOf, boolean sourceMissing, boolean stale, String diff, boolean reviewed) {}

    Optional<TranslationState> of(PageInfo page) {
        String source = page.getTranslationOf();
        if (source == null) {
            return Optional.empty();
        }
        Path file = folder.resolve(source).normalize();
        byte[] current;
        try {
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                return Optional.of(new TranslationState(source, true, true, null, page.isReviewed()));
            }
            current = Files.readAllBytes(file);
        } catch (IOException ex) {
            return Optional.of(new TranslationState(source, true, true, null, page.isReviewed()));
        }
        boolean stale = !ContentRepository.revisionOf(current).equals(page.getSourceRevision());
        String diff = null;
        ContentRepository repository = stale ? history.getIfAvailable() : null;
        if (repository != null) {
            String now = new String(current, StandardCharsets.UTF_8);
            diff = repository
                    .blobText(page.getSourceRevision())
                    .map(before -> ContentRepository.textDiff(before, now))
                    .orElse(null);
        }
        return Optional.of(new TranslationState(source, false, stale, diff, page.isReviewed()));
    }
}
