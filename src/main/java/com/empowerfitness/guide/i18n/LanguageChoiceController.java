package com.empowerfitness.guide.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where a patient says not to suggest another language again (the note of {@link LanguageSuggestion}). The note
 * sits on pages the page cache shares between patients, so it cannot hold a CSRF token: it links here, a page of
 * one patient's own (never stored), whose form carries the token like every other form; the post remembers the
 * language kept in a cookie ({@link LanguageSuggestions#COOKIE}) and goes back to the page, 303 after the post.
 * The page is shown in the language that was suggested, the one the note was written in.
 */
@Controller
class LanguageChoiceController {

    static final String VIEW = "language/choice";

    /** A path inside the site, percent-encoded as a browser sends it: never another site, never a header break. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~%!$&'()*+,;=:@/]*");

    private static final Duration REMEMBERED = Duration.ofDays(365);

    private final Languages languages;

    LanguageChoiceController(Languages languages) {
        this.languages = languages;
    }

    @GetMapping(LanguageSuggestion.CHOICE_PATH)
    String choice(
            @RequestParam(required = false) String keep,
            @RequestParam(required = false) String page,
            HttpServletResponse response,
            Model model) {
        return show(languages.defaultLanguage(), keep, page, response, model);
    }

    /** The same page in another language: {@code /es/language-choice}. */
    @GetMapping("/{prefix:[a-z]{2,3}}" + LanguageSuggestion.CHOICE_PATH)
    String choiceIn(
            @PathVariable String prefix,
            @RequestParam(required = false) String keep,
            @RequestParam(required = false) String page,
            HttpServletResponse response,
            Model model) {
        Language shownIn = languages
                .find(prefix)
                .filter(language -> !language.isDefault())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return show(shownIn, keep, page, response, model);
    }

    private String show(Language shownIn, String keep, String page, HttpServletResponse response, Model model) {
        Language kept = languages.find(keep).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // One patient's page with a CSRF token: not for any cache, nor for search engines.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("kept", kept);
        model.addAttribute("keptName", kept.locale().getDisplayLanguage(shownIn.locale()));
        model.addAttribute("returnPath", localPath(page).orElse(kept.homePath()));
        return VIEW;
    }

    @PostMapping(LanguageSuggestion.CHOICE_PATH)
    ResponseEntity<Void> choose(
            @RequestParam String language, @RequestParam(required = false) String page, HttpServletRequest request) {
        Language kept = languages.find(language).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        String context = request.getContextPath();
        ResponseCookie cookie = ResponseCookie.from(LanguageSuggestions.COOKIE, kept.code())
                .path(context.isEmpty() ? "/" : context)
                .maxAge(REMEMBERED)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .location(URI.create(context + localPath(page).orElse(kept.homePath())))
                .build();
    }

    static Optional<String> localPath(String page) {
        return (page != null
                        && page.length() <= 2000
                        && LOCAL_PATH.matcher(page).matches())
                ? Optional.of(page)
                : Optional.empty();
    }
}
