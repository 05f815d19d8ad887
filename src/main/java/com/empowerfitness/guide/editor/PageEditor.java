package com.empowerfitness.guide.editor;

import com.empowerfitness.guide.config.GuideProperties;
import com.empowerfitness.guide.content.ContentCheck;
import com.empowerfitness.guide.content.ContentError;
import com.empowerfitness.guide.content.ContentLoader;
import com.empowerfitness.guide.content.git.ContentHistoryException;
import com.empowerfitness.guide.content.git.ContentRepository;
import com.empowerfitness.guide.content.git.ContentRepository.CommitInfo;
import com.empowerfitness.guide.content.git.ContentSyncConflictException;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import com.empowerfitness.guide.staff.StaffUserService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Writes content files for editors in the browser: check first (a file with an error is never written), refuse a
 * save based on a revision that is no longer the file's (nothing is silently overwritten), write atomically,
 * commit, and load, so the page is live at once. A commit that fails puts the previous file back.
 */
@Service
public class PageEditor {

    private static final Logger log = LoggerFactory.getLogger(PageEditor.class);

    private final ContentPaths paths;

    private final ContentCheck check;

    private final ContentLoader loader;

    private final ObjectProvider<ContentRepository> repository;

    private final AuditLog audit;

    private final String clinicEmail;

    private final StaffUserService staff;

    PageEditor(
            GuideProperties properties,
            ContentCheck check,
            ContentLoader loader,
            ObjectProvider<ContentRepository> repository,
            AuditLog audit,
            StaffUserService staff) {
        this.paths = new ContentPaths(properties.contentDir());
        this.check = check;
        this.loader = loader;
        this.repository = repository;
        this.audit = audit;
        this.clinicEmail = properties.clinic().email();
        this.staff = staff;
    }

    /** Whether the folder's history is kept (browser saves are commits, history and restore exist). */
    public boolean historyKept() {
        return this.repository.getIfAvailable() != null;
    }

    /** The file's text and the revision an edit starts from; empty when the path is not an editable file. */
    public Optional<Draft> open(String path) {
        return this.paths.resolve(path).flatMap(file -> {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            byte[] bytes = read(file);
            return Optional.of(new Draft(path, new String(bytes, StandardCharsets.UTF_8), revisionOf(bytes)));
        });
    }

    /** Whether an editable file exists at {@code path}. */
    public boolean exists(String path) {
        return this.paths
                .resolve(path)
                .filter(file -> Files.exists(file, LinkOption.NOFOLLOW_LINKS))
                .isPresent();
    }

    public boolean isEditable(String path) {
        return this.paths.resolve(path).isPresent();
    }

    /** What publishing the text would give, without writing anything. */
    public ContentCheck.Result preview(String path, String markdown) {
        return this.check.check(path, normalise(markdown));
    }

    /** Saves a file from the browser: checked, compared with its revision, written, committed, loaded. */
    public Outcome save(SaveCommand command) {
        Optional<Path> resolved = this.paths.resolve(command.path());
        if (resolved.isEmpty()) {
            return new Outcome.Refused("This file cannot be edited in the browser.");
        }
        Path file = resolved.get();
        String text = normalise(command.markdown());
        ContentCheck.Result result = this.check.check(command.path(), text);
        if (!result.valid()) {
            return new Outcome.Invalid(result.errors());
        }
        String message = (command.message() == null || command.message().isBlank())
                ? "Edit " + command.path()
                : command.message().strip();
        Outcome outcome = locked(() -> {
            commitPendingFolderChanges();
            Optional<Draft> current = open(command.path());
            String currentRevision = current.map(Draft::revision).orElse(ContentRepository.NO_FILE);
            if (!currentRevision.equals(command.baseRevision())) {
                return new Outcome.Conflict(current.map(Draft::markdown).orElse(null), currentRevision);
            }
            byte[] previous = current.map(d -> d.markdown().getBytes(StandardCharsets.UTF_8))
                    .orElse(null);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            write(file, bytes);
            try {
                Optional<CommitInfo> commit = commit(command.path(), command.actor(), message);
                return new Outcome.Saved(revisionOf(bytes), commit.orElse(null));
            } catch (ContentSyncConflictException ex) {
                // Another instance pushed a change to this file first; the folder holds theirs now.
                String theirs = ex.theirs();
                return new Outcome.Conflict(
                        theirs,
                        theirs == null
                                ? ContentRepository.NO_FILE
                                : revisionOf(theirs.getBytes(StandardCharsets.UTF_8)));
            } catch (ContentHistoryException ex) {
                putBack(file, previous);
                log.warn("A browser save of {} was undone: {}", command.path(), ex.getMessage());
                return new Outcome.Failed("The change could not be recorded in the content history (" + ex.getMessage()
                        + "). Nothing was changed; try again, or ask the site's operator.");
            }
        });
        if (outcome instanceof Outcome.Conflict && historyShared()) {
            this.loader.load(); // a pull before or during the save may have brought other files too
        }
        if (outcome instanceof Outcome.Saved) {
            this.audit.record(
                    command.actor(),
                    command.restore() ? AuditAction.CONTENT_RESTORED : AuditAction.CONTENT_SAVED,
                    command.path());
            this.loader.load();
        }
        return outcome;
    }

    /** Deletes a file (a commit too, so it can be restored from the folder's history). */
    public Outcome delete(String path, String baseRevision, String actor) {
        Optional<Path> resolved = this.paths.resolve(path);
        if (resolved.isEmpty() || !exists(path)) {
            return new Outcome.Refused("This file cannot be deleted in the browser.");
        }
        Path file = resolved.get();
        Outcome outcome = locked(() -> {
            commitPendingFolderChanges();
            Draft current = open(path).orElseThrow();
            if (!current.revision().equals(baseRevision)) {
                return new Outcome.Conflict(current.markdown(), current.revision());
            }
            byte[] previous = current.markdown().getBytes(StandardCharsets.UTF_8);
            try {
                Files.delete(file);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            try {
                Optional<CommitInfo> commit = commit(path, actor, "Delete " + path);
                return new Outcome.Saved(ContentRepository.NO_FILE, commit.orElse(null));
            } catch (ContentSyncConflictException ex) {
                String theirs = ex.theirs();
                return new Outcome.Conflict(
                        theirs,
                        theirs == null
                                ? ContentRepository.NO_FILE
                                : revisionOf(theirs.getBytes(StandardCharsets.UTF_8)));
            } catch (ContentHistoryException ex) {
                putBack(file, previous);
                return new Outcome.Failed("The deletion could not be recorded in the content history ("
                        + ex.getMessage() + "). The file was put back.");
            }
        });
        if (outcome instanceof Outcome.Saved) {
            this.audit.record(actor, AuditAction.CONTENT_DELETED, path);
            this.loader.load();
        }
        return outcome;
    }

    /** Puts the file back as it was in {@code commitId}: a new commit, so a restore can itself be undone. */
    public Outcome restore(String path, String commitId, String actor) {
        ContentRepository history = this.repository.getIfAvailable();
        if (history == null || this.paths.resolve(path).isEmpty()) {
            return new Outcome.Refused("This file cannot be restored in the browser.");
        }
        Optional<String> old = history.textAt(commitId, path);
        if (old.isEmpty()) {
            return new Outcome.Refused("That version of the file does not exist.");
        }
        String revision = open(path).map(Draft::revision).orElse(ContentRepository.NO_FILE);
        String shortId = commitId.substring(0, Math.min(7, commitId.length()));
        return save(
                new SaveCommand(path, old.get(), revision, "Restore " + path + " to version " + shortId, actor, true));
    }

    /** The file's changes, newest first; empty when no history is kept. */
    public List<CommitInfo> history(String path) {
        ContentRepository history = this.repository.getIfAvailable();
        return (history == null || this.paths.resolve(path).isEmpty()) ? List.of() : history.history(path);
    }

    public String diff(String path, String commitId) {
        ContentRepository history = this.repository.getIfAvailable();
        return (history == null || this.paths.resolve(path).isEmpty()) ? "" : history.diff(commitId, path);
    }

    public Optional<String> textAt(String path, String commitId) {
        ContentRepository history = this.repository.getIfAvailable();
        return (history == null || this.paths.resolve(path).isEmpty())
                ? Optional.empty()
                : history.textAt(commitId, path);
    }

    /** Changes of this instance that lost a conflict in a sync and were kept aside, newest first. */
    public List<ContentRepository.KeptConflict> keptConflicts() {
        ContentRepository history = this.repository.getIfAvailable();
        return (history == null) ? List.of() : history.keptConflicts();
    }

    /** Files deleted from the folder, with the version each can be restored from. */
    public Map<String, CommitInfo> deletedFiles() {
        ContentRepository history = this.repository.getIfAvailable();
        return (history == null) ? Map.of() : history.deletedFiles();
    }

    private Optional<CommitInfo> commit(String path, String actor, String message) {
        ContentRepository history = this.repository.getIfAvailable();
        if (history == null) {
            return Optional.empty();
        }
        // The history credits the person as colleagues know them (their display name); the audit log keeps the
        // username.
        return Optional.of(history.commitFile(path, this.staff.creditName(actor), this.clinicEmail, message));
    }

    private void commitPendingFolderChanges() {
        ContentRepository history = this.repository.getIfAvailable();
        if (history != null) {
            // With a shared history this also pulls, so a save is compared with the newest version anywhere.
            history.sync();
        }
    }

    private boolean historyShared() {
        ContentRepository history = this.repository.getIfAvailable();
        return history != null && history.isShared();
    }

    private <T> T locked(Supplier<T> work) {
        ContentRepository history = this.repository.getIfAvailable();
        if (history != null) {
            return history.locked(work);
        }
        synchronized (this) {
            return work.get();
        }
    }

    /** Browsers send a textarea's line breaks as CR LF; the files use LF, as every editor's Git does. */
    public static String normalise(String markdown) {
        String text = (markdown == null) ? "" : markdown.replace("\r\n", "\n").replace('\r', '\n');
        return text.endsWith("\n") ? text : text + "\n";
    }

    private static String revisionOf(byte[] bytes) {
        return ContentRepository.revisionOf(bytes);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Writes to a temporary file beside the target, then renames: readers see the old file or the new one. */
    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".edit-", ".tmp");
            try {
                Files.write(temp, bytes);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException ex) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("The file could not be written: " + ex.getMessage(), ex);
        }
    }

    private static void putBack(Path file, byte[] previous) {
        try {
            if (previous == null) {
                Files.deleteIfExists(file);
            } else {
                write(file, previous);
            }
        } catch (IOException | UncheckedIOException ex) {
            log.error("The previous version of {} could not be put back: {}", file.getFileName(), ex.toString());
        }
    }

    /** A file as the editor opens it. */
    public record Draft(String path, String markdown, String revision) {}

    /**
     * A save from the browser.
     *
     * @param baseRevision the revision the editor started from ({@link ContentRepository#NO_FILE} for a new file)
     * @param restore whether this save puts back an old version (for the audit wording)
     */
    public record SaveCommand(
            String path, String markdown, String baseRevision, String message, String actor, boolean restore) {}

    /** What a save, delete or restore did. */
    public sealed interface Outcome {

        record Saved(String revision, CommitInfo commit) implements Outcome {}

        record Invalid(List<ContentError> errors) implements Outcome {}

        /** The file changed since the editor opened it; {@code theirs} is null when it was deleted meanwhile. */
        record Conflict(String theirs, String theirRevision) implements Outcome {}

        record Failed(String reason) implements Outcome {}

        record Refused(String reason) implements Outcome {}
    }
}
