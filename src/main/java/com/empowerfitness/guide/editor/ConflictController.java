package com.empowerfitness.guide.editor;

import com.empowerfitness.guide.content.git.ContentConflictKeptEvent;
import com.empowerfitness.guide.content.git.ContentRepository;
import com.empowerfitness.guide.content.git.ContentRepository.KeptConflict;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import com.empowerfitness.guide.staff.StaffPage;
import java.util.ArrayList;
import java.util.List;
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
        KeptConflict conflict = find(id);
        ContentRepository history = this.repository.getObject();
        List<Version> versions = new ArrayList<>();
        for (String path : conflict.paths()) {
            versions.add(new Version(
                    path,
                    history.textAt(conflict.ours(), path).orElse(null),
                    this.editor.open(path).map(PageEditor.Draft::markdown).orElse(null),
                    this.editor.open(path).map(PageEditor.Draft::revision).orElse(ContentRepository.NO_FILE)));
        }
        model.addAttribute("conflict", conflict);
        model.addAttribute("versions", versions);
        return VIEW;
    }

    @PostMapping("/staff/content/conflict/close")
    String close(@RequestParam String id, Authentication who, RedirectAttributes redirect) {
        KeptConflict conflict = find(id);
        if (this.repository.getObject().dismissConflict(conflict.id())) {
            for (String path : conflict.paths()) {
                this.audit.record(who.getName(), AuditAction.CONTENT_CONFLICT_CLOSED, path);
            }
        }
        redirect.addFlashAttribute("saved", "The notice about " + String.join(", ", conflict.paths()) + " is closed.");
        return "redirect:/staff/content";
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
