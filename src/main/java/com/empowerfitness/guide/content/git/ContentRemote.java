package com.empowerfitness.guide.content.git;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared side of the content history: fetch, fast-forward or merge, push. Every method runs under the
 * {@link ContentRepository}'s lock. The remote's address is never logged with credentials (they come from the
 * environment, not the URL).
 */
final class ContentRemote {

    static final String NAME = "origin";

    private static final String BRANCH = "refs/heads/main";

    private static final String TRACKING = "refs/remotes/" + NAME + "/main";

    /** Pushes retried after a rejection (someone else pushed in between) before the save is reported failed. */
    private static final int PUSH_ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(ContentRemote.class);

    private final Git git;

    private final CredentialsProvider credentials;

    private final Clock clock;

    private final ContentRepository.Listener listener;

    private final ConflictRefs conflicts;

    ContentRemote(
            Git git,
            CredentialsProvider credentials,
            Clock clock,
            ContentRepository.Listener listener,
            ConflictRefs conflicts) {
        this.git = git;
        this.credentials = credentials;
        this.clock = clock;
        this.listener = listener;
        this.conflicts = conflicts;
    }

    /** A path becomes a file URL; anything else (file://, https://) is used as given. */
    static String urlOf(String url) {
        String trimmed = url.strip();
        if (trimmed.contains("://")) {
            return trimmed;
        }
        return Path.of(trimmed).toAbsolutePath().normalize().toUri().toString();
    }

    /** The remote's address without any user information, for logs. */
    static String safe(String url) {
        try {
            URI uri = URI.create(url);
            return (uri.getUserInfo() == null) ? url : url.replace(uri.getUserInfo() + "@", "");
        } catch (IllegalArgumentException ex) {
            return "(the configured remote)";
        }
    }

    /** First contact: take the remote's history if ours is unrelated to it, else merge; then push. */
    void adoptOrMerge() {
        try {
            fetch();
            ObjectId theirs = repository().resolve(TRACKING);
            ObjectId ours = repository().resolve(Constants.HEAD);
            if (theirs != null && (ours == null || mergeBase(ours, theirs) == null)) {
                // A new instance: the shared history is the truth. Files only this folder holds stay untracked by
                // the reset and are committed next as the folder's own change.
                org.eclipse.jgit.lib.RefUpdate branch = repository().updateRef(BRANCH);
                branch.setNewObjectId(theirs);
                branch.forceUpdate();
                this.git
                        .reset()
                        .setMode(ResetCommand.ResetType.HARD)
                        .setRef(theirs.name())
                        .call();
                this.git.add().addFilepattern(".").call();
                if (!this.git.status().call().getUncommittedChanges().isEmpty()) {
                    this.git
                            .commit()
                            .setMessage("Files only this instance's folder held")
                            .call();
                }
                log.info("The content folder now holds the shared content history");
            }
            pullAndPush();
        } catch (GitAPIException | IOException ex) {
            throw new ContentHistoryException("the shared content history could not be reached", ex);
        }
    }

    /**
     * Fetches (the shared conflicts too); fast-forwards, or merges when the two sides changed different files;
     * pushes what the remote lacks, kept conflicts and their resolutions first. Returns whether HEAD (so the
     * folder) changed. When both sides changed a file, the shared version wins (so every instance ends up with the
     * same files) and this instance's commit is kept as a conflict for an editor to look at, on any instance
     * ({@link #mergeKeepingOurs}).
     */
    boolean pullAndPush() {
        try {
            fetch();
            ObjectId theirs = repository().resolve(TRACKING);
            ObjectId ours = repository().resolve(Constants.HEAD);
            boolean changed = false;
            boolean ahead = theirs == null;
            if (theirs != null && ours != null && !theirs.equals(ours)) {
                try (RevWalk walk = new RevWalk(repository())) {
                    RevCommit theirCommit = walk.parseCommit(theirs);
                    RevCommit ourCommit = walk.parseCommit(ours);
                    if (walk.isMergedInto(ourCommit, theirCommit)) {
                        merge(theirs, MergeCommand.FastForwardMode.FF_ONLY);
                        changed = true;
                    } else {
                        if (!walk.isMergedInto(theirCommit, ourCommit)) {
                            Set<String> both = changedOnBothSides(ours, theirs);
                            if (both.isEmpty()) {
                                merge(theirs, MergeCommand.FastForwardMode.NO_FF);
                            } else {
                                mergeKeepingOurs(ours, theirs, both);
                            }
                            changed = true;
                        }
                        ahead = true;
                    }
                }
            }
            // Before main: an instance told of the push (PostgreSQL) then fetches the conflict with it.
            shareConflicts();
            if (ahead) {
                push();
            }
            return changed;
        } catch (GitAPIException | IOException ex) {
            log.warn(
                    "The shared content history could not be synchronised: {}",
                    ex.getClass().getSimpleName());
            return false;
        }
    }

    /**
     * Pushes the commit just made for {@code path}. Rejected (someone pushed first): fetched, and merged when they
     * changed other files; when they changed this file too, the commit is taken back, the folder holds their
     * version, and a {@link ContentSyncConflictException} says so.
     */
    void publish(RevCommit commit, String path) throws GitAPIException, IOException {
        for (int attempt = 0; attempt < PUSH_ATTEMPTS; attempt++) {
            try {
                shareConflicts();
                if (push()) {
                    return;
                }
                fetch();
            } catch (org.eclipse.jgit.api.errors.TransportException ex) {
                // The shared repository cannot be reached: the commit is kept here and the next sync pushes it.
                log.warn("The shared content history cannot be reached; the change is pushed later");
                return;
            }
            ObjectId theirs = repository().resolve(TRACKING);
            ObjectId ours = repository().resolve(Constants.HEAD);
            Set<String> both = changedOnBothSides(ours, theirs);
            if (both.contains(path)) {
                takeBack(commit, theirs);
                throw new ContentSyncConflictException(
                        path, textAt(theirs, path).orElse(null));
            }
            if (both.isEmpty()) {
                merge(theirs, MergeCommand.FastForwardMode.NO_FF);
            } else {
                // Earlier commits of this instance (not this save) touched files the shared history changed too.
                mergeKeepingOurs(ours, theirs, both);
            }
        }
        throw new ContentHistoryException(
                "the shared content history kept changing; the change is kept here and pushed later",
                new IllegalStateException("push rejected " + PUSH_ATTEMPTS + " times"));
    }

    /**
     * Takes this save's commit back (the editor still has the text) and brings in the shared history, keeping any
     * earlier commit of this instance that the remote lacks: merged, or kept aside when it touched the same files.
     */
    private void takeBack(RevCommit commit, ObjectId theirs) throws GitAPIException, IOException {
        ObjectId before;
        try (RevWalk walk = new RevWalk(repository())) {
            before = walk.parseCommit(commit.getId()).getParent(0).getId();
        }
        this.git
                .reset()
                .setMode(ResetCommand.ResetType.HARD)
                .setRef(before.name())
                .call();
        try (RevWalk walk = new RevWalk(repository())) {
            if (walk.isMergedInto(walk.parseCommit(before), walk.parseCommit(theirs))) {
                this.git
                        .reset()
                        .setMode(ResetCommand.ResetType.HARD)
                        .setRef(theirs.name())
                        .call();
                return;
            }
        }
        Set<String> both = changedOnBothSides(before, theirs);
        if (both.isEmpty()) {
            merge(theirs, MergeCommand.FastForwardMode.NO_FF);
        } else {
            mergeKeepingOurs(before, theirs, both);
        }
        shareConflicts();
        push(); // best effort: a rejection here is caught up with by the next sync
    }

    /** Fetches main and the shared conflicts; conflicts resolved on another instance are pruned here. */
    private void fetch() throws GitAPIException, IOException {
        this.git
                .fetch()
                .setRemote(NAME)
                .setRemoveDeletedRefs(true)
                .setCredentialsProvider(this.credentials)
                .call();
        this.conflicts.fetched();
    }

    /**
     * Pushes conflicts kept here that the remote lacks and deletions of those resolved here. Best effort: what
     * does not get through stays on this instance (the kept text is never lost) and the next sync pushes it again.
     */
    void shareConflicts() {
        try {
            List<RefSpec> specs = this.conflicts.pushSpecs();
            if (specs.isEmpty()) {
                return;
            }
            Iterable<PushResult> results = this.git
                    .push()
                    .setRemote(NAME)
                    .setRefSpecs(specs)
                    .setCredentialsProvider(this.credentials)
                    .call();
            boolean reached = false;
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    reached |= shared(update);
                }
            }
            if (reached) {
                this.listener.conflictsChanged();
            }
        } catch (GitAPIException | IOException | RuntimeException ex) {
            log.warn(
                    "Kept conflicts could not be shared with the other instances ({}); they stay here and the next"
                            + " sync tries again",
                    ex.getClass().getSimpleName());
        }
    }

    /** Records what one update of a conflict did; true when it changed the remote's conflicts. */
    private boolean shared(RemoteRefUpdate update) throws IOException {
        String name = update.getRemoteName();
        switch (update.getStatus()) {
            case OK, UP_TO_DATE -> {
                if (update.isDelete()) {
                    this.conflicts.deletedOnRemote(name);
                } else {
                    this.conflicts.shared(name);
                }
                return update.getStatus() == RemoteRefUpdate.Status.OK;
            }
            case NON_EXISTING -> this.conflicts.deletedOnRemote(name);
            case REJECTED_NONFASTFORWARD -> {
                if (!update.isDelete()) {
                    this.conflicts.renameClashing(name);
                }
            }
            default ->
                log.warn(
                        "The remote refused a kept conflict or its resolution ({}); it stays here and is pushed again",
                        update.getStatus());
        }
        return false;
    }

    /** Pushes main; false when the remote refused because it has commits this instance lacks. */
    private boolean push() throws GitAPIException, IOException {
        Iterable<PushResult> results = this.git
                .push()
                .setRemote(NAME)
                .setRefSpecs(new RefSpec(BRANCH + ":" + BRANCH))
                .setCredentialsProvider(this.credentials)
                .call();
        boolean pushed = false;
        for (PushResult result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                switch (update.getStatus()) {
                    case UP_TO_DATE -> {}
                    case OK -> pushed = true;
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                        return false;
                    }
                    default ->
                        throw new ContentHistoryException(
                                "the shared content history refused the change (" + update.getStatus() + ")",
                                new IllegalStateException(String.valueOf(update.getMessage())));
                }
            }
        }
        if (pushed) {
            ObjectId head = repository().resolve(Constants.HEAD);
            try {
                this.listener.pushed(head.name());
            } catch (RuntimeException ex) {
                // Telling the other instances is a shortcut; their periodic sync brings the change anyway.
                log.warn("The other instances could not be told about the new content: {}", ex.toString());
            }
        }
        return true;
    }

    private void merge(ObjectId theirs, MergeCommand.FastForwardMode mode) throws GitAPIException {
        MergeResult result = this.git
                .merge()
                .include(theirs)
                .setFastForward(mode)
                .setCommit(true)
                .setMessage("Merge the shared content history")
                .call();
        if (!result.getMergeStatus().isSuccessful()) {
            this.git.reset().setMode(ResetCommand.ResetType.HARD).call();
            throw new ContentHistoryException(
                    "the shared content history could not be merged (" + result.getMergeStatus() + ")", null);
        }
    }

    /**
     * Both sides changed {@code both}: merges with the shared history's version of those files (the other files
     * merge as usual), so every instance converges on the same files, and keeps this instance's commit as a
     * conflict ({@link ConflictRefs}: an annotated tag naming the shared commit and the files, pushed so that every
     * instance lists it) for an editor to compare and take over by hand. Nothing is lost: the commit stays in the
     * history as the merge's parent too.
     */
    private void mergeKeepingOurs(ObjectId ours, ObjectId theirs, Set<String> both)
            throws GitAPIException, IOException {
        ContentRepository.KeptConflict kept = this.conflicts.keep(
                ours, theirs, new ArrayList<>(new TreeSet<>(both)), this.clock.instant(), this.clock.getZone());
        MergeResult result = this.git
                .merge()
                .include(theirs)
                .setFastForward(MergeCommand.FastForwardMode.NO_FF)
                .setCommit(false)
                .call();
        MergeResult.MergeStatus status = result.getMergeStatus();
        if (status != MergeResult.MergeStatus.CONFLICTING && status != MergeResult.MergeStatus.MERGED_NOT_COMMITTED) {
            this.git.reset().setMode(ResetCommand.ResetType.HARD).call();
            throw new ContentHistoryException("the shared content history could not be merged (" + status + ")", null);
        }
        Path workTree = repository().getWorkTree().toPath();
        for (String path : both) {
            Path file = workTree.resolve(path);
            Optional<byte[]> shared = bytesAt(theirs, path);
            if (shared.isPresent()) {
                Files.createDirectories(file.getParent());
                Files.write(file, shared.get());
                this.git.add().addFilepattern(path).call();
            } else {
                Files.deleteIfExists(file);
                this.git.rm().addFilepattern(path).call();
            }
        }
        this.git
                .commit()
                .setMessage("Merge the shared content history; its version of " + describe(both)
                        + " kept, this instance's is in " + kept.name())
                .call();
        log.warn(
                "The shared content history and this instance both changed {} file(s); the shared version is live"
                        + " and this instance's is kept as {}",
                both.size(),
                kept.name());
        try {
            this.listener.conflictKept(kept);
        } catch (RuntimeException ex) {
            log.warn("A kept conflict could not be announced: {}", ex.toString());
        }
    }

    private static String describe(Set<String> paths) {
        return (paths.size() == 1) ? paths.iterator().next() : paths.size() + " files";
    }

    private Optional<byte[]> bytesAt(ObjectId commitId, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repository());
                TreeWalk tree = TreeWalk.forPath(
                        repository(), path, walk.parseCommit(commitId).getTree())) {
            if (tree == null) {
                return Optional.empty();
            }
            return Optional.of(repository().open(tree.getObjectId(0)).getBytes());
        }
    }

    /** Files changed on both sides since their common commit. */
    private Set<String> changedOnBothSides(ObjectId ours, ObjectId theirs) throws IOException {
        ObjectId base = mergeBase(ours, theirs);
        Set<String> mine = changedSince(base, ours);
        Set<String> other = changedSince(base, theirs);
        mine.retainAll(other);
        return mine;
    }

    private Set<String> changedSince(ObjectId base, ObjectId tip) throws IOException {
        Set<String> paths = new HashSet<>();
        try (RevWalk walk = new RevWalk(repository());
                DiffFormatter formatter = new DiffFormatter(OutputStream.nullOutputStream())) {
            formatter.setRepository(repository());
            RevCommit tipCommit = walk.parseCommit(tip);
            if (base == null) {
                try (TreeWalk tree = new TreeWalk(repository())) {
                    tree.addTree(tipCommit.getTree());
                    tree.setRecursive(true);
                    while (tree.next()) {
                        paths.add(tree.getPathString());
                    }
                }
                return paths;
            }
            for (DiffEntry entry : formatter.scan(walk.parseCommit(base).getTree(), tipCommit.getTree())) {
                paths.add(entry.getOldPath());
                paths.add(entry.getNewPath());
            }
        }
        paths.remove(DiffEntry.DEV_NULL);
        return paths;
    }

    private ObjectId mergeBase(ObjectId a, ObjectId b) throws IOException {
        try (RevWalk walk = new RevWalk(repository())) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(a));
            walk.markStart(walk.parseCommit(b));
            RevCommit base = walk.next();
            return (base == null) ? null : base.getId();
        }
    }

    private Optional<String> textAt(ObjectId commitId, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repository());
                TreeWalk tree = TreeWalk.forPath(
                        repository(), path, walk.parseCommit(commitId).getTree())) {
            if (tree == null) {
                return Optional.empty();
            }
            return Optional.of(new String(repository().open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
        }
    }

    private Repository repository() {
        return this.git.getRepository();
    }
}
