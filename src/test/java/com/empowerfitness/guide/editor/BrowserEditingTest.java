package com.empowerfitness.guide.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.empowerfitness.guide.content.ContentFixtures;
import com.empowerfitness.guide.content.git.ContentRepository;
import com.empowerfitness.guide.staff.AuditAction;
import com.empowerfitness.guide.staff.AuditLog;
import com.empowerfitness.guide.staff.StaffRole;
import com.empowerfitness.guide.staff.StaffUser;
import com.empowerfitness.guide.staff.StaffUserService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Editing in the browser, end to end through the real pipeline, a real Git history (JGit) and a real database:
 * save, refuse, conflict, preview, new page, delete, history and restore, and the folder's own changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BrowserEditingTest {

    private static final Path DATA_DIR = tempDir("editing-db-");

    private static final Path CONTENT_DIR = tempDir("editing-content-");

    private static final Path GIT_DIR = tempDir("editing-git-");

    private static final RequestPostProcessor EDITOR = user("elena").roles("EDITOR");

    static {
        ContentFixtures.writeGuide(CONTENT_DIR);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA_DIR.resolve("guide") + ";WRITE_DELAY=0");
        registry.add("guide.content-dir", CONTENT_DIR::toString);
        registry.add("guide.content.git.enabled", () -> "true");
        registry.add("guide.content.git.dir", GIT_DIR::toString);
        registry.add("guide.page-cache.enabled", () -> "false");
        registry.add("guide.clinic.email", () -> "team@clinic.example");
    }

    @Autowired
    MockMvc mockMvc;

    @Autowired
    ContentRepository history;

    @Autowired
    StaffUserService staff;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void freshGuide() {
        // Each test starts from the fixture guide, committed as the folder's own change if a test altered it.
        ContentFixtures.writeGuide(CONTENT_DIR);
        deleteIfExists("articles/sleeping-well.md");
        deleteIfExists("articles/linked.md");
        this.history.commitFolderChanges();
    }

    @Test
    void aSaveIsCreditedInTheHistoryWithTheEditorsDisplayNameNotTheirUsername() throws Exception {
        String username = "ana" + System.nanoTime() % 100000;
        StaffUser ana = this.staff.createWithPassword(
                "test", username, EnumSet.of(StaffRole.EDITOR), "correct horse battery staple");
        this.staff.setDisplayName("test", ana.getId(), "Ana Ruiz, PT");
        String changed = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "Stress tightens muscles.");

        MockHttpServletResponse saved = this.mockMvc
                .perform(post("/staff/content/edit")
                        .param("path", "articles/causes.md")
                        .param("markdown", changed)
                        .param("revision", revisionOf("articles/causes.md"))
                        .param("message", "Plainer")
                        .param("action", "save")
                        .with(user(username).roles("EDITOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(saved.getStatus()).isEqualTo(302);
        ContentRepository.CommitInfo commit =
                this.history.history("articles/causes.md").get(0);
        assertThat(commit.message()).isEqualTo("Plainer");
        assertThat(commit.author()).isEqualTo("Ana Ruiz, PT");
    }

    @Test
    void aValidSaveWritesTheFileCommitsItAsTheEditorAndThePageIsLive() throws Exception {
        Document editor = page(get("/staff/content/edit").param("path", "articles/causes.md"));
        String revision =
                editor.selectFirst("form.editor-form input[name=revision]").val();
        assertThat(editor.selectFirst("textarea[name=markdown]").text()).contains("Stress makes muscles tense.");

        String changed = ContentFixtures.ARTICLE.replace("Stress makes muscles tense.", "Worry tightens muscles.");
        MockHttpServletResponse saved = save("articles/causes.md", changed.replace("\n", "\r\n"), revision, "Plainer");

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(read("articles/causes.md")).isEqualTo(changed);
        ContentRepository.CommitInfo commit =
                this.history.history("articles/causes.md").get(0);
        assertThat(commit.author()).isEqualTo("elena");
        assertThat(commit.message()).isEqualTo("Plainer");
        assertThat(this.mockMvc
                        .perform(get("/articles/causes"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Worry tightens muscles.");
        assertThat(this.audit.page(0, 20).getContent()).anySatisfy(e -> {
            assertThat(e.getTarget()).isEqualTo("articles/causes.md");
            assertThat(e.getAction()).isEqualTo(AuditAction.CONTENT_SAVED);
            assertThat(e.getActor()).isEqualTo("elena");
        });
    }

    @Test
    void aSaveWithoutAMessageIsDescribedByTheFileItChanged() throws Exception {
        String revision = revisionOf("home.md");
        save("home.md", ContentFixtures.HOME + "\nOne more line.\n", revision, "");

        assertThat(this.history.history("home.md").get(0).message()).isEqualTo("Edit home.md");
    }

    @Test
    void aFileWithAnErrorIsNotWrittenAndTheTextComesBackExactlyAsTypedWithItsLine() throws Exception {
        String before = read("articles/causes.md");
        String broken = "---\ntitle: Causes\npublished: 2026-13-45\n---\nBody with  two  spaces.\n";

        MockHttpServletResponse response = save("articles/causes.md", broken, revisionOf("articles/causes.md"), "");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(read("articles/causes.md")).isEqualTo(before);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.selectFirst("textarea[name=markdown]").wholeText()).isEqualTo(broken);
        assertThat(page.select(".error-summary li").text()).contains("Line 3").contains("published");
        assertThat(page.selectFirst("textarea").attr("aria-describedby")).contains("markdown-error");
    }

    @Test
    void aSaveBasedOnAnOlderRevisionIsRefusedWithBothVersionsAndOverwritesNothing() throws Exception {
        String revision = revisionOf("articles/causes.md");
        String theirs = ContentFixtures.ARTICLE.replace("A fall can hurt the back.", "Their sentence.");
        Files.writeString(CONTENT_DIR.resolve("articles/causes.md"), theirs);
        String mine = ContentFixtures.ARTICLE.replace("A fall can hurt the back.", "My sentence.");

        MockHttpServletResponse response = save("articles/causes.md", mine, revision, "Mine");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(read("articles/causes.md")).isEqualTo(theirs);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.selectFirst(".conflict-theirs pre").wholeText()).contains("Their sentence.");
        assertThat(page.selectFirst("textarea[name=markdown]").wholeText()).contains("My sentence.");
        // The change made on disk is in the history under the folder's name, not the editor's.
        assertThat(this.history.history("articles/causes.md").get(0).author())
                .isEqualTo(ContentRepository.FOLDER_AUTHOR);
    }

    @Test
    void previewRendersThroughThePipelineWithTheChecksAndSavesNothing() throws Exception {
        String before = read("articles/causes.md");
        String text = ContentFixtures.ARTICLE.replace("## Stress", "## Stress and worry")
                + "\n![](/images/no-alt.png)\n\n[a missing page](/articles/nowhere)\n";

        Document page = page(post("/staff/content/edit")
                .param("path", "articles/causes.md")
                .param("markdown", text)
                .param("revision", revisionOf("articles/causes.md"))
                .param("action", "preview"));

        assertThat(read("articles/causes.md")).isEqualTo(before);
        assertThat(page.select(".editor-preview h2#stress-and-worry, .editor-preview h2")
                        .text())
                .contains("Stress and worry");
        assertThat(page.select(".editor-preview .callout-danger")).isNotEmpty();
        assertThat(page.select(".preview-checks").text())
                .contains("words")
                .contains("Reading grade")
                .contains("/articles/nowhere")
                .contains("/images/no-alt.png");
        assertThat(page.selectFirst("textarea[name=markdown]").wholeText()).isEqualTo(text);
    }

    @Test
    void aNewPageGetsItsAddressFromTheTitleAndIsLiveAfterItsFirstSave() throws Exception {
        Document editor =
                page(post("/staff/content/new").param("kind", "articles").param("title", "Sleeping well"));
        assertThat(editor.selectFirst("form.editor-form input[name=path]").val())
                .isEqualTo("articles/sleeping-well.md");
        assertThat(editor.selectFirst("form.editor-form input[name=revision]").val())
                .isEqualTo(ContentRepository.NO_FILE);
        String text = editor.selectFirst("textarea[name=markdown]").wholeText() + "\nSleep on your side.\n";

        save("articles/sleeping-well.md", text, ContentRepository.NO_FILE, "");

        assertThat(this.mockMvc
                        .perform(get("/articles/sleeping-well"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Sleep on your side.");
        assertThat(this.history.history("articles/sleeping-well.md").get(0).author())
                .isEqualTo("elena");
    }

    @Test
    void aNewPageWhoseAddressExistsIsRefusedWithTheTitleKept() throws Exception {
        MockHttpServletResponse response = this.mockMvc
                .perform(post("/staff/content/new")
                        .param("kind", "articles")
                        .param("title", "Causes")
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        // "Causes" gives articles/causes.md, which exists.
        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.selectFirst("#title").val()).isEqualTo("Causes");
        assertThat(page.select("#title-error").text()).contains("exists already");
    }

    @Test
    void restoringAnOldVersionIsANewCommitThatCanItselfBeUndone() throws Exception {
        String original = read("articles/causes.md");
        save("articles/causes.md", original.replace("Stress", "Tension"), revisionOf("articles/causes.md"), "v2");
        String firstId = this.history.history("articles/causes.md").get(1).id();

        Document change = page(get("/staff/content/history/change")
                .param("path", "articles/causes.md")
                .param(
                        "commit",
                        this.history.history("articles/causes.md").get(0).id()));
        assertThat(change.select(".diff-removed").text()).contains("Stress");
        assertThat(change.select(".diff-added").text()).contains("Tension");

        MockHttpServletResponse restored = this.mockMvc
                .perform(post("/staff/content/restore")
                        .param("path", "articles/causes.md")
                        .param("commit", firstId)
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(restored.getStatus()).isEqualTo(302);
        assertThat(read("articles/causes.md")).isEqualTo(original);
        List<ContentRepository.CommitInfo> changes = this.history.history("articles/causes.md");
        assertThat(changes.get(0).message()).startsWith("Restore articles/causes.md to version");
        assertThat(changes.get(1).message()).isEqualTo("v2");
        Document historyPage = page(get("/staff/content/history").param("path", "articles/causes.md"));
        assertThat(historyPage.select("tbody tr")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void deletingAPageIsACommitAndTheFileCanBeRestoredFromTheDeletedFiles() throws Exception {
        ContentFixtures.write(
                CONTENT_DIR,
                "articles/linked.md",
                ContentFixtures.ARTICLE.replace("title: What causes", "slug: linked\ntitle: Linked"));
        this.history.commitFolderChanges();
        String text = read("articles/linked.md");

        MockHttpServletResponse deleted = this.mockMvc
                .perform(post("/staff/content/delete")
                        .param("path", "articles/linked.md")
                        .param("revision", revisionOf("articles/linked.md"))
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(deleted.getStatus()).isEqualTo(302);
        assertThat(CONTENT_DIR.resolve("articles/linked.md")).doesNotExist();
        assertThat(this.history.history("articles/linked.md").get(0).message()).isEqualTo("Delete articles/linked.md");
        Document deletedPage = page(get("/staff/content/deleted"));
        String commit = deletedPage.selectFirst("form input[name=commit]").val();

        this.mockMvc.perform(post("/staff/content/restore")
                .param("path", "articles/linked.md")
                .param("commit", commit)
                .with(EDITOR)
                .with(csrf()));

        assertThat(read("articles/linked.md")).isEqualTo(text);
    }

    @Test
    void pathsOutsideTheGuidesFilesAreNeverOpenedOrWritten() throws Exception {
        for (String path : List.of(
                "../outside.md", "/etc/passwd", "articles/../../outside.md", "articles/notes.txt", "data/x.md", "")) {
            assertThat(this.mockMvc
                            .perform(get("/staff/content/edit")
                                    .param("path", path)
                                    .with(EDITOR))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(path)
                    .isEqualTo(404);
            assertThat(save(path, ContentFixtures.ARTICLE, ContentRepository.NO_FILE, "")
                            .getStatus())
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(CONTENT_DIR.getParent().resolve("outside.md")).doesNotExist();
    }

    @Test
    void aSymbolicLinkInTheFolderIsNeitherOpenedNorWrittenThrough() throws Exception {
        Path outside = Files.createTempFile("outside-", ".md");
        Files.writeString(outside, ContentFixtures.ARTICLE);
        Path link = CONTENT_DIR.resolve("articles/linked.md");
        Files.createSymbolicLink(link, outside);
        try {
            assertThat(this.mockMvc
                            .perform(get("/staff/content/edit")
                                    .param("path", "articles/linked.md")
                                    .with(EDITOR))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
            assertThat(save("articles/linked.md", "changed", ContentRepository.NO_FILE, "")
                            .getStatus())
                    .isEqualTo(404);
            assertThat(Files.readString(outside)).isEqualTo(ContentFixtures.ARTICLE);
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void aCommitThatFailsLeavesThePreviousFileAndTellsTheEditor() throws Exception {
        String before = read("articles/causes.md");
        Path lock = GIT_DIR.resolve("index.lock");
        Files.writeString(lock, "held by another process");
        try {
            MockHttpServletResponse response = save(
                    "articles/causes.md", before.replace("Stress", "Tension"), revisionOf("articles/causes.md"), "");

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(read("articles/causes.md")).isEqualTo(before);
            assertThat(Jsoup.parse(response.getContentAsString())
                            .select(".error-summary")
                            .text())
                    .contains("not saved");
        } finally {
            Files.delete(lock);
        }
    }

    @Test
    void onlyEditorsAndAdministratorsReachTheEditorAndEveryPostNeedsItsToken() throws Exception {
        assertThat(this.mockMvc
                        .perform(get("/staff/content/edit").param("path", "home.md"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/login");
        assertThat(this.mockMvc
                        .perform(get("/staff/content/edit")
                                .param("path", "home.md")
                                .with(user("sam").roles("STAFF")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(this.mockMvc
                        .perform(post("/staff/content/edit")
                                .param("path", "home.md")
                                .param("markdown", "x")
                                .with(EDITOR))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(this.mockMvc
                        .perform(get("/staff/content/edit")
                                .param("path", "home.md")
                                .with(user("ada").roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void anUploadedPhotoIsStoredWithoutItsMetadataAddedToTheTextWithItsAltTextAndCachedForAYear() throws Exception {
        byte[] photo = jpegWithExif("GPS 40.7128 N 74.0060 W", 2400, 1200);
        String text = read("articles/causes.md");

        MockHttpServletResponse response = upload("articles/causes.md", text, "photo.JPG", photo, "A stretch on a mat");

        assertThat(response.getStatus()).isEqualTo(200);
        String added = Jsoup.parse(response.getContentAsString())
                .selectFirst("textarea")
                .wholeText();
        assertThat(added).startsWith(text);
        org.jsoup.nodes.Element img =
                Jsoup.parseBodyFragment(added.substring(text.length())).selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo("A stretch on a mat");
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("800");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        String name = img.attr("src").substring("/images/".length());
        byte[] stored = Files.readAllBytes(CONTENT_DIR.resolve("images").resolve(name));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain("GPS 40.7128")
                .doesNotContain("Exif");
        assertThat(this.history.history("images/" + name)).hasSize(1);
        assertThat(read("articles/causes.md")).isEqualTo(text); // nothing saved until the editor saves

        MockHttpServletResponse served =
                this.mockMvc.perform(get("/images/" + name)).andReturn().getResponse();
        assertThat(served.getContentType()).isEqualTo("image/jpeg");
        assertThat(served.getHeader("Cache-Control"))
                .contains("max-age=31536000")
                .contains("immutable");
        assertThat(served.getContentAsByteArray()).isEqualTo(stored);

        // The page shows it with its size, so nothing moves while it loads.
        save("articles/causes.md", added, revisionOf("articles/causes.md"), "Add a photo");
        org.jsoup.nodes.Element shown = Jsoup.parse(this.mockMvc
                        .perform(get("/articles/causes"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .selectFirst("img[src=/images/" + name + "]");
        assertThat(shown.attr("width")).isEqualTo("1600");
        assertThat(shown.attr("alt")).isEqualTo("A stretch on a mat");
    }

    @Test
    void aPngKeepsItsPixelsButLosesItsTextChunks() throws Exception {
        byte[] png = pngWithText("Location", "Clinic back room", 40, 30);

        MockHttpServletResponse response = upload("home.md", read("home.md"), "drawing.png", png, "A drawing");

        String added = Jsoup.parse(response.getContentAsString())
                .selectFirst("textarea")
                .wholeText();
        String name = added.replaceAll("(?s).*/images/([^\"]+)\".*", "$1");
        byte[] stored = Files.readAllBytes(CONTENT_DIR.resolve("images").resolve(name));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Clinic back room");
        java.awt.image.BufferedImage decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored));
        assertThat(decoded.getWidth()).isEqualTo(40);
        assertThat(decoded.getRGB(5, 5)).isEqualTo(0xFF2266AA);
    }

    @Test
    void anUploadWhoseBytesAreNotAnImageIsRefusedWhateverItsNameSaysAndTheTextIsKept() throws Exception {
        String text = read("home.md") + "\nUnsaved words.\n";
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

        MockHttpServletResponse response = upload("home.md", text, "innocent.png", script, "Looks fine");

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#image-error").text()).contains("not a PNG or JPEG");
        assertThat(page.selectFirst("textarea").wholeText()).isEqualTo(text);
        assertThat(CONTENT_DIR.resolve("images"))
                .satisfiesAnyOf(
                        dir -> assertThat(dir).doesNotExist(),
                        dir -> assertThat(Files.list(dir)
                                        .filter(f -> f.toString().contains("innocent"))
                                        .count())
                                .isZero());
    }

    @Test
    void anImageNeedsAltTextAndAtMostFiveMegabytes() throws Exception {
        byte[] png = pngWithText("x", "y", 10, 10);
        assertThat(Jsoup.parse(upload("home.md", read("home.md"), "a.png", png, " ")
                                .getContentAsString())
                        .select("#image-error")
                        .text())
                .contains("alt text");
        byte[] big = new byte[(int) com.empowerfitness.guide.editor.image.ImageUploads.MAX_BYTES + 1];
        System.arraycopy(png, 0, big, 0, png.length);
        MockHttpServletResponse tooBig = upload("home.md", read("home.md"), "big.png", big, "Big");
        assertThat(tooBig.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(tooBig.getContentAsString())
                        .select("#image-error")
                        .text())
                .contains("5 MB");
    }

    @Test
    void onlyNamesTheUploadGaveAreServed() throws Exception {
        for (String path :
                List.of("/images/../home.md", "/images/home.md", "/images/x.png", "/images/%2e%2e%2fhome.md")) {
            assertThat(this.mockMvc.perform(get(path)).andReturn().getResponse().getStatus())
                    .as(path)
                    .isIn(400, 404);
        }
    }

    private MockHttpServletResponse upload(String path, String markdown, String fileName, byte[] bytes, String alt)
            throws Exception {
        return this.mockMvc
                .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/staff/content/edit")
                        .file(new org.springframework.mock.web.MockMultipartFile("image", fileName, "image/png", bytes))
                        .param("path", path)
                        .param("markdown", markdown)
                        .param("revision", revisionOf(path))
                        .param("imageAlt", alt)
                        .param("action", "upload")
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    /** A JPEG with an APP1 "Exif" segment holding {@code secret}, as phone photos carry their position. */
    private static byte[] jpegWithExif(String secret, int width, int height) throws IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] payload = ("Exif\0\0" + secret).getBytes(StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG with a tEXt chunk ({@code key}: {@code value}) right after its header. */
    private static byte[] pngWithText(String key, String value, int width, int height) throws IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, 0xFF2266AA);
            }
        }
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", plain);
        byte[] png = plain.toByteArray();
        int ihdrEnd = 8 + 4 + 4 + 13 + 4;
        byte[] data = (key + "\0" + value).getBytes(StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream chunk = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(chunk);
        out.writeInt(data.length);
        byte[] typeAndData = new byte[4 + data.length];
        System.arraycopy("tEXt".getBytes(StandardCharsets.ISO_8859_1), 0, typeAndData, 0, 4);
        System.arraycopy(data, 0, typeAndData, 4, data.length);
        out.write(typeAndData);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typeAndData);
        out.writeInt((int) crc.getValue());
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        whole.write(png, 0, ihdrEnd);
        whole.write(chunk.toByteArray());
        whole.write(png, ihdrEnd, png.length - ihdrEnd);
        return whole.toByteArray();
    }

    private MockHttpServletResponse save(String path, String markdown, String revision, String message)
            throws Exception {
        return this.mockMvc
                .perform(post("/staff/content/edit")
                        .param("path", path)
                        .param("markdown", markdown)
                        .param("revision", revision)
                        .param("message", message)
                        .param("action", "save")
                        .with(EDITOR)
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = this.mockMvc
                .perform(request.with(EDITOR).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private String revisionOf(String path) throws Exception {
        return ContentRepository.revisionOf(Files.readAllBytes(CONTENT_DIR.resolve(path)));
    }

    private static String read(String path) throws IOException {
        return Files.readString(CONTENT_DIR.resolve(path), StandardCharsets.UTF_8);
    }

    private static void deleteIfExists(String path) {
        try {
            Files.deleteIfExists(CONTENT_DIR.resolve(path));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
