package com.empowerfitness.guide.content.git;

import com.empowerfitness.guide.content.git.ContentRepository.KeptConflict;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where kept conflicts live, so that every instance lists the same ones. A conflict is an annotated tag named
 * {@code refs/guide/conflicts/<id>} on the remote. Locally three namespaces say how far it got:
 *
 * <ul>
 *   <li>{@link KeptConflict#PREFIX}: kept here and not on the remote yet (its push failed or has not run), pushed
 *       by the next sync; the kept text is never only on the remote's side of a failed push;
 *   <li>{@link #SHARED}: the remote's conflicts as the last fetch saw them (pruned, so one resolved on another
 *       instance disappears here with the next sync);
 *   <li>{@link #RESOLVED}: resolved here, its deletion on the remote not pushed yet; hidden from the list meanwhile.
 * </ul>
 *
 * Ids carry a random part: two instances keeping a conflict in the same second never share a name, and a push
 * never overwrites a conflict already on the remote. Everything but {@link #list()} runs under the {@link
 * ContentRepository}'s lock.
 */
final class ConflictRefs {

    static final String SHARED = "refs/guide/shared-conflicts/";

    static final String RESOLVED = "refs/guide/resolved-conflicts/";

    /** How every instance fetches the remote's conflicts (pruned with the fetch). */
    static final String FETCH_SPEC = "+" + KeptConflict.PREFIX + "*:" + SHARED + "*";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private static final Logger log = LoggerFactory.getLogger(ConflictRefs.class);

    private final Repository repository;

    ConflictRefs(Repository repository) {
        this.repository = repository;
    }

    /** Every conflict not resolved yet: kept here (pushed or not) or fetched from the remote, newest first. */
    List<KeptConflict> list() {
        try (RevWalk walk = new RevWalk(this.repository)) {
            Set<String> resolved = ids(RESOLVED);
            Map<String, KeptConflict> byId = new LinkedHashMap<>();
            for (String prefix : List.of(KeptConflict.PREFIX, SHARED)) {
                for (Ref ref : refs(prefix)) {
                    String id = ref.getName().substring(prefix.length());
                    if (!resolved.contains(id) && !byId.containsKey(id)) {
                        of(walk, id, ref).ifPresent(conflict -> byId.put(id, conflict));
                    }
                }
            }
            List<KeptConflict> kept = new ArrayList<>(byId.values());
            kept.sort(Comparator.comparing(KeptConflict::when).reversed());
            return kept;
        } catch (IOException ex) {
            throw new ContentHistoryException("the kept conflicts could not be read", ex);
        }
    }

    /** A ref that is not a kept conflict's tag (put there by hand, say) is left out rather than breaking the list. */
    private static Optional<KeptConflict> of(RevWalk walk, String id, Ref ref) {
        try {
            RevObject object = walk.parseAny(ref.getObjectId());
            return (object instanceof RevTag tag) ? KeptConflict.of(KeptConflict.PREFIX + id, tag) : Optional.empty();
        } catch (IOException ex) {
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code ours} aside under a new, unused id: an annotated tag naming the shared commit {@code theirs}
     * and the files both changed.
     */
    KeptConflict keep(ObjectId ours, ObjectId theirs, List<String> paths, Instant now, ZoneId zone) throws IOException {
        String id = newId(ours, now);
        StringBuilder message = new StringBuilder("A change kept after a conflict with the shared history\n\n"
                + KeptConflict.THEIRS + theirs.name() + "\n");
        for (String path : paths) {
            message.append(KeptConflict.PATH).append(path).append('\n');
        }
        TagBuilder tag = new TagBuilder();
        tag.setObjectId(ours, Constants.OBJ_COMMIT);
        tag.setTag(id);
        tag.setTagger(new PersonIdent(ContentRepository.FOLDER_AUTHOR, "", now, zone));
        tag.setMessage(message.toString());
        ObjectId tagId;
        try (ObjectInserter inserter = this.repository.newObjectInserter()) {
            tagId = inserter.insert(tag);
            inserter.flush();
        }
        RefUpdate.Result stored = create(KeptConflict.PREFIX + id, tagId);
        if (stored != RefUpdate.Result.NEW) {
            throw new ContentHistoryException("this instance's version could not be kept aside (" + stored + ")", null);
        }
        return new KeptConflict(KeptConflict.PREFIX + id, ours.name(), theirs.name(), List.copyOf(paths), now);
    }

    /**
     * Resolves a conflict here: gone from this instance's list at once; when the remote has it, its deletion is
     * remembered until a push of it succeeds. False when no such conflict is listed.
     */
    boolean resolve(String id) throws IOException {
        Ref pending = this.repository.exactRef(KeptConflict.PREFIX + id);
        Ref shared = this.repository.exactRef(SHARED + id);
        if ((pending == null && shared == null) || this.repository.exactRef(RESOLVED + id) != null) {
            return false;
        }
        if (shared != null) {
            RefUpdate.Result marked = create(RESOLVED + id, shared.getObjectId());
            if (marked != RefUpdate.Result.NEW) {
                throw new ContentHistoryException("the conflict could not be marked resolved (" + marked + ")", null);
            }
        }
        if (pending != null) {
            delete(pending.getName());
        }
        return true;
    }

    /** What the next push to the remote must carry: conflicts kept here, deletions of those resolved here. */
    List<RefSpec> pushSpecs() throws IOException {
        List<RefSpec> specs = new ArrayList<>();
        for (Ref ref : refs(KeptConflict.PREFIX)) {
            // Not forced: a conflict of the same name already on the remote is never replaced.
            specs.add(new RefSpec(ref.getName() + ":" + ref.getName()));
        }
        for (String id : ids(RESOLVED)) {
            specs.add(new RefSpec(":" + KeptConflict.PREFIX + id));
        }
        return specs;
    }

    /** The remote now holds the conflict {@code remoteName}: it is listed from the fetched refs from now on. */
    void shared(String remoteName) throws IOException {
        String id = remoteName.substring(KeptConflict.PREFIX.length());
        Ref pending = this.repository.exactRef(remoteName);
        if (pending == null) {
            return;
        }
        RefUpdate tracking = this.repository.updateRef(SHARED + id);
        tracking.setNewObjectId(pending.getObjectId());
        tracking.setForceUpdate(true);
        RefUpdate.Result result = tracking.update();
        if (result == RefUpdate.Result.LOCK_FAILURE || result == RefUpdate.Result.IO_FAILURE) {
            return; // kept as it is: the next push finds it on the remote already and tries again
        }
        delete(remoteName);
    }

    /**
     * The remote refused {@code remoteName} because a different conflict of that name is there (an id clash the
     * random part makes unlikely): this one is kept under a new id for the next push.
     */
    void renameClashing(String remoteName) throws IOException {
        Ref pending = this.repository.exactRef(remoteName);
        if (pending == null) {
            return;
        }
        String id = remoteName.substring(KeptConflict.PREFIX.length());
        String renamed = KeptConflict.PREFIX + id.substring(0, id.lastIndexOf('-') + 1) + randomPart();
        if (create(renamed, pending.getObjectId()) == RefUpdate.Result.NEW) {
            delete(remoteName);
            log.warn("A kept conflict's name was taken on the remote; it is pushed again under a new one");
        }
    }

    /** The deletion of {@code remoteName} reached the remote (or it was gone already). */
    void deletedOnRemote(String remoteName) throws IOException {
        String id = remoteName.substring(KeptConflict.PREFIX.length());
        delete(SHARED + id);
        delete(RESOLVED + id);
    }

    /**
     * After a fetch: a resolution whose conflict is no longer on the remote (another instance pushed the same
     * deletion) needs no push.
     */
    void fetched() throws IOException {
        for (String id : ids(RESOLVED)) {
            if (this.repository.exactRef(SHARED + id) == null) {
                delete(RESOLVED + id);
            }
        }
    }

    private String newId(ObjectId ours, Instant now) throws IOException {
        String base = TIME.format(now.atOffset(ZoneOffset.UTC)) + "-"
                + ours.abbreviate(7).name() + "-";
        String id;
        do {
            id = base + randomPart();
        } while (taken(id));
        return id;
    }

    private boolean taken(String id) throws IOException {
        return this.repository.exactRef(KeptConflict.PREFIX + id) != null
                || this.repository.exactRef(SHARED + id) != null
                || this.repository.exactRef(RESOLVED + id) != null;
    }

    private static String randomPart() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private RefUpdate.Result create(String name, ObjectId id) throws IOException {
        RefUpdate update = this.repository.updateRef(name);
        update.setNewObjectId(id);
        update.setExpectedOldObjectId(ObjectId.zeroId());
        return update.update();
    }

    private void delete(String name) throws IOException {
        if (this.repository.exactRef(name) == null) {
            return;
        }
        RefUpdate update = this.repository.updateRef(name);
        update.setForceUpdate(true);
        update.delete();
    }

    private List<Ref> refs(String prefix) throws IOException {
        return this.repository.getRefDatabase().getRefsByPrefix(prefix);
    }

    private Set<String> ids(String prefix) throws IOException {
        Set<String> ids = new HashSet<>();
        for (Ref ref : refs(prefix)) {
            ids.add(ref.getName().substring(prefix.length()));
        }
        return ids;
    }
}
