package com.empowerfitness.guide.content.git;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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

    ContentRemote(Git git, CredentialsProvider credentials) {
        this.git = git;
        this.credentials = credentials;
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
     * Fetches; fast-forwards, or merges when the two sides changed different files; pushes what the remote lacks.
     * Returns whether HEAD (so the folder) changed. When both sides changed a file, nothing is merged: this
     * instance keeps its version until an editor saves it (that save is then shown as a conflict).
     */
    boolean pullAndPush() {
        try {
            fetch();
            ObjectId theirs = repository().resolve(TRACKING);
            ObjectId ours = repository().resolve(Constants.HEAD);
            if (theirs == null) {
                push();
                return false;
            }
            if (ours == null || theirs.equals(ours)) {
                return false;
            }
            boolean changed = false;
            try (RevWalk walk = new RevWalk(repository())) {
                RevCommit theirCommit = walk.parseCommit(theirs);
                RevCommit ourCommit = walk.parseCommit(ours);
                if (walk.isMergedInto(ourCommit, theirCommit)) {
                    merge(theirs, MergeCommand.FastForwardMode.FF_ONLY);
                    return true;
                }
                if (!walk.isMergedInto(theirCommit, ourCommit)) {
                    Set<String> both = changedOnBothSides(ours, theirs);
                    if (!both.isEmpty()) {
                        log.warn(
                                "The content history and the shared one both changed {} file(s); kept this"
                                        + " instance's version until an editor saves it",
                                both.size());
                        return false;
                    }
                    merge(theirs, MergeCommand.FastForwardMode.NO_FF);
                    changed = true;
                }
            }
            push();
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
                this.git
                        .reset()
                        .setMode(ResetCommand.ResetType.HARD)
                        .setRef(theirs.name())
                        .call();
                throw new ContentSyncConflictException(
                        path, textAt(theirs, path).orElse(null));
            }
            if (!both.isEmpty()) {
                throw new ContentHistoryException(
                        "another instance changed the same files first", new IllegalStateException(both.toString()));
            }
            merge(theirs, MergeCommand.FastForwardMode.NO_FF);
        }
        throw new ContentHistoryException(
                "the shared content history kept changing; the change is kept here and pushed later",
                new IllegalStateException("push rejected " + PUSH_ATTEMPTS + " times"));
    }

    private void fetch() throws GitAPIException {
        this.git
                .fetch()
                .setRemote(NAME)
                .setCredentialsProvider(this.credentials)
                .call();
    }

    /** Pushes main; false when the remote refused because it has commits this instance lacks. */
    private boolean push() throws GitAPIException {
        Iterable<PushResult> results = this.git
                .push()
                .setRemote(NAME)
                .setRefSpecs(new RefSpec(BRANCH + ":" + BRANCH))
                .setCredentialsProvider(this.credentials)
                .call();
        for (PushResult result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                switch (update.getStatus()) {
                    case OK, UP_TO_DATE -> {}
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
