package com.empowerfitness.guide.content.git;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.GuideApplication;
import com.empowerfitness.guide.content.ContentFixtures;
import com.empowerfitness.guide.editor.PageEditor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Two running instances of the site for the multi-instance content tests: two application contexts, each with its
 * own content folder and Git directory, both sharing one local bare repository. A starts with the small fixture
 * guide and pushes it; B starts with an empty folder and takes the shared content.
 */
final class ContentInstances implements AutoCloseable {

    static final String PAGE = "/articles/causes";

    static final String FILE = "articles/causes.md";

    private final Path root;

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    private final HttpClient http = HttpClient.newHttpClient();

    ConfigurableApplicationContext a;

    ConfigurableApplicationContext b;

    private ContentInstances(Path root) {
        this.root = root;
    }

    /**
     * Starts A, then B (one after the other, so B finds the shared history A pushed). {@code database} gives each
     * instance's database arguments by its name ("a", "b").
     */
    static ContentInstances start(
            Path root, String syncInterval, java.util.function.Function<String, List<String>> database)
            throws GitAPIException {
        ContentInstances instances = new ContentInstances(root);
        Git.init()
                .setBare(true)
                .setDirectory(root.resolve("shared.git").toFile())
                .setInitialBranch("main")
                .call()
                .close();
        ContentFixtures.writeGuide(root.resolve("content-a"));
        try {
            instances.a = instances.run("a", syncInterval, database.apply("a"));
            instances.b = instances.run("b", syncInterval, database.apply("b"));
        } catch (RuntimeException ex) {
            instances.close();
            throw ex;
        }
        return instances;
    }

    private ConfigurableApplicationContext run(String name, String syncInterval, List<String> database) {
        Path content = this.root.resolve("content-" + name);
        try {
            Files.createDirectories(content);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--guide.content-dir=" + content,
                "--guide.content.git.enabled=true",
                "--guide.content.git.dir=" + this.root.resolve("git-" + name),
                "--guide.content.git.remote=" + this.root.resolve("shared.git"),
                "--guide.content.git.sync-interval=" + syncInterval,
                "--guide.admin.username=lead",
                "--guide.admin.password=a long enough admin passphrase",
                "--guide.mail.outbox-initial-delay=PT1H"));
        args.addAll(database);
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(GuideApplication.class).run(args.toArray(String[]::new));
        this.contexts.add(context);
        return context;
    }

    /** Saves {@code text} as the file through the instance's browser editor, as an editor's save does. */
    static void save(ConfigurableApplicationContext instance, String path, String text) {
        PageEditor editor = instance.getBean(PageEditor.class);
        String revision = editor.open(path).orElseThrow().revision();
        PageEditor.Outcome outcome =
                editor.save(new PageEditor.SaveCommand(path, text, revision, "Edit " + path, "elena", false));
        assertThat(outcome).isInstanceOf(PageEditor.Outcome.Saved.class);
    }

    /** The exercise the conflict tests change on both instances (the other tests change {@link #FILE}). */
    static final String CONFLICT_FILE = "exercises/pelvic-tilts.md";

    /**
     * Makes a conflict kept on A: A commits a change to {@link #CONFLICT_FILE} in its folder without pushing it
     * (as when A was cut off), B saves its own change to the same file through its editor and pushes it, then A's
     * sync meets both. Returns A's text, the one kept aside; B's ({@code theirs}) is the live one.
     */
    static String keepConflictOnA(ConfigurableApplicationContext a, ConfigurableApplicationContext b, String theirs)
            throws IOException {
        ContentRepository historyA = a.getBean(ContentRepository.class);
        String mine = ContentFixtures.EXERCISE.replace("Breathe normally throughout.", "Written on A, not pushed yet.");
        Files.writeString(historyA.workTree().resolve(CONFLICT_FILE), mine);
        assertThat(historyA.commitFolderChanges()).isPresent();
        save(b, CONFLICT_FILE, theirs);
        a.getBean(ContentSync.class).sync();
        assertThat(historyA.keptConflicts())
                .as("A kept its change aside")
                .anySatisfy(kept -> assertThat(kept.paths()).containsExactly(CONFLICT_FILE));
        return mine;
    }

    /** A staff member's requests to the instance (an editor, signed in). */
    static MockMvc staff(ConfigurableApplicationContext instance) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) instance)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .defaultRequest(MockMvcRequestBuilders.get("/")
                        .with(SecurityMockMvcRequestPostProcessors.user("elena").roles("EDITOR")))
                .build();
    }

    /** A staff page's HTML (the request must succeed). */
    /**
     * Checks that this instance's /staff/content lists the kept conflict and its page shows both versions, then
     * closes it there (as a staff member would).
     */
    static ClosedConflict closeListedConflict(MockMvc staff, String theirs, String mine) throws Exception {
        org.jsoup.nodes.Element notice = staffPage(staff, "/staff/content").selectFirst(".kept-conflicts");
        assertThat(notice).as("the conflict is listed on this instance").isNotNull();
        Document both = staffPage(staff, notice.selectFirst("a").attr("href"));
        assertThat(both.selectFirst(".conflict-theirs pre").wholeText()).isEqualTo(theirs);
        assertThat(both.selectFirst(".conflict-yours pre").wholeText()).isEqualTo(mine);
        String id = both.selectFirst("form[action=/staff/content/conflict/close] input[name=id]")
                .val();
        assertThat(staff.perform(MockMvcRequestBuilders.post("/staff/content/conflict/close")
                                .param("id", id)
                                .with(SecurityMockMvcRequestPostProcessors.csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        return new ClosedConflict(notice, id);
    }

    /** The notice that listed a conflict and the conflict's id. */
    record ClosedConflict(org.jsoup.nodes.Element notice, String id) {}

    static Document staffPage(MockMvc staff, String path) throws Exception {
        MockHttpServletResponse response = staff.perform(MockMvcRequestBuilders.get(URI.create(path)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** The public page as a patient gets it from the instance (anonymous, so through its page cache). */
    String page(ConfigurableApplicationContext instance, String path) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        try {
            HttpResponse<String> response = this.http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** The file as it is in the instance's own content folder. */
    String file(String name, String path) {
        try {
            return Files.readString(this.root.resolve("content-" + name).resolve(path));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        for (ConfigurableApplicationContext context : this.contexts) {
            context.close();
        }
    }
}
