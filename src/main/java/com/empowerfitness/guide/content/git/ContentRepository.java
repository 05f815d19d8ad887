package com.empowerfitness.guide.content.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The content folder's journal: a Git repository (JGit, no git binary) whose work tree is the content folder and
 * whose Git directory lives outside it, so the folder holds only the guide's files and a checkout of this project
 * that contains {@code content/} is not turned into a nested repository. The folder stays the truth; every change
 * to it becomes a commit, by the editor who made it or, for files changed on disk, by "content folder".
 *
 * <p>All writes go through one lock, so a browser save, a restore and the commit of files changed on disk never
 * interleave within an instance.
 */
public class ContentRepository implements AutoCloseable {

    /** The author of changes made directly in the folder (an editor with a text editor, a deploy, a sync). */
    public static final String FOLDER_AUTHOR = "content folder";

    /** The revision of a file that does not exist. */
    public static final String NO_FILE = "none";

    private final Path workTree;

    private final Git git;

    private final Clock clock;

    private final String folderEmail;

    private final ReentrantLock lock = new ReentrantLock();

    private final ConflictRefs conflicts;

    /** The shared repository this one pushes to and pulls from (several instances), if any. */
    private volatile ContentRemote remote;

    private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private ContentRepository(Path workTree, Git git, Clock clock, String folderEmail) {
        this.workTree = workTree;
        this.git = git;
        this.clock = clock;
        this.folderEmail = folderEmail;
        this.conflicts = new ConflictRefs(git.getRepository());
    }

    /**
     * Opens the repository at {@code gitDir} for the folder {@code workTree}, creating it (with a first commit of
     * what the folder holds) when it does not exist yet.
     */
    public static ContentRepository open(Path workTree, Path gitDir, Clock clock, String folderEmail) {
        Path tree = workTree.toAbsolutePath().normalize();
        Path dir = gitDir.toAbsolutePath().normalize();
        try {
            if (!Files.isDirectory(dir.resolve("objects"))) {
                Files.createDirectories(dir);
                Git.init()
                        .setGitDir(dir.toFile())
                        .setDirectory(tree.toFile())
                        .setInitialBranch("main")
                        .call()
                        .close();
                // JGit leaves a ".git" pointer file in the work tree; without it the folder holds only the guide's
                // files (and a project checkout holding content/ does not see a nested repository).
                Path pointer = tree.resolve(".git");
                if (Files.isRegularFile(pointer, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(pointer);
                }
            }
            Repository repository = new FileRepositoryBuilder()
                    .setGitDir(dir.toFile())
                    .setWorkTree(tree.toFile())
                    .setMustExist(true)
                    .build();
            Git git = new Git(repository);
            ContentRepository content = new ContentRepository(tree, git, clock, folderEmail);
            content.commitFolderChanges();
            return content;
        } catch (IOException ex) {
            throw new UncheckedIOException("The content history at " + dir + " cannot be opened", ex);
        } catch (GitAPIException ex) {
            throw new IllegalStateException("The content history at " + dir + " cannot be created", ex);
        }
    }

    public Path workTree() {
        return this.workTree;
    }

    /**
     * Shares this history through {@code url} (a bare repository on a shared volume, or HTTPS): fetches it,
     * takes the remote's content when this history is new to it (the shared folder is the truth, files only this
     * folder has are kept and committed), merges otherwise, and pushes what this instance has that it lacks.
     */
    public void connect(String url, org.eclipse.jgit.transport.CredentialsProvider credentials) {
        locked(() -> {
            try {
                org.eclipse.jgit.lib.StoredConfig config =
                        this.git.getRepository().getConfig();
                config.setString("remote", ContentRemote.NAME, "url", ContentRemote.urlOf(url));
                config.setStringList(
                        "remote",
                        ContentRemote.NAME,
                        "fetch",
                        List.of("+refs/heads/*:refs/remotes/" + ContentRemote.NAME + "/*", ConflictRefs.FETCH_SPEC));
                config.setString("user", null, "name", FOLDER_AUTHOR);
                config.setString("user", null, "email", this.folderEmail);
                config.save();
            } catch (IOException ex) {
                throw new UncheckedIOException("The content history's remote cannot be set", ex);
            }
            this.remote = new ContentRemote(
                    this.git,
                    credentials,
                    this.clock,
                    new Listener() {
                        @Override
                        public void pushed(String commitId) {
                            ContentRepository.this.listeners.forEach(l -> l.pushed(commitId));
                        }

                        @Override
                        public void conflictKept(KeptConflict conflict) {
                            ContentRepository.this.listeners.forEach(l -> l.conflictKept(conflict));
                        }

                        @Override
                        public void conflictsChanged() {
                            ContentRepository.this.listeners.forEach(Listener::conflictsChanged);
                        }
                    },
                    this.conflicts);
            this.remote.adoptOrMerge();
            return null;
        });
    }

    /** Tells {@code listener} about pushes and kept conflicts (called under the repository's lock). */
    public void addListener(Listener listener) {
        this.listeners.add(listener);
    }

    /** The commit the folder is at, or null before the first one. */
    public String head() {
        try {
            ObjectId head = this.git.getRepository().resolve(Constants.HEAD);
            return (head == null) ? null : head.name();
        } catch (IOException ex) {
            throw new ContentHistoryException("the content history could not be read", ex);
        }
    }

    /**
     * Changes that lost to a newer shared version of the same file, newest first: kept on this instance or on
     * another one (fetched with the last sync), until an editor on any instance resolves them.
     */
    public List<KeptConflict> keptConflicts() {
        return this.conflicts.list();
    }

    /** One kept conflict by its {@link KeptConflict#id()}. */
    public Optional<KeptConflict> keptConflict(String id) {
        return keptConflicts().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Resolves a kept conflict (an editor has dealt with it): gone from this instance's list at once, deleted on
     * the remote now or, when it cannot be reached, by the next sync; the other instances drop it with their next
     * sync. The commit stays in the history: it is a parent of the merge that resolved it. False when no such
     * conflict is listed (resolved already, here or elsewhere).
     */
    public boolean dismissConflict(String id) {
        return locked(() -> {
            boolean resolved;
            try {
                resolved = this.conflicts.resolve(id);
            } catch (IOException ex) {
                throw new ContentHistoryException("the conflict notice could not be removed", ex);
            }
            if (resolved && this.remote != null) {
                this.remote.shareConflicts();
            }
            return resolved;
        });
    }

    /** Whether a remote is connected. */
    public boolean isShared() {
        return this.remote != null;
    }

    /**
     * Brings this instance in step with the remote: commits the folder's own changes, fetches, fast-forwards or
     * merges (when different files changed), pushes what the remote lacks. Returns whether the folder's files
     * changed (then the content must be loaded). Without a remote only commits the folder's changes.
     */
    public boolean sync() {
        return locked(() -> {
            commitFolderChanges();
            return this.remote != null && this.remote.pullAndPush();
        });
    }

    /** Pushes local commits the remote lacks (after a commit of the folder's own changes), if shared. */
    public void pushPending() {
        if (this.remote != null) {
            locked(() -> {
                this.remote.pullAndPush();
                return null;
            });
        }
    }

    /** Runs {@code work} holding the repository's lock (for a check-then-write that must not interleave). */
    public <T> T locked(Supplier<T> work) {
        this.lock.lock();
        try {
            return work.get();
        } finally {
            this.lock.unlock();
        }
    }

    /**
     * Commits whatever changed in the folder since the last commit (files added, changed or deleted on disk), with
     * the author "content folder", so that the history has no holes. Returns the commit, if there was anything.
     */
    public Optional<CommitInfo> commitFolderChanges() {
        return locked(() -> {
            try {
                Status status = this.git.status().call();
                if (status.isClean()) {
                    return Optional.empty();
                }
                this.git.add().addFilepattern(".").call();
                this.git.add().setUpdate(true).addFilepattern(".").call();
                if (this.git.status().call().getUncommittedChanges().isEmpty()) {
                    return Optional.empty();
                }
                List<String> changed = new ArrayList<>(status.getUntracked());
                changed.addAll(status.getModified());
                changed.addAll(status.getMissing());
                String message = (changed.size() == 1)
                        ? "Changed in the content folder: " + changed.get(0)
                        : "Changed in the content folder: " + changed.size() + " files";
                RevCommit commit = commit(new PersonIdent(FOLDER_AUTHOR, this.folderEmail, now(), zone()), message);
                return Optional.of(CommitInfo.of(commit));
            } catch (GitAPIException ex) {
                throw new ContentHistoryException("the folder's changes could not be committed", ex);
            }
        });
    }

    /**
     * Commits one file as it is now on disk (written or deleted by the caller), with the given author. Only that
     * path goes into the commit.
     */
    public CommitInfo commitFile(String path, String authorName, String authorEmail, String message) {
        return locked(() -> {
            try {
                if (Files.exists(this.workTree.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                    this.git.add().addFilepattern(path).call();
                } else {
                    this.git.rm().setCached(true).addFilepattern(path).call();
                }
                RevCommit commit = this.git
                        .commit()
                        .setOnly(path)
                        .setAuthor(new PersonIdent(authorName, authorEmail, now(), zone()))
                        .setCommitter(new PersonIdent(authorName, authorEmail, now(), zone()))
                        .setMessage(message)
                        .call();
                if (this.remote != null) {
                    this.remote.publish(commit, path);
                }
                return CommitInfo.of(commit);
            } catch (ContentSyncConflictException ex) {
                throw ex;
            } catch (GitAPIException | IOException | RuntimeException ex) {
                throw new ContentHistoryException("the change to " + path + " could not be committed", ex);
            }
        });
    }

    /** The changes to one file, newest first (who, when, message). */
    public List<CommitInfo> history(String path) {
        try {
            if (this.git.getRepository().resolve(Constants.HEAD) == null) {
                return List.of();
            }
            List<CommitInfo> out = new ArrayList<>();
            for (RevCommit commit : this.git.log().addPath(path).call()) {
                out.add(CommitInfo.of(commit));
            }
            return out;
        } catch (GitAPIException | IOException ex) {
            throw new ContentHistoryException("the history of " + path + " could not be read", ex);
        }
    }

    /** The file's text as committed in {@code commitId}, if the file existed there. */
    public Optional<String> textAt(String commitId, String path) {
        Repository repository = this.git.getRepository();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(repository.resolve(commitId));
            try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
                if (tree == null) {
                    return Optional.empty();
                }
                byte[] bytes = repository.open(tree.getObjectId(0)).getBytes();
                return Optional.of(new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException ex) {
            throw new ContentHistoryException("version " + commitId + " of " + path + " could not be read", ex);
        }
    }

    /** What {@code commitId} changed in {@code path}, as a unified diff (empty when it did not touch the file). */
    public String diff(String commitId, String path) {
        Repository repository = this.git.getRepository();
        try (RevWalk walk = new RevWalk(repository);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                DiffFormatter formatter = new DiffFormatter(out)) {
            RevCommit commit = walk.parseCommit(repository.resolve(commitId));
            formatter.setRepository(repository);
            formatter.setDiffComparator(RawTextComparator.DEFAULT);
            formatter.setPathFilter(PathFilter.create(path));
            formatter.setContext(3);
            ObjectId parentTree = (commit.getParentCount() > 0)
                    ? walk.parseCommit(commit.getParent(0)).getTree()
                    : null;
            List<DiffEntry> entries = (parentTree == null)
                    ? formatter.scan(new org.eclipse.jgit.treewalk.EmptyTreeIterator(), treeIterator(commit))
                    : formatter.scan(parentTree, commit.getTree());
            formatter.format(entries);
            formatter.flush();
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException ex) {
            throw new ContentHistoryException("the change " + commitId + " to " + path + " could not be read", ex);
        }
    }

    /**
     * Files that were deleted and are not in the folder now, each with the last commit that still held it (the
     * version to restore).
     */
    public Map<String, CommitInfo> deletedFiles() {
        Repository repository = this.git.getRepository();
        Map<String, CommitInfo> deleted = new LinkedHashMap<>();
        try {
            if (repository.resolve(Constants.HEAD) == null) {
                return deleted;
            }
            try (RevWalk walk = new RevWalk(repository);
                    DiffFormatter formatter = new DiffFormatter(java.io.OutputStream.nullOutputStream())) {
                formatter.setRepository(repository);
                formatter.setPathFilter(TreeFilter.ALL);
                for (RevCommit commit : this.git.log().call()) {
                    if (commit.getParentCount() == 0) {
                        continue;
                    }
                    RevCommit parent = walk.parseCommit(commit.getParent(0));
                    for (DiffEntry entry : formatter.scan(parent.getTree(), commit.getTree())) {
                        String path = entry.getOldPath();
                        if (entry.getChangeType() == DiffEntry.ChangeType.DELETE
                                && !deleted.containsKey(path)
                                && !Files.exists(this.workTree.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                            deleted.put(path, CommitInfo.of(parent));
                        }
                    }
                }
            }
            return deleted;
        } catch (GitAPIException | IOException ex) {
            throw new ContentHistoryException("the deleted files could not be listed", ex);
        }
    }

    /** Front-matter keys a clinical sign-off writes: a change to these alone does not change what was reviewed. */
    static final java.util.Set<String> REVIEW_KEYS =
            java.util.Set.of("last_reviewed", "reviewed_by", "next_review_due");

    /**
     * The day (in the clock's zone) the text of {@code path} last changed, ignoring changes to the review keys
     * only: today when {@code currentText} differs from the committed version, else the newest commit that changed
     * an existing version. Empty when the text never changed since the file was added (its first version says
     * nothing about when it was written).
     */
    public Optional<java.time.LocalDate> lastTextChange(String path, String currentText) {
        try {
            if (this.git.getRepository().resolve(Constants.HEAD) == null) {
                return Optional.empty();
            }
            List<RevCommit> commits = new ArrayList<>();
            for (RevCommit commit : this.git.log().addPath(path).call()) {
                commits.add(commit);
            }
            if (commits.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> newest = textAt(commits.get(0).getName(), path);
            if (newest.isEmpty()) {
                return Optional.empty(); // deleted and written again: a new file
            }
            if (!withoutReviewLines(newest.get()).equals(withoutReviewLines(currentText))) {
                return Optional.of(java.time.LocalDate.now(this.clock));
            }
            for (int i = 0; i + 1 < commits.size(); i++) {
                Optional<String> version = textAt(commits.get(i).getName(), path);
                Optional<String> before = textAt(commits.get(i + 1).getName(), path);
                if (version.isEmpty() || before.isEmpty()) {
                    return Optional.empty(); // this version was added (or restored after a deletion)
                }
                if (!withoutReviewLines(version.get()).equals(withoutReviewLines(before.get()))) {
                    return Optional.of(commits.get(i)
                            .getAuthorIdent()
                            .getWhenAsInstant()
                            .atZone(zone())
                            .toLocalDate());
                }
            }
            return Optional.empty();
        } catch (GitAPIException | IOException ex) {
            throw new ContentHistoryException("the history of " + path + " could not be read", ex);
        }
    }

    /** The text with the review keys' front-matter lines removed, and line endings made plain. */
    static String withoutReviewLines(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean inFrontMatter = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.strip().equals("---")) {
                inFrontMatter = true;
            } else if (inFrontMatter
                    && (line.strip().equals("---") || line.strip().equals("..."))) {
                inFrontMatter = false;
            } else if (inFrontMatter && isReviewLine(line)) {
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static boolean isReviewLine(String line) {
        int colon = line.indexOf(':');
        return colon > 0 && REVIEW_KEYS.contains(line.substring(0, colon).strip()) && !line.startsWith(" ");
    }

    /** The text of the blob {@code blobId} (a file's version by its Git blob id), if the history holds it. */
    public Optional<String> blobText(String blobId) {
        Repository repository = this.git.getRepository();
        try {
            ObjectId id = ObjectId.fromString(blobId);
            if (!repository.getObjectDatabase().has(id)) {
                return Optional.empty();
            }
            return Optional.of(
                    new String(repository.open(id, Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException ex) {
            return Optional.empty(); // not a blob of this history: the caller says only that the file changed
        }
    }

    /** A unified diff (without file headers) from {@code before} to {@code after}. */
    public static String textDiff(String before, String after) {
        org.eclipse.jgit.diff.RawText a = new org.eclipse.jgit.diff.RawText(before.getBytes(StandardCharsets.UTF_8));
        org.eclipse.jgit.diff.RawText b = new org.eclipse.jgit.diff.RawText(after.getBytes(StandardCharsets.UTF_8));
        org.eclipse.jgit.diff.EditList edits = org.eclipse.jgit.diff.DiffAlgorithm.getAlgorithm(
                        org.eclipse.jgit.diff.DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, a, b);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                DiffFormatter formatter = new DiffFormatter(out)) {
            formatter.setContext(2);
            formatter.format(edits, a, b);
            formatter.flush();
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The Git blob id of a file's bytes: the revision an edit form starts from. */
    public static String revisionOf(byte[] bytes) {
        try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
            return formatter.idFor(Constants.OBJ_BLOB, bytes).name();
        }
    }

    /** The revision of the file at {@code path} as it is on disk now, or {@link #NO_FILE}. */
    public String revisionOnDisk(String path) {
        Path file = this.workTree.resolve(path);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return NO_FILE;
            }
            return revisionOf(Files.readAllBytes(file));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private RevCommit commit(PersonIdent who, String message) throws GitAPIException {
        return this.git
                .commit()
                .setAuthor(who)
                .setCommitter(who)
                .setMessage(message)
                .call();
    }

    private org.eclipse.jgit.treewalk.AbstractTreeIterator treeIterator(RevCommit commit) throws IOException {
        org.eclipse.jgit.treewalk.CanonicalTreeParser parser = new org.eclipse.jgit.treewalk.CanonicalTreeParser();
        try (org.eclipse.jgit.lib.ObjectReader reader = this.git.getRepository().newObjectReader()) {
            parser.reset(reader, commit.getTree());
        }
        return parser;
    }

    private Instant now() {
        return this.clock.instant();
    }

    private java.time.ZoneId zone() {
        return this.clock.getZone();
    }

    @Override
    public void close() {
        this.git.close();
    }

    /** What the shared history does, for those that react to it (other instances' notification, the audit). */
    public interface Listener {

        /** A push brought the remote to {@code commitId}. */
        default void pushed(String commitId) {}

        /** This instance's change to the same files lost to the shared one and was kept on a ref. */
        default void conflictKept(KeptConflict conflict) {}

        /** This instance pushed a kept conflict or the deletion of a resolved one (main may not have moved). */
        default void conflictsChanged() {}
    }

    /**
     * A change of one instance that lost to a newer shared version of the same files: {@code ours} is kept as
     * {@code name} on the remote (and on the instance that kept it until the push gets through), {@code theirs} is
     * the shared commit whose version went live.
     */
    public record KeptConflict(String name, String ours, String theirs, List<String> paths, Instant when) {

        static final String PREFIX = "refs/guide/conflicts/";

        static final String THEIRS = "theirs ";

        static final String PATH = "path ";

        static Optional<KeptConflict> of(String name, org.eclipse.jgit.revwalk.RevTag tag) {
            String theirs = null;
            List<String> paths = new ArrayList<>();
            for (String line : tag.getFullMessage().split("\n")) {
                if (line.startsWith(THEIRS)) {
                    theirs = line.substring(THEIRS.length()).strip();
                } else if (line.startsWith(PATH)) {
                    paths.add(line.substring(PATH.length()).strip());
                }
            }
            if (theirs == null || paths.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new KeptConflict(
                    name,
                    tag.getObject().getName(),
                    theirs,
                    List.copyOf(paths),
                    tag.getTaggerIdent().getWhenAsInstant()));
        }

        /** The part of the ref name after the prefix, for addresses. */
        public String id() {
            return this.name.substring(PREFIX.length());
        }
    }

    /** One commit as the history page shows it. */
    public record CommitInfo(String id, String shortId, String author, Instant when, String message) {

        static CommitInfo of(RevCommit commit) {
            PersonIdent author = commit.getAuthorIdent();
            return new CommitInfo(
                    commit.getName(),
                    commit.abbreviate(7).name(),
                    author.getName(),
                    author.getWhenAsInstant(),
                    commit.getFullMessage().strip());
        }
    }
}
