package com.empowerfitness.guide.editor;

import com.empowerfitness.guide.content.git.ContentConflictKeptEvent;
import com.empowerfitness.guide.content.git.ContentRepository;
import com.empowerfitness.guide.content.git.ContentRepository.KeptConflict;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import com.empowerfitness.guide.staff.StaffPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changes that lost a conflict in a sync (an instance and the shared history changed the same file before either
 * saw the other's): the shared version went live, the instance's change is kept as a conflict on the shared remote.
 * Listed on {@code /staff/content} of every instance (after its next sync); each opens side by side with the
 * version now live, can be taken over through the editor (a normal, conflict-safe save) and its notice closed,
 * which resolves it on every instance. Every step is in the audit log.
 */
@Controller
@StaffPage
class ConflictController {

    static final String VIEW = "editor/conflict";

    /** The sync is not a person; the audit log names it like the folder's own commits. */
    static final String SYNC_ACTOR = "content sync";

    private static final Pattern ID = Pattern.compile("[0-9A-Za-z-]{1,60}");

    private final ObjectProvider<ContentRepository> repository;

    private final PageEditor editor;

    private final AuditLog audit;

    ConflictController(ObjectProvider<ContentRepository> repository, PageEditor editor, AuditLog audit) {
        this.repository = repository;
        this.editor = editor;
        this.audit = audit;
    }

    @EventListener
    void conflictKept(ContentConflictKeptEvent event) {
        for (String path : event.conflict().paths()) {
            this.audit.record(SYNC_ACTOR, AuditAction.CONTENT_CONFLICT_KEPT, path);
        }
    }

    @GetMapping("/staff/content/conflict")
    String show(@RequestParam String id, Model model) {
        return view(find(id), model);
    }

    /**
     * Saves the kept version of one file in place of the live one (a normal save: checked, and refused when the
     * live version changed since the page was opened). The text comes from the kept change, not from the form.
     * Once every file of the conflict holds its kept version the conflict is resolved, on every instance.
     */
    @PostMapping("/staff/content/conflict/keep")
    String keep(
            @RequestParam String id,
            @RequestParam String path,
            @RequestParam(defaultValue = ContentRepository.NO_FILE) String revision,
            Authentication who,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        KeptConflict conflict = find(id);
        ContentRepository history = this.repository.getObject();
        if (!conflict.paths().contains(path)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String kept = history.textAt(conflict.ours(), path)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PageEditor.Outcome outcome = this.editor.save(new PageEditor.SaveCommand(
                path,
                kept,
                revision,
                "Take over the version kept after a conflict (" + conflict.id() + ")",
                who.getName(),
                false));
        if (outcome instanceof PageEditor.Outcome.Saved) {
            if (everyOtherFileHoldsItsKeptVersion(conflict, path, history)) {
                resolve(conflict, who);
                redirect.addFlashAttribute(
                        "saved",
                        "The kept version of " + path + " is saved and live; the conflict is resolved on every"
                                + " instance.");
                return "redirect:/staff/content";
            }
            redirect.addFlashAttribute(
                    "saved", "The kept version of " + path + " is saved and live. Deal with the other files too.");
            return "redirect:/staff/content/conflict?id=" + conflict.id();
        }
        if (outcome instanceof PageEditor.Outcome.Invalid invalid) {
            response.setStatus(422);
            model.addAttribute(
                    "problem",
                    "The kept version of " + path + " cannot be published as it is ("
                            + invalid.errors().get(0).toLogLine() + "). Edit the live version, copy what you need"
                            + " from the kept one, save it, then close this notice.");
        } else if (outcome instanceof PageEditor.Outcome.Conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute(
                    "problem",
                    "The live version of " + path + " changed since you opened this page. Compare the two again.");
        } else if (outcome instanceof PageEditor.Outcome.Failed failed) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("problem", failed.reason());
        } else {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return view(conflict, model);
    }

    @PostMapping("/staff/content/conflict/close")
    String close(@RequestParam String id, Authentication who, RedirectAttributes redirect) {
        KeptConflict conflict = find(id);
        resolve(conflict, who);
        redirect.addFlashAttribute("saved", "The notice about " + String.join(", ", conflict.paths()) + " is closed.");
        return "redirect:/staff/content";
    }

    private void resolve(KeptConflict conflict, Authentication who) {
        if (this.repository.getObject().dismissConflict(conflict.id())) {
            for (String path : conflict.paths()) {
                this.audit.record(who.getName(), AuditAction.CONTENT_CONFLICT_CLOSED, path);
            }
        }
    }

    /** Whether the files of the conflict other than {@code saved} (just taken over) hold their kept version. */
    private boolean everyOtherFileHoldsItsKeptVersion(KeptConflict conflict, String saved, ContentRepository history) {
        for (String path : conflict.paths()) {
            if (path.equals(saved)) {
                continue;
            }
            Optional<String> kept = history.textAt(conflict.ours(), path);
            Optional<String> live = this.editor.open(path).map(PageEditor.Draft::markdown);
            if (!kept.equals(live)) {
                return false;
            }
        }
        return true;
    }

    private String view(KeptConflict conflict, Model model) {
        ContentRepository history = this.repository.getObject();
        List<Version> versions = new ArrayList<>();
        for (String path : conflict.paths()) {
            Optional<PageEditor.Draft> live = this.editor.open(path);
            versions.add(new Version(
                    path,
                    history.textAt(conflict.ours(), path).orElse(null),
                    live.map(PageEditor.Draft::markdown).orElse(null),
                    live.map(PageEditor.Draft::revision).orElse(ContentRepository.NO_FILE)));
        }
        model.addAttribute("conflict", conflict);
        model.addAttribute("versions", versions);
        return VIEW;
    }

    private KeptConflict find(String id) {
        ContentRepository history = this.repository.getIfAvailable();
        if (history == null || id == null || !ID.matcher(id).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return history.keptConflict(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * One file of a kept conflict: the kept text (null when the kept change deleted the file) and the live one
     * (null when there is none), with the live revision a take-over save starts from.
     */
    record Version(String path, String kept, String live, String liveRevision) {}
}
