package com.empowerfitness.guide.editor;

import com.empowerfitness.guide.content.ContentCheck;
import com.empowerfitness.guide.content.ContentError;
import com.empowerfitness.guide.content.git.ContentRepository;
import com.empowerfitness.guide.editor.image.ImageUploads;
import com.empowerfitness.guide.staff.StaffPage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The browser editor under {@code /staff/content}: open a file, preview it through the publishing pipeline, save it
 * (checked, conflict-safe, committed), create a page, delete one, and read and restore its history. Plain forms:
 * everything works without JavaScript.
 */
@Controller
@StaffPage
class EditorController {

    static final String EDIT_VIEW = "editor/edit";

    static final String NEW_VIEW = "editor/new";

    static final String HISTORY_VIEW = "editor/history";

    static final String CHANGE_VIEW = "editor/change";

    static final String DELETE_VIEW = "editor/delete";

    static final String DELETED_VIEW = "editor/deleted";

    static final int MAX_MESSAGE = 200;

    static final int MAX_TITLE = 120;

    private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{40}");

    private final PageEditor editor;

    private final ContentHealth health;

    private final ImageUploads images;

    EditorController(PageEditor editor, ContentHealth health, ImageUploads images) {
        this.editor = editor;
        this.health = health;
        this.images = images;
    }

    @GetMapping("/staff/content/edit")
    String edit(@RequestParam(required = false) String path, Model model) {
        PageEditor.Draft draft = this.editor.open(path).orElseThrow(EditorController::notFound);
        return editView(model, draft.path(), draft.markdown(), draft.revision(), "", false);
    }

    @PostMapping("/staff/content/edit")
    String save(
            @RequestParam String path,
            @RequestParam(defaultValue = "") String markdown,
            @RequestParam(defaultValue = ContentRepository.NO_FILE) String revision,
            @RequestParam(defaultValue = "") String message,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(required = false) MultipartFile image,
            @RequestParam(defaultValue = "") String imageAlt,
            Authentication who,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        if (!this.editor.isEditable(path)) {
            throw notFound();
        }
        if ("upload".equals(action)) {
            return upload(path, markdown, revision, message, image, imageAlt, who, model, response);
        }
        boolean isNew = ContentRepository.NO_FILE.equals(revision);
        if (message.length() > MAX_MESSAGE) {
            model.addAttribute("messageError", "Keep the description of your change to " + MAX_MESSAGE + " characters");
            response.setStatus(422);
            return editView(model, path, markdown, revision, message, isNew);
        }
        if ("preview".equals(action)) {
            ContentCheck.Result result = this.editor.preview(path, markdown);
            model.addAttribute("preview", PreviewReport.of(result, this.health));
            model.addAttribute("errors", result.errors());
            return editView(model, path, markdown, revision, message, isNew);
        }
        PageEditor.Outcome outcome =
                this.editor.save(new PageEditor.SaveCommand(path, markdown, revision, message, who.getName(), false));
        if (outcome instanceof PageEditor.Outcome.Saved saved) {
            redirect.addFlashAttribute(
                    "saved",
                    isNew
                            ? "Your new page is saved and published as " + path + "."
                            : "Your changes to " + path + " are saved and live.");
            return "redirect:/staff/content/edit?path=" + path;
        }
        if (outcome instanceof PageEditor.Outcome.Invalid invalid) {
            response.setStatus(422);
            model.addAttribute("errors", invalid.errors());
            return editView(model, path, markdown, revision, message, isNew);
        }
        if (outcome instanceof PageEditor.Outcome.Conflict conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", conflict);
            return editView(model, path, markdown, revision, message, isNew);
        }
        if (outcome instanceof PageEditor.Outcome.Failed failed) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("failure", failed.reason());
            return editView(model, path, markdown, revision, message, isNew);
        }
        if (outcome instanceof PageEditor.Outcome.Refused refused) {
            throw notFound();
        }
        throw notFound();
    }

    /** Stores the image and adds it to the end of the text, which stays unsaved until the editor saves it. */
    private String upload(
            String path,
            String markdown,
            String revision,
            String message,
            MultipartFile image,
            String imageAlt,
            Authentication who,
            Model model,
            HttpServletResponse response)
            throws IOException {
        boolean isNew = ContentRepository.NO_FILE.equals(revision);
        byte[] bytes = (image == null) ? new byte[0] : image.getBytes();
        ImageUploads.Result result =
                this.images.upload(image == null ? null : image.getOriginalFilename(), bytes, imageAlt, who.getName());
        if (!result.stored()) {
            response.setStatus(422);
            model.addAttribute("imageError", result.problem());
            model.addAttribute("imageAlt", imageAlt);
            return editView(model, path, markdown, revision, message, isNew);
        }
        String text = PageEditor.normalise(markdown) + "\n" + result.markdown() + "\n";
        model.addAttribute(
                "saved", "The image is stored and added at the end of your text. Move it where it belongs, then save.");
        return editView(model, path, text, revision, message, isNew);
    }

    @GetMapping("/staff/content/new")
    String newPage(Model model) {
        model.addAttribute("kind", "articles");
        model.addAttribute("pageTitle", "");
        return NEW_VIEW;
    }

    @PostMapping("/staff/content/new")
    String createPage(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String title,
            Model model,
            HttpServletResponse response) {
        String cleanTitle = title.strip();
        List<String> problems = new ArrayList<>();
        String slug = ContentCheck.slugOf(cleanTitle);
        String path = kind + "/" + slug + ".md";
        if (!ContentCheck.isPageFolder(kind)) {
            model.addAttribute("kindError", "Choose whether the page is an article or an exercise");
        }
        if (cleanTitle.isEmpty()) {
            model.addAttribute("titleError", "Enter the page's title");
        } else if (cleanTitle.length() > MAX_TITLE) {
            model.addAttribute("titleError", "Keep the title to " + MAX_TITLE + " characters");
        } else if (slug.isEmpty()) {
            model.addAttribute("titleError", "Use letters or numbers in the title, so that it can give the address");
        } else if (ContentCheck.isPageFolder(kind) && this.editor.exists(path)) {
            model.addAttribute(
                    "titleError", "A page with the address " + path + " exists already: choose another title");
        }
        if (model.containsAttribute("kindError") || model.containsAttribute("titleError")) {
            model.addAttribute("kind", kind);
            model.addAttribute("pageTitle", title);
            response.setStatus(422);
            return NEW_VIEW;
        }
        return editView(model, path, skeleton(kind, cleanTitle), ContentRepository.NO_FILE, "Add " + path, true);
    }

    @GetMapping("/staff/content/history")
    String history(@RequestParam(required = false) String path, Model model) {
        if (!this.editor.isEditable(path)) {
            throw notFound();
        }
        model.addAttribute("path", path);
        model.addAttribute("exists", this.editor.exists(path));
        model.addAttribute("historyKept", this.editor.historyKept());
        model.addAttribute("changes", this.editor.history(path));
        return HISTORY_VIEW;
    }

    @GetMapping("/staff/content/history/change")
    String change(
            @RequestParam(required = false) String path, @RequestParam(required = false) String commit, Model model) {
        if (!this.editor.isEditable(path)
                || commit == null
                || !COMMIT_ID.matcher(commit).matches()) {
            throw notFound();
        }
        ContentRepository.CommitInfo info = this.editor.history(path).stream()
                .filter(c -> c.id().equals(commit))
                .findFirst()
                .orElseThrow(EditorController::notFound);
        model.addAttribute("path", path);
        model.addAttribute("change", info);
        model.addAttribute("diff", DiffLine.parse(this.editor.diff(path, commit)));
        model.addAttribute("restorable", this.editor.textAt(path, commit).isPresent());
        return CHANGE_VIEW;
    }

    @PostMapping("/staff/content/restore")
    String restore(
            @RequestParam String path,
            @RequestParam String commit,
            Authentication who,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!COMMIT_ID.matcher(commit).matches()) {
            throw notFound();
        }
        PageEditor.Outcome outcome = this.editor.restore(path, commit, who.getName());
        if (outcome instanceof PageEditor.Outcome.Saved saved) {
            redirect.addFlashAttribute(
                    "saved", "The version " + commit.substring(0, 7) + " of " + path + " is restored and live.");
            return "redirect:/staff/content/edit?path=" + path;
        }
        if (outcome instanceof PageEditor.Outcome.Invalid invalid) {
            // An old version may not pass today's checks: open it in the editor to fix before saving.
            response.setStatus(422);
            model.addAttribute("errors", invalid.errors());
            String revision =
                    this.editor.open(path).map(PageEditor.Draft::revision).orElse(ContentRepository.NO_FILE);
            return editView(
                    model,
                    path,
                    this.editor.textAt(path, commit).orElse(""),
                    revision,
                    "Restore " + path + " to version " + commit.substring(0, 7),
                    ContentRepository.NO_FILE.equals(revision));
        }
        if (outcome instanceof PageEditor.Outcome.Failed failed) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("failure", failed.reason());
            return history(path, model);
        }
        if (outcome instanceof PageEditor.Outcome.Conflict conflict) {
            return "redirect:/staff/content/history?path=" + path;
        }
        if (outcome instanceof PageEditor.Outcome.Refused refused) {
            throw notFound();
        }
        throw notFound();
    }

    @GetMapping("/staff/content/delete")
    String confirmDelete(@RequestParam(required = false) String path, Model model) {
        PageEditor.Draft draft = this.editor.open(path).orElseThrow(EditorController::notFound);
        model.addAttribute("path", draft.path());
        model.addAttribute("revision", draft.revision());
        return DELETE_VIEW;
    }

    @PostMapping("/staff/content/delete")
    String delete(
            @RequestParam String path,
            @RequestParam(defaultValue = "") String revision,
            Authentication who,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PageEditor.Outcome outcome = this.editor.delete(path, revision, who.getName());
        if (outcome instanceof PageEditor.Outcome.Saved saved) {
            redirect.addFlashAttribute("saved", path + " is deleted. It can be restored from the deleted files.");
            return "redirect:/staff/content/deleted";
        }
        if (outcome instanceof PageEditor.Outcome.Conflict conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("path", path);
            model.addAttribute("revision", conflict.theirRevision());
            model.addAttribute(
                    "failure", "The file changed since you opened it. Check the latest version before deleting it.");
            return DELETE_VIEW;
        }
        if (outcome instanceof PageEditor.Outcome.Failed failed) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("path", path);
            model.addAttribute("revision", revision);
            model.addAttribute("failure", failed.reason());
            return DELETE_VIEW;
        }
        throw notFound();
    }

    @GetMapping("/staff/content/deleted")
    String deleted(Model model) {
        model.addAttribute("historyKept", this.editor.historyKept());
        model.addAttribute("deleted", this.editor.deletedFiles());
        return DELETED_VIEW;
    }

    private String editView(Model model, String path, String markdown, String revision, String message, boolean isNew) {
        model.addAttribute("path", path);
        model.addAttribute("markdown", markdown);
        model.addAttribute("revision", revision);
        model.addAttribute("message", message);
        model.addAttribute("isNew", isNew);
        model.addAttribute("historyKept", this.editor.historyKept());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.<ContentError>of());
        }
        return EDIT_VIEW;
    }

    /** A new page's first text: valid front matter, so the first save only needs the editor's words. */
    static String skeleton(String kind, String title) {
        String quoted = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        StringBuilder text = new StringBuilder("---\ntitle: ").append(quoted).append('\n');
        text.append("---\n");
        if (kind.equals("exercises")) {
            text.append("1. First step.\n2. Second step.\n");
        } else {
            text.append("Write the page here. Use ## for section headings.\n");
        }
        return text.toString();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** One line of a unified diff, with what it is: added, removed, context or a hunk heading. */
    record DiffLine(String kind, String text) {

        static List<DiffLine> parse(String diff) {
            List<DiffLine> lines = new ArrayList<>();
            for (String line : diff.split("\n", -1)) {
                if (line.startsWith("diff --git")
                        || line.startsWith("index ")
                        || line.startsWith("---")
                        || line.startsWith("+++")
                        || line.startsWith("new file")
                        || line.startsWith("deleted file")) {
                    continue;
                }
                String kind = line.startsWith("@@")
                        ? "hunk"
                        : line.startsWith("+") ? "added" : line.startsWith("-") ? "removed" : "context";
                String text = (kind.equals("hunk") || line.isEmpty()) ? line : line.substring(1);
                if (kind.equals("context") && line.isEmpty()) {
                    continue;
                }
                lines.add(new DiffLine(kind, text));
            }
            return lines;
        }
    }
}
